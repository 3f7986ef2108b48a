/**
 * The CLI's window on the world. Commands get an `Io` instead of touching `process`, so tests
 * run them in-process with captured output; `processIo()` is the real one (used by main.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BadBytesError, decodeInput, DEFAULT_MAX_INPUT_BYTES, readStreamBytes } from '../load/input.ts';
import { InputError } from '../model.ts';

export interface Io {
  stdout: { write(text: string): void; readonly isTTY?: boolean };
  stderr: { write(text: string): void };
  /**
   * Whole stdin as text (only called for `-` inputs, and never when stdin is a terminal); more than
   * `maxBytes`, invalid UTF-8 or a NUL byte is an InputError naming `<stdin>` and the place.
   */
  readStdin(maxBytes?: number): Promise<string>;
  readonly stdinIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Write an output file (relative paths against `cwd`). */
  writeFile(file: string, text: string): Promise<void>;
}

export function processIo(): Io {
  // A closed pipe (`contract-kit ... | head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exitCode ??= 0;
    else throw err;
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // A getter: the first use of process.stdin opens it (a stream, and the modules behind it),
    // which only a `-` input needs.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    env: process.env,
    cwd: process.cwd(),
    readStdin: (maxBytes = DEFAULT_MAX_INPUT_BYTES) => readStdinText(process.stdin, maxBytes),
    async writeFile(file, text) {
      const target = path.resolve(process.cwd(), file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text, 'utf8');
    },
  };
}

/** Stdin (or any stream) as text under the input boundary: at most `maxBytes`, UTF-8, no NUL byte. */
export async function readStdinText(stream: AsyncIterable<unknown>, maxBytes: number): Promise<string> {
  try {
    return decodeInput(await readStreamBytes(stream, maxBytes));
  } catch (error) {
    if (error instanceof BadBytesError) {
      throw new InputError(`<stdin>:${error.line}:${error.column}: ${error.message}; pipe UTF-8 text`, '<stdin>', {
        line: error.line,
        column: error.column,
      });
    }
    throw new InputError(
      `<stdin>: cannot read the spec: ${error instanceof Error ? error.message : String(error)}`,
      '<stdin>',
    );
  }
}

/** Colour for terminal output: FORCE_COLOR wins, then NO_COLOR, then whether stdout is a TTY. */
export function wantsColor(io: Pick<Io, 'env' | 'stdout'>): boolean {
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  const no = io.env['NO_COLOR'];
  if (no !== undefined && no !== '') return false;
  return io.stdout.isTTY === true;
}

/**
 * The CLI's window on the world. Commands get an `Io` instead of touching `process`, so tests
 * run them in-process with captured output; `processIo()` is the real one (used by main.ts).
 */
import { closeSync, fstatSync, mkdirSync, openSync, statSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { BadBytesError, decodeInput, DEFAULT_MAX_INPUT_BYTES, readStreamBytes } from '../load/input.ts';
import { InputError } from '../model.ts';
import { settleYoungGeneration } from './heap.ts';

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
  /**
   * Called once the base document of a comparison is loaded, and again once both are: the real
   * process keeps its young generation at the size it has then (see heap.ts). Absent in tests,
   * which run in the test's process.
   */
  loaded?(): void;
}

/** The real `Io`, and a way to wait until what it wrote to stdout and stderr is out of the process. */
export interface ProcessIo extends Io {
  /** Resolves once the streams it made (stdout on a terminal or pipe, stderr when used) have written every chunk. */
  flushed(): Promise<void>;
}

export function processIo(): ProcessIo {
  // The streams made so far (each getter below makes its stream on first use only).
  const streams: NodeJS.WriteStream[] = [];
  const stdout = fileStdout() ?? streamStdout(streams);
  // Whether the young generation was settled (see heap.ts): once is enough for the process.
  let settled = false;
  return {
    stdout,
    // A getter, as stdin below: process.stderr is a stream too, which a run without errors or
    // warnings never needs.
    get stderr() {
      if (!streams.includes(process.stderr)) streams.push(process.stderr);
      return process.stderr;
    },
    // A getter: the first use of process.stdin opens it (a stream, and the modules behind it),
    // which only a `-` input needs.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    env: process.env,
    cwd: process.cwd(),
    readStdin: (maxBytes = DEFAULT_MAX_INPUT_BYTES) => readStdinText(process.stdin, maxBytes),
    // Synchronous, as process.stdout is: node:fs/promises loads a dozen more of Node's modules.
    async writeFile(file, text) {
      const target = path.resolve(process.cwd(), file);
      mkdirSync(path.dirname(target), { recursive: true });
      const fd = openSync(target, 'w');
      try {
        writeText(fd, text);
      } finally {
        closeSync(fd);
      }
    },
    loaded() {
      if (!settled) settled = settleYoungGeneration();
    },
    // An empty write's callback runs once every chunk written before it is out (or has failed: a
    // closed pipe), since a stream writes its chunks in order.
    async flushed() {
      await Promise.all(streams.map((s) => new Promise<void>((resolve) => s.write('', () => resolve()))));
    },
  };
}

/**
 * Stdout redirected to a regular file (`> report.json`) or to the null device (`> /dev/null`, as
 * benchmark tools run commands), written as process.stdout would write it (for both, Node writes
 * each chunk with fs.writeSync) without making process.stdout, whose stream loads Node's stream
 * modules: a few milliseconds of a small run. Undefined for anything else (terminal, pipe, socket,
 * other devices, closed descriptor), which the stream handles.
 */
function fileStdout(): Io['stdout'] | undefined {
  try {
    const out = fstatSync(1);
    if (!out.isFile() && !(out.isCharacterDevice() && isNullDevice(out))) return undefined;
  } catch {
    return undefined;
  }
  return {
    isTTY: false,
    write(text: string) {
      writeText(1, text);
    },
  };
}

/** UTF-16 code units encoded per write by `writeText`; at most 3 bytes each in UTF-8. */
const WRITE_CHUNK = 64 * 1024;

/**
 * Writes `text` to `fd` as UTF-8, a piece at a time through one small buffer: Node would otherwise
 * encode the whole text into a buffer of its own first, megabytes of fresh memory for a large
 * report. A piece never ends between the two halves of a surrogate pair.
 */
export function writeText(fd: number, text: string): void {
  if (text.length <= WRITE_CHUNK) {
    writeAll(fd, Buffer.from(text, 'utf8'));
    return;
  }
  const buffer = Buffer.allocUnsafe(3 * WRITE_CHUNK);
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + WRITE_CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    writeAll(fd, buffer.subarray(0, buffer.write(text.slice(start, end), 'utf8')));
    start = end;
  }
}

/** `bytes` written to `fd` in full (a write may take fewer bytes than it is given). */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Whether `device` is /dev/null (a terminal is a character device too, and needs the stream). */
function isNullDevice(device: Stats): boolean {
  const nul = statSync('/dev/null', { throwIfNoEntry: false });
  return nul !== undefined && nul.isCharacterDevice() && nul.rdev === device.rdev;
}

function streamStdout(streams: NodeJS.WriteStream[]): Io['stdout'] {
  // A closed pipe (`contract-kit ... | head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exitCode ??= 0;
    else throw err;
  });
  streams.push(process.stdout);
  return process.stdout;
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

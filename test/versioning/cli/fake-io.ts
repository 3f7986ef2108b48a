/** An in-memory `Io` for running the CLI in-process. */
import type { Io } from '../../../versioning/cli/io.ts';

export interface FakeIo extends Io {
  out(): string;
  err(): string;
  files: Map<string, string>;
}

export interface FakeIoOptions {
  stdin?: string;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  cwd?: string;
  failWrites?: boolean;
}

export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  return {
    stdout: { write: (s: string) => void out.push(s), isTTY: options.stdoutIsTTY ?? false },
    stderr: { write: (s: string) => void err.push(s) },
    stdinIsTTY: options.stdinIsTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    async readStdin() {
      if (options.stdin === undefined) throw new Error('test read stdin unexpectedly');
      return options.stdin;
    },
    async writeFile(file: string, text: string) {
      if (options.failWrites) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      files.set(file, text);
    },
    out: () => out.join(''),
    err: () => err.join(''),
    files,
  };
}

/**
 * The input boundary: every byte the CLI reads from a file (specs, `$ref` targets, pacts, the
 * config), from stdin, from git or from the network goes through here. A pull request's author
 * controls the revision the gate reads, so an input may be a symlink out of the project, a FIFO,
 * a device, a huge file, invalid UTF-8, or a server that never answers. The rules:
 *
 * - regular files only: the file is opened with O_NONBLOCK (a FIFO cannot block the open) and
 *   checked with fstat on the opened descriptor (no race between a check and the read);
 * - the real path (after symlinks) must stay inside the allowed root;
 * - at most `maxBytes` bytes per input (reading stops one byte past the cap: /proc files report
 *   size 0, so the size in fstat alone is not enough);
 * - UTF-8 only, no NUL bytes: refused with the line and column.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { oneByteJson } from './json-text.ts';
import type { OneByteJson } from './json-text.ts';

/** Default cap per input: 64 MiB (the largest real specs we know of are ~10 MB). */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** Default wall-clock budget of one network call (headers and body): 10 s. */
export const DEFAULT_NETWORK_TIMEOUT_MS = 10_000;

import type { Command } from 'commander';
import type { InputLimits } from '../model.ts';

export type { InputLimits };

export function defaultLimits(): InputLimits {
  return { maxBytes: DEFAULT_MAX_INPUT_BYTES, networkTimeoutMs: DEFAULT_NETWORK_TIMEOUT_MS, allowHosts: [] };
}

/** A file that cannot be read; the message is short ("no such file", "is a directory", ...). */
export class ReadError extends Error {}

/** An input whose bytes are refused (not UTF-8, a NUL byte); `line`/`column` locate the first bad byte. */
export class BadBytesError extends ReadError {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** `1.5 MB`-style size for messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

export function tooLarge(limit: number): string {
  return (
    `it is larger than the input limit of ${formatSize(limit)}; ` +
    `raise it with --max-input-size <MB> if the file is genuine`
  );
}

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith('..' + path.sep) && !path.isAbsolute(relative));
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Reads `absolute` as bytes under the boundary rules. `root` is the folder the file's real path
 * must stay in (undefined: the real folder of the path as written, so a symlink may not lead out of it).
 */
export function readInputBytes(absolute: string, maxBytes: number, root?: string): Buffer {
  return readWithRoom(absolute, maxBytes, root, 0).bytes;
}

/**
 * Memory that the loads of one run read their files into, one after the other (`analyze` makes one
 * per run): a file is read into the memory the previous one was read into, once that one is parsed
 * and its bytes are no longer needed (`InputText.release`), instead of into fresh memory, which
 * the process pays for at its first touch (a large spec's bytes are several megabytes).
 */
export class ReadMemory {
  #free: Buffer | undefined;

  /** A buffer of at least `length` bytes, given back earlier (`give`), or undefined. */
  take(length: number): Buffer | undefined {
    const free = this.#free;
    if (free === undefined || free.length < length) return undefined;
    this.#free = undefined;
    return free;
  }

  /** Makes `buffer` the one the next read may take. */
  give(buffer: Buffer): void {
    this.#free = buffer;
  }
}

/**
 * `readInputBytes`, the bytes with `room`: a buffer that starts with them and that the caller owns, with
 * `spare` bytes after them when the file was read in one piece (untouched memory costs nothing).
 * With `memory`, the buffer comes from it when one there is large enough, and a new one is made a
 * quarter larger than needed, so that the next file of the run (often a later version of this one,
 * a little larger) fits in it too.
 */
function readWithRoom(
  absolute: string,
  maxBytes: number,
  root: string | undefined,
  spare: number,
  memory?: ReadMemory,
): { bytes: Buffer; room: Buffer } {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'ELOOP'
            ? 'a symlink loop'
            : `cannot read it (${code ?? 'error'})`,
    );
  }
  const allowed = realOrSelf(root ?? path.dirname(absolute));
  if (!isInside(allowed, real)) {
    throw new ReadError(`it is a symlink whose real path is outside ${allowed}; inputs must stay inside that folder`);
  }
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'ENXIO'
            ? 'it is not a regular file'
            : `cannot open it (${code ?? 'error'})`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ReadError('it is a directory');
    if (!stat.isFile()) throw new ReadError('it is not a regular file (a FIFO, device or socket); give a file');
    if (stat.size > maxBytes) throw new ReadError(tooLarge(maxBytes));
    // Read to the end, one byte past the cap at most (a file may grow, or report size 0).
    const chunks: Buffer[] = [];
    let total = 0;
    const chunkSize = Math.min(Math.max(stat.size + 1, 64 * 1024), maxBytes + 1);
    let first: Buffer | undefined;
    for (;;) {
      const length = Math.min(chunkSize, maxBytes + 1 - total);
      // Not from the shared pool: the room after the bytes is the caller's.
      let buffer: Buffer;
      if (chunks.length > 0) buffer = Buffer.allocUnsafeSlow(length);
      else if (memory === undefined) buffer = Buffer.allocUnsafeSlow(length + spare);
      else buffer = memory.take(length + spare) ?? Buffer.allocUnsafeSlow(length + spare + (length >> 2));
      first ??= buffer;
      const read = readSync(fd, buffer, 0, length, null);
      if (read === 0) break;
      chunks.push(read === buffer.length ? buffer : buffer.subarray(0, read));
      total += read;
      if (total > maxBytes) throw new ReadError(tooLarge(maxBytes));
    }
    if (chunks.length === 1) return { bytes: chunks[0]!, room: first! };
    const bytes = Buffer.concat(chunks, total);
    return { bytes, room: bytes };
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(
      code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EAGAIN'
          ? 'it is not a regular file'
          : `cannot read it (${code ?? 'error'})`,
    );
  } finally {
    closeSync(fd);
  }
}

/** Reads a file as text under the boundary rules (see readInputBytes and decodeInput). */
export function readInputText(absolute: string, maxBytes: number, root?: string): string {
  return decodeInput(readInputBytes(absolute, maxBytes, root));
}

/**
 * Reads a file under the boundary rules as checked input (see readInputBytes and checkInput), into
 * `memory` when given (see `ReadMemory`; the caller gives the memory back with `InputText.release`).
 */
export function readInput(absolute: string, maxBytes: number, root?: string, memory?: ReadMemory): InputText {
  const { bytes, room } = readWithRoom(absolute, maxBytes, root, ROOM, memory);
  return checkInput(bytes, room);
}

/** Spare bytes read with an input, where a JSON text's escapes go (see `oneByteJson`). */
const ROOM = 64 * 1024;

/** UTF-8 text of `bytes` (a leading BOM dropped); invalid UTF-8 and NUL bytes are a BadBytesError with the place. */
export function decodeInput(bytes: Uint8Array): string {
  return checkInput(bytes).text();
}

const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * An input whose bytes passed the checks (UTF-8, no NUL byte), decoded on demand: `text()` is the
 * text as `decodeInput` gives it, `jsonText()` a one-byte form for JSON.parse that avoids decoding.
 */
export class InputText {
  private decoded: string | undefined;
  /** Bytes of a leading BOM (0 or 3), which the text forms without it skip. */
  private readonly bom: number;
  /** Set when `jsonText` wrote its escapes over the bytes: the text is then made from it. */
  private overwritten: OneByteJson | undefined;
  /** Set by `release`: the bytes belong to the next read. */
  private released = false;

  constructor(
    private readonly bytes: Buffer,
    /** `bytes` with room after them, which `jsonText` may write over (see `oneByteJson`). */
    private readonly room?: Buffer,
  ) {
    this.bom = bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? 3 : 0;
  }

  /** The UTF-8 text (a leading BOM kept), decoded once. */
  text(): string {
    if (this.decoded !== undefined) return this.decoded;
    const json = this.overwritten;
    if (json !== undefined)
      return (this.decoded = (this.bom === 0 ? '' : '\uFEFF') + json.escapes!.original(json.text));
    return (this.decoded = this.live().toString('utf8'));
  }

  /** The bytes, unless released (see `release`). */
  private live(): Buffer {
    if (this.released) throw new Error('InputText: its bytes were released to the next read');
    return this.bytes;
  }

  /** The first `count` UTF-16 code units after a leading BOM, without decoding the rest. */
  head(count: number): string {
    if (this.decoded !== undefined || this.overwritten !== undefined) return this.withoutBom().slice(0, count);
    // A code unit takes at most 3 bytes: the first 3 * count bytes after the BOM hold `count` whole ones.
    return this.live()
      .toString('utf8', this.bom, this.bom + 3 * count + 3)
      .slice(0, count);
  }

  /** The text without a leading BOM. */
  withoutBom(): string {
    const text = this.text();
    return this.bom === 0 ? text : text.slice(1);
  }

  /** Whether the text is empty or only whitespace (as `text().trim() === ''`), decoding it only when unsure. */
  isBlank(): boolean {
    if (this.overwritten !== undefined) return this.text().trim() === '';
    const bytes = this.live();
    for (let i = this.bom; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
      return b < 0x80 ? false : this.text().trim() === '';
    }
    return true;
  }

  /**
   * Gives its memory to `memory` for the next read of the run (see `ReadMemory`): called once what
   * was read is parsed, when nothing reads these bytes again. Reading it afterwards is an error.
   */
  release(memory: ReadMemory): void {
    const room = this.room ?? this.bytes;
    this.released = true;
    memory.give(room);
  }

  /** The text without a leading BOM in one-byte form for JSON (see `oneByteJson`); undefined when that does not pay. */
  jsonText(): OneByteJson | undefined {
    if (this.overwritten !== undefined) return this.overwritten;
    // Once decoded, the bytes may have been overwritten (see `text`); the escapes would not pay then anyway.
    if (this.decoded !== undefined) return undefined;
    const json = oneByteJson(this.live(), this.bom, this.room);
    if (json?.overwritten) this.overwritten = json;
    return json;
  }
}

/** Checks `bytes` as an input: invalid UTF-8 and NUL bytes are a BadBytesError with the place. */
export function checkInput(bytes: Uint8Array, room?: Buffer): InputText {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // isUtf8 and indexOf are native scans; the slow byte-by-byte walk runs only to place an error.
  if (!isUtf8(buffer)) {
    const offset = firstInvalidUtf8(buffer);
    const { line, column } = bytePosition(buffer, offset);
    throw new BadBytesError(
      `invalid UTF-8 (byte 0x${(buffer[offset] ?? 0).toString(16).padStart(2, '0')})`,
      line,
      column,
    );
  }
  const nul = buffer.indexOf(0);
  if (nul !== -1) {
    const { line, column } = bytePosition(buffer, nul);
    throw new BadBytesError('a NUL byte (the file is binary, not YAML or JSON)', line, column);
  }
  return new InputText(buffer, room);
}

function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++;
  }
  return { line, column };
}

/** Offset of the first byte that breaks UTF-8 (a linear scan, only run once decoding failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

/** Reads a stream (stdin) to the end, refusing more than `maxBytes`. */
export async function readStreamBytes(stream: AsyncIterable<unknown>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) throw new ReadError(tooLarge(maxBytes));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

/** The command-line flags that set the limits (`--max-input-size`, `--network-timeout`, `--allow-host`). */
export interface LimitFlags {
  maxInputSize?: string;
  networkTimeout?: string;
  allowHost?: string[];
}

/** Parses the limit flags; a bad value is an error naming the flag. */
export function limitsFromFlags(flags: LimitFlags): InputLimits {
  const limits = defaultLimits();
  const positive = (flag: string, value: string, unit: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
      throw new LimitFlagError(
        `${flag} takes a positive number of ${unit} (got ${JSON.stringify(value.slice(0, 40))})`,
      );
    return n;
  };
  if (flags.maxInputSize !== undefined)
    limits.maxBytes = Math.floor(positive('--max-input-size', flags.maxInputSize, 'megabytes') * 1024 * 1024);
  if (flags.networkTimeout !== undefined)
    limits.networkTimeoutMs = Math.ceil(positive('--network-timeout', flags.networkTimeout, 'seconds') * 1000);
  if (flags.allowHost !== undefined)
    limits.allowHosts = flags.allowHost.map((host) => host.trim()).filter((host) => host !== '');
  return limits;
}

/** A limit flag with a bad value (the CLI reports it as a usage error, exit 2). */
export class LimitFlagError extends Error {
  override readonly name = 'UsageError';
}

/** Adds the limit flags to a commander command (diff, gate, changelog, check-pacts). */
export function addLimitOptions(cmd: Command): Command {
  return cmd
    .option(
      '--max-input-size <MB>',
      `refuse any input (file, $ref target, stdin, git blob, pact, ` +
        `config, response body) larger than this many megabytes (default ` +
        `${DEFAULT_MAX_INPUT_BYTES / (1024 * 1024)})`,
    )
    .option(
      '--network-timeout <seconds>',
      `wall-clock budget of one network call, headers and body together (default ${DEFAULT_NETWORK_TIMEOUT_MS / 1000})`,
    )
    .option(
      '--allow-host <host>',
      'with --allow-remote: a host that may be reached although it is private, loopback or link-local (repeatable)',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    );
}

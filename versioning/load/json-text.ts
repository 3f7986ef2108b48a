/**
 * Positions inside JSON text, computed lazily and cheaply.
 *
 * A 4 MB spec is parsed with JSON.parse (fast, but no positions). When a location is
 * needed, `JsonLocator` scans the raw text: each container is indexed (member name ->
 * entry) the first time a pointer goes through it, by skipping over the member values
 * without building them. Only the containers on the way to the requested pointers are
 * ever indexed, and each at most once. Skipping a container jumps from one quote or bracket
 * to the next with a native regular-expression search, and over each string with `indexOf`;
 * entries keep offsets only, and a line table (`LineIndex`, one `indexOf` per line) turns an
 * offset into a line and column when a position is asked for.
 *
 * Entries live in one growing Int32Array (2 fields each) to keep a heavily used locator (tens
 * of thousands of pointers) cheap on the garbage collector.
 */
import { isAscii } from 'node:buffer';
import { DEFAULT_REMEMBERED_SIZE } from './guards.ts';

/** An indexed container: entry numbers of its members (with their names) or items. */
interface ContainerIndex {
  /** Member names (objects), parallel to `entries`; undefined for arrays. */
  keys: string[] | undefined;
  entries: number[];
  /** Name -> entry, built for large objects (last one wins, like JSON.parse). */
  byName: Map<string, number> | undefined;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

function unescapeSegment(segment: string): string {
  if (segment.indexOf('~') === -1) return segment;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Levels below the root indexed by the first scan (see `indexAt`). */
const EAGER_LEVELS = 2;
/** Containers with more members than this get a Map; smaller ones are searched linearly. */
const MAP_THRESHOLD = 12;
/**
 * `LineIndex` finds the start of every LINE_RUN_FEEDS-th line with one search of `LINE_RUN` (a run of
 * that many lines, from a line start).
 */
const LINE_RUN_FEEDS = 32;
/** The source of `LINE_RUN`; each `LineIndex` compiles its own, since a sticky regex carries `lastIndex`. */
const LINE_RUN = String.raw`(?:[^\n]*\n){32}`;
/** Int32 fields per entry in the store: key offset (the member's name, or the item itself), value offset. */
const FIELDS = 2;

/**
 * One native search per bracket while skipping a container: everything up to the next bracket that
 * is not inside a string (whole strings, escapes included, are consumed on the way), then the
 * bracket. Sticky: it matches at `lastIndex` or not at all (never retried at later offsets).
 */
const TO_BRACKET = String.raw`[^"{}[\]]*(?:"[^"\\]*(?:\\[^][^"\\]*)*"[^"{}[\]]*)*[{}[\]]`;

/** The entry of a member (last one wins) or item, or -1. */
function find(index: ContainerIndex, segment: string): number {
  const keys = index.keys;
  if (keys === undefined) {
    if (!/^(0|[1-9][0-9]*)$/.test(segment)) return -1;
    return index.entries[Number(segment)] ?? -1;
  }
  if (index.byName !== undefined) return index.byName.get(segment) ?? -1;
  for (let k = keys.length - 1; k >= 0; k--) if (keys[k] === segment) return index.entries[k]!;
  return -1;
}

export class JsonLocator {
  private readonly containers = new Map<number, ContainerIndex>();
  private store = new Int32Array(FIELDS * 1024);
  private count = 0;
  /** Pointer -> entry number; `~entry` (negative) when the pointer is absent and `entry` is its nearest ancestor. */
  private readonly byPointer = new Map<string, number>();
  private readonly rootOffset: number;
  private readonly lines: LineIndex;
  /** Set by `scanContainer`: the offset just after the container it scanned. */
  private end = 0;
  /**
   * Container offset -> the offset after it, for the larger containers: filled as they are met
   * while skipping (and from the caller's map when it has one, e.g. from `checkJsonText`). A pointer
   * that descends into a container indexes it, and its large members are then jumped over instead of
   * skipped a second (third, ...) time. Without it Stripe's text was skipped 2.4 times over in all.
   */
  private readonly ends: Map<number, number>;
  /** Open containers while skipping, innermost last (reused). */
  private readonly open: number[] = [];
  /** `TO_BRACKET`, this locator's own: its `lastIndex` is state of this run. */
  private readonly toBracket = new RegExp(TO_BRACKET, 'y');

  constructor(
    private readonly text: string,
    ends?: Map<number, number>,
    /** When `text` is a one-byte form with `\uXXXX` escapes (see `oneByteJson`): columns are given in the original. */
    private readonly escapes?: Escapes,
  ) {
    this.ends = ends ?? new Map();
    this.lines = new LineIndex(text);
    this.rootOffset = skipWs(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
    // Entry 0 is the root value.
    this.add(this.rootOffset, this.rootOffset);
  }

  /**
   * The 1-based line and column that best represent `pointer`: the key of an object member, the
   * start of an array item, or the start of the root value. Stops at the nearest existing ancestor.
   */
  positionOf(pointer: string): { line: number; column: number } {
    let entry = this.entryOf(pointer);
    if (entry < 0) entry = ~entry;
    const offset = this.store[entry * FIELDS]!;
    const position = this.lines.position(offset);
    if (this.escapes !== undefined) position.column = this.escapes.column(offset, position.column);
    return position;
  }

  /**
   * The entry of a pointer, cached per pointer string: a new pointer costs one step from its
   * parent (usually cached already, as located pointers share prefixes).
   */
  private entryOf(pointer: string): number {
    if (pointer === '') return 0;
    const cached = this.byPointer.get(pointer);
    if (cached !== undefined) return cached;
    const cut = pointer.lastIndexOf('/');
    const parent = cut <= 0 ? 0 : this.entryOf(pointer.slice(0, cut));
    let entry: number;
    if (parent < 0 || cut === -1) {
      entry = parent < 0 ? parent : ~0;
    } else {
      const index = this.indexAt(this.store[parent * FIELDS + 1]!);
      const found = index === undefined ? -1 : find(index, unescapeSegment(pointer.slice(cut + 1)));
      entry = found === -1 ? ~parent : found;
    }
    this.byPointer.set(pointer, entry);
    return entry;
  }

  private add(keyOffset: number, valueOffset: number): number {
    const entry = this.count++;
    let store = this.store;
    if ((entry + 1) * FIELDS > store.length) {
      store = new Int32Array(store.length * 2);
      store.set(this.store);
      this.store = store;
    }
    const base = entry * FIELDS;
    store[base] = keyOffset;
    store[base + 1] = valueOffset;
    return entry;
  }

  private indexAt(offset: number): ContainerIndex | undefined {
    const cached = this.containers.get(offset);
    if (cached) return cached;
    const c = this.text.charCodeAt(offset);
    if (c !== LBRACE && c !== LBRACKET) return undefined;
    // The first scan (the root) also indexes two levels below it: `/paths/<path>` and
    // `/components/<section>` members come out of one pass over the file instead of three.
    return this.scanContainer(offset, offset === this.rootOffset ? EAGER_LEVELS : 0);
  }

  /**
   * Indexes the container at `offset` and caches it; `this.end` is left just after its closing
   * bracket. Containers among its values are indexed as well while `eager` > 0, instead of
   * being skipped.
   */
  private scanContainer(offset: number, eager: number): ContainerIndex {
    const text = this.text;
    const entries: number[] = [];
    let keys: string[] | undefined;
    let i = skipWs(text, offset + 1);
    if (text.charCodeAt(offset) === LBRACE) {
      keys = [];
      while (text.charCodeAt(i) === QUOTE) {
        const keyStart = i;
        const keyEnd = skipString(text, i);
        const rawKey = text.slice(keyStart + 1, keyEnd - 1);
        keys.push(rawKey.indexOf('\\') === -1 ? rawKey : (JSON.parse(text.slice(keyStart, keyEnd)) as string));
        i = skipWs(text, keyEnd);
        if (text.charCodeAt(i) !== COLON) break;
        i = skipWs(text, i + 1);
        entries.push(this.add(keyStart, i));
        i = skipWs(text, this.valueEnd(i, eager));
        if (text.charCodeAt(i) !== COMMA) break;
        i = skipWs(text, i + 1);
      }
    } else if (text.charCodeAt(i) !== RBRACKET) {
      while (i < text.length) {
        entries.push(this.add(i, i));
        i = skipWs(text, this.valueEnd(i, eager));
        if (text.charCodeAt(i) !== COMMA) break;
        i = skipWs(text, i + 1);
      }
    }
    let byName: Map<string, number> | undefined;
    if (keys !== undefined && keys.length > MAP_THRESHOLD) {
      byName = new Map();
      for (let k = 0; k < keys.length; k++) byName.set(keys[k]!, entries[k]!);
    }
    const index: ContainerIndex = { keys, entries, byName };
    this.end = i + 1;
    this.containers.set(offset, index);
    return index;
  }

  /** The offset after the value at `i`: indexed on the way when it is a container and `eager` > 0. */
  private valueEnd(i: number, eager: number): number {
    if (eager > 0) {
      const c = this.text.charCodeAt(i);
      if (c === LBRACE || c === LBRACKET) {
        this.scanContainer(i, eager - 1);
        return this.end;
      }
    }
    return this.skipValue(i);
  }

  /** Returns the offset just after the value starting at `i`. */
  private skipValue(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === QUOTE) return skipString(text, i);
    if (c !== LBRACE && c !== LBRACKET) return skipScalar(text, i);
    const known = this.ends.get(i);
    if (known !== undefined) return known;
    const open = this.open;
    open.length = 0;
    const re = this.toBracket;
    re.lastIndex = i;
    while (re.test(text)) {
      const j = re.lastIndex - 1;
      const d = text.charCodeAt(j);
      if (d === LBRACE || d === LBRACKET) {
        open.push(j);
      } else {
        const start = open.pop()!;
        if (j - start >= DEFAULT_REMEMBERED_SIZE) this.ends.set(start, j + 1);
        if (open.length === 0) return j + 1;
      }
    }
    return text.length;
  }
}

function skipWs(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === LF || c === CR || c === TAB) i++;
    else return i;
  }
}

/** `i` is at an opening quote; returns the offset after the closing quote. */
function skipString(text: string, i: number): number {
  let j = i;
  for (;;) {
    j = text.indexOf('"', j + 1);
    if (j === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === BACKSLASH) backslashes++;
    if ((backslashes & 1) === 0) return j + 1;
  }
}

/** Returns the offset just after the number or literal starting at `i`. */
function skipScalar(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const d = text.charCodeAt(i);
    if (d === COMMA || d === RBRACE || d === RBRACKET || d === SPACE || d === LF || d === CR || d === TAB) return i;
    i++;
  }
  return n;
}

/** Length of one `\uXXXX` escape, which stands for one UTF-16 code unit of the original text. */
const ESCAPE_LENGTH = 6;

/**
 * The `\uXXXX` escapes that `oneByteJson` put in place of non-ASCII text: each escaped UTF-16 code unit
 * is 5 characters longer than in the original, on the same line (a line feed is never escaped), so a
 * column in the one-byte text becomes one of the original by subtracting 5 per escape before it on its line.
 */
export class Escapes {
  constructor(
    /** Offset (in the one-byte text) of the first escape of each run, ascending. */
    private readonly starts: Int32Array,
    /** Escapes before each run (`starts.length + 1` entries, the last one the total). */
    private readonly before: Int32Array,
    /** The original text of each run. */
    private readonly runs: readonly string[],
  ) {}

  /** The number of escapes that end at or before `offset`. */
  private countBefore(offset: number): number {
    const starts = this.starts;
    let lo = -1;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! < offset) lo = mid;
      else hi = mid - 1;
    }
    if (lo === -1) return 0;
    const inRun = Math.floor((offset - starts[lo]!) / ESCAPE_LENGTH);
    return Math.min(this.before[lo]! + inRun, this.before[lo + 1]!);
  }

  /** The original 1-based column of the one-byte text's `column` at `offset` (the same line). */
  column(offset: number, column: number): number {
    return column - (ESCAPE_LENGTH - 1) * (this.countBefore(offset) - this.countBefore(offset - column + 1));
  }

  /** The original text of `text`, the one-byte text these escapes are in. */
  original(text: string): string {
    const parts: string[] = [];
    let last = 0;
    for (let k = 0; k < this.starts.length; k++) {
      parts.push(text.slice(last, this.starts[k]), this.runs[k]!);
      last = this.starts[k]! + ESCAPE_LENGTH * (this.before[k + 1]! - this.before[k]!);
    }
    parts.push(text.slice(last));
    return parts.join('');
  }
}

/** A JSON text in one-byte form: `text`, with the `escapes` it has in place of non-ASCII text. */
export interface OneByteJson {
  text: string;
  escapes: Escapes | undefined;
  /** Whether the escapes were written over the input bytes (in the room after them). */
  overwritten: boolean;
}

/** Most non-ASCII runs, and blocks with some, for which `oneByteJson` pays: one per this many bytes. */
const BYTES_PER_RUN = 8192;
/** Runs always allowed (a small text costs little either way). */
const MIN_RUNS = 64;
/**
 * Bytes checked at once for non-ASCII bytes (a native check); only the blocks that have some are read
 * as strings and searched. Small enough that those strings stay cheap (fresh memory costs more than
 * the native check of a few thousand blocks).
 */
const BLOCK = 4096;

/**
 * The UTF-8 JSON text in `bytes` (from `start`; already checked as UTF-8 without NUL) as a one-byte
 * string: each run of non-ASCII bytes becomes the `\uXXXX` escapes of its UTF-16 code units. In valid
 * JSON such bytes only occur inside strings, where the escapes parse to the same value; JSON.parse reads
 * a one-byte string faster than the two-byte string that decoding gives as soon as one character is
 * not Latin-1, and the string takes half the memory. Undefined when it does not pay (more than one run
 * or block with non-ASCII bytes per BYTES_PER_RUN bytes, e.g. a spec written in Japanese) or could
 * change the meaning of invalid JSON (a run after a backslash: `\é` would become the valid `\\u00e9`);
 * the caller then decodes the text.
 *
 * `room`, when given, is `bytes` with spare bytes after them that this may use: the escapes are then
 * written over the input bytes when they fit (`overwritten`), so that the only copy made is the string's.
 * Fresh memory is expensive to touch; a copy of the bytes with the escapes would cost as much as the string.
 */
export function oneByteJson(bytes: Buffer, start: number, room?: Buffer): OneByteJson | undefined {
  const n = bytes.length;
  const maxRuns = MIN_RUNS + Math.floor((n - start) / BYTES_PER_RUN);
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  const escaped: string[] = [];
  const decoded: string[] = [];
  let growth = 0;
  // First the blocks with non-ASCII bytes, with native checks only: a text with many gives up cheaply.
  const blocks: number[] = [];
  if (!isAscii(new Uint8Array(bytes.buffer, bytes.byteOffset + start, n - start))) {
    for (let from = start; from < n; from += BLOCK) {
      const to = Math.min(from + BLOCK, n);
      if (isAscii(new Uint8Array(bytes.buffer, bytes.byteOffset + from, to - from))) continue;
      if (blocks.length >= maxRuns) return undefined;
      blocks.push(from);
    }
  }
  const runs = /[\x80-\xff]+/g;
  let done = start;
  for (const blockStart of blocks) {
    const from = Math.max(blockStart, done);
    let to = Math.min(blockStart + BLOCK, n);
    while (to < n && bytes[to]! >= 0x80) to++; // a run across the end of the block
    if (from >= to) continue;
    const block = bytes.toString('latin1', from, to);
    runs.lastIndex = 0;
    for (let match = runs.exec(block); match !== null; match = runs.exec(block)) {
      const runStart = from + match.index;
      const runEnd = from + runs.lastIndex;
      if (runStarts.length >= maxRuns || bytes[runStart - 1] === BACKSLASH) return undefined;
      const text = bytes.toString('utf8', runStart, runEnd);
      let escape = '';
      for (let k = 0; k < text.length; k++) escape += '\\u' + (0x10000 + text.charCodeAt(k)).toString(16).slice(1);
      runStarts.push(runStart);
      runEnds.push(runEnd);
      decoded.push(text);
      escaped.push(escape);
      growth += escape.length - (runEnd - runStart);
    }
    done = to;
  }
  // The bytes are ASCII (with the escapes): decoded as UTF-8 they make a one-byte string on the heap. Node
  // makes a large Latin-1 string an external one, which JSON.parse reads several times slower.
  if (runStarts.length === 0) return { text: bytes.toString('utf8', start), escapes: undefined, overwritten: false };
  // Move the text between the runs to its place and write the escapes, from the end (each byte moves once).
  const total = n + growth;
  const inPlace = room !== undefined && room.length >= total;
  const target = inPlace ? room : Buffer.allocUnsafeSlow(total);
  let write = total;
  let read = n;
  for (let k = runStarts.length - 1; k >= 0; k--) {
    write -= read - runEnds[k]!;
    bytes.copy(target, write, runEnds[k]!, read);
    write -= escaped[k]!.length;
    target.write(escaped[k]!, write, 'latin1');
    read = runStarts[k]!;
  }
  if (!inPlace) bytes.copy(target, start, start, read);
  const starts = new Int32Array(runStarts.length);
  const before = new Int32Array(runStarts.length + 1);
  let shift = -start;
  for (let k = 0; k < runStarts.length; k++) {
    starts[k] = runStarts[k]! + shift;
    before[k + 1] = before[k]! + decoded[k]!.length;
    shift += escaped[k]!.length - (runEnds[k]! - runStarts[k]!);
  }
  return {
    text: target.toString('utf8', start, total),
    escapes: new Escapes(starts, before, decoded),
    overwritten: inPlace,
  };
}

/**
 * Lines of a text, found on demand. The starts of every `LINE_RUN_FEEDS`th line are found with one
 * native search per run of lines (`LINE_RUN`), and only as far into the text as the offsets asked
 * for; the line starts inside a run are listed the first time an offset in it is asked for. So the
 * text is searched about once, with one JavaScript step per run instead of one per line, and an
 * offset costs two binary searches once its run is listed.
 */
export class LineIndex {
  /** Offsets where lines 1, 1 + LINE_RUN_FEEDS, 1 + 2 * LINE_RUN_FEEDS, ... start, as far as found. */
  private readonly runs: number[] = [0];
  /** Whether `runs` is complete: fewer than LINE_RUN_FEEDS line feeds follow its last entry. */
  private complete = false;
  /** Found on first use: see `lastRunStart`. */
  private lastRun: number | undefined;
  /** Run number -> the starts of the lines inside that run after its first one, listed on first use. */
  private readonly inside = new Map<number, number[]>();
  /** `LINE_RUN`, this index's own: its `lastIndex` is state of this run. */
  private readonly lineRun = new RegExp(LINE_RUN, 'y');
  constructor(private readonly text: string) {}

  /** 1-based line and column of a UTF-16 offset. */
  position(offset: number): { line: number; column: number } {
    const runs = this.runs;
    if (!this.complete && runs[runs.length - 1]! <= offset) this.findRuns(offset);
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const run = lo;
    let starts = this.inside.get(run);
    if (starts === undefined) {
      starts = this.listRun(run);
      this.inside.set(run, starts);
    }
    lo = -1;
    hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = lo === -1 ? runs[run]! : starts[lo]!;
    return { line: run * LINE_RUN_FEEDS + lo + 2, column: offset - start + 1 };
  }

  /** Extends `runs` past `offset`, or to its end. */
  private findRuns(offset: number): void {
    const runs = this.runs;
    const re = this.lineRun;
    // A search that fails (fewer line feeds left than a run) would cost a pass over the rest of the
    // text and as much again backtracking: long for text with long lines, such as minified JSON.
    const last = (this.lastRun ??= this.lastRunStart());
    for (;;) {
      const from = runs[runs.length - 1]!;
      re.lastIndex = from;
      if (from > last || !re.test(this.text)) {
        this.complete = true;
        return;
      }
      runs.push(re.lastIndex);
      if (re.lastIndex > offset) return;
    }
  }

  /** The last offset that LINE_RUN_FEEDS line feeds follow (the first of them), or -1. */
  private lastRunStart(): number {
    const text = this.text;
    let j = text.length;
    for (let k = 0; k < LINE_RUN_FEEDS; k++) {
      j = j === 0 ? -1 : text.lastIndexOf('\n', j - 1);
      if (j === -1) return -1;
    }
    return j;
  }

  /** The line starts inside run `run`, after its first line (at most LINE_RUN_FEEDS - 1 of them, or to the end). */
  private listRun(run: number): number[] {
    const text = this.text;
    const starts: number[] = [];
    // The run's last line feed ends it: the next run starts after it.
    const end = run + 1 < this.runs.length ? this.runs[run + 1]! - 1 : text.length;
    for (let j = text.indexOf('\n', this.runs[run]!); j !== -1 && j < end; j = text.indexOf('\n', j + 1)) {
      starts.push(j + 1);
    }
    return starts;
  }
}

/**
 * Where strict JSON text first goes wrong, and why. Only called after JSON.parse failed,
 * to give a position when the engine's message has none.
 */
export function findJsonError(text: string): { offset: number; reason: string } {
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  class Fail {
    constructor(
      readonly offset: number,
      readonly reason: string,
    ) {}
  }
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === LF || c === CR || c === TAB) i++;
      else return;
    }
  };
  const describe = (at: number) => (at >= n ? 'end of input' : `'${text[at]}'`);
  const str = () => {
    i++;
    for (;;) {
      if (i >= n) throw new Fail(i, 'unterminated string');
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i++;
        return;
      }
      if (c < 0x20) throw new Fail(i, 'control character in string (escape it, e.g. \\n)');
      if (c === BACKSLASH) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Fail(i, 'bad \\u escape');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) throw new Fail(i, 'bad escape in string');
        i += 2;
        continue;
      }
      i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text.charCodeAt(i);
    if (c === QUOTE) return str();
    if (c === LBRACE) {
      i++;
      ws();
      if (text.charCodeAt(i) === RBRACE) {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text.charCodeAt(i) !== QUOTE)
          throw new Fail(i, `expected a double-quoted property name, found ${describe(i)}`);
        str();
        ws();
        if (text.charCodeAt(i) !== COLON) throw new Fail(i, `expected ':' after property name, found ${describe(i)}`);
        i++;
        value();
        ws();
        const d = text.charCodeAt(i);
        if (d === COMMA) {
          i++;
          continue;
        }
        if (d === RBRACE) {
          i++;
          return;
        }
        throw new Fail(i, `expected ',' or '}' after property value, found ${describe(i)}`);
      }
    }
    if (c === LBRACKET) {
      i++;
      ws();
      if (text.charCodeAt(i) === RBRACKET) {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        const d = text.charCodeAt(i);
        if (d === COMMA) {
          i++;
          continue;
        }
        if (d === RBRACKET) {
          i++;
          return;
        }
        throw new Fail(i, `expected ',' or ']' after array element, found ${describe(i)}`);
      }
    }
    const m = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(text.slice(i, i + 64));
    if (m && m[0].length > 0) {
      i += m[0].length;
      return;
    }
    throw new Fail(i, `unexpected ${describe(i)}`);
  };
  try {
    value();
    ws();
    if (i < n) return { offset: i, reason: `unexpected ${describe(i)} after the JSON value` };
    return { offset: n, reason: 'invalid JSON' };
  } catch (e) {
    if (e instanceof Fail) return { offset: e.offset, reason: e.reason };
    throw e;
  }
}

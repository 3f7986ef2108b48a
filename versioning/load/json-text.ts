/**
 * Positions inside JSON text, computed lazily and cheaply.
 *
 * A 4 MB spec is parsed with JSON.parse (fast, but no positions). When a location is
 * needed, `JsonLocator` scans the raw text: each container is indexed (member name ->
 * offsets) the first time a pointer goes through it, by skipping over the member values
 * without building them. Only the containers on the way to the requested pointers are
 * ever indexed, and each at most once.
 */

interface ObjectIndex {
  /** member name -> [offset of the key's opening quote, offset of the value] (last one wins, like JSON.parse) */
  members: Map<string, [number, number]>;
}
interface ArrayIndex {
  items: number[];
}
type ContainerIndex = ObjectIndex | ArrayIndex;

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

export class JsonLocator {
  private readonly containers = new Map<number, ContainerIndex>();
  private readonly rootOffset: number;

  constructor(private readonly text: string) {
    let i = 0;
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    this.rootOffset = this.skipWs(i);
  }

  /**
   * The offset that best represents `segments`: the key of an object member, the start of
   * an array item, or the start of the root value. Stops at the nearest existing ancestor.
   */
  offsetOf(segments: readonly string[]): number {
    let valueOffset = this.rootOffset;
    let position = this.rootOffset;
    for (const segment of segments) {
      const index = this.indexAt(valueOffset);
      if (index === undefined) break;
      if ('members' in index) {
        const entry = index.members.get(segment);
        if (entry === undefined) break;
        position = entry[0];
        valueOffset = entry[1];
      } else {
        if (!/^(0|[1-9][0-9]*)$/.test(segment)) break;
        const item = index.items[Number(segment)];
        if (item === undefined) break;
        position = item;
        valueOffset = item;
      }
    }
    return position;
  }

  private indexAt(offset: number): ContainerIndex | undefined {
    const cached = this.containers.get(offset);
    if (cached) return cached;
    const text = this.text;
    const c = text.charCodeAt(offset);
    let index: ContainerIndex;
    if (c === LBRACE) {
      const members = new Map<string, [number, number]>();
      let i = this.skipWs(offset + 1);
      while (text.charCodeAt(i) === QUOTE) {
        const keyStart = i;
        const keyEnd = this.skipString(i);
        const rawKey = text.slice(keyStart + 1, keyEnd - 1);
        const key = rawKey.indexOf('\\') === -1 ? rawKey : (JSON.parse(text.slice(keyStart, keyEnd)) as string);
        i = this.skipWs(keyEnd);
        if (text.charCodeAt(i) !== COLON) break;
        i = this.skipWs(i + 1);
        members.set(key, [keyStart, i]);
        i = this.skipWs(this.skipValue(i));
        if (text.charCodeAt(i) !== COMMA) break;
        i = this.skipWs(i + 1);
      }
      index = { members };
    } else if (c === LBRACKET) {
      const items: number[] = [];
      let i = this.skipWs(offset + 1);
      if (text.charCodeAt(i) !== RBRACKET) {
        while (i < text.length) {
          items.push(i);
          i = this.skipWs(this.skipValue(i));
          if (text.charCodeAt(i) !== COMMA) break;
          i = this.skipWs(i + 1);
        }
      }
      index = { items };
    } else {
      return undefined;
    }
    this.containers.set(offset, index);
    return index;
  }

  private skipWs(i: number): number {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === LF || c === CR || c === TAB) i++;
      else return i;
    }
  }

  /** `i` is at an opening quote; returns the offset after the closing quote. */
  private skipString(i: number): number {
    const text = this.text;
    let j = i;
    for (;;) {
      j = text.indexOf('"', j + 1);
      if (j === -1) return text.length;
      let backslashes = 0;
      while (text.charCodeAt(j - 1 - backslashes) === BACKSLASH) backslashes++;
      if ((backslashes & 1) === 0) return j + 1;
    }
  }

  /** Returns the offset just after the value starting at `i`. */
  private skipValue(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === QUOTE) return this.skipString(i);
    if (c === LBRACE || c === LBRACKET) {
      let depth = 0;
      const n = text.length;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === QUOTE) {
          i = this.skipString(i);
          continue;
        }
        if (d === LBRACE || d === LBRACKET) depth++;
        else if (d === RBRACE || d === RBRACKET) {
          depth--;
          if (depth === 0) return i + 1;
        }
        i++;
      }
      return n;
    }
    const n = text.length;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === COMMA || d === RBRACE || d === RBRACKET || d === SPACE || d === LF || d === CR || d === TAB) return i;
      i++;
    }
    return n;
  }
}

/** Line starts of a text, built once; `position` is a binary search. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  /** 1-based line and column of a UTF-16 offset. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= this.build());
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  private build(): number[] {
    const starts = [0];
    const text = this.text;
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
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
        if (text.charCodeAt(i) !== QUOTE) throw new Fail(i, `expected a double-quoted property name, found ${describe(i)}`);
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

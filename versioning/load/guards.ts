/**
 * Structural checks on a parsed input, each linear in its size and free of recursion (a hostile
 * document may nest 100k deep): duplicate keys (JSON like YAML: refused, not "last one wins"),
 * nesting deeper than MAX_DEPTH, and for YAML the number of aliases before anything expands them.
 * Each returns the offset of the first problem in the text, so the error names the line and column.
 */
import type { Document } from 'yaml';
import { yamlLib } from './yaml-lib.ts';

/** Deepest nesting of mappings and lists accepted (real specs stay well under 100). */
export const MAX_DEPTH = 256;

/** Most alias nodes a YAML input may contain (counted in the text, before the parser builds them). */
export const MAX_YAML_ALIAS_NODES = 100_000;

/** Containers at least this long (in UTF-16 code units) have their end remembered by `checkJsonText`. */
export const DEFAULT_REMEMBERED_SIZE = 1024;

export interface GuardProblem {
  offset: number;
  problem: string;
  fix: string;
}

/**
 * Scans JSON text (already known to parse) for duplicate keys and excessive nesting, in one pass:
 * whitespace is skipped first (most of a pretty-printed document outside its strings), each string
 * is jumped over with `indexOf`, and a string followed by `:` is a key, checked against a Set of
 * the keys of its object (made when the object's first key is met; escapes decoded only when present).
 *
 * When `ends` is given, it receives the end offset (just after the closing bracket) of every object
 * or array at least `minSize` code units long, keyed by its start: the JSON locator then jumps over
 * those containers instead of scanning them again when a position is asked for.
 */
export function checkJsonText(
  text: string,
  ends?: Map<number, number>,
  minSize: number = DEFAULT_REMEMBERED_SIZE,
): GuardProblem | undefined {
  /** Key sets of the open containers, innermost last (`null`: an array, or an object with no key yet). */
  const keySets: Array<Set<string> | null> = [];
  /** Start offsets of the open containers (parallel to `keySets`). */
  const starts: number[] = [];
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue; // whitespace (the text parsed: no other control character is outside strings)
    if (c === 0x22 /* " */) {
      const start = i;
      // Jump from quote to quote; a quote preceded by an odd number of backslashes is escaped.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i === -1) return undefined; // unreachable: the text parsed as JSON
        if (text.charCodeAt(i - 1) !== 0x5c) break;
        let backslashes = 1;
        while (text.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
        if ((backslashes & 1) === 0) break;
      }
      let next = i + 1;
      let d = text.charCodeAt(next);
      while (d <= 0x20) d = text.charCodeAt(++next);
      if (d !== 0x3a /* : */) continue;
      const raw = text.slice(start + 1, i);
      const key = raw.indexOf('\\') === -1 ? raw : (JSON.parse(text.slice(start, i + 1)) as string);
      const top = keySets.length - 1;
      let keys = keySets[top]!;
      if (keys === null) keySets[top] = keys = new Set();
      else if (keys.has(key)) {
        return {
          offset: start,
          problem:
            `duplicate key ${JSON.stringify(key.length > 200 ? key.slice(0, 200) + '...' : key)} ` +
            `in the same object`,
          fix: 'keep one of them (JSON parsers disagree on which one wins)',
        };
      }
      keys.add(key);
      i = next;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      keySets.push(null);
      starts.push(i);
      if (keySets.length > MAX_DEPTH) {
        return {
          offset: i,
          problem: `nesting deeper than ${MAX_DEPTH} levels`,
          fix: 'flatten the document (use $ref for deep structures)',
        };
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      keySets.pop();
      const start = starts.pop()!;
      if (ends !== undefined && i - start >= minSize) ends.set(start, i + 1);
    }
  }
  return undefined;
}

/**
 * The same checks as `checkJsonText` (same result), for text that `JSON.parse` turned into `parsed`,
 * at a fraction of the cost. JSON.parse keeps one member per name, so the text has a duplicate key
 * exactly when it holds more key tokens than the parsed value has keys: the key tokens are counted
 * with one native search per colon, the keys and the depth by one walk of the parsed value. Only
 * when the counts differ or the value nests too deep does the exact scan run, to find where the
 * first problem is.
 *
 * The colon of every key token comes after the key's closing quote (whitespace between), a quote
 * that no odd run of backslashes escapes; a colon inside a string counts only when it follows the
 * string's opening quote that way (`": "`), so the count is an upper bound of the key tokens, exact
 * on real specs: it equals the number of keys only when no key repeats (a false alarm costs the scan).
 */
export function checkParsedJson(text: string, parsed: unknown): GuardProblem | undefined {
  let tokens = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    let c = text.charCodeAt(j);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(--j);
    if (c !== 0x22 /* " */) continue;
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === 0x5c /* \\ */) backslashes++;
    if ((backslashes & 1) === 0) tokens++;
  }
  let keys = 0;
  let deepest = 0;
  const stack: unknown[] = [parsed];
  const depths: number[] = [1];
  while (stack.length > 0) {
    const value = stack.pop();
    const depth = depths.pop()!;
    if (depth > deepest) deepest = depth;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        keys++;
        const item: unknown = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  if (tokens !== keys || deepest > MAX_DEPTH) return checkJsonText(text);
  return undefined;
}

/**
 * Counts alias-looking tokens (`*name` after a space, a line start or a flow indicator) in YAML
 * text. An over-estimate (a `*word` inside a plain scalar counts too), which is fine for a cap set
 * far above what a real document holds; it runs before the parser builds one node per alias.
 */
export function countYamlAliases(text: string, limit: number): number | undefined {
  let count = 0;
  for (let i = text.indexOf('*'); i !== -1; i = text.indexOf('*', i + 1)) {
    const before = i === 0 ? 0x0a : text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    const boundary =
      before === 0x20 ||
      before === 0x0a ||
      before === 0x09 ||
      before === 0x2c ||
      before === 0x5b ||
      before === 0x7b ||
      before === 0x3a ||
      before === 0x2d;
    if (boundary && after > 0x20 && after !== 0x2a && after !== 0x2c && after !== 0x5d && after !== 0x7d) {
      if (++count > limit) return i;
    }
  }
  return undefined;
}

/** Duplicate keys (linear: one Set per mapping) and nesting depth in a parsed YAML document, without recursion. */
export function checkYamlTree(doc: Document.Parsed): GuardProblem | undefined {
  const { isAlias, isMap, isScalar, isSeq } = yamlLib();
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isAlias(node) || !(isMap(node) || isSeq(node))) continue;
    if (depth >= MAX_DEPTH) {
      return {
        offset: node.range?.[0] ?? 0,
        problem: `nesting deeper than ${MAX_DEPTH} levels`,
        fix: 'flatten the document (use $ref for deep structures)',
      };
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key;
      if (isScalar(key) && typeof key.value !== 'symbol' && !(key.value === '<<' && key.type === 'PLAIN')) {
        const name = String(key.value);
        if (seen.has(name)) {
          return {
            offset: key.range?.[0] ?? 0,
            problem:
              `duplicate key ${JSON.stringify(name.length > 200 ? name.slice(0, 200) + '...' : name)} ` +
              `in the same mapping`,
            fix: 'keep one of them',
          };
        }
        seen.add(name);
      }
      stack.push({ node: pair.value, depth: depth + 1 });
    }
  }
  return undefined;
}

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

export interface GuardProblem {
  offset: number;
  problem: string;
  fix: string;
}

/**
 * Scans JSON text (already known to parse) for duplicate keys and excessive nesting. One pass:
 * a stack of per-object key sets (Sets of the raw key text, escapes decoded only when present).
 */
export function checkJsonText(text: string): GuardProblem | undefined {
  const stack: Array<Set<string> | undefined> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push(c === 0x7b ? new Set() : undefined);
      if (stack.length > MAX_DEPTH) {
        return {
          offset: i,
          problem: `nesting deeper than ${MAX_DEPTH} levels`,
          fix: 'flatten the document (use $ref for deep structures)',
        };
      }
      expectKey = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = stack[stack.length - 1] !== undefined;
    } else if (c === 0x22 /* " */) {
      const start = i;
      // Jump from quote to quote (most of a document is inside strings); a quote preceded by an odd
      // number of backslashes is escaped.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i === -1) return undefined; // unreachable: the text parsed as JSON
        let backslashes = 0;
        while (text.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
        if (backslashes % 2 === 0) break;
      }
      if (expectKey) {
        const raw = text.slice(start, i + 1);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        const keys = stack[stack.length - 1]!;
        if (keys.has(key)) {
          return {
            offset: start,
            problem:
              `duplicate key ${JSON.stringify(key.length > 200 ? key.slice(0, 200) + '...' : key)} ` +
              `in the same object`,
            fix: 'keep one of them (JSON parsers disagree on which one wins)',
          };
        }
        keys.add(key);
        expectKey = false;
      }
    }
  }
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

/**
 * Regular expressions from specs (`pattern`, `patternProperties`) and pacts (`regex` matchers) run
 * on RE2 (./regex.ts), in linear time. A pattern RE2 cannot run (lookaround, backreferences) falls
 * back to JavaScript's backtracking engine, where `^(a+)+$` takes exponential time on a near-miss
 * value. Before any comparison, each such pattern is screened for the shapes that backtrack
 * catastrophically: a repeated group whose body is itself only repetition (no delimiting
 * character), or whose alternatives start alike. Such a pattern is refused as "too complex", with
 * its place. The screen is linear in the pattern's length and walks the documents without
 * recursion. With `linear` false (the comparator did not take the RE2 engine), every pattern is
 * screened.
 */
import { InputError } from '../model.ts';
import { runsLinear } from './regex.ts';
import type { LoadedSpec } from '../model.ts';
import type { PactFile } from './types.ts';

interface Group {
  /** Some atom inside repeats without bound (`+`, `*`, `{n,}`). */
  unbounded: boolean;
  /** Some mandatory atom (not optional, not repeated) delimits the repetitions. */
  delimited: boolean;
  /** First atom of each alternative (for overlapping alternatives). */
  firsts: string[];
  atStart: boolean;
}

/** Why `pattern` may backtrack catastrophically, or undefined when it passes the screen. */
export function riskyPattern(pattern: string): string | undefined {
  const stack: Group[] = [{ unbounded: false, delimited: false, firsts: [], atStart: true }];
  let i = 0;
  let previous: { group?: Group; literal: boolean; wasDelimited?: boolean } | undefined;
  while (i < pattern.length) {
    const c = pattern[i]!;
    const top = stack[stack.length - 1]!;
    let atom: string | undefined;
    let group: Group | undefined;
    if (c === '\\') {
      atom = pattern.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      atom = pattern.slice(i, j + 1);
      i = j + 1;
    } else if (c === '(') {
      stack.push({ unbounded: false, delimited: false, firsts: [], atStart: true });
      i +=
        pattern.startsWith('(?:', i) || pattern.startsWith('(?=', i) || pattern.startsWith('(?!', i)
          ? 3
          : pattern.startsWith('(?<', i)
            ? pattern.indexOf('>', i) + 1 || i + 3
            : 1;
      previous = undefined;
      continue;
    } else if (c === ')') {
      group = stack.length > 1 ? stack.pop()! : undefined;
      i++;
      if (group === undefined) continue;
    } else if (c === '|') {
      top.atStart = true;
      i++;
      previous = undefined;
      continue;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      let unbounded = c === '*' || c === '+';
      let optional = c === '*' || c === '?';
      let end = i + 1;
      if (c === '{') {
        const m = /^\{(\d*)(,?)(\d*)\}/.exec(pattern.slice(i));
        if (!m) {
          atom = c;
          i++;
        } else {
          end = i + m[0].length;
          unbounded = m[2] === ',' && (m[3] === '' || Number(m[3]) > 1);
          optional = m[1] === '' || Number(m[1]) === 0;
        }
      }
      if (atom === undefined) {
        if (pattern[end] === '?' || pattern[end] === '+') end++;
        i = end;
        if (previous !== undefined) {
          const inner = previous.group;
          if (unbounded && inner !== undefined) {
            if (inner.unbounded && !inner.delimited)
              return 'a repeated group whose body is itself repetition (like (a+)+)';
            const firsts = inner.firsts;
            if (new Set(firsts).size < firsts.length)
              return 'a repeated group whose alternatives start alike (like (a|ab)+)';
          }
          if (unbounded || (inner?.unbounded ?? false)) top.unbounded = true;
          // A quantified atom does not delimit: undo what it claimed when it was seen as mandatory.
          if ((unbounded || optional) && previous.literal) top.delimited = previous.wasDelimited ?? false;
        }
        previous = undefined;
        continue;
      }
    } else {
      atom = c;
      i++;
    }
    if (group !== undefined) {
      if (group.unbounded) top.unbounded = true;
      const wasDelimited = top.delimited;
      if (group.delimited) top.delimited = true;
      if (top.atStart) top.firsts.push(group.firsts[0] ?? '(');
      top.atStart = false;
      previous = { group, literal: group.delimited, wasDelimited };
      continue;
    }
    const wasDelimited = top.delimited;
    const literal = atom !== '.' && atom !== '^' && atom !== '$' && !/^\\[wWsSdDbB]$/.test(atom ?? '');
    if (literal) top.delimited = true;
    if (top.atStart && atom !== '^') {
      top.firsts.push(atom!);
      top.atStart = false;
    }
    previous = { literal, wasDelimited };
  }
  return undefined;
}

const FIX =
  'simplify the pattern so that repetitions cannot match the same text in several ways (e.g. ^a+$ instead of ^(a+)+$)';

function refuse(
  where: string,
  file: string,
  pattern: string,
  why: string,
  location?: { line: number; column: number },
): never {
  const shown = JSON.stringify(pattern.length > 200 ? pattern.slice(0, 200) + '...' : pattern);
  throw new InputError(
    `${where}: pattern too complex: ${shown} has ${why} and can take exponential time; ${FIX}`,
    file,
    location,
  );
}

/** Screens every `pattern` and `patternProperties` key reachable in the spec (a cyclic graph after $ref resolution). */
export function checkSpecPatterns(spec: LoadedSpec, linear = true): void {
  const seen = new Set<object>();
  const stack: unknown[] = [spec.document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const record = node as Record<string, unknown>;
    const candidates: string[] = [];
    if (typeof record['pattern'] === 'string') candidates.push(record['pattern']);
    const properties = record['patternProperties'];
    if (properties !== null && typeof properties === 'object' && !Array.isArray(properties))
      candidates.push(...Object.keys(properties));
    for (const pattern of candidates) {
      const why = linear && runsLinear(pattern) ? undefined : riskyPattern(pattern);
      if (why === undefined) continue;
      const origin = spec.originOf(node);
      const location = origin ? spec.locate({ file: origin.file, pointer: `${origin.pointer}/pattern` }) : undefined;
      const where = location ? `${location.file}:${location.line}:${location.column}` : spec.file;
      refuse(
        where,
        location?.file ?? spec.file,
        pattern,
        why,
        location ? { line: location.line, column: location.column } : undefined,
      );
    }
    for (const key in record) stack.push(record[key]);
  }
}

/** Screens every `regex` matcher (and `pattern` value) in the pacts. */
export function checkPactPatterns(pacts: readonly PactFile[], linear = true): void {
  // A pact repeats its matchers in every interaction: each distinct pattern is compiled once.
  const verdicts = new Map<string, string | undefined>();
  const verdict = (value: string): string | undefined => {
    if (!verdicts.has(value)) verdicts.set(value, linear && runsLinear(value) ? undefined : riskyPattern(value));
    return verdicts.get(value);
  };
  for (const file of pacts) {
    const stack: Array<{ node: unknown; pointer: string }> = [{ node: file.pact, pointer: '' }];
    while (stack.length > 0) {
      const { node, pointer } = stack.pop()!;
      if (node === null || typeof node !== 'object') continue;
      if (Array.isArray(node)) {
        node.forEach((item, index) => stack.push({ node: item, pointer: `${pointer}/${index}` }));
        continue;
      }
      const record = node as Record<string, unknown>;
      for (const key of ['regex', 'pattern']) {
        const value = record[key];
        if (typeof value !== 'string') continue;
        const why = verdict(value);
        if (why !== undefined) refuse(`${file.source}#${pointer}/${key}`, file.source, value, why);
      }
      for (const key in record)
        stack.push({ node: record[key], pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
    }
  }
}

/**
 * `content` maps (request bodies, responses, parameters, headers): Media Type Objects matched by
 * media type.
 *
 * Matching, most specific first, each step only among the entries left by the previous ones:
 *   1. the same media type, ignoring case and whitespace (`application/json; charset=utf-8`);
 *   2. the same essence (type/subtype without parameters), when unique on both sides;
 *   3. a fallback between a wildcard or structured-suffix type and a concrete one
 *      (the any-type wildcard "star/star", or `application/*`, vs `application/json`; `application/problem+json` vs
 *      `application/json`), only when the pairing is unambiguous: exactly one candidate on each
 *      side for each other. Anything else is reported as added + deleted (conservative: a real
 *      change of format is never hidden by a guess).
 * When two entries were paired with different keys, the pairing is visible in
 * `fields.mediaType` (`from` = base key, `to` = revision key).
 */
import type { MediaTypeDiff, MediaTypeObject } from '../model.ts';
import { compareStrings, isEmpty, isObject, ptr, type DiffContext } from './context.ts';
import { diffSchema } from './schema-diff.ts';
import { dict } from './dict.ts';

const EXCLUDE: ReadonlySet<string> = new Set(['schema']);

function norm(mt: string): string {
  return mt.toLowerCase().replace(/\s+/g, '');
}

function essence(mt: string): string {
  return norm(mt).split(';')[0]!;
}

/** Whether `a` and `b` may be the same content under a wildcard or structured-suffix reading. */
function fallbackMatch(a: string, b: string): boolean {
  const ea = essence(a);
  const eb = essence(b);
  if (ea === '*/*' || eb === '*/*') return true;
  const [ta = '', sa = ''] = ea.split('/');
  const [tb = '', sb = ''] = eb.split('/');
  if (ta !== tb) return false;
  if (sa === '*' || sb === '*') return true;
  const suffix = (x: string) => (x.includes('+') ? x.slice(x.lastIndexOf('+') + 1) : undefined);
  return suffix(sa) === sb || suffix(sb) === sa;
}

/** Pair the keys of two content maps; see the file comment. */
export function matchMediaTypes(aKeys: readonly string[], bKeys: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  // Fast path: the same keys as written (nearly always).
  if (aKeys.length === bKeys.length && aKeys.every((k) => bKeys.includes(k))) {
    for (const k of aKeys) pairs.push([k, k]);
    return pairs;
  }
  let restA = [...aKeys];
  let restB = [...bKeys];
  const take = (x: string, y: string) => {
    pairs.push([x, y]);
    restA = restA.filter((k) => k !== x);
    restB = restB.filter((k) => k !== y);
  };
  for (const x of [...restA]) {
    const y = restB.find((k) => k === x) ?? restB.find((k) => norm(k) === norm(x));
    if (y !== undefined) take(x, y);
  }
  for (const x of [...restA]) {
    const ys = restB.filter((k) => essence(k) === essence(x));
    if (ys.length === 1 && restA.filter((k) => essence(k) === essence(x)).length === 1) take(x, ys[0]!);
  }
  for (const x of [...restA]) {
    const ys = restB.filter((k) => fallbackMatch(x, k));
    if (ys.length !== 1) continue;
    const xs = restA.filter((k) => fallbackMatch(k, ys[0]!));
    if (xs.length === 1) take(x, ys[0]!);
  }
  return pairs;
}

/**
 * Compare two `content` maps. `aPtr`/`bPtr` are the pointers of the maps themselves
 * (`.../content`). Unchanged media types are absent; the result is sorted by media type.
 */
export function diffContent(ctx: DiffContext, ca: unknown, cb: unknown, aPtr: string, bPtr: string): MediaTypeDiff[] {
  if (ca === cb) return [];
  const A = isObject(ca) ? (ca as Record<string, MediaTypeObject>) : {};
  const B = isObject(cb) ? (cb as Record<string, MediaTypeObject>) : {};
  const aKeys = objectKeys(A);
  const bKeys = objectKeys(B);
  const out: MediaTypeDiff[] = [];
  const pairs = matchMediaTypes(aKeys, bKeys);
  for (let i = 0; i < pairs.length; i++) {
    const [x, y] = pairs[i]!;
    const d = diffMediaType(ctx, A[x]!, B[y]!, x, y, aPtr, bPtr);
    if (d) out.push(d);
  }
  // Every key paired (nearly always): nothing added or deleted, no sets to build.
  if (pairs.length !== aKeys.length || pairs.length !== bKeys.length) {
    const pairedA = new Set(pairs.map((p) => p[0]));
    const pairedB = new Set(pairs.map((p) => p[1]));
    for (const y of bKeys) {
      if (!pairedB.has(y))
        out.push({ mediaType: y, kind: 'added', revision: ctx.side('revision', B[y]!, ptr(bPtr, y)), fields: {} });
    }
    for (const x of aKeys) {
      if (!pairedA.has(x))
        out.push({ mediaType: x, kind: 'deleted', base: ctx.side('base', A[x]!, ptr(aPtr, x)), fields: {} });
    }
  }
  return out.length > 1
    ? out.sort((p, q) => compareStrings(p.mediaType, q.mediaType) || compareStrings(p.kind, q.kind))
    : out;
}

/** The keys of `map` whose values are objects, in order. */
function objectKeys(map: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k in map) if (isObject(map[k])) out.push(k);
  return out;
}

/** `mapA`/`mapB` point at the content maps; a media type's own pointer is made only when it changed. */
function diffMediaType(
  ctx: DiffContext,
  a: MediaTypeObject,
  b: MediaTypeObject,
  keyA: string,
  keyB: string,
  mapA: string,
  mapB: string,
): MediaTypeDiff | undefined {
  if (keyA === keyB && (a === b || ctx.equal(a, b))) return undefined;
  const aPtr = ptr(mapA, keyA);
  const bPtr = ptr(mapB, keyB);
  let fields = ctx.fields(a, b, EXCLUDE);
  if (keyA !== keyB) {
    if (isEmpty(fields)) fields = dict(); // not the shared empty result
    fields.mediaType = { from: keyA, to: keyB };
  }
  const schema = diffSchema(ctx, a.schema, b.schema, aPtr + '/schema', bPtr + '/schema');
  if (!schema && isEmpty(fields)) return undefined;
  const d: MediaTypeDiff = {
    mediaType: keyB,
    kind: 'modified',
    base: ctx.side('base', a, aPtr),
    revision: ctx.side('revision', b, bPtr),
    fields,
  };
  if (schema) d.schema = schema;
  return d;
}

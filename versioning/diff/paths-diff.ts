/**
 * Paths and operations.
 *
 * Operations are matched by method and path template with parameter names erased
 * (`/users/{id}` == `/users/{userId}`). When a document holds several templates with the same
 * erased form (invalid, but it happens), identical templates are paired first, then the rest in
 * document order. `paths` lists erased templates present on one side only, as written.
 * Path-item documentation fields (`summary`, `description`, `servers`, `x-*`) that differ are
 * returned for `SpecDiff.other`, keyed by the revision-side pointer (`/paths/~1users/summary`).
 */
import {
  HTTP_METHODS,
  type HttpMethod,
  type OperationDiff,
  type PathDiff,
  type PathItemObject,
  type ValueChange,
} from '../model.ts';
import { compareStrings, isObject, ptr, type DiffContext, type Which } from './context.ts';
import { diffOperation, templateKey, type OperationSite } from './operation-diff.ts';
import type { CallbackParent } from './sent-diff.ts';
import { dict } from './dict.ts';

const ITEM_EXCLUDE: ReadonlySet<string> = new Set([...HTTP_METHODS, 'parameters']);
const METHOD_RANK: ReadonlyMap<string, number> = new Map(HTTP_METHODS.map((m, i) => [m, i]));

interface PathEntry {
  path: string;
  item: PathItemObject;
  pointer: string;
}

function pathEntries(paths: unknown): PathEntry[] {
  if (!isObject(paths)) return [];
  const out: PathEntry[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (path.startsWith('/') && isObject(item))
      out.push({ path, item: item as PathItemObject, pointer: ptr('/paths', path) });
  }
  return out;
}

/** Pair entries with the same erased key: identical text first, then document order. */
function pairByKey<T>(A: T[], B: T[], text: (x: T) => string): { pairs: Array<[T, T]>; onlyA: T[]; onlyB: T[] } {
  const restA = [...A];
  const restB = [...B];
  const pairs: Array<[T, T]> = [];
  for (let i = 0; i < restA.length;) {
    const j = restB.findIndex((y) => text(y) === text(restA[i]!));
    if (j >= 0) {
      pairs.push([restA[i]!, restB[j]!]);
      restA.splice(i, 1);
      restB.splice(j, 1);
    } else i++;
  }
  while (restA.length && restB.length) pairs.push([restA.shift()!, restB.shift()!]);
  return { pairs, onlyA: restA, onlyB: restB };
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const l = m.get(k);
    if (l) l.push(x);
    else m.set(k, [x]);
  }
  return m;
}

export interface PathsResult {
  paths: PathDiff[];
  operations: OperationDiff[];
  other: Record<string, ValueChange>;
  /** Operations present on both sides, in output order: their callbacks are diffed next (sent-diff.ts). */
  parents: CallbackParent[];
}

export function diffPaths(ctx: DiffContext): PathsResult {
  const A = groupBy(pathEntries(ctx.base.document.paths), (e) => templateKey(e.path));
  const B = groupBy(pathEntries(ctx.revision.document.paths), (e) => templateKey(e.path));
  const paths: PathDiff[] = [];
  const operations: OperationDiff[] = [];
  const other: Record<string, ValueChange> = dict();
  const side = (which: Which, e: PathEntry) => ctx.side(which, e.item, e.pointer);

  // Collect the operation pairs first and diff them in output order: schema diffs are memoised
  // by pair, and the first encounter fixes their pointers, so the visiting order must be stable.
  const tasks: Array<{ path: string; method: HttpMethod; a?: OperationSite; b?: OperationSite }> = [];
  const pa = ctx.base.document.paths;
  const pb = ctx.revision.document.paths;
  const ext = ctx.fields(
    isObject(pa) ? pa : undefined,
    isObject(pb) ? pb : undefined,
    new Set([...Object.keys(pa ?? {}), ...Object.keys(pb ?? {})].filter((k) => k.startsWith('/'))),
  );
  for (const [k, v] of Object.entries(ext)) other[ptr('/paths', k)] = v;

  const keys = new Set([...A.keys(), ...B.keys()]);
  for (const key of keys) {
    const { pairs, onlyA, onlyB } = pairByKey(A.get(key) ?? [], B.get(key) ?? [], (e) => e.path);
    for (const e of onlyA) {
      paths.push({ path: e.path, kind: 'deleted', base: side('base', e) });
      for (const m of methodsOf(e)) tasks.push({ path: e.path, method: m, a: site(e, m) });
    }
    for (const e of onlyB) {
      paths.push({ path: e.path, kind: 'added', revision: side('revision', e) });
      for (const m of methodsOf(e)) tasks.push({ path: e.path, method: m, b: site(e, m) });
    }
    for (const [ea, eb] of pairs) {
      const docs = ctx.fields(ea.item, eb.item, ITEM_EXCLUDE);
      for (const [field, change] of Object.entries(docs)) other[ptr(eb.pointer, field)] = change;
      for (const m of HTTP_METHODS) {
        const a = isObject(ea.item[m]) ? site(ea, m) : undefined;
        const b = isObject(eb.item[m]) ? site(eb, m) : undefined;
        if (a || b) tasks.push({ path: eb.path, method: m, ...(a ? { a } : {}), ...(b ? { b } : {}) });
      }
    }
  }
  const kindRank = (t: { a?: unknown; b?: unknown }) => (t.a && t.b ? 1 : t.b ? 0 : 2);
  tasks.sort(
    (x, y) =>
      compareStrings(x.path, y.path) ||
      METHOD_RANK.get(x.method)! - METHOD_RANK.get(y.method)! ||
      kindRank(x) - kindRank(y),
  );
  const parents: CallbackParent[] = [];
  for (const t of tasks) {
    const d = diffOperation(ctx, t.method, t.a, t.b);
    if (d) operations.push(d);
    if (t.a && t.b && (t.a.op.callbacks !== undefined || t.b.op.callbacks !== undefined)) {
      parents.push({ label: `${t.method.toUpperCase()} ${t.path}`, a: t.a, b: t.b });
    }
  }
  paths.sort((x, y) => compareStrings(x.path, y.path) || compareStrings(x.kind, y.kind));
  return { paths, operations, other, parents };
}

function methodsOf(e: PathEntry): HttpMethod[] {
  return HTTP_METHODS.filter((m) => isObject(e.item[m]));
}

function site(e: PathEntry, m: HttpMethod): OperationSite {
  return { path: e.path, item: e.item, op: e.item[m]!, itemPointer: e.pointer, pointer: e.pointer + '/' + m };
}

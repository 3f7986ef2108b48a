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
  type OperationObject,
  type PathDiff,
  type PathItemObject,
  type ValueChange,
} from '../model.ts';
import { compareStrings, isObject, ptr, type DiffContext, type Which } from './context.ts';
import { diffOperation, templateKey, type OperationSite } from './operation-diff.ts';
import type { CallbackParent } from './sent-diff.ts';
import { dict } from './dict.ts';

const ITEM_EXCLUDE: ReadonlySet<string> = new Set([...HTTP_METHODS, 'parameters']);

/** A path item where it sits; its pointer (`/paths/~1users`) is made when first read: most are never changed. */
class PathEntry {
  #pointer: string | undefined;

  constructor(
    readonly path: string,
    readonly item: PathItemObject,
  ) {}

  get pointer(): string {
    return (this.#pointer ??= ptr('/paths', this.path));
  }
}

/** An operation of a path entry; its pointers are made when first read (only a changed operation's are). */
class EntrySite implements OperationSite {
  #pointer: string | undefined;
  readonly path: string;
  readonly item: PathItemObject;
  readonly op: OperationObject;

  constructor(
    private readonly entry: PathEntry,
    private readonly method: HttpMethod,
  ) {
    this.path = entry.path;
    this.item = entry.item;
    this.op = entry.item[method]!;
  }

  get itemPointer(): string {
    return this.entry.pointer;
  }

  get pointer(): string {
    return (this.#pointer ??= this.entry.pointer + '/' + this.method);
  }
}

function pathEntries(paths: unknown): PathEntry[] {
  if (!isObject(paths)) return [];
  const out: PathEntry[] = [];
  for (const path in paths) {
    const item = paths[path];
    if (path.startsWith('/') && isObject(item)) out.push(new PathEntry(path, item as PathItemObject));
  }
  return out;
}

/** The members of `paths` that are not path items (`x-*`), or undefined when there are none (nearly always). */
function pathsExtensions(paths: unknown): Record<string, unknown> | undefined {
  if (!isObject(paths)) return undefined;
  let out: Record<string, unknown> | undefined;
  for (const k in paths) if (!k.startsWith('/')) (out ??= dict())[k] = paths[k];
  return out;
}

/** Pair entries with the same erased key: identical text first, then document order. */
function pairByKey<T>(A: T[], B: T[], text: (x: T) => string): { pairs: Array<[T, T]>; onlyA: T[]; onlyB: T[] } {
  // One entry on each side, or on one side only (nearly always): nothing to search.
  if (A.length <= 1 && B.length <= 1) {
    return A.length && B.length ? { pairs: [[A[0]!, B[0]!]], onlyA: [], onlyB: [] } : { pairs: [], onlyA: A, onlyB: B };
  }
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
  const tasks: Task[] = [];
  const ext = ctx.fields(pathsExtensions(ctx.base.document.paths), pathsExtensions(ctx.revision.document.paths));
  for (const k in ext) other[ptr('/paths', k)] = ext[k]!;

  const keys = new Set([...A.keys(), ...B.keys()]);
  for (const key of keys) {
    const { pairs, onlyA, onlyB } = pairByKey(A.get(key) ?? [], B.get(key) ?? [], (e) => e.path);
    for (const e of onlyA) {
      paths.push({ path: e.path, kind: 'deleted', base: side('base', e) });
      for (let i = 0; i < HTTP_METHODS.length; i++) {
        const m = HTTP_METHODS[i]!;
        if (isObject(e.item[m])) tasks.push(task(e.path, i, new EntrySite(e, m), undefined));
      }
    }
    for (const e of onlyB) {
      paths.push({ path: e.path, kind: 'added', revision: side('revision', e) });
      for (let i = 0; i < HTTP_METHODS.length; i++) {
        const m = HTTP_METHODS[i]!;
        if (isObject(e.item[m])) tasks.push(task(e.path, i, undefined, new EntrySite(e, m)));
      }
    }
    for (let p = 0; p < pairs.length; p++) {
      const [ea, eb] = pairs[p]!;
      const docs = ctx.fields(ea.item, eb.item, ITEM_EXCLUDE);
      for (const field in docs) other[ptr(eb.pointer, field)] = docs[field]!;
      for (let i = 0; i < HTTP_METHODS.length; i++) {
        const m = HTTP_METHODS[i]!;
        const a = isObject(ea.item[m]) ? new EntrySite(ea, m) : undefined;
        const b = isObject(eb.item[m]) ? new EntrySite(eb, m) : undefined;
        if (a || b) tasks.push(task(eb.path, i, a, b));
      }
    }
  }
  tasks.sort((x, y) => compareStrings(x.path, y.path) || x.rank - y.rank);
  const parents: CallbackParent[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i]!;
    const d = diffOperation(ctx, t.method, t.a, t.b);
    if (d) operations.push(d);
    if (t.a && t.b && (t.a.op.callbacks !== undefined || t.b.op.callbacks !== undefined)) {
      parents.push({ label: `${t.method.toUpperCase()} ${t.path}`, a: t.a, b: t.b });
    }
  }
  paths.sort((x, y) => compareStrings(x.path, y.path) || compareStrings(x.kind, y.kind));
  return { paths, operations, other, parents };
}

/** An operation to compare: on one side or both. */
interface Task {
  path: string;
  method: HttpMethod;
  a: OperationSite | undefined;
  b: OperationSite | undefined;
  /** The order within a path: by method, then added, modified, deleted. */
  rank: number;
}

/** `methodIndex` is the method's position in `HTTP_METHODS`. */
function task(path: string, methodIndex: number, a: OperationSite | undefined, b: OperationSite | undefined): Task {
  const kind = a && b ? 1 : b ? 0 : 2;
  return { path, method: HTTP_METHODS[methodIndex]!, a, b, rank: methodIndex * 3 + kind };
}

/**
 * Operations the API sends rather than serves: the callbacks of each operation (3.0 and 3.1) and
 * the operations of each webhook (3.1). They are diffed like any operation (`diffOperation`), but
 * kept apart from `SpecDiff.operations` (`SpecDiff.sent`), because their directions are reversed:
 * the request body is the payload a subscriber receives, the responses are what the API receives
 * back. Every family that reads `operations` would judge them the wrong way round; the schema walks
 * read `sent` with the directions swapped (see `sentRoots` in rules/framework.ts).
 *
 * Listed: callback operations of operations present on both sides (added, deleted or modified;
 * a callback of an added or removed operation goes with its operation), and modified webhook
 * operations (added and removed webhooks are judged by the endpoints family).
 */
import {
  HTTP_METHODS,
  type HttpMethod,
  type OperationDiff,
  type OperationObject,
  type PathItemObject,
} from '../model.ts';
import { compareStrings, isObject, ptr, type DiffContext } from './context.ts';
import { diffOperation, type OperationSite } from './operation-diff.ts';

/** A paired operation of `paths`: what its callbacks are diffed from. */
export interface CallbackParent {
  /** `POST /subscriptions` (revision path). */
  label: string;
  a: OperationSite;
  b: OperationSite;
}

function items(v: unknown): Record<string, PathItemObject> {
  const out: Record<string, PathItemObject> = {};
  if (!isObject(v)) return out;
  for (const [k, item] of Object.entries(v)) if (isObject(item)) out[k] = item as PathItemObject;
  return out;
}

function methodsOf(item: PathItemObject | undefined): HttpMethod[] {
  return item ? HTTP_METHODS.filter((m) => isObject(item[m])) : [];
}

function site(path: string, item: PathItemObject, pointer: string, m: HttpMethod): OperationSite {
  return { path, item, op: item[m] as OperationObject, itemPointer: pointer, pointer: pointer + '/' + m };
}

/** Diff two path-item maps operation by operation, naming each sent operation with `label`. */
function diffItems(
  ctx: DiffContext,
  A: Record<string, PathItemObject>,
  B: Record<string, PathItemObject>,
  pointerA: (key: string) => string,
  pointerB: (key: string) => string,
  make: (key: string, m: HttpMethod, methods: number) => OperationDiff['sent'],
  keep: (d: OperationDiff) => boolean,
  out: OperationDiff[],
): void {
  const keys = [...new Set([...Object.keys(A), ...Object.keys(B)])].sort(compareStrings);
  for (const key of keys) {
    const ia = A[key];
    const ib = B[key];
    if (ia && ib && ctx.equal(ia, ib)) continue;
    const methods = new Set([...methodsOf(ia), ...methodsOf(ib)]);
    for (const m of HTTP_METHODS) {
      if (!methods.has(m)) continue;
      const a = ia && isObject(ia[m]) ? site(key, ia, pointerA(key), m) : undefined;
      const b = ib && isObject(ib[m]) ? site(key, ib, pointerB(key), m) : undefined;
      const d = diffOperation(ctx, m, a, b);
      if (!d || !keep(d)) continue;
      const sent = make(key, m, methods.size);
      if (sent) {
        d.sent = sent;
        d.label = sent.label;
      }
      out.push(d);
    }
  }
}

/** The callback operations of every operation present on both sides, then the modified webhook operations. */
export function diffSent(ctx: DiffContext, parents: readonly CallbackParent[]): OperationDiff[] {
  const out: OperationDiff[] = [];
  for (const { label, a, b } of parents) {
    const ca = a.op.callbacks;
    const cb = b.op.callbacks;
    if (ca === cb || (ca === undefined && cb === undefined) || ctx.equal(ca, cb)) continue;
    const CA = items(ca);
    const CB = items(cb);
    for (const name of [...new Set([...Object.keys(CA), ...Object.keys(CB)])].sort(compareStrings)) {
      const pa = ptr(a.pointer + '/callbacks', name);
      const pb = ptr(b.pointer + '/callbacks', name);
      diffItems(
        ctx,
        items(CA[name]),
        items(CB[name]),
        (expr) => ptr(pa, expr),
        (expr) => ptr(pb, expr),
        (expr, m) => ({
          kind: 'callback',
          name,
          parent: label,
          label: `${label} -> callback ${name} -> ${m.toUpperCase()} ${expr}`,
        }),
        () => true,
        out,
      );
    }
  }
  const WA = items(ctx.base.document.webhooks);
  const WB = items(ctx.revision.document.webhooks);
  const both: Record<string, true> = {};
  for (const k of Object.keys(WA)) if (WB[k]) both[k] = true;
  diffItems(
    ctx,
    Object.fromEntries(Object.entries(WA).filter(([k]) => both[k])),
    Object.fromEntries(Object.entries(WB).filter(([k]) => both[k])),
    (name) => ptr('/webhooks', name),
    (name) => ptr('/webhooks', name),
    (name, m, methods) => ({
      kind: 'webhook',
      name,
      label: methods > 1 ? `WEBHOOK ${name} ${m.toUpperCase()}` : `WEBHOOK ${name}`,
    }),
    (d) => d.kind === 'modified',
    out,
  );
  return out;
}

/**
 * Webhooks (3.1): Path Item Objects matched by name. A webhook whose path item differs in any
 * way (structurally, through `$ref`s) is `modified`; its operations are not broken down (the
 * `operations` list is for `paths` only).
 */
import type { PathItemObject, SpecDiff } from '../model.ts';
import { compareStrings, isObject, ptr, type DiffContext } from './context.ts';

export function diffWebhooks(ctx: DiffContext): SpecDiff['webhooks'] {
  const A = isObject(ctx.base.document.webhooks) ? ctx.base.document.webhooks : {};
  const B = isObject(ctx.revision.document.webhooks) ? ctx.revision.document.webhooks : {};
  const out: SpecDiff['webhooks'] = [];
  const names = new Set([...Object.keys(A), ...Object.keys(B)]);
  for (const name of [...names].sort(compareStrings)) {
    const a = isObject(A[name]) ? (A[name] as PathItemObject) : undefined;
    const b = isObject(B[name]) ? (B[name] as PathItemObject) : undefined;
    const p = ptr('/webhooks', name);
    if (!a && !b) continue;
    if (!a) out.push({ name, kind: 'added', revision: ctx.side('revision', b!, p) });
    else if (!b) out.push({ name, kind: 'deleted', base: ctx.side('base', a, p) });
    else if (!ctx.equal(a, b))
      out.push({ name, kind: 'modified', base: ctx.side('base', a, p), revision: ctx.side('revision', b, p) });
  }
  return out;
}

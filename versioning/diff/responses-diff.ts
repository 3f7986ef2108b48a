/**
 * Responses: matched by status as written (`200`, `2XX`, `default`); the range wildcard is
 * matched case-insensitively (`2xx` == `2XX`), `200` is never matched with `2XX` (rules decide
 * what such a move means). `fields` holds `description`, `links` and `x-*`.
 */
import type { ResponseDiff, ResponseObject } from '../model.ts';
import { compareStrings, isEmpty, isObject, ptr, type DiffContext } from './context.ts';
import { diffHeaders } from './headers-diff.ts';
import { diffContent } from './media-types-diff.ts';

const EXCLUDE: ReadonlySet<string> = new Set(['headers', 'content']);

interface Entry {
  written: string;
  node: ResponseObject;
}

function byStatus(map: unknown): Map<string, Entry> {
  const out = new Map<string, Entry>();
  if (!isObject(map)) return out;
  for (const written in map) {
    const node = map[written];
    // `200` needs no case folding
    const key = written.length === 3 && written.charCodeAt(1) < 58 ? written : written.toUpperCase();
    if (isObject(node) && !out.has(key)) out.set(key, { written, node: node as ResponseObject });
  }
  return out;
}

/** Sort order: codes and ranges by their text (`200` < `201` < `2XX` < `400`), `default` last, extensions after. */
function statusRank(s: string): string {
  const u = s.toUpperCase();
  if (u === 'DEFAULT') return '~0';
  if (/^[1-5]/.test(u)) return u;
  return '~1' + s;
}

/** Compare two `responses` maps; `aPtr`/`bPtr` point at the maps. Unchanged responses are absent. */
export function diffResponses(ctx: DiffContext, ra: unknown, rb: unknown, aPtr: string, bPtr: string): ResponseDiff[] {
  if (ra === rb) return [];
  const A = byStatus(ra);
  const B = byStatus(rb);
  const out: ResponseDiff[] = [];
  // `forEach`, not `for...of`: no iterator results or entry arrays to allocate.
  B.forEach((eb, key) => {
    const ea = A.get(key);
    if (!ea) {
      out.push({
        status: eb.written,
        kind: 'added',
        revision: ctx.side('revision', eb.node, ptr(bPtr, eb.written)),
        fields: {},
        headers: [],
        content: [],
      });
      return;
    }
    // The pointers are made only for a changed response: most are equal.
    if (ea.node === eb.node || ctx.equal(ea.node, eb.node)) return;
    const d = diffResponse(ctx, eb.written, ea.node, eb.node, ptr(aPtr, ea.written), ptr(bPtr, eb.written));
    if (d) out.push(d);
  });
  A.forEach((ea, key) => {
    if (!B.has(key)) {
      out.push({
        status: ea.written,
        kind: 'deleted',
        base: ctx.side('base', ea.node, ptr(aPtr, ea.written)),
        fields: {},
        headers: [],
        content: [],
      });
    }
  });
  return out.sort((x, y) => compareStrings(statusRank(x.status), statusRank(y.status)));
}

function diffResponse(
  ctx: DiffContext,
  status: string,
  a: ResponseObject,
  b: ResponseObject,
  aPtr: string,
  bPtr: string,
): ResponseDiff | undefined {
  if (a === b || ctx.equal(a, b)) return undefined;
  const fields = ctx.fields(a, b, EXCLUDE);
  const headers = diffHeaders(ctx, a.headers, b.headers, aPtr + '/headers', bPtr + '/headers');
  const content = diffContent(ctx, a.content, b.content, aPtr + '/content', bPtr + '/content');
  if (!headers.length && !content.length && isEmpty(fields)) return undefined;
  return {
    status,
    kind: 'modified',
    base: ctx.side('base', a, aPtr),
    revision: ctx.side('revision', b, bPtr),
    fields,
    headers,
    content,
  };
}

/**
 * Request bodies: added, deleted, or modified (`required`, `description`, `x-*` in `fields`; the
 * media types in `content`).
 */
import type { RequestBodyDiff, RequestBodyObject } from '../model.ts';
import { isEmpty, isObject, type DiffContext } from './context.ts';
import { diffContent } from './media-types-diff.ts';

const EXCLUDE: ReadonlySet<string> = new Set(['content']);

/** `aPtr`/`bPtr` point at the operations' `requestBody`. */
export function diffRequestBody(
  ctx: DiffContext,
  ra: unknown,
  rb: unknown,
  aPtr: string,
  bPtr: string,
): RequestBodyDiff | undefined {
  const a = isObject(ra) ? (ra as RequestBodyObject) : undefined;
  const b = isObject(rb) ? (rb as RequestBodyObject) : undefined;
  if (!a && !b) return undefined;
  if (!a) return { kind: 'added', revision: ctx.side('revision', b!, bPtr), fields: {}, content: [] };
  if (!b) return { kind: 'deleted', base: ctx.side('base', a, aPtr), fields: {}, content: [] };
  if (a === b || ctx.equal(a, b)) return undefined;
  const fields = ctx.fields(a, b, EXCLUDE);
  const content = diffContent(ctx, a.content, b.content, aPtr + '/content', bPtr + '/content');
  if (!content.length && isEmpty(fields)) return undefined;
  return {
    kind: 'modified',
    base: ctx.side('base', a, aPtr),
    revision: ctx.side('revision', b, bPtr),
    fields,
    content,
  };
}

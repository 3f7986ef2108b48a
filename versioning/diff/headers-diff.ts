/**
 * Response headers: matched by name, case-insensitively (HTTP header names are). `HeaderDiff.name`
 * is the lower-cased name; the sides keep the names as written in their pointers.
 */
import type { HeaderDiff, HeaderObject } from '../model.ts';
import { compareStrings, isEmpty, isObject, ptr, type DiffContext } from './context.ts';
import { diffContent } from './media-types-diff.ts';
import { diffSchema } from './schema-diff.ts';

const EXCLUDE: ReadonlySet<string> = new Set(['schema', 'content']);

interface Entry {
  written: string;
  node: HeaderObject;
}

function byLowerName(map: unknown): Map<string, Entry> {
  const out = new Map<string, Entry>();
  if (!isObject(map)) return out;
  for (const [written, node] of Object.entries(map)) {
    const key = written.toLowerCase();
    if (isObject(node) && !out.has(key)) out.set(key, { written, node: node as HeaderObject });
  }
  return out;
}

/** Compare two `headers` maps; `aPtr`/`bPtr` point at the maps. Sorted by name; unchanged headers absent. */
export function diffHeaders(ctx: DiffContext, ha: unknown, hb: unknown, aPtr: string, bPtr: string): HeaderDiff[] {
  if (ha === hb) return [];
  const A = byLowerName(ha);
  const B = byLowerName(hb);
  const out: HeaderDiff[] = [];
  for (const [name, eb] of B) {
    const ea = A.get(name);
    const bp = ptr(bPtr, eb.written);
    if (!ea) {
      out.push({ name, kind: 'added', revision: ctx.side('revision', eb.node, bp), fields: {}, content: [] });
      continue;
    }
    const d = diffHeader(ctx, name, ea.node, eb.node, ptr(aPtr, ea.written), bp);
    if (d) out.push(d);
  }
  for (const [name, ea] of A) {
    if (!B.has(name))
      out.push({
        name,
        kind: 'deleted',
        base: ctx.side('base', ea.node, ptr(aPtr, ea.written)),
        fields: {},
        content: [],
      });
  }
  return out.sort((x, y) => compareStrings(x.name, y.name));
}

export function diffHeader(
  ctx: DiffContext,
  name: string,
  a: HeaderObject,
  b: HeaderObject,
  aPtr: string,
  bPtr: string,
): HeaderDiff | undefined {
  if (a === b || ctx.equal(a, b)) return undefined;
  const fields = ctx.fields(a, b, EXCLUDE);
  const schema = diffSchema(ctx, a.schema, b.schema, aPtr + '/schema', bPtr + '/schema');
  const content = diffContent(ctx, a.content, b.content, aPtr + '/content', bPtr + '/content');
  if (!schema && !content.length && isEmpty(fields)) return undefined;
  const d: HeaderDiff = {
    name,
    kind: 'modified',
    base: ctx.side('base', a, aPtr),
    revision: ctx.side('revision', b, bPtr),
    fields,
    content,
  };
  if (schema) d.schema = schema;
  return d;
}

/**
 * Parameters: the effective list of an operation (path-item parameters merged in, an
 * operation-level parameter overriding a path-level one with the same `in` + `name`), matched by
 * (`in`, `name`). Header names are matched case-insensitively. A path parameter renamed in place
 * in the template (`/users/{id}` -> `/users/{userId}`) matches across the rename.
 *
 * `fields` holds every key except `name`, `in`, `schema` and `content` (`required`, `deprecated`,
 * `style`, `explode`, `allowEmptyValue`, `allowReserved`, `description`, `example`, `examples`, `x-*`).
 */
import type { ParameterDiff, ParameterObject } from '../model.ts';
import { compareStrings, isEmpty, isObject, type DiffContext } from './context.ts';
import { diffContent } from './media-types-diff.ts';
import { diffSchema } from './schema-diff.ts';

const EXCLUDE: ReadonlySet<string> = new Set(['name', 'in', 'schema', 'content']);
const IN_ORDER: Record<string, number> = { path: 0, query: 1, header: 2, cookie: 3 };

export interface ParameterEntry {
  param: ParameterObject;
  /** Logical pointer of the parameter (`/paths/~1a/parameters/0` or `/paths/~1a/get/parameters/1`). */
  pointer: string;
}

/** Matching key; `rename` maps base path-parameter names to revision names. */
export function parameterKey(p: ParameterObject, rename?: Readonly<Record<string, string>>): string {
  const name = String(p.name);
  if (p.in === 'header') return 'header\0' + name.toLowerCase();
  if (p.in === 'path' && rename && Object.hasOwn(rename, name)) return 'path\0' + rename[name];
  return String(p.in) + '\0' + name;
}

/** Path-level then operation-level parameters; an operation-level one replaces the path-level one with the same key. */
export function effectiveParameters(
  itemParams: unknown,
  opParams: unknown,
  itemPtr: string,
  opPtr: string,
): ParameterEntry[] {
  const out = new Map<string, ParameterEntry>();
  addParameters(out, itemParams, itemPtr);
  addParameters(out, opParams, opPtr);
  const list: ParameterEntry[] = [];
  out.forEach((e) => list.push(e));
  return list;
}

function addParameters(out: Map<string, ParameterEntry>, list: unknown, base: string): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const p: unknown = list[i];
    if (!isObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') continue;
    const param = p as unknown as ParameterObject;
    out.set(parameterKey(param), { param, pointer: base + '/parameters/' + i });
  }
}

export function diffParameters(
  ctx: DiffContext,
  base: readonly ParameterEntry[],
  revision: readonly ParameterEntry[],
  rename: Readonly<Record<string, string>>,
): ParameterDiff[] {
  const A = new Map<string, ParameterEntry>();
  for (const e of base) {
    const k = parameterKey(e.param, rename);
    if (!A.has(k)) A.set(k, e);
  }
  const B = new Map<string, ParameterEntry>();
  for (const e of revision) {
    const k = parameterKey(e.param);
    if (!B.has(k)) B.set(k, e);
  }
  const out: ParameterDiff[] = [];
  // `forEach`, not `for...of`: no iterator results or entry arrays to allocate.
  B.forEach((eb, key) => {
    const ea = A.get(key);
    const p = eb.param;
    if (!ea) {
      out.push({
        in: p.in,
        name: p.name,
        kind: 'added',
        revision: ctx.side('revision', p, eb.pointer),
        fields: {},
        content: [],
      });
      return;
    }
    const d = diffParameter(ctx, ea, eb);
    if (d) out.push(d);
  });
  A.forEach((ea, key) => {
    if (B.has(key)) return;
    const p = ea.param;
    out.push({
      in: p.in,
      name: p.name,
      kind: 'deleted',
      base: ctx.side('base', p, ea.pointer),
      fields: {},
      content: [],
    });
  });
  return out.sort((x, y) => (IN_ORDER[x.in] ?? 9) - (IN_ORDER[y.in] ?? 9) || compareStrings(x.name, y.name));
}

function diffParameter(ctx: DiffContext, ea: ParameterEntry, eb: ParameterEntry): ParameterDiff | undefined {
  const a = ea.param;
  const b = eb.param;
  if (a === b || ctx.equal(a, b)) return undefined;
  const fields = ctx.fields(a, b, EXCLUDE);
  const schema = diffSchema(ctx, a.schema, b.schema, ea.pointer + '/schema', eb.pointer + '/schema');
  const content = diffContent(ctx, a.content, b.content, ea.pointer + '/content', eb.pointer + '/content');
  if (!schema && !content.length && isEmpty(fields)) return undefined;
  const d: ParameterDiff = {
    in: b.in,
    name: b.name,
    kind: 'modified',
    base: ctx.side('base', a, ea.pointer),
    revision: ctx.side('revision', b, eb.pointer),
    fields,
    content,
  };
  if (schema) d.schema = schema;
  return d;
}

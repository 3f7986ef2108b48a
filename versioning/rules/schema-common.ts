/**
 * Helpers shared by the schema-keyword families (schema-types, schema-values, schema-bounds,
 * schema-required, schema-composition): id lookup with per-site fallbacks, readOnly/writeOnly
 * visibility, child sites for added/deleted properties, and the oneOf-wrapping test.
 */
import type { Finding, JsonValue, SchemaDiff, SchemaObject, Side } from '../model.ts';
import {
  code,
  schemaFinding,
  words,
  type Params,
  type RuleId,
  type SchemaSite,
  type MessageValue,
} from './framework.ts';
import { catalogue } from './catalogue-read.ts';
import { V, type VariantPrefix, type Variants } from './schema-variants.ts';

export type { Params } from './framework.ts';

/** The tables of `V`: `ruleAt` takes nothing else (a table built on the fly is a programming error). */
const KNOWN_VARIANTS: ReadonlySet<Variants> = new Set(Object.values(V));

/**
 * Site prefixes to try for a site, most specific first. Properties of object-valued header
 * parameters use oasdiff's `request-header-property-*` ids where they exist, then the generic
 * parameter-property ids, then the parameter ids (the `{where}` phrase names the property).
 * Properties of object-valued response headers fall back to the response-header ids.
 */
export function prefixChain(site: SchemaSite): readonly VariantPrefix[] {
  switch (site.prefix) {
    case 'request-parameter-property':
      return site.parameter?.in === 'header'
        ? ['request-header-property', 'request-parameter-property', 'request-parameter']
        : ['request-parameter-property', 'request-parameter'];
    case 'response-header-property':
      return ['response-header-property', 'response-header'];
    default:
      return [site.prefix];
  }
}

/** A property that clients never see on this side: readOnly in a request, writeOnly in a response. */
export function invisible(site: SchemaSite): boolean {
  return site.direction === 'request' ? site.readOnly : site.writeOnly;
}

/**
 * The rule for a change at a site: the change's rule (`V.someChange`) at the first prefix of the
 * site's chain that has one. At an invisible property (readOnly in a request, writeOnly in a
 * response) only the dedicated `request-read-only-property-*` / `response-write-only-property-*`
 * rules apply, if any.
 */
export function ruleAt(site: SchemaSite, change: Variants, opts: { fallback?: boolean } = {}): RuleId | undefined {
  if (!KNOWN_VARIANTS.has(change)) throw new Error(`unknown rule id: ${JSON.stringify(change)} is not a table of V`);
  let id: RuleId | undefined;
  if (invisible(site)) {
    if (site.path.length === 0 || site.area !== 'body') return undefined;
    id = change[site.direction === 'request' ? 'request-read-only-property' : 'response-write-only-property'];
  } else {
    const chain = opts.fallback === false ? [site.prefix] : prefixChain(site);
    for (const p of chain) if ((id = change[p]) !== undefined) break;
  }
  if (id !== undefined && !(id in catalogue())) throw new Error(`unknown rule id "${id}"`);
  return id;
}

/** The rule for a change at the site's own prefix only (no fallback, and invisible properties are not special). */
export function ruleAtPrefix(site: SchemaSite, change: Variants): RuleId | undefined {
  if (!KNOWN_VARIANTS.has(change)) throw new Error(`unknown rule id: ${JSON.stringify(change)} is not a table of V`);
  return change[site.prefix];
}

/** Emit the finding for a change at a site when the site has a rule for it (see `ruleAt`). */
export function emitAt(
  out: Finding[],
  site: SchemaSite,
  sd: Pick<SchemaDiff, 'base' | 'revision'>,
  change: Variants,
  params: Params = {},
  opts: { fallback?: boolean } = {},
): void {
  const id = ruleAt(site, change, opts);
  if (id) out.push(schemaFinding(id, site, sd, params));
}

/** A plain JSON value for messages (`none` when absent). */
export function show(v: unknown): MessageValue {
  return v === undefined ? 'none' : code(v);
}

export { childSite, propertyAndRoot, walkSchemaSites } from './schema-walk.ts';

/** Cycle-safe structural equality of two schema values, with a size budget (over budget = different). */
export function sameValue(a: unknown, b: unknown, budget = { n: 5000 }, seen = new Map<object, object>()): boolean {
  if (a === b) return true;
  if (--budget.n < 0) return false;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameValue(ra[k], rb[k], budget, seen));
}

/** A schema rewritten as a `oneOf` / `anyOf` of alternatives (see `wrapping`). */
export interface Wrapping {
  keyword: 'oneOf' | 'anyOf';
  /** The alternatives, without the one equal to the base schema (if any). */
  added: Side<SchemaObject>[];
  /** Whether one alternative is the base schema unchanged. */
  preserved: boolean;
}

/**
 * Two sides defined by the same named definition (`#/components/schemas/X` in both versions).
 * The diff does not pair a wrapped schema with its alternatives, so changes inside such a kept
 * definition are not compared at the wrapping site.
 */
function sameDefinition(a: Side<SchemaObject>, b: Side<SchemaObject>): boolean {
  const oa = a.origin;
  const ob = b.origin;
  return (
    !!oa && !!ob && oa.pointer === ob.pointer && /^\/(components\/schemas|definitions|\$defs)\/[^/]+$/.test(oa.pointer)
  );
}

function shaped(s: SchemaObject): boolean {
  return s.type !== undefined || (s.properties !== undefined && Object.keys(s.properties).length > 0);
}

/**
 * A schema that was wrapped in a `oneOf` or `anyOf` (oasdiff #702): the base had its own shape
 * (type or properties) and no alternatives; the revision has only alternatives where that shape
 * was. Seen from the effective schema this looks like "type gone, every property removed", which
 * is an artefact of the restructuring, not the change itself.
 */
export function wrapping(sd: SchemaDiff): Wrapping | undefined {
  let out: Wrapping | undefined;
  const b = sd.base?.node;
  const r = sd.revision?.node;
  if (
    sd.kind === 'modified' &&
    b &&
    r &&
    shaped(b) &&
    !shaped(r) &&
    !Array.isArray(r.allOf) &&
    !Array.isArray(b.oneOf) &&
    !Array.isArray(b.anyOf)
  ) {
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const l = sd[keyword];
      if (!l?.added.length || l.deleted.length || l.modified.length) continue;
      const i = l.added.findIndex((m) => sameDefinition(m, sd.base!) || sameValue(m.node, b));
      out = { keyword, added: l.added.filter((_, k) => k !== i), preserved: i >= 0 };
      break;
    }
  }
  return out;
}

/** A `oneOf` wrapping (reported as `*-wrapped-in-one-of`). */
export function wrappedInOneOf(sd: SchemaDiff): boolean {
  return wrapping(sd)?.keyword === 'oneOf';
}

/**
 * Whether the other families stay silent at this schema: a `oneOf` wrapping (reported once as
 * `*-wrapped-in-one-of`), or an `anyOf` wrapping that keeps the base schema as one alternative
 * (the real change is the new alternatives, reported as `*-any-of-added`).
 */
export function restructured(sd: SchemaDiff): boolean {
  const w = wrapping(sd);
  return w !== undefined && (w.keyword === 'oneOf' || w.preserved);
}

/**
 * Call `fn` for the schema and for the modified members of its `allOf` (recursively): the diff
 * merges allOf members' properties, required and type into the effective schema, but keyword
 * changes inside a member (a member's `maxLength`, `enum`, `pattern`...) stay on the member.
 */
export function withAllOfMembers(sd: SchemaDiff, fn: (d: SchemaDiff) => void): void {
  fn(sd);
  if (!sd.allOf?.modified.length) return;
  const seen = new Set<SchemaDiff>([sd]);
  const stack = [...sd.allOf.modified];
  while (stack.length) {
    const d = stack.pop()!;
    if (seen.has(d)) continue;
    seen.add(d);
    fn(d);
    for (const m of d.allOf?.modified ?? []) stack.push(m);
  }
}

/** Whether `test` holds for the schema or one of its modified `allOf` members (as `withAllOfMembers` visits them). */
export function anyAllOfMember(sd: SchemaDiff, test: (d: SchemaDiff) => boolean): boolean {
  let found = false;
  withAllOfMembers(sd, (d) => {
    if (!found && test(d)) found = true;
  });
  return found;
}

/** Whether two plain JSON values are equal (arrays in order, objects by keys). Values only: never schema nodes. */
export function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as JsonValue[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const ao = a as Record<string, JsonValue>;
  const bo = b as Record<string, JsonValue>;
  const ka = Object.keys(ao);
  if (ka.length !== Object.keys(bo).length) return false;
  return ka.every((k) => Object.hasOwn(bo, k) && sameJson(ao[k], bo[k]));
}

/** A label for a composition member: its component name when it came from a `$ref`, else its title, else its position.
 * */
export function memberLabel(side: Side<SchemaObject>, keyword: string): MessageValue {
  const origin = side.origin?.pointer ?? '';
  const m = /^\/components\/schemas\/([^/]+)$/.exec(origin) ?? /^\/(?:definitions|\$defs)\/([^/]+)$/.exec(origin);
  if (m) return code(m[1]!.replace(/~1/g, '/').replace(/~0/g, '~'));
  const title = side.node.title;
  if (typeof title === 'string' && title) return code(title);
  const pos = /\/(\d+)$/.exec(side.pointer);
  return code(`${keyword}[${pos ? pos[1] : '?'}]`);
}

/** Already-formatted labels joined as `a`, `b` and `c`. */
export function joinLabels(labels: readonly MessageValue[]): MessageValue {
  const parts: MessageValue[] = [];
  labels.forEach((l, i) => parts.push(...(i === 0 ? [] : [i === labels.length - 1 ? ' and ' : ', ']), l));
  return words(...parts);
}

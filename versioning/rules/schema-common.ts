/**
 * Helpers shared by the schema-keyword families (schema-types, schema-values, schema-bounds,
 * schema-required, schema-composition): id lookup with per-site fallbacks, readOnly/writeOnly
 * visibility, child sites for added/deleted properties, and the oneOf-wrapping test.
 */
import type { Finding, JsonValue, RuleDefinition, SchemaDiff, SchemaObject, Side, SpecDiff } from '../model.ts';
import { code, defineRules, propertyPath, schemaFinding, walkSchemas, type RuleId, type RuleSpec, type SchemaPrefix, type SchemaSite, type SchemaVisitor } from './framework.ts';
import { MESSAGES } from './messages.ts';
import { SCHEMA_RULE_TABLES, type SchemaFamilyName } from './schema-specs.ts';

export type Params = Record<string, string | number | boolean | undefined>;

/** The family's rule definitions, from the tables in schema-specs.ts. */
export function schemaRules(family: SchemaFamilyName): RuleDefinition[] {
  const specs = SCHEMA_RULE_TABLES[family];
  for (const id of Object.keys(specs)) {
    if (!(id in MESSAGES)) throw new Error(`schema rule ${id} (${family}) has no entry in the message catalogue`);
  }
  return defineRules(family, specs as Partial<Record<RuleId, RuleSpec>>);
}

function known(id: string): id is RuleId {
  return id in MESSAGES;
}

/**
 * Id prefixes to try for a site, most specific first. Properties of object-valued header
 * parameters use oasdiff's `request-header-property-*` ids where they exist, then the generic
 * parameter-property ids, then the parameter ids (the `{where}` phrase names the property).
 * Properties of object-valued response headers fall back to the response-header ids.
 */
export function prefixChain(site: SchemaSite): readonly string[] {
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
 * The rule id for a change at a site: `<prefix>-<suffix>` along the prefix chain. At an
 * invisible property (readOnly in a request, writeOnly in a response) only the dedicated
 * `request-read-only-property-*` / `response-write-only-property-*` ids apply, if any.
 */
export function ruleAt(site: SchemaSite, suffix: string, opts: { fallback?: boolean } = {}): RuleId | undefined {
  if (invisible(site)) {
    if (site.path.length === 0 || site.area !== 'body') return undefined;
    const id = `${site.direction === 'request' ? 'request-read-only-property' : 'response-write-only-property'}-${suffix}`;
    return known(id) ? id : undefined;
  }
  const chain = opts.fallback === false ? [site.prefix] : prefixChain(site);
  for (const p of chain) {
    const id = `${p}-${suffix}`;
    if (known(id)) return id;
  }
  return undefined;
}

/** Emit the finding for `<prefix>-<suffix>` at a site when such a rule exists. */
export function emitAt(out: Finding[], site: SchemaSite, sd: Pick<SchemaDiff, 'base' | 'revision'>, suffix: string, params: Params = {}, opts: { fallback?: boolean } = {}): void {
  const id = ruleAt(site, suffix, opts);
  if (id) out.push(schemaFinding(id, site, sd, params));
}

/** A plain JSON value for messages (`none` when absent). */
export function show(v: unknown): string {
  return v === undefined ? 'none' : code(v);
}

function propertyPrefix(site: SchemaSite): SchemaPrefix {
  if (site.area === 'parameter') return 'request-parameter-property';
  if (site.area === 'response-header') return 'response-header-property';
  return site.direction === 'request' ? 'request-property' : 'response-property';
}

/**
 * Sites inside a subschema slot (`then`, `contains`...) are named relative to that slot:
 * "property `a.b` of the `then` subschema of property `data` of the request body".
 */
interface Naming {
  /** Phrase of the subschema root. */
  root: string;
  /** Path below the subschema root. */
  local: readonly string[];
}
const NAMING = new WeakMap<SchemaSite, Naming>();

function namingOf(site: SchemaSite): Naming {
  const own = NAMING.get(site);
  if (own) return own;
  if (site.path.length === 0) return { root: site.where, local: [] };
  const phrase = `property ${code(propertyPath(site.path))} of `;
  return site.where.startsWith(phrase) ? { root: site.where.slice(phrase.length), local: site.path } : { root: site.where, local: [] };
}

/** For messages about a property: its path below the schema it belongs to, and that schema's phrase. */
export function propertyAndRoot(site: SchemaSite): { property: string; root: string } {
  const n = namingOf(site);
  return { property: code(propertyPath(n.local)), root: n.root };
}

/** A site below `site`: `segment` is a property name, `[]` (items) or `{}` (additionalProperties). */
function below(site: SchemaSite, segment: string, node: SchemaObject | undefined): SchemaSite {
  const naming = namingOf(site);
  const local = [...naming.local, segment];
  const child: SchemaSite = {
    ...site,
    path: [...site.path, segment],
    prefix: propertyPrefix(site),
    requiredInParent: false,
    readOnly: site.readOnly || node?.readOnly === true,
    writeOnly: site.writeOnly || node?.writeOnly === true,
    where: `property ${code(propertyPath(local))} of ${naming.root}`,
  };
  if (NAMING.has(site)) NAMING.set(child, { root: naming.root, local });
  return child;
}

/** The site of a property of `site`'s schema (for properties that were added or deleted). */
export function childSite(site: SchemaSite, name: string, node: SchemaObject | undefined): SchemaSite {
  return below(site, name, node);
}

/**
 * Subschema slots whose changes have the polarity of the schema itself (tightening them tightens
 * what the schema accepts). `not` (inverted) and `if` (a condition: tighter can mean looser) are
 * not descended into.
 */
const SLOTS = ['then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'] as const;

function subschemas(sd: SchemaDiff): Array<[string, SchemaDiff]> {
  const out: Array<[string, SchemaDiff]> = [];
  for (const slot of SLOTS) {
    const d = sd[slot];
    if (d?.kind === 'modified') out.push([slot, d]);
  }
  for (const d of sd.prefixItems?.modified ?? []) {
    const i = /\/(\d+)$/.exec(d.revision?.pointer ?? '');
    out.push([`prefixItems[${i ? i[1] : '?'}]`, d]);
  }
  for (const map of ['patternProperties', 'dependentSchemas'] as const) {
    for (const [k, d] of Object.entries(sd[map]?.modified ?? {})) out.push([`${map}/${k}`, d]);
  }
  return out;
}

function rootKey(site: SchemaSite): string {
  return [site.operation.key, site.area, site.parameter?.in, site.parameter?.name, site.mediaType, site.status, site.header].join('\u0000');
}

/**
 * Whether a schema diff has a change of its own that one of the schema families reads (as opposed
 * to a node that only leads to changed descendants): keywords, type, enum, required, properties
 * added or deleted (or a property's readOnly/writeOnly flipped), composition lists.
 */
function hasLocalChange(sd: SchemaDiff): boolean {
  if (sd.kind !== 'modified') return false;
  if (sd.type || sd.enum || sd.required || sd.allOf) return true;
  for (const _ in sd.keywords) return true;
  if (sd.anyOf && (sd.anyOf.added.length || sd.anyOf.deleted.length)) return true;
  if (sd.oneOf && (sd.oneOf.added.length || sd.oneOf.deleted.length)) return true;
  const props = sd.properties;
  if (!props) return false;
  for (const _ in props.added) return true;
  for (const _ in props.deleted) return true;
  for (const k in props.modified) {
    const kw = props.modified[k]!.keywords;
    if (kw.readOnly || kw.writeOnly) return true;
  }
  return false;
}

const SITES = new WeakMap<SpecDiff, ReadonlyArray<readonly [SchemaDiff, SchemaSite]>>();

/**
 * The sites of the schema families, walked once per SpecDiff and shared by the five families:
 * `walkSchemas` plus the modified subschemas under `then`, `else`, `contains`, `prefixItems`,
 * `propertyNames`, `unevaluated*`, `contentSchema`, `patternProperties` and `dependentSchemas`
 * (and everything below them), which the framework's walk does not enter. Each SchemaDiff is
 * visited once per root schema; only sites with a change of their own (see `hasLocalChange`)
 * are kept, since the others cannot produce a finding.
 */
export function walkSchemaSites(diff: SpecDiff, visit: SchemaVisitor): void {
  let sites = SITES.get(diff);
  if (!sites) {
    const list: Array<readonly [SchemaDiff, SchemaSite]> = [];
    collectSites(diff, (sd, site) => {
      if (hasLocalChange(sd)) list.push([sd, site]);
    });
    SITES.set(diff, (sites = list));
  }
  for (const [sd, site] of sites) visit(sd, site);
}

function collectSites(diff: SpecDiff, visit: SchemaVisitor): void {
  const seenByRoot = new Map<string, Set<SchemaDiff>>();
  const pending: Array<[SchemaDiff, SchemaSite, Set<SchemaDiff>]> = [];
  walkSchemas(diff, (sd, site) => {
    const key = rootKey(site);
    let seen = seenByRoot.get(key);
    if (!seen) seenByRoot.set(key, (seen = new Set()));
    seen.add(sd);
    visit(sd, site);
    if (sd.kind === 'modified' && subschemas(sd).length) pending.push([sd, site, seen]);
  });
  for (const [sd, site, seen] of pending) descendSlots(sd, site, seen, visit);
}

function descendSlots(sd: SchemaDiff, site: SchemaSite, seen: Set<SchemaDiff>, visit: SchemaVisitor): void {
  for (const [slot, d] of subschemas(sd)) {
    const node = d.revision?.node ?? d.base?.node;
    const sub: SchemaSite = {
      ...site,
      path: [...site.path, `(${slot})`],
      prefix: propertyPrefix(site),
      requiredInParent: false,
      readOnly: site.readOnly || node?.readOnly === true,
      writeOnly: site.writeOnly || node?.writeOnly === true,
      where: `the ${code(slot)} subschema of ${site.where}`,
    };
    NAMING.set(sub, { root: sub.where, local: [] });
    walkBelow(d, sub, seen, visit);
  }
}

function walkBelow(sd: SchemaDiff, site: SchemaSite, seen: Set<SchemaDiff>, visit: SchemaVisitor): void {
  if (seen.has(sd)) return;
  seen.add(sd);
  visit(sd, site);
  if (sd.kind !== 'modified') return;
  for (const [name, child] of Object.entries(sd.properties?.modified ?? {})) walkBelow(child, below(site, name, child.revision?.node), seen, visit);
  if (sd.items) walkBelow(sd.items, below(site, '[]', sd.items.revision?.node), seen, visit);
  if (sd.additionalProperties) walkBelow(sd.additionalProperties, below(site, '{}', sd.additionalProperties.revision?.node), seen, visit);
  for (const m of [...(sd.oneOf?.modified ?? []), ...(sd.anyOf?.modified ?? [])]) walkBelow(m, site, seen, visit);
  descendSlots(sd, site, seen, visit);
}

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

const WRAPPINGS = new WeakMap<SchemaDiff, Wrapping | null>();

/**
 * Two sides defined by the same named definition (`#/components/schemas/X` in both versions).
 * The diff does not pair a wrapped schema with its alternatives, so changes inside such a kept
 * definition are not compared at the wrapping site.
 */
function sameDefinition(a: Side<SchemaObject>, b: Side<SchemaObject>): boolean {
  const oa = a.origin;
  const ob = b.origin;
  return !!oa && !!ob && oa.pointer === ob.pointer && /^\/(components\/schemas|definitions|\$defs)\/[^/]+$/.test(oa.pointer);
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
  const hit = WRAPPINGS.get(sd);
  if (hit !== undefined) return hit ?? undefined;
  let out: Wrapping | undefined;
  const b = sd.base?.node;
  const r = sd.revision?.node;
  if (sd.kind === 'modified' && b && r && shaped(b) && !shaped(r) && !Array.isArray(r.allOf) && !Array.isArray(b.oneOf) && !Array.isArray(b.anyOf)) {
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const l = sd[keyword];
      if (!l?.added.length || l.deleted.length || l.modified.length) continue;
      const i = l.added.findIndex((m) => sameDefinition(m, sd.base!) || sameValue(m.node, b));
      out = { keyword, added: l.added.filter((_, k) => k !== i), preserved: i >= 0 };
      break;
    }
  }
  WRAPPINGS.set(sd, out ?? null);
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

/** A label for a composition member: its component name when it came from a `$ref`, else its title, else its position. */
export function memberLabel(side: Side<SchemaObject>, keyword: string): string {
  const origin = side.origin?.pointer ?? '';
  const m = /^\/components\/schemas\/([^/]+)$/.exec(origin) ?? /^\/(?:definitions|\$defs)\/([^/]+)$/.exec(origin);
  if (m) return code(m[1]!.replace(/~1/g, '/').replace(/~0/g, '~'));
  const title = side.node.title;
  if (typeof title === 'string' && title) return code(title);
  const pos = /\/(\d+)$/.exec(side.pointer);
  return code(`${keyword}[${pos ? pos[1] : '?'}]`);
}

/** Already-formatted labels joined as `a`, `b` and `c`. */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return labels.slice(0, -1).join(', ') + ' and ' + labels[labels.length - 1];
}

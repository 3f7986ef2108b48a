/**
 * Composition: `allOf` / `anyOf` / `oneOf` members added or removed, a schema wrapped in a
 * `oneOf`, and discriminator changes, on request and response bodies and their properties.
 *
 * allOf: the diff already merges members' properties, required and type into the effective
 * schema (those changes are reported by the property and type rules), so an added member only
 * counts when it brings other constraints the schema did not have (`maxLength`, `enum`, `not`...);
 * moving properties or a `type` into an `allOf` member is no change. A member with annotations
 * only (title, description, examples...) is documentation.
 *
 * anyOf/oneOf: an alternative removed from what clients send, or added to what they receive,
 * breaks (oasdiff ranks a response anyOf addition info; we keep its levels). `anyOf` turned into
 * `oneOf` (or back) with the same alternatives is one change, judged by set semantics: `oneOf`
 * rejects values matching several alternatives, so `anyOf` -> `oneOf` in a request and `oneOf` ->
 * `anyOf` in a response are warnings (harmless when the alternatives cannot overlap, which we do
 * not decide), the other two directions info.
 */
import type { Finding, JsonObject, JsonValue, SchemaDiff, SchemaListDiff, SchemaObject, Side } from '../model.ts';
import { code, defineRules, list, type MessageValue, type RuleFamily, type SchemaSite } from './framework.ts';
import { emitAt, joinLabels, memberLabel, sameValue, walkSchemaSites, wrapping } from './schema-common.ts';
import { V } from './schema-variants.ts';

const NAME = 'schema-composition';

const ANNOTATIONS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  '$comment',
  '$id',
  '$schema',
  '$anchor',
]);

/** Keywords the diff folds into the effective schema: reported elsewhere. */
const MERGED: ReadonlySet<string> = new Set(['properties', 'required', 'type', 'nullable', 'allOf']);

function isAnnotation(key: string): boolean {
  return ANNOTATIONS.has(key) || key.startsWith('x-');
}

function annotationOnly(s: SchemaObject): boolean {
  return Object.keys(s).every(isAnnotation);
}

/** The schema and its allOf members, recursively (the nodes whose constraints all apply). */
function conjuncts(s: SchemaObject): SchemaObject[] {
  const out: SchemaObject[] = [];
  const stack = [s];
  const seen = new Set<SchemaObject>();
  while (stack.length) {
    const x = stack.pop()!;
    if (seen.has(x)) continue;
    seen.add(x);
    out.push(x);
    if (Array.isArray(x.allOf)) for (const m of x.allOf) if (m && typeof m === 'object') stack.push(m);
  }
  return out;
}

/** Whether `member` carries a constraint that no conjunct of `other` already has. */
function bringsConstraints(member: SchemaObject, other: SchemaObject): boolean {
  const others = conjuncts(other).filter((x) => x !== member);
  for (const m of conjuncts(member)) {
    for (const key of Object.keys(m)) {
      if (isAnnotation(key) || MERGED.has(key)) continue;
      if (!others.some((o) => Object.hasOwn(o, key) && sameValue(o[key], m[key], { n: 500 }))) return true;
    }
  }
  return false;
}

function labels(sides: readonly Side<SchemaObject>[], keyword: string): MessageValue {
  return joinLabels(sides.map((s) => memberLabel(s, keyword)));
}

function checkAllOf(out: Finding[], sd: SchemaDiff, site: SchemaSite, l: SchemaListDiff): void {
  const base = sd.base!.node;
  const rev = sd.revision!.node;
  for (const [sides, other, constraining, annotating] of [
    [l.added, base, V.allOfAdded, V.allOfAddedAnnotationOnly],
    [l.deleted, rev, V.allOfRemoved, V.allOfRemovedAnnotationOnly],
  ] as const) {
    const docs = sides.filter((s) => annotationOnly(s.node));
    const real = sides.filter((s) => !annotationOnly(s.node) && bringsConstraints(s.node, other));
    if (real.length) emitAt(out, site, sd, constraining, { members: labels(real, 'allOf') });
    if (docs.length) emitAt(out, site, sd, annotating, { members: labels(docs, 'allOf') });
  }
}

/** `added` overrides the list's additions (an anyOf wrapping names only the alternatives that are new). */
function checkAlternatives(
  out: Finding[],
  sd: SchemaDiff,
  site: SchemaSite,
  keyword: 'anyOf' | 'oneOf',
  added?: readonly Side<SchemaObject>[],
): void {
  const l = sd[keyword];
  if (!l) return;
  const [addedRules, removedRules] =
    keyword === 'anyOf' ? [V.anyOfAdded, V.anyOfRemoved] : [V.oneOfAdded, V.oneOfRemoved];
  const gained = added ?? l.added;
  if (gained.length) emitAt(out, site, sd, addedRules, { members: labels(gained, keyword) });
  if (l.deleted.length) emitAt(out, site, sd, removedRules, { members: labels(l.deleted, keyword) });
}

/**
 * `anyOf` turned into `oneOf` (or back) with the same alternatives: the base has one keyword and
 * not the other, the revision the reverse, and every alternative has a structurally equal one on
 * the other side (in any order). The diff reports this as every member of one list deleted and
 * every member of the other added; judged by set semantics instead, `oneOf` rejects the values
 * that match several alternatives. Undefined when the alternatives changed too (then the lists'
 * additions and removals are reported as usual).
 */
function keywordSwap(
  sd: SchemaDiff,
): { from: 'anyOf' | 'oneOf'; to: 'anyOf' | 'oneOf'; members: readonly Side<SchemaObject>[] } | undefined {
  const b = sd.base?.node;
  const r = sd.revision?.node;
  if (!b || !r || !sd.anyOf || !sd.oneOf) return undefined;
  for (const [from, to] of [
    ['anyOf', 'oneOf'],
    ['oneOf', 'anyOf'],
  ] as const) {
    if (!Array.isArray(b[from]) || Array.isArray(b[to]) || Array.isArray(r[from]) || !Array.isArray(r[to])) continue;
    const gone = sd[from]!;
    const came = sd[to]!;
    if (gone.added.length || gone.modified.length || came.deleted.length || came.modified.length) return undefined;
    if (gone.deleted.length !== came.added.length || came.added.length === 0) return undefined;
    const used = new Set<number>();
    for (const d of gone.deleted) {
      const j = came.added.findIndex((a, k) => !used.has(k) && sameValue(d.node, a.node, { n: 5000 }));
      if (j < 0) return undefined;
      used.add(j);
    }
    return { from, to, members: came.added };
  }
  return undefined;
}

function asObject(v: JsonValue | undefined): JsonObject | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

function checkDiscriminator(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  const change = sd.keywords.discriminator;
  if (!change) return;
  const from = asObject(change.from);
  const to = asObject(change.to);
  if (!from && to) return void emitAt(out, site, sd, V.discriminatorAdded, { to: code(to.propertyName) });
  if (from && !to) return void emitAt(out, site, sd, V.discriminatorRemoved, { from: code(from.propertyName) });
  if (!from || !to) return;
  if (from.propertyName !== to.propertyName)
    emitAt(out, site, sd, V.discriminatorPropertyNameChanged, {
      from: code(from.propertyName),
      to: code(to.propertyName),
    });
  const fm = asObject(from.mapping) ?? {};
  const tm = asObject(to.mapping) ?? {};
  const added = Object.keys(tm).filter((k) => !Object.hasOwn(fm, k));
  const deleted = Object.keys(fm).filter((k) => !Object.hasOwn(tm, k));
  const changed = Object.keys(tm).filter((k) => Object.hasOwn(fm, k) && fm[k] !== tm[k]);
  if (added.length) emitAt(out, site, sd, V.discriminatorMappingAdded, { names: list(added) });
  if (deleted.length) emitAt(out, site, sd, V.discriminatorMappingDeleted, { names: list(deleted) });
  if (changed.length) emitAt(out, site, sd, V.discriminatorMappingChanged, { names: list(changed) });
}

/** What the checks read (a wrapping or a keyword swap needs the lists too): without one of these, no finding. */
function hasCompositionChange(sd: SchemaDiff): boolean {
  return (
    sd.allOf !== undefined ||
    sd.anyOf !== undefined ||
    sd.oneOf !== undefined ||
    sd.keywords.discriminator !== undefined
  );
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff, ctx) {
    const out: Finding[] = [];
    walkSchemaSites(
      diff,
      ctx,
      (sd, site) => {
        if (sd.kind !== 'modified') return;
        const w = wrapping(sd);
        if (w?.keyword === 'oneOf') {
          emitAt(out, site, sd, V.wrappedInOneOf, { members: labels(sd.oneOf!.added, 'oneOf') });
          return;
        }
        if (sd.allOf) checkAllOf(out, sd, site, sd.allOf);
        const swap = keywordSwap(sd);
        if (swap) {
          emitAt(
            out,
            site,
            sd,
            swap.from === 'anyOf' ? V.anyOfBecameOneOf : V.oneOfBecameAnyOf,
            { members: labels(swap.members, swap.to) },
            { fallback: false },
          );
        } else {
          checkAlternatives(out, sd, site, 'anyOf', w?.preserved ? w.added : undefined);
          checkAlternatives(out, sd, site, 'oneOf');
        }
        checkDiscriminator(out, sd, site);
      },
      out,
      hasCompositionChange,
    );
    return out;
  },
};

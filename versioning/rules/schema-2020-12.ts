/**
 * JSON Schema 2020-12 keywords that OpenAPI 3.1 brought in: prefixItems, if/then/else, contains
 * with minContains/maxContains, propertyNames, unevaluatedItems, contentSchema /
 * contentMediaType / contentEncoding, patternProperties, dependentSchemas, dependentRequired.
 *
 * `unevaluatedProperties` is judged with `additionalProperties`, its twin, by schema-required.ts.
 *
 * Direction decides the level (kept equal to oasdiff's where it has the rule): adding a
 * constraint to what clients send, or removing one from what they receive, is the break.
 */
import type { Finding, SchemaDiff, SchemaListDiff, MapDiff, SchemaObject, ValueChange } from '../model.ts';
import {
  code,
  defineRules,
  list,
  schemaFinding,
  type Params,
  type RuleFamily,
  type SchemaSite,
  type MessageValue,
} from './framework.ts';
import { ruleAtPrefix } from './schema-common.ts';
import { walkChangedSites } from './schema-walk.ts';
import { V, type Variants } from './schema-variants.ts';

const NAME = 'schema-2020-12';

/** Subschema keywords: present or absent on each side (the rules when added, when removed). */
const SUBSCHEMAS = [
  ['if', V.ifAdded, V.ifRemoved],
  ['then', V.thenAdded, V.thenRemoved],
  ['else', V.elseAdded, V.elseRemoved],
  ['contains', V.containsAdded, V.containsRemoved],
  ['propertyNames', V.propertyNamesAdded, V.propertyNamesRemoved],
  ['unevaluatedItems', V.unevaluatedItemsAdded, V.unevaluatedItemsRemoved],
  ['contentSchema', V.contentSchemaAdded, V.contentSchemaRemoved],
] as const satisfies ReadonlyArray<readonly [keyof SchemaDiff, Variants, Variants]>;

/** Keyed maps of subschemas: each added or removed key is a finding. */
const MAPS = [
  ['patternProperties', V.patternPropertyAdded, V.patternPropertyRemoved],
  ['dependentSchemas', V.dependentSchemaAdded, V.dependentSchemaRemoved],
] as const satisfies ReadonlyArray<readonly [keyof SchemaDiff, Variants, Variants]>;

/** Counts (the rules when raised, when lowered). */
const BOUNDS = [
  ['minContains', V.minContainsIncreased, V.minContainsDecreased],
  ['maxContains', V.maxContainsIncreased, V.maxContainsDecreased],
] as const;

const VALUES = [
  ['contentMediaType', V.contentMediaTypeChanged],
  ['contentEncoding', V.contentEncodingChanged],
] as const;

function show(v: unknown): MessageValue {
  return v === undefined ? 'none' : code(v);
}

function emit(
  out: Finding[],
  site: SchemaSite,
  change: Variants,
  sd: Pick<SchemaDiff, 'base' | 'revision'>,
  params: Params = {},
): void {
  const id = ruleAtPrefix(site, change);
  if (id) out.push(schemaFinding(id, site, sd, params));
}

/** Whether `checkSchema` can find anything in this diff (may say yes when it finds nothing, never the reverse). */
function has202012Change(sd: SchemaDiff): boolean {
  if (sd.kind !== 'modified') return false;
  // Indexed, without destructuring: this runs for every schema diff, mostly before V8 optimises it,
  // where `for...of` and `const [a] = ...` make iterator objects at every step.
  for (let i = 0; i < SUBSCHEMAS.length; i++) {
    const child = sd[SUBSCHEMAS[i]![0]] as SchemaDiff | undefined;
    if (child && child.kind !== 'modified') return true;
  }
  if (sd.prefixItems || sd.dependentRequired) return true;
  for (let i = 0; i < MAPS.length; i++) if (sd[MAPS[i]![0]]) return true;
  for (let i = 0; i < BOUNDS.length; i++) if (sd.keywords[BOUNDS[i]![0]]) return true;
  for (let i = 0; i < VALUES.length; i++) if (sd.keywords[VALUES[i]![0]]) return true;
  return false;
}

function checkSchema(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  if (sd.kind !== 'modified') return;
  for (const [keyword, added, removed] of SUBSCHEMAS) {
    const child = sd[keyword] as SchemaDiff | undefined;
    if (!child || child.kind === 'modified') continue;
    emit(out, site, child.kind === 'added' ? added : removed, sd);
  }
  const prefix: SchemaListDiff | undefined = sd.prefixItems;
  if (prefix?.added.length) emit(out, site, V.prefixItemsAdded, sd);
  if (prefix?.deleted.length) emit(out, site, V.prefixItemsRemoved, sd);
  for (const [keyword, added, removed] of MAPS) {
    const map = sd[keyword] as MapDiff<SchemaObject, SchemaDiff> | undefined;
    if (!map) continue;
    for (const key of Object.keys(map.added).sort()) emit(out, site, added, sd, { key: code(key) });
    for (const key of Object.keys(map.deleted).sort()) emit(out, site, removed, sd, { key: code(key) });
  }
  const dr = sd.dependentRequired;
  if (dr) {
    for (const key of Object.keys(dr.added).sort()) emit(out, site, V.dependentRequiredAdded, sd, { key: code(key) });
    for (const key of Object.keys(dr.deleted).sort())
      emit(out, site, V.dependentRequiredRemoved, sd, { key: code(key) });
    for (const [key, change] of Object.entries(dr.modified).sort(([a], [b]) => a.localeCompare(b))) {
      const tighter = site.direction === 'request' ? change.added : change.deleted;
      const looser = site.direction === 'request' ? change.deleted : change.added;
      if (tighter.length) emit(out, site, V.dependentRequiredChanged, sd, { key: code(key), names: list(tighter) });
      if (looser.length)
        emit(out, site, site.direction === 'request' ? V.dependentRequiredRelaxed : V.dependentRequiredTightened, sd, {
          key: code(key),
          names: list(looser),
        });
    }
  }
  for (const [keyword, increased, decreased] of BOUNDS) {
    const change: ValueChange | undefined = sd.keywords[keyword];
    if (!change) continue;
    const from = typeof change.from === 'number' ? change.from : undefined;
    const to = typeof change.to === 'number' ? change.to : undefined;
    // An absent minContains means 1, an absent maxContains means unbounded.
    const a = from ?? (keyword === 'minContains' ? 1 : Infinity);
    const b = to ?? (keyword === 'minContains' ? 1 : Infinity);
    if (a === b) continue;
    emit(out, site, b > a ? increased : decreased, sd, { from: show(from), to: show(to) });
  }
  for (const [keyword, changed] of VALUES) {
    const change: ValueChange | undefined = sd.keywords[keyword];
    if (change) emit(out, site, changed, sd, { from: show(change.from), to: show(change.to) });
  }
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff, ctx) {
    const out: Finding[] = [];
    // Only the few schema diffs with a 2020-12 keyword change get a site (see walkChangedSites).
    walkChangedSites(diff, ctx, has202012Change, (sd, site) => checkSchema(out, sd, site));
    return out;
  },
};

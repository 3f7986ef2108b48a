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
import { code, defineRules, list, schemaFinding, siteRule, type RuleFamily, type SchemaSite } from './framework.ts';
import { walkChangedSites } from './schema-walk.ts';

const NAME = 'schema-2020-12';

/** Subschema keywords: present or absent on each side. */
const SUBSCHEMAS = [
  ['if', 'if'],
  ['then', 'then'],
  ['else', 'else'],
  ['contains', 'contains'],
  ['propertyNames', 'property-names'],
  ['unevaluatedItems', 'unevaluated-items'],
  ['contentSchema', 'content-schema'],
] as const satisfies ReadonlyArray<readonly [keyof SchemaDiff, string]>;

/** Keyed maps of subschemas: each added or removed key is a finding. */
const MAPS = [
  ['patternProperties', 'pattern-property'],
  ['dependentSchemas', 'dependent-schema'],
] as const satisfies ReadonlyArray<readonly [keyof SchemaDiff, string]>;

const BOUNDS = [
  ['minContains', 'min-contains'],
  ['maxContains', 'max-contains'],
] as const;

const VALUES = [
  ['contentMediaType', 'content-media-type'],
  ['contentEncoding', 'content-encoding'],
] as const;

function show(v: unknown): string {
  return v === undefined ? 'none' : code(v);
}

function emit(
  out: Finding[],
  site: SchemaSite,
  suffix: string,
  sd: Pick<SchemaDiff, 'base' | 'revision'>,
  params: Record<string, string | number> = {},
): void {
  const id = siteRule(site, suffix);
  if (id) out.push(schemaFinding(id, site, sd, params));
}

/** Whether `checkSchema` can find anything in this diff (may say yes when it finds nothing, never the reverse). */
function has202012Change(sd: SchemaDiff): boolean {
  if (sd.kind !== 'modified') return false;
  for (const [keyword] of SUBSCHEMAS) {
    const child = sd[keyword] as SchemaDiff | undefined;
    if (child && child.kind !== 'modified') return true;
  }
  if (sd.prefixItems || sd.dependentRequired) return true;
  for (const [keyword] of MAPS) if (sd[keyword]) return true;
  for (const [keyword] of BOUNDS) if (sd.keywords[keyword]) return true;
  for (const [keyword] of VALUES) if (sd.keywords[keyword]) return true;
  return false;
}

function checkSchema(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  if (sd.kind !== 'modified') return;
  for (const [keyword, stem] of SUBSCHEMAS) {
    const child = sd[keyword] as SchemaDiff | undefined;
    if (!child || child.kind === 'modified') continue;
    emit(out, site, `${stem}-${child.kind === 'added' ? 'added' : 'removed'}`, sd);
  }
  const prefix: SchemaListDiff | undefined = sd.prefixItems;
  if (prefix?.added.length) emit(out, site, 'prefix-items-added', sd);
  if (prefix?.deleted.length) emit(out, site, 'prefix-items-removed', sd);
  for (const [keyword, stem] of MAPS) {
    const map = sd[keyword] as MapDiff<SchemaObject, SchemaDiff> | undefined;
    if (!map) continue;
    for (const key of Object.keys(map.added).sort()) emit(out, site, `${stem}-added`, sd, { key: code(key) });
    for (const key of Object.keys(map.deleted).sort()) emit(out, site, `${stem}-removed`, sd, { key: code(key) });
  }
  const dr = sd.dependentRequired;
  if (dr) {
    for (const key of Object.keys(dr.added).sort()) emit(out, site, 'dependent-required-added', sd, { key: code(key) });
    for (const key of Object.keys(dr.deleted).sort())
      emit(out, site, 'dependent-required-removed', sd, { key: code(key) });
    for (const [key, change] of Object.entries(dr.modified).sort(([a], [b]) => a.localeCompare(b))) {
      const tighter = site.direction === 'request' ? change.added : change.deleted;
      const looser = site.direction === 'request' ? change.deleted : change.added;
      if (tighter.length) emit(out, site, 'dependent-required-changed', sd, { key: code(key), names: list(tighter) });
      if (looser.length)
        emit(
          out,
          site,
          site.direction === 'request' ? 'dependent-required-relaxed' : 'dependent-required-tightened',
          sd,
          { key: code(key), names: list(looser) },
        );
    }
  }
  for (const [keyword, stem] of BOUNDS) {
    const change: ValueChange | undefined = sd.keywords[keyword];
    if (!change) continue;
    const from = typeof change.from === 'number' ? change.from : undefined;
    const to = typeof change.to === 'number' ? change.to : undefined;
    // An absent minContains means 1, an absent maxContains means unbounded.
    const a = from ?? (keyword === 'minContains' ? 1 : Infinity);
    const b = to ?? (keyword === 'minContains' ? 1 : Infinity);
    if (a === b) continue;
    emit(out, site, `${stem}-${b > a ? 'increased' : 'decreased'}`, sd, { from: show(from), to: show(to) });
  }
  for (const [keyword, stem] of VALUES) {
    const change: ValueChange | undefined = sd.keywords[keyword];
    if (change) emit(out, site, `${stem}-changed`, sd, { from: show(change.from), to: show(change.to) });
  }
}

export const family: RuleFamily = {
  name: NAME,
  rules: defineRules(NAME, {
    'request-body-prefix-items-added': { level: 'info', direction: 'request', action: 'add' },
    'request-body-prefix-items-removed': { level: 'breaking', direction: 'request', action: 'remove' },
    'request-body-if-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-body-if-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-body-then-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-body-then-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-body-else-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-body-else-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-body-contains-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-body-contains-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-body-property-names-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-body-property-names-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-body-unevaluated-items-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-body-unevaluated-items-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-body-content-schema-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-body-content-schema-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-body-pattern-property-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-body-pattern-property-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-body-dependent-schema-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-body-dependent-schema-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-body-dependent-required-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-body-dependent-required-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-body-dependent-required-changed': { level: 'breaking', direction: 'request', action: 'change' },
    'request-body-dependent-required-relaxed': { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    'request-body-min-contains-increased': { level: 'breaking', direction: 'request', action: 'change' },
    'request-body-min-contains-decreased': { level: 'info', direction: 'request', action: 'change' },
    'request-body-max-contains-increased': { level: 'info', direction: 'request', action: 'change' },
    'request-body-max-contains-decreased': { level: 'breaking', direction: 'request', action: 'change' },
    'request-body-content-media-type-changed': { level: 'breaking', direction: 'request', action: 'change' },
    'request-body-content-encoding-changed': { level: 'breaking', direction: 'request', action: 'change' },
    'request-property-prefix-items-added': { level: 'info', direction: 'request', action: 'add' },
    'request-property-prefix-items-removed': { level: 'breaking', direction: 'request', action: 'remove' },
    'request-property-if-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-property-if-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-property-then-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-property-then-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-property-else-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-property-else-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-property-contains-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-property-contains-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-property-property-names-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-property-property-names-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-property-unevaluated-items-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-property-unevaluated-items-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-property-content-schema-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-property-content-schema-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-property-pattern-property-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-property-pattern-property-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-property-dependent-schema-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-property-dependent-schema-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-property-dependent-required-added': { level: 'breaking', direction: 'request', action: 'add' },
    'request-property-dependent-required-removed': { level: 'info', direction: 'request', action: 'remove' },
    'request-property-dependent-required-changed': { level: 'breaking', direction: 'request', action: 'change' },
    'request-property-dependent-required-relaxed': {
      level: 'info',
      direction: 'request',
      action: 'change',
      oasdiff: null,
    },
    'request-property-min-contains-increased': { level: 'breaking', direction: 'request', action: 'change' },
    'request-property-min-contains-decreased': { level: 'info', direction: 'request', action: 'change' },
    'request-property-max-contains-increased': { level: 'info', direction: 'request', action: 'change' },
    'request-property-max-contains-decreased': { level: 'breaking', direction: 'request', action: 'change' },
    'request-property-content-media-type-changed': { level: 'breaking', direction: 'request', action: 'change' },
    'request-property-content-encoding-changed': { level: 'breaking', direction: 'request', action: 'change' },
    'response-body-prefix-items-added': { level: 'breaking', direction: 'response', action: 'add' },
    'response-body-prefix-items-removed': { level: 'info', direction: 'response', action: 'remove' },
    'response-body-if-added': { level: 'info', direction: 'response', action: 'add' },
    'response-body-if-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-body-then-added': { level: 'info', direction: 'response', action: 'add' },
    'response-body-then-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-body-else-added': { level: 'info', direction: 'response', action: 'add' },
    'response-body-else-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-body-contains-added': { level: 'info', direction: 'response', action: 'add' },
    'response-body-contains-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-body-property-names-added': { level: 'info', direction: 'response', action: 'add' },
    'response-body-property-names-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-body-unevaluated-items-added': { level: 'info', direction: 'response', action: 'add' },
    'response-body-unevaluated-items-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-body-content-schema-added': { level: 'info', direction: 'response', action: 'add' },
    'response-body-content-schema-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-body-pattern-property-added': { level: 'info', direction: 'response', action: 'add' },
    'response-body-pattern-property-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-body-dependent-schema-added': { level: 'info', direction: 'response', action: 'add' },
    'response-body-dependent-schema-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-body-dependent-required-added': { level: 'info', direction: 'response', action: 'add' },
    'response-body-dependent-required-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-body-dependent-required-changed': { level: 'breaking', direction: 'response', action: 'change' },
    'response-body-dependent-required-tightened': {
      level: 'info',
      direction: 'response',
      action: 'change',
      oasdiff: null,
    },
    'response-body-min-contains-increased': { level: 'info', direction: 'response', action: 'change' },
    'response-body-min-contains-decreased': { level: 'breaking', direction: 'response', action: 'change' },
    'response-body-max-contains-increased': { level: 'breaking', direction: 'response', action: 'change' },
    'response-body-max-contains-decreased': { level: 'info', direction: 'response', action: 'change' },
    'response-body-content-media-type-changed': { level: 'breaking', direction: 'response', action: 'change' },
    'response-body-content-encoding-changed': { level: 'breaking', direction: 'response', action: 'change' },
    'response-property-prefix-items-added': { level: 'breaking', direction: 'response', action: 'add' },
    'response-property-prefix-items-removed': { level: 'info', direction: 'response', action: 'remove' },
    'response-property-if-added': { level: 'info', direction: 'response', action: 'add' },
    'response-property-if-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-property-then-added': { level: 'info', direction: 'response', action: 'add' },
    'response-property-then-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-property-else-added': { level: 'info', direction: 'response', action: 'add' },
    'response-property-else-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-property-contains-added': { level: 'info', direction: 'response', action: 'add' },
    'response-property-contains-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-property-property-names-added': { level: 'info', direction: 'response', action: 'add' },
    'response-property-property-names-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-property-unevaluated-items-added': { level: 'info', direction: 'response', action: 'add' },
    'response-property-unevaluated-items-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-property-content-schema-added': { level: 'info', direction: 'response', action: 'add' },
    'response-property-content-schema-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-property-pattern-property-added': { level: 'info', direction: 'response', action: 'add' },
    'response-property-pattern-property-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-property-dependent-schema-added': { level: 'info', direction: 'response', action: 'add' },
    'response-property-dependent-schema-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-property-dependent-required-added': { level: 'info', direction: 'response', action: 'add' },
    'response-property-dependent-required-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'response-property-dependent-required-changed': { level: 'breaking', direction: 'response', action: 'change' },
    'response-property-dependent-required-tightened': {
      level: 'info',
      direction: 'response',
      action: 'change',
      oasdiff: null,
    },
    'response-property-min-contains-increased': { level: 'info', direction: 'response', action: 'change' },
    'response-property-min-contains-decreased': { level: 'breaking', direction: 'response', action: 'change' },
    'response-property-max-contains-increased': { level: 'breaking', direction: 'response', action: 'change' },
    'response-property-max-contains-decreased': { level: 'info', direction: 'response', action: 'change' },
    'response-property-content-media-type-changed': { level: 'breaking', direction: 'response', action: 'change' },
    'response-property-content-encoding-changed': { level: 'breaking', direction: 'response', action: 'change' },
  }),
  check(diff, ctx) {
    const out: Finding[] = [];
    // Only the few schema diffs with a 2020-12 keyword change get a site (see walkChangedSites).
    walkChangedSites(diff, ctx, has202012Change, (sd, site) => checkSchema(out, sd, site));
    return out;
  },
};

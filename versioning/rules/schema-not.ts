/**
 * `not` subschemas: added or removed (`<prefix>-not-added` / `-not-removed`: adding one to what
 * clients send, or removing one from what they receive, breaks), and changes inside one.
 *
 * Changes inside a `not` subschema. A value is valid when it does NOT match `not`, so a change
 * there has the opposite polarity: `not` matching more values means the schema accepts fewer.
 *
 * The keyword families (types, values, bounds, required, composition, 2020-12) judge these
 * changes with their own logic, on sites whose direction is flipped (`SchemaSite.negated`, see
 * `CheckContext.negated`): inside a request's `not`, they apply their response
 * judgement, which is exactly the judgement the change deserves for the request. Their findings
 * are then re-labelled here with the real direction, so that ids, levels and messages never
 * speak of a response where there is a request: a finding the families rate above info becomes
 * `request-narrowed-by-not` / `response-widened-by-not` (breaking), the others
 * `request-widened-by-not` / `response-narrowed-by-not` (info). Its `{detail}` is the family's
 * finding (its id and values), whose message the reports render inside this one ("lowered
 * `maxLength` of property `a` of the `not` subschema of the request body ...").
 *
 * Only one level of `not` is entered (a `not` inside a `not` is not read).
 */
import { mayHaveNotChanges } from '../diff/index.ts';
import type { Finding, Level, RuleDefinition, SchemaDiff, SpecDiff } from '../model.ts';
import { defineRules, type CheckContext, type RuleFamily, type RuleId } from './framework.ts';
import { emitAt } from './schema-common.ts';
import { family as schema202012 } from './schema-2020-12.ts';
import { family as schemaBounds } from './schema-bounds.ts';
import { family as schemaComposition } from './schema-composition.ts';
import { family as schemaRequired, WRITE_ONLY_RESPONSE_RULES } from './schema-required.ts';
import { family as schemaTypes } from './schema-types.ts';
import { family as schemaValues } from './schema-values.ts';
import { walkChangedSites } from './schema-walk.ts';
import { R } from './catalogue.ts';
import { V, type Variants } from './schema-variants.ts';

const NAME = 'schema-not';

const KEYWORD_FAMILIES: readonly RuleFamily[] = [
  schema202012,
  schemaTypes,
  schemaValues,
  schemaBounds,
  schemaRequired,
  schemaComposition,
];

/** The level of each keyword family's rule, by id (made by a run that has findings inside `not`). */
function keywordLevels(): ReadonlyMap<string, Level> {
  return new Map(KEYWORD_FAMILIES.flatMap((f) => f.rules.map((r: RuleDefinition) => [r.id, r.level] as const)));
}

/**
 * The families' rules for properties clients never see (readOnly in a request, writeOnly in a
 * response; the negated sites swap the flags with the direction): such a property's constraints
 * inside `not` do not change what clients send or receive, so these findings are dropped. The
 * keyword rules at those sites (`V`), and schema-required's writeOnly response properties.
 */
const INVISIBLE: ReadonlySet<string> = new Set([
  ...Object.values(V).flatMap((rules: Variants) =>
    [rules['request-read-only-property'], rules['response-write-only-property']].filter((id) => id !== undefined),
  ),
  ...WRITE_ONLY_RESPONSE_RULES,
]);

function relabel(f: Finding, levels: ReadonlyMap<string, Level>): Finding {
  const request = f.details?.direction !== 'response';
  const harmful = (levels.get(f.id) ?? 'info') !== 'info';
  const id: RuleId = request
    ? harmful
      ? R.requestNarrowedByNot
      : R.requestWidenedByNot
    : harmful
      ? R.responseWidenedByNot
      : R.responseNarrowedByNot;
  // The inner finding's edit key stands (`detail`, its message, names the site).
  return { ...f, id, params: { detail: { kind: 'finding', id: f.id, params: f.params } } };
}

function notAddedOrRemoved(sd: SchemaDiff): boolean {
  return sd.kind === 'modified' && sd.not !== undefined && sd.not.kind !== 'modified';
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff: SpecDiff, ctx: CheckContext) {
    if (!mayHaveNotChanges(diff)) return [];
    const out: Finding[] = [];
    walkChangedSites(diff, ctx, notAddedOrRemoved, (sd, site) =>
      emitAt(out, site, sd, sd.not!.kind === 'added' ? V.notAdded : V.notRemoved),
    );
    const negated: CheckContext = { ...ctx, negated: true };
    const inner = KEYWORD_FAMILIES.flatMap((f) => f.check(diff, negated));
    if (inner.length === 0) return out;
    const levels = keywordLevels();
    for (const f of inner) if (!INVISIBLE.has(f.id)) out.push(relabel(f, levels));
    return out;
  },
};

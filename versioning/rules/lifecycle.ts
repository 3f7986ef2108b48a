/**
 * Lifecycle of request parameters and body properties: `deprecated`, `x-sunset` and
 * `x-stability-level`, following oasdiff's RequestParameterDeprecationCheck,
 * RequestParameterSunsetChangedCheck, the deprecation branch of RequestParameterRemovedCheck,
 * Request/ResponsePropertyDeprecationCheck and the property stability-level checks.
 *
 * Removals: a request parameter that the base marked `deprecated` is reported HERE (warning
 * once its sunset has been reached, breaking before it, `*-sunset-parse` when the date is
 * unreadable); request-parameters skips it. For body properties the schema-required family
 * reports every removal (with `response-deprecated-property-removed`, a warning, after the
 * sunset); this family adds the policy verdict where the deprecation does not cover the removal:
 * `*-property-removed-before-sunset` and `*-property-sunset-parse` (both breaking).
 *
 * Operations whose revision is at stability `draft` or `alpha` are skipped (oasdiff's threshold).
 */
import type {
  Finding,
  OperationDiff,
  ParameterDiff,
  RootPhrase,
  SchemaDiff,
  SchemaObject,
  SlotPhrase,
  SpecDiff,
} from '../model.ts';
import {
  code,
  defineRules,
  details,
  finding,
  sitePhrase,
  schemaFinding,
  type CheckContext,
  type RuleFamily,
  type RuleId,
  type SchemaSite,
  type MessageValue,
  words,
} from './framework.ts';
import {
  isDeprecated,
  isoDay,
  operationInScope,
  readStability,
  readSunset,
  removalVerdict,
  sameValue,
  STABILITY_THRESHOLD,
  stabilityRank,
} from './sunset.ts';
import { walkEverySite, walkUniqueSchemas } from './schema-walk.ts';
import { R } from './catalogue.ts';

const NAME = 'lifecycle';

function paramLabel(p: ParameterDiff): MessageValue {
  return words(`${p.in} parameter `, code(p.name));
}

function sunsetNote(sunset: string | undefined): MessageValue {
  return sunset ? words('its sunset date ', code(sunset), ' has been reached') : 'it had no sunset date';
}

function checkParameters(out: Finding[], op: OperationDiff, now: Date, today: string): void {
  const stabilityOk = readStability(op.revision!.node).ok;
  const renamed = new Set(Object.keys(op.renamedPathParameters ?? {}));
  for (const p of op.parameters) {
    const param = paramLabel(p);
    const detail = { direction: 'request', area: 'parameter', parameter: { in: p.in, name: p.name } } as const;
    const input = { operation: op, base: p.base, revision: p.revision, details: detail };
    if (p.kind === 'deleted') {
      if (p.in === 'path' && renamed.has(p.name)) continue;
      const verdict = removalVerdict(p.base?.node, now);
      if (verdict.kind === 'deprecated')
        out.push(
          finding(R.requestParameterRemovedWithDeprecation, {
            ...input,
            params: { param, sunset: sunsetNote(verdict.sunset) },
          }),
        );
      else if (verdict.kind === 'before-sunset')
        out.push(
          finding(R.requestParameterRemovedBeforeSunset, {
            ...input,
            params: { param, date: code(verdict.sunset) },
          }),
        );
      else if (verdict.kind === 'sunset-invalid')
        out.push(
          finding(R.requestParameterSunsetParse, {
            ...input,
            params: { param, value: code(verdict.value), side: 'base' },
          }),
        );
      continue;
    }
    if (p.kind !== 'modified' || !stabilityOk) continue;
    const b = p.base!.node;
    const r = p.revision!.node;
    const wasDeprecated = isDeprecated(b);
    const deprecated = isDeprecated(r);
    if (wasDeprecated && !deprecated) {
      out.push(finding(R.requestParameterReactivated, { ...input, params: { param } }));
      continue;
    }
    if (!deprecated) continue;
    const sunset = readSunset(r);
    if (!wasDeprecated) {
      if (sunset.kind === 'absent')
        out.push(finding(R.requestParameterDeprecated, { ...input, params: { param, sunset: 'no sunset date' } }));
      else if (sunset.kind === 'invalid')
        out.push(
          finding(R.requestParameterSunsetParse, {
            ...input,
            params: { param, value: code(sunset.value), side: 'revision' },
          }),
        );
      else if (sunset.date < today)
        out.push(
          finding(R.requestParameterSunsetDateTooSmall, { ...input, params: { param, date: code(sunset.text) } }),
        );
      else
        out.push(
          finding(R.requestParameterDeprecated, {
            ...input,
            params: { param, sunset: words('sunset date ', code(sunset.text)) },
          }),
        );
      continue;
    }
    if (sameValue(b['x-sunset'], r['x-sunset'])) continue;
    const before = readSunset(b);
    if (sunset.kind === 'absent') {
      out.push(
        finding(R.requestParameterSunsetDeleted, {
          ...input,
          params: { param, date: code(before.kind === 'date' ? before.text : b['x-sunset']) },
        }),
      );
    } else if (sunset.kind === 'invalid') {
      out.push(
        finding(R.requestParameterSunsetParse, {
          ...input,
          params: { param, value: code(sunset.value), side: 'revision' },
        }),
      );
    } else if (before.kind === 'invalid') {
      out.push(
        finding(R.requestParameterSunsetParse, {
          ...input,
          params: { param, value: code(before.value), side: 'base' },
        }),
      );
    } else if (sunset.date < today) {
      if (before.kind === 'absent')
        out.push(
          finding(R.requestParameterSunsetDateTooSmall, { ...input, params: { param, date: code(sunset.text) } }),
        );
      else if (before.date > sunset.date)
        out.push(
          finding(R.requestParameterSunsetDateChangedTooSmall, {
            ...input,
            params: { param, from: code(before.text), to: code(sunset.text) },
          }),
        );
    }
  }
}

type Dir = 'request' | 'response';

const PROPERTY_RULES = {
  request: {
    deprecated: R.requestPropertyDeprecated,
    withSunset: R.requestPropertyDeprecatedWithSunset,
    invalidSunset: R.requestPropertyDeprecatedSunsetInvalid,
    tooSmall: R.requestPropertySunsetDateTooSmall,
    reactivated: R.requestPropertyReactivated,
    decreased: R.requestPropertyStabilityDecreased,
    increased: R.requestPropertyStabilityIncreased,
    invalidStability: R.requestPropertyInvalidStabilityLevel,
    removedBefore: R.requestPropertyRemovedBeforeSunset,
    removedParse: R.requestPropertySunsetParse,
  },
  response: {
    deprecated: R.responsePropertyDeprecated,
    withSunset: R.responsePropertyDeprecatedWithSunset,
    invalidSunset: R.responsePropertyDeprecatedSunsetInvalid,
    tooSmall: R.responsePropertySunsetDateTooSmall,
    reactivated: R.responsePropertyReactivated,
    decreased: R.responsePropertyStabilityDecreased,
    increased: R.responsePropertyStabilityIncreased,
    invalidStability: R.responsePropertyInvalidStabilityLevel,
    removedBefore: R.responsePropertyRemovedBeforeSunset,
    removedParse: R.responsePropertySunsetParse,
  },
} as const satisfies Record<Dir, Record<string, RuleId>>;

/** The rules about a property's stability level (the policy's stability threshold never drops them). */
export const PROPERTY_STABILITY_RULES: readonly RuleId[] = Object.values(PROPERTY_RULES).flatMap((r) => [
  r.decreased,
  r.increased,
  r.invalidStability,
]);

/** The `where` phrase of the root of a site (`the request body (application/json)`). */
function rootWhere(site: SchemaSite): RootPhrase | SlotPhrase {
  return site.naming.root;
}

/** Deprecation and stability of the property at `site` itself. */
function checkProperty(out: Finding[], sd: SchemaDiff, site: SchemaSite, today: string): void {
  if (sd.kind !== 'modified' || site.path.length === 0) return;
  const rules = PROPERTY_RULES[site.direction];
  const b = sd.base!.node;
  const r = sd.revision!.node;

  const bs = readStability(b);
  const rs = readStability(r);
  if (!sameValue(b['x-stability-level'], r['x-stability-level'])) {
    if (!bs.ok) out.push(schemaFinding(rules.invalidStability, site, sd, { value: code(bs.value), side: 'base' }));
    else if (!rs.ok)
      out.push(schemaFinding(rules.invalidStability, site, sd, { value: code(rs.value), side: 'revision' }));
    else {
      const from = stabilityRank(bs.level);
      const to = stabilityRank(rs.level);
      if (from !== to && from >= stabilityRank(STABILITY_THRESHOLD)) {
        out.push(
          schemaFinding(to < from ? rules.decreased : rules.increased, site, sd, {
            from: code(bs.level ?? 'stable'),
            to: code(rs.level ?? 'stable'),
          }),
        );
      }
    }
  }

  const wasDeprecated = isDeprecated(b);
  const deprecated = isDeprecated(r);
  if (wasDeprecated === deprecated) return;
  if (!deprecated) {
    out.push(schemaFinding(rules.reactivated, site, sd));
    return;
  }
  const sunset = readSunset(r);
  if (sunset.kind === 'absent') out.push(schemaFinding(rules.deprecated, site, sd));
  else if (sunset.kind === 'invalid')
    out.push(schemaFinding(rules.invalidSunset, site, sd, { value: code(sunset.value) }));
  else if (sunset.date < today) out.push(schemaFinding(rules.tooSmall, site, sd, { date: code(sunset.text) }));
  else out.push(schemaFinding(rules.withSunset, site, sd, { date: code(sunset.text) }));
}

/**
 * Deprecated properties removed from the schema at `site` before their sunset date (breaking by
 * the deprecation policy even where a plain removal is only a warning), or with an unreadable
 * `x-sunset`. Plain removals, and removals after the sunset, are the schema-required family's.
 */
function checkRemovedProperties(out: Finding[], sd: SchemaDiff, site: SchemaSite, now: Date): void {
  if (sd.kind !== 'modified') return;
  const deleted = sd.properties?.deleted;
  if (!deleted) return;
  const rules = PROPERTY_RULES[site.direction];
  const root = rootWhere(site);
  for (const [name, side] of Object.entries(deleted)) {
    const verdict = removalVerdict(side.node, now);
    if (verdict.kind === 'not-deprecated') continue;
    const path = [...site.path, name];
    const where = sitePhrase(root, path);
    const input = {
      operation: site.operation,
      base: side,
      revision: sd.revision,
      details: details(site, path),
    };
    // Removal after the sunset is the schema family's (response-deprecated-property-removed, a warning).
    if (verdict.kind === 'deprecated') continue;
    if (verdict.kind === 'before-sunset')
      out.push(finding(rules.removedBefore, { ...input, params: { where, date: code(verdict.sunset) } }));
    else out.push(finding(rules.removedParse, { ...input, params: { where, value: code(verdict.value) } }));
  }
}

/**
 * Cheap pre-scan (each schema diff once): is there any property whose deprecation or stability
 * changed, or any deprecated property removed before its sunset (or with an unreadable one)? Only then is the
 * per-operation walk worth its cost.
 */
function hasPropertyLifecycleChange(diff: SpecDiff, ctx: CheckContext): boolean {
  let found = false;
  const unsafeRemoval = (node: SchemaObject) => {
    const kind = removalVerdict(node, ctx.now).kind;
    return kind === 'before-sunset' || kind === 'sunset-invalid';
  };
  walkUniqueSchemas(diff, ctx, (sd, site) => {
    if (found || sd.kind !== 'modified' || site.area !== 'body') return;
    const b = sd.base!.node;
    const r = sd.revision!.node;
    if (
      site.path.length > 0 &&
      (isDeprecated(b) !== isDeprecated(r) || !sameValue(b['x-stability-level'], r['x-stability-level']))
    )
      found = true;
    else if (sd.properties && Object.values(sd.properties.deleted).some((side) => unsafeRemoval(side.node)))
      found = true;
  });
  return found;
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff: SpecDiff, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const today = isoDay(ctx.now);
    for (const op of diff.operations) if (operationInScope(op)) checkParameters(out, op, ctx.now, today);
    if (!hasPropertyLifecycleChange(diff, ctx)) return out;
    walkEverySite(diff, ctx, (sd, site) => {
      if (site.area !== 'body') return;
      checkProperty(out, sd, site, today);
      checkRemovedProperties(out, sd, site, ctx.now);
    });
    return out;
  },
};

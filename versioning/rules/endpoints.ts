/**
 * Operations, paths and webhooks: what was added or removed, and the lifecycle of operations
 * (`deprecated`, `x-sunset`, `x-stability-level`), following oasdiff's APIAddedCheck,
 * APIRemovedCheck, APIDeprecationCheck, APISunsetChangedCheck, the stability-level policy and
 * WebhookUpdatedCheck (see ./sunset.ts for how dates and levels are read).
 *
 * Deviations from oasdiff, each stated in the rule's description:
 * - removing a deprecated operation whose sunset date has passed (or that had none) is a
 *   warning, not info (the project's deprecation policy);
 * - with no minimum deprecation window (`deprecation.minDays` 0, the default, as oasdiff's
 *   default), a deprecation without `x-sunset` is `endpoint-deprecated` and removing it later a
 *   warning; with a window, the deprecation needs an `x-sunset` at least that far away
 *   (`api-deprecated-sunset-missing`, `api-sunset-date-too-soon`) and removing an operation
 *   deprecated without one is breaking (`api-removed-deprecated-without-sunset`);
 * - an `x-sunset` added to an already deprecated operation is checked too (oasdiff ignores it).
 *
 * Operations at stability `draft` or `alpha` (the base's for removed operations, the revision's
 * for modified ones) are outside these checks, as in oasdiff; their invalid levels and stability
 * changes are still reported.
 */
import { HTTP_METHODS, type Finding, type OperationDiff, type PathItemObject, type SpecDiff } from '../model.ts';
import {
  code,
  defineRules,
  finding,
  type CheckContext,
  type RuleFamily,
  type RuleId,
  type MessageValue,
  words,
} from './framework.ts';
import {
  STABILITY_THRESHOLD,
  belowThreshold,
  isDeprecated,
  isoDay,
  readStability,
  readSunset,
  removalVerdict,
  sameValue,
  stabilityRank,
  type StabilityRead,
} from './sunset.ts';
import { R } from './catalogue.ts';

const NAME = 'endpoints';

/** The rules about an operation's stability level (the policy's stability threshold never drops them). */
export const API_STABILITY_RULES: readonly RuleId[] = [
  R.apiStabilityDecreased,
  R.apiStabilityIncreased,
  R.apiInvalidStabilityLevel,
];

/** Path template with parameter names erased: `/users/{id}` -> `/users/{}`. */
export function pathShape(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

const OPERATION = { area: 'operation' } as const;

function sunsetNote(sunset: string | undefined): MessageValue {
  return sunset ? words('its sunset date ', code(sunset), ' has been reached') : 'it had no sunset date';
}

function label(read: StabilityRead & { ok: true }): MessageValue {
  return code(read.level ?? 'stable');
}

function checkRemoved(
  out: Finding[],
  op: OperationDiff,
  deletedPaths: ReadonlySet<string>,
  now: Date,
  minDays: number,
): void {
  const node = op.base!.node;
  const stability = readStability(node);
  if (!stability.ok) {
    out.push(
      finding(R.apiInvalidStabilityLevel, {
        operation: op,
        base: op.base,
        params: { value: code(stability.value), side: 'base' },
        details: OPERATION,
      }),
    );
    return;
  }
  if (belowThreshold(stability)) return;
  const wholePath = deletedPaths.has(pathShape(op.basePath ?? op.path));
  const verdict = removalVerdict(node, now);
  const input = { operation: op, base: op.base, details: OPERATION };
  switch (verdict.kind) {
    case 'not-deprecated':
      out.push(finding(wholePath ? R.apiPathRemovedWithoutDeprecation : R.apiRemovedWithoutDeprecation, input));
      break;
    case 'deprecated':
      // Under a deprecation window, a deprecation without x-sunset gave clients no date: semver's major.
      if (verdict.sunset === undefined && minDays > 0)
        out.push(finding(R.apiRemovedDeprecatedWithoutSunset, { ...input, params: { days: minDays } }));
      else
        out.push(
          finding(wholePath ? R.apiPathRemovedWithDeprecation : R.apiRemovedWithDeprecation, {
            ...input,
            params: { sunset: sunsetNote(verdict.sunset) },
          }),
        );
      break;
    case 'before-sunset':
      out.push(
        finding(wholePath ? R.apiPathRemovedBeforeSunset : R.apiRemovedBeforeSunset, {
          ...input,
          params: { date: code(verdict.sunset) },
        }),
      );
      break;
    case 'sunset-invalid':
      out.push(finding(R.apiPathSunsetParse, { ...input, params: { value: code(verdict.value), side: 'base' } }));
      break;
  }
}

/** The day `days` days after `today` (`YYYY-MM-DD`). */
function addDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function checkModified(out: Finding[], op: OperationDiff, today: string, minDays: number): void {
  const b = op.base!.node;
  const r = op.revision!.node;
  const both = { operation: op, base: op.base, revision: op.revision, details: OPERATION };

  // Stability: invalid values on either side, else a change of level (gated on the base level).
  const bs = readStability(b);
  const rs = readStability(r);
  if (!bs.ok)
    out.push(finding(R.apiInvalidStabilityLevel, { ...both, params: { value: code(bs.value), side: 'base' } }));
  if (!rs.ok)
    out.push(finding(R.apiInvalidStabilityLevel, { ...both, params: { value: code(rs.value), side: 'revision' } }));
  if (bs.ok && rs.ok) {
    const from = stabilityRank(bs.level);
    const to = stabilityRank(rs.level);
    if (from !== to && from >= stabilityRank(STABILITY_THRESHOLD)) {
      out.push(
        finding(to < from ? R.apiStabilityDecreased : R.apiStabilityIncreased, {
          ...both,
          params: { from: label(bs), to: label(rs) },
        }),
      );
    }
  }
  if (!rs.ok || belowThreshold(rs)) return;

  const wasDeprecated = isDeprecated(b);
  const deprecated = isDeprecated(r);
  if (wasDeprecated && !deprecated) {
    out.push(finding(R.endpointReactivated, both));
    return;
  }
  if (!deprecated) return;
  const sunset = readSunset(r);
  if (!wasDeprecated) {
    const earliest = addDays(today, minDays);
    if (sunset.kind === 'absent')
      out.push(
        minDays > 0
          ? finding(R.apiDeprecatedSunsetMissing, { ...both, params: { days: minDays } })
          : finding(R.endpointDeprecated, both),
      );
    else if (sunset.kind === 'invalid')
      out.push(finding(R.apiDeprecatedSunsetParse, { ...both, params: { value: code(sunset.value) } }));
    else if (sunset.date < today)
      out.push(finding(R.apiSunsetDateTooSmall, { ...both, params: { date: code(sunset.text) } }));
    else if (sunset.date < earliest)
      out.push(
        finding(R.apiSunsetDateTooSoon, {
          ...both,
          params: { date: code(sunset.text), days: minDays, earliest: code(earliest) },
        }),
      );
    else out.push(finding(R.endpointDeprecatedWithSunset, { ...both, params: { date: code(sunset.text) } }));
    return;
  }
  // Deprecated on both sides: did the sunset date change?
  if (sameValue(b['x-sunset'], r['x-sunset'])) return;
  const before = readSunset(b);
  if (sunset.kind === 'absent') {
    out.push(
      finding(R.sunsetDeleted, {
        ...both,
        params: { date: code(before.kind === 'date' ? before.text : b['x-sunset']) },
      }),
    );
  } else if (sunset.kind === 'invalid') {
    out.push(finding(R.apiPathSunsetParse, { ...both, params: { value: code(sunset.value), side: 'revision' } }));
  } else if (before.kind === 'invalid') {
    out.push(finding(R.apiPathSunsetParse, { ...both, params: { value: code(before.value), side: 'base' } }));
  } else if (sunset.date < today) {
    if (before.kind === 'absent')
      out.push(finding(R.apiSunsetDateTooSmall, { ...both, params: { date: code(sunset.text) } }));
    else if (before.date > sunset.date)
      out.push(
        finding(R.apiSunsetDateChangedTooSmall, {
          ...both,
          params: { from: code(before.text), to: code(sunset.text) },
        }),
      );
  }
}

function methodsOf(item: PathItemObject | undefined): Set<string> {
  const out = new Set<string>();
  if (!item) return out;
  for (const m of HTTP_METHODS) if (item[m]) out.add(m);
  return out;
}

/**
 * A webhook finding named like the webhook's operations elsewhere (`WEBHOOK newBook`, with the
 * method when the webhook keeps others), so that reports group it and acceptances can name it.
 */
function asWebhook(f: Finding, label: string): Finding {
  return { ...f, operation: label };
}

function checkWebhooks(out: Finding[], diff: SpecDiff): void {
  for (const w of diff.webhooks) {
    const id: RuleId = w.kind === 'added' ? R.webhookAdded : R.webhookRemoved;
    const details = { area: 'document' } as const;
    if (w.kind !== 'modified') {
      const f = finding(id, { params: { webhook: code(w.name) }, base: w.base, revision: w.revision, details });
      out.push(asWebhook(f, `WEBHOOK ${w.name}`));
      continue;
    }
    const before = methodsOf(w.base?.node);
    const after = methodsOf(w.revision?.node);
    // A method the base has and the revision lacks is removed; the other way round, added.
    const sides = [
      [R.webhookRemoved, before, after],
      [R.webhookAdded, after, before],
    ] as const;
    for (const [id, from, to] of sides)
      for (const m of from)
        if (!to.has(m))
          out.push(
            asWebhook(
              finding(id, {
                params: { webhook: words(code(w.name), ` (${m.toUpperCase()})`) },
                base: w.base,
                revision: w.revision,
                details,
              }),
              `WEBHOOK ${w.name} ${m.toUpperCase()}`,
            ),
          );
  }
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff: SpecDiff, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const today = isoDay(ctx.now);
    const minDays = ctx.deprecation?.minDays ?? 0;
    const deletedPaths = new Set(diff.paths.filter((p) => p.kind === 'deleted').map((p) => pathShape(p.path)));
    for (const op of diff.operations) {
      if (op.kind === 'added')
        out.push(finding(R.endpointAdded, { operation: op, revision: op.revision, details: OPERATION }));
      else if (op.kind === 'deleted') checkRemoved(out, op, deletedPaths, ctx.now, minDays);
      else checkModified(out, op, today, minDays);
    }
    checkWebhooks(out, diff);
    return out;
  },
};

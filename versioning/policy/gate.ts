/**
 * The gate: whether a report passes CI. Policies plug in by name; each returns the reasons it
 * fails (none = pass).
 *
 * - `semver` (default): fails when the version check fails (a breaking change without the major
 *   bump it needs, an addition without a minor, ...). It also fails on any change that is not
 *   accepted and has a level at or above `failOn`, but ONLY when a fail-on level was set
 *   explicitly (`--fail-on`, or `failOn` in the config): by default a breaking change that
 *   carries the right major bump passes.
 * - `consumers`: fails only when a change that is not accepted breaks a known consumer's
 *   interaction (`Change.consumers`, filled by the impact analysis), whatever the change's level:
 *   the pacts prove the break, so a change the catalogue rates `info` (say, a removed 404 that a
 *   consumer's pact expects) still fails it. It also fails when a pact interaction newly fails and
 *   no change could be tied to it. The fail-on level and the version check are still reported but
 *   do not fail this policy, except that an explicit `--fail-on warning` (or `info`) also fails it on
 *   a change that puts a consumer interaction at risk (`Change.atRisk`: a warning-level change on
 *   something it reads). The engine refuses this policy when no impact analysis ran, so it can
 *   never pass silently.
 */
import { LEVELS, type Change, type ImpactSummary, type Level, type Report, type VersionCheck } from '../model.ts';

export type GatePolicyName = 'semver' | 'consumers';
export type Gate = NonNullable<Report['gate']>;

export interface GateOptions {
  failOn: Level;
  /** Whether `failOn` was set explicitly (flag or config); the semver policy applies it only then. */
  failOnExplicit: boolean;
  policy: GatePolicyName;
  /** Include the version check (the `gate` command); `diff --fail-on` only looks at levels. */
  checkVersion: boolean;
}

export interface GateInput {
  changes: readonly Change[];
  version: VersionCheck;
  /** The impact analysis, when pacts were given (its unmapped broken interactions fail `consumers`). */
  impact?: ImpactSummary;
}

type GatePolicy = (input: GateInput, options: GateOptions) => string[];

const atOrAbove = (level: Level, failOn: Level): boolean => LEVELS.indexOf(level) <= LEVELS.indexOf(failOn);

const LEVEL_NOUN: Record<Level, [string, string]> = {
  breaking: ['breaking change', 'breaking changes'],
  warning: ['warning', 'warnings'],
  info: ['info change', 'info changes'],
};

/** `a`, `a and b`, `a, b and c`; long lists end with `and N more`. */
function listOf(items: readonly string[], max = 5): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

function countPhrase(changes: readonly Change[]): string {
  const parts: string[] = [];
  for (const level of LEVELS) {
    const n = changes.filter((c) => c.level === level).length;
    if (n > 0) parts.push(`${n} ${LEVEL_NOUN[level][n === 1 ? 0 : 1]}`);
  }
  return listOf(parts);
}

function versionReasons(input: GateInput, options: GateOptions): string[] {
  return options.checkVersion && !input.version.ok && input.version.message ? [input.version.message] : [];
}

/**
 * Whether the fail-on level takes part in the verdict of a policy: semver when it is set; consumers
 * when it is set at `warning` or below (then at-risk interactions fail too).
 */
export function failOnApplies(options: Pick<GateOptions, 'policy' | 'failOnExplicit' | 'failOn'>): boolean {
  if (!options.failOnExplicit) return false;
  return options.policy === 'semver' || atOrAbove('warning', options.failOn);
}

/** Whether this change counts against the gate (JUnit marks exactly these as failures). */
export function failsGate(
  change: Pick<Change, 'level' | 'accepted' | 'consumers' | 'atRisk'>,
  gate: Pick<Gate, 'policy' | 'failOn' | 'failOnApplied'>,
): boolean {
  if (change.accepted) return false;
  if (gate.policy === 'consumers')
    return (change.consumers?.length ?? 0) > 0 || (gate.failOnApplied && atRiskFails(change, gate.failOn));
  return gate.failOnApplied && atOrAbove(change.level, gate.failOn);
}

/** Under the consumers policy, at-risk interactions fail only with an explicit fail-on at warning or below. */
function atRiskFails(change: Pick<Change, 'atRisk'>, failOn: Level): boolean {
  return (change.atRisk?.length ?? 0) > 0 && atOrAbove('warning', failOn);
}

export const GATE_POLICIES: Record<GatePolicyName, GatePolicy> = {
  semver(input, options) {
    const reasons = versionReasons(input, options);
    if (!options.failOnExplicit) return reasons;
    const failing = input.changes.filter((c) => !c.accepted && atOrAbove(c.level, options.failOn));
    if (failing.length > 0)
      reasons.push(`${countPhrase(failing)} (fail-on ${options.failOn}; accept them in the config or fix them)`);
    return reasons;
  },
  consumers(input, options) {
    const failing = input.changes.filter((c) => !c.accepted && (c.consumers?.length ?? 0) > 0);
    const reasons: string[] = [];
    if (failing.length > 0) {
      const broken = [...new Set(failing.flatMap((c) => c.consumers!.map((k) => `${k.consumer} '${k.interaction}'`)))];
      reasons.push(
        `${countPhrase(failing)} break${failing.length === 1 ? 's' : ''} ` +
          `${listOf(broken)} (accept ${failing.length === 1 ? 'it' : 'them'} ` +
          `in the config or fix ${failing.length === 1 ? 'it' : 'them'})`,
      );
    }
    if (failOnApplies(options)) {
      const risky = input.changes.filter(
        (c) => !c.accepted && (c.consumers?.length ?? 0) === 0 && atRiskFails(c, options.failOn),
      );
      if (risky.length > 0) {
        const atRisk = [
          ...new Set(risky.flatMap((c) => (c.atRisk ?? []).map((k) => `${k.consumer} '${k.interaction}'`))),
        ];
        reasons.push(
          `${countPhrase(risky)} put${risky.length === 1 ? 's' : ''} ${listOf(atRisk)} ` +
            `at risk (fail-on ${options.failOn}; accept ${risky.length === 1 ? 'it' : 'them'} ` +
            `in the config or check the consumer)`,
        );
      }
    }
    const unmapped = input.impact?.unmapped ?? [];
    if (unmapped.length > 0) {
      const list = listOf(unmapped.map((k) => `${k.consumer} '${k.interaction}'`));
      reasons.push(
        `${unmapped.length} pact interaction${unmapped.length === 1 ? '' : 's'} ` +
          `newly fail${unmapped.length === 1 ? 's' : ''} against the revision ` +
          `with no change tied to ${unmapped.length === 1 ? 'it' : 'them'}: ` +
          `${list}`,
      );
    }
    return reasons;
  },
};

export function evaluateGate(input: GateInput, options: GateOptions): Gate {
  const reasons = GATE_POLICIES[options.policy](input, options);
  return {
    ok: reasons.length === 0,
    failOn: options.failOn,
    failOnApplied: failOnApplies(options),
    policy: options.policy,
    reasons,
  };
}

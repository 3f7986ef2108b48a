/**
 * The gate: whether a report passes CI. Policies plug in by name; each returns the reasons it
 * fails (none = pass).
 *
 * - `semver` (default): fails when the version check fails, or when any change that is not
 *   accepted has a level at or above `failOn`.
 * - `consumers`: fails when the version check fails, or when a change at or above `failOn`
 *   breaks a known consumer (`Change.consumers`, filled by the impact analysis). The engine
 *   refuses this policy when no impact analysis ran, so it can never pass silently.
 */
import { LEVELS, type Change, type Level, type Report, type VersionCheck } from '../model.ts';

export type GatePolicyName = 'semver' | 'consumers';
export type Gate = NonNullable<Report['gate']>;

export interface GateOptions {
  failOn: Level;
  policy: GatePolicyName;
  /** Include the version check (the `gate` command); `diff --fail-on` only looks at levels. */
  checkVersion: boolean;
}

export interface GateInput {
  changes: readonly Change[];
  version: VersionCheck;
}

type GatePolicy = (input: GateInput, options: GateOptions) => string[];

const atOrAbove = (level: Level, failOn: Level): boolean => LEVELS.indexOf(level) <= LEVELS.indexOf(failOn);

const LEVEL_NOUN: Record<Level, [string, string]> = {
  breaking: ['breaking change', 'breaking changes'],
  warning: ['warning', 'warnings'],
  info: ['info change', 'info changes'],
};

function countPhrase(changes: readonly Change[]): string {
  const parts: string[] = [];
  for (const level of LEVELS) {
    const n = changes.filter((c) => c.level === level).length;
    if (n > 0) parts.push(`${n} ${LEVEL_NOUN[level][n === 1 ? 0 : 1]}`);
  }
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function versionReasons(input: GateInput, options: GateOptions): string[] {
  return options.checkVersion && !input.version.ok && input.version.message ? [input.version.message] : [];
}

export const GATE_POLICIES: Record<GatePolicyName, GatePolicy> = {
  semver(input, options) {
    const failing = input.changes.filter((c) => !c.accepted && atOrAbove(c.level, options.failOn));
    const reasons = versionReasons(input, options);
    if (failing.length > 0) reasons.push(`${countPhrase(failing)} (fail-on ${options.failOn}; accept them in the config or fix them)`);
    return reasons;
  },
  consumers(input, options) {
    const failing = input.changes.filter((c) => !c.accepted && atOrAbove(c.level, options.failOn) && (c.consumers?.length ?? 0) > 0);
    const reasons = versionReasons(input, options);
    if (failing.length > 0) {
      const names = [...new Set(failing.flatMap((c) => c.consumers!.map((k) => k.consumer)))].sort();
      reasons.push(`${countPhrase(failing)} break${failing.length === 1 ? 's' : ''} ${names.join(', ')} (fail-on ${options.failOn})`);
    }
    return reasons;
  },
};

export function evaluateGate(input: GateInput, options: GateOptions): Gate {
  const reasons = GATE_POLICIES[options.policy](input, options);
  return { ok: reasons.length === 0, failOn: options.failOn, policy: options.policy, reasons };
}

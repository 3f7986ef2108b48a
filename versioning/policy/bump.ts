/**
 * The semver bump a set of changes needs. Derived from each change's effective level and its
 * rule's action, never from per-rule labels:
 *
 * | change                                    | needs  |
 * |-------------------------------------------|--------|
 * | breaking (not accepted)                   | major (below 1.0.0: minor) |
 * | action `add`, `remove` or `change`        | minor  |
 * | action `docs`                             | patch  |
 * | no change at all                          | none   |
 *
 * An accepted breaking change counts by its action (a break the team accepts without a major).
 */
import type { Bump, Change, RuleAction } from '../model.ts';
import { parseVersion } from './version-parse.ts';

export type ActionOf = (ruleId: string) => RuleAction | undefined;

export const BUMP_ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

export function maxBump(a: Bump, b: Bump): Bump {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}

/** What one change alone needs (before the below-1.0.0 adjustment). */
export function changeBump(change: Pick<Change, 'id' | 'level' | 'accepted'>, actionOf: ActionOf): Bump {
  if (change.level === 'breaking' && !change.accepted) return 'major';
  const action = actionOf(change.id);
  if (action === undefined) throw new Error(`no action known for rule ${change.id}`);
  return action === 'docs' ? 'patch' : 'minor';
}

/** A change as the bump and the version check count it: `count` changes alike (1 when absent). */
export type CountedChange = Pick<Change, 'id' | 'level' | 'accepted'> & { readonly count?: number };

/** The bump the changes need, ignoring the base version. */
export function rawBump(changes: readonly Pick<Change, 'id' | 'level' | 'accepted'>[], actionOf: ActionOf): Bump {
  let bump: Bump = 'none';
  for (const c of changes) bump = maxBump(bump, changeBump(c, actionOf));
  return bump;
}

/** Below 1.0.0 (semver item 4) a breaking change needs only a minor bump. */
export function adjustForInitialDevelopment(bump: Bump, baseVersion: unknown): Bump {
  const parsed = parseVersion(baseVersion);
  if (bump === 'major' && parsed.ok && parsed.major === 0) return 'minor';
  return bump;
}

/** The recommended bump: `rawBump`, then `major` -> `minor` when the base version is below 1.0.0. */
export function recommendBump(
  changes: readonly Pick<Change, 'id' | 'level' | 'accepted'>[],
  actionOf: ActionOf,
  baseVersion?: unknown,
): Bump {
  return adjustForInitialDevelopment(rawBump(changes, actionOf), baseVersion);
}

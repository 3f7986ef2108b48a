/**
 * The version check: the revision's `info.version` must be at least the base version plus the
 * bump the changes need. A prerelease of the required version (or later) also passes
 * (`3.0.0-beta.1` for a required `3.0.0`), as long as it is above the base.
 */
// The function modules only: `semver` itself loads all of its ~40 modules at start-up.
import semverGt from 'semver/functions/gt.js';
import semverGte from 'semver/functions/gte.js';
import semverInc from 'semver/functions/inc.js';
import semverMajor from 'semver/functions/major.js';
import semverMinor from 'semver/functions/minor.js';
import semverPatch from 'semver/functions/patch.js';
import semverPrerelease from 'semver/functions/prerelease.js';
import type { Bump, VersionCheck } from '../model.ts';
import { adjustForInitialDevelopment, changeBump, rawBump, type ActionOf, type CountedChange } from './bump.ts';
import { parseVersion } from './version-parse.ts';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function drivers(changes: readonly CountedChange[], actionOf: ActionOf, raw: Bump): string {
  let n = 0;
  for (const c of changes) if (changeBump(c, actionOf) === raw) n += c.count ?? 1;
  switch (raw) {
    case 'major':
      return `${plural(n, 'breaking change needs', 'breaking changes need')}`;
    case 'minor':
      return `${plural(n, 'non-breaking API change needs', 'non-breaking API changes need')}`;
    default:
      return `${plural(n, 'documentation change needs', 'documentation changes need')}`;
  }
}

/** True when the version check was not performed (a version is missing or not semver). */
export function isVersionCheckSkipped(check: VersionCheck): boolean {
  return check.ok && check.message !== undefined;
}

export function checkVersion(
  baseVersion: unknown,
  revisionVersion: unknown,
  /** The changes, or changes as counted (`count` alike ones at once). */
  changes: readonly CountedChange[],
  actionOf: ActionOf,
): VersionCheck {
  const check: VersionCheck = { ok: true };
  if (baseVersion !== undefined && baseVersion !== null) check.base = String(baseVersion);
  if (revisionVersion !== undefined && revisionVersion !== null) check.revision = String(revisionVersion);

  const base = parseVersion(baseVersion);
  if (!base.ok) {
    check.message = base.raw
      ? `version check skipped: the base info.version ${base.reason}`
      : 'version check skipped: the base document has no info.version';
    return check;
  }
  const raw = rawBump(changes, actionOf);
  const bump = adjustForInitialDevelopment(raw, baseVersion);
  const required = bump === 'none' ? base.version : semverInc(base.version, bump)!;
  check.required = required;

  const revision = parseVersion(revisionVersion);
  if (!revision.ok) {
    check.message = revision.raw
      ? `version check skipped: the revision info.version ${revision.reason} (the changes need ${required})`
      : `version check skipped: the revision has no info.version (the changes need ${required})`;
    return check;
  }
  const rev = revision.version;
  const release = `${semverMajor(rev)}.${semverMinor(rev)}.${semverPatch(rev)}`;
  check.ok =
    semverGte(rev, required) ||
    (semverPrerelease(rev) !== null && semverGte(release, required) && semverGt(rev, base.version));
  if (check.ok) return check;

  const shownRevision = revision.coerced ? `${revision.raw} (read as ${revision.coerced})` : revision.raw;
  const baseNote = base.coerced ? ` (base ${base.raw} read as ${base.coerced})` : '';
  check.message =
    bump === 'none'
      ? `info.version ${shownRevision} is lower than the base version ${base.raw}; use at least ${required}`
      : `${drivers(changes, actionOf, raw)} ${required}; info.version is ${shownRevision}${baseNote}`;
  return check;
}

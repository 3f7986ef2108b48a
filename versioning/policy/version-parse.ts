/**
 * Reading `info.version` as semver. Exact semver is taken as is (a leading `v` or `=` is
 * dropped). A bare `1` or `1.2` (optionally `v1`) is coerced by padding zeros, since that reading
 * is unambiguous. Anything else (dates such as `2022-04-12`, `1.2.3.4`, `latest`) is not semver:
 * the version check is then skipped, with the reason.
 */
// The function modules only: `semver` itself loads all of its ~40 modules at start-up.
import semverClean from 'semver/functions/clean.js';
import semverCoerce from 'semver/functions/coerce.js';
import semverParse from 'semver/functions/parse.js';

export type ParsedVersion =
  | {
      ok: true;
      version: string;
      major: number;
      raw: string;
      /** Set when the text was read as something else, e.g. `v1` -> `1.0.0`. */ coerced?: string;
    }
  | { ok: false; raw: string; reason: string };

export function parseVersion(value: unknown): ParsedVersion {
  if (value === undefined || value === null || value === '') return { ok: false, raw: '', reason: 'is missing' };
  const raw = String(value).trim();
  const clean = semverClean(raw);
  if (clean !== null) {
    const parsed = semverParse(clean)!;
    // Build metadata (`+build.5`) has no precedence; dropping it is not a reinterpretation.
    return clean === raw.replace(/\+.*$/, '')
      ? { ok: true, version: clean, major: parsed.major, raw }
      : { ok: true, version: clean, major: parsed.major, raw, coerced: clean };
  }
  if (/^[v=]?\d+(\.\d+)?$/i.test(raw)) {
    const coerced = semverCoerce(raw);
    if (coerced) return { ok: true, version: coerced.version, major: coerced.major, raw, coerced: coerced.version };
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(raw)) return { ok: false, raw, reason: `"${raw}" is a date, not semver` };
  return { ok: false, raw, reason: `"${raw}" is not semver (x.y.z)` };
}

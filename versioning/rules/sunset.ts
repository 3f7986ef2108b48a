/**
 * Lifecycle vocabulary shared by the rule families: `deprecated`, `x-sunset` dates and
 * `x-stability-level`, read the way oasdiff reads them.
 *
 * - `x-sunset` is a date: an RFC 3339 full-date (`2030-01-31`) or date-time
 *   (`2030-01-31T00:00:00Z`); only the calendar day counts. Anything else is invalid.
 * - `x-stability-level` is one of `draft` < `alpha` < `beta` < `stable`; absent means `stable`.
 *   Operations at `draft` or `alpha` are outside the breaking-change checks (oasdiff's default
 *   threshold is `beta`).
 * - The deprecation policy (issue): removing an operation, parameter or property that the base
 *   marked `deprecated` is a warning when its `x-sunset` (if any) is today or earlier; removing it
 *   before its sunset date, or without deprecating it first, is breaking. There is no minimum
 *   deprecation period (oasdiff's default `min-sunset-*-days` of 0).
 *
 * Other families that report removals (parameters, properties) can ask `removalVerdict`: anything
 * but `not-deprecated` is reported by the `lifecycle` / `endpoints` families.
 */
import type { JsonValue, OperationDiff } from '../model.ts';

export const STABILITY_LEVELS = ['draft', 'alpha', 'beta', 'stable'] as const;
export type Stability = (typeof STABILITY_LEVELS)[number];

/** The lowest stability level that breaking-change checks apply to. */
export const STABILITY_THRESHOLD: Stability = 'beta';

type Node = { readonly [key: string]: unknown } | undefined;

export type StabilityRead = { ok: true; level: Stability | undefined } | { ok: false; value: unknown };

/** The `x-stability-level` of a node: absent, one of the four levels, or invalid (with the raw value). */
export function readStability(node: Node): StabilityRead {
  const value = node?.['x-stability-level'];
  if (value === undefined || value === null) return { ok: true, level: undefined };
  if (typeof value === 'string' && (STABILITY_LEVELS as readonly string[]).includes(value))
    return { ok: true, level: value as Stability };
  return { ok: false, value };
}

/** 0 (draft) .. 3 (stable); absent counts as stable. */
export function stabilityRank(level: Stability | undefined): number {
  return STABILITY_LEVELS.indexOf(level ?? 'stable');
}

/** Whether a valid stability level is below the threshold (draft or alpha): exempt from breaking checks. */
export function belowThreshold(read: StabilityRead): boolean {
  return read.ok && stabilityRank(read.level) < stabilityRank(STABILITY_THRESHOLD);
}

/**
 * The scope of the checks on modified operations, the same for every family: an operation that
 * exists on both sides and whose revision is not `draft` or `alpha` (exempt, as in oasdiff).
 * The keyword families' site walk (schema-walk.ts) applies it too. Added and removed
 * operations are the endpoints family's, which reads the base's level for a removal.
 */
export function operationInScope(op: Pick<OperationDiff, 'kind' | 'revision'>): boolean {
  return op.kind === 'modified' && !belowThreshold(readStability(op.revision?.node));
}

export type SunsetRead =
  | { kind: 'absent' }
  /** `date` is the calendar day `YYYY-MM-DD`; `text` the value as written. */
  | { kind: 'date'; date: string; text: string }
  | { kind: 'invalid'; value: unknown };

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    m - 1
  ]!;
  return d <= days;
}

/** Parse an `x-sunset` value (RFC 3339 full-date or date-time). */
export function parseSunset(value: unknown): SunsetRead {
  if (value === undefined) return { kind: 'absent' };
  if (typeof value !== 'string') return { kind: 'invalid', value };
  const full = FULL_DATE.exec(value);
  if (full) {
    return validDay(+full[1]!, +full[2]!, +full[3]!)
      ? { kind: 'date', date: value, text: value }
      : { kind: 'invalid', value };
  }
  const dt = DATE_TIME.exec(value);
  if (dt) {
    const [, y, mo, d, h, mi, s, oh, om] = dt;
    const timeOk = +h! < 24 && +mi! < 60 && +s! < 60 && (oh === undefined || (+oh < 24 && +om! < 60));
    // Like oasdiff (civil.DateOf), the day is the one written, in the value's own offset.
    if (timeOk && validDay(+y!, +mo!, +d!)) return { kind: 'date', date: `${y}-${mo}-${d}`, text: value };
  }
  return { kind: 'invalid', value };
}

export function readSunset(node: Node): SunsetRead {
  return parseSunset(node?.['x-sunset']);
}

/**
 * Today's calendar day (UTC) as `YYYY-MM-DD`, comparable with `SunsetRead.date` as strings: what
 * `toISOString` begins with, from the `getUTC*` parts, since the first `toISOString` of a process sets
 * up the time zone, which costs a small run more than its rules (docs/performance.md). Years outside
 * 0-9999 (written with a sign) and invalid dates (a RangeError) are left to `toISOString`.
 */
export function isoDay(now: Date): string {
  const year = now.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return now.toISOString().slice(0, 10);
  const month = now.getUTCMonth() + 1;
  const day = now.getUTCDate();
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function isDeprecated(node: Node): boolean {
  return node?.['deprecated'] === true;
}

export type RemovalVerdict =
  /** Not deprecated in the base: the owning family's plain removal rule applies. */
  | { kind: 'not-deprecated' }
  /** Deprecated, and the sunset date (if any) is today or earlier: a warning. */
  | { kind: 'deprecated'; sunset?: string }
  /** Deprecated, but the sunset date is still in the future: breaking. */
  | { kind: 'before-sunset'; sunset: string }
  /** Deprecated with an `x-sunset` that is not a date: the engine cannot tell. */
  | { kind: 'sunset-invalid'; value: unknown };

/** What removing `node` (as it was in the base) means under the deprecation policy, on day `now`. */
export function removalVerdict(node: Node, now: Date): RemovalVerdict {
  if (!isDeprecated(node)) return { kind: 'not-deprecated' };
  const sunset = readSunset(node);
  if (sunset.kind === 'absent') return { kind: 'deprecated' };
  if (sunset.kind === 'invalid') return { kind: 'sunset-invalid', value: sunset.value };
  if (isoDay(now) < sunset.date) return { kind: 'before-sunset', sunset: sunset.text };
  return { kind: 'deprecated', sunset: sunset.text };
}

/** Value equality for small plain JSON values (extension values); no cycles expected. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, JsonValue>)[k], (b as Record<string, JsonValue>)[k]));
}

/**
 * Bounds (minimum/maximum, exclusive bounds, minLength/maxLength, minItems/maxItems) and
 * `pattern`, at every schema site, from one table (schema-variants.ts `BOUND_KEYWORDS`).
 *
 * A bound that moves tighter narrows, one that moves looser widens. What clients send must not
 * narrow (tightening a request bound is breaking, adding a bound where there was none is a
 * warning as in oasdiff); what they receive must not widen (loosening or removing a response
 * bound is breaking).
 *
 * Numeric bounds are compared as effective bounds: `minimum` and `exclusiveMinimum` together
 * (3.0 boolean or 3.1 numeric form) give one lower bound, so `minimum: 5, exclusiveMinimum: true`
 * -> `exclusiveMinimum: 5` is no change, and `minimum: 5` -> `exclusiveMinimum: 5` is a raise
 * (from `>= 5` to `> 5`). The id names the keyword that sets the bound on the revision side
 * (the base side for a removed bound).
 */
import type { Finding, SchemaDiff, SchemaObject, SchemaValueKeyword } from '../model.ts';
import { effectiveTypes } from '../diff/schema-effective.ts';
import { code, defineRules, list, type RuleFamily, type SchemaSite, type MessageValue } from './framework.ts';
import { compilePattern, type PatternTester } from '../crosscheck/regex.ts';
import { anyAllOfMember, emitAt, withAllOfMembers, restructured, walkSchemaSites } from './schema-common.ts';
import { BOUND_KEYWORDS, boundMoved, V, type BoundKeyword, type Variants } from './schema-variants.ts';

const NAME = 'schema-bounds';

const KEYWORD_OF: Readonly<Record<string, BoundKeyword>> = Object.fromEntries(BOUND_KEYWORDS.map((k) => [k.stem, k]));

interface Bound {
  value: number;
  exclusive: boolean;
}

type Move = 'same' | 'tighter' | 'looser';

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The effective lower or upper numeric bound of a schema (3.0 boolean exclusive flags folded in). */
function numericBound(s: SchemaObject, lower: boolean): Bound | undefined {
  const inclusiveKey = lower ? 'minimum' : 'maximum';
  const exclusiveKey = lower ? 'exclusiveMinimum' : 'exclusiveMaximum';
  const inclusive = num(s[inclusiveKey]);
  const flag = s[exclusiveKey];
  const candidates: Bound[] = [];
  if (inclusive !== undefined) candidates.push({ value: inclusive, exclusive: flag === true });
  const exclusive = num(flag);
  if (exclusive !== undefined) candidates.push({ value: exclusive, exclusive: true });
  let best: Bound | undefined;
  for (const c of candidates) {
    if (!best) best = c;
    else if (lower ? c.value > best.value : c.value < best.value) best = c;
    else if (c.value === best.value && c.exclusive) best = c;
  }
  return best;
}

function moveOf(a: Bound | undefined, b: Bound | undefined, lower: boolean): Move {
  if (!a && !b) return 'same';
  if (!a) return 'tighter';
  if (!b) return 'looser';
  if (a.value === b.value) {
    if (a.exclusive === b.exclusive) return 'same';
    return b.exclusive ? 'tighter' : 'looser';
  }
  return b.value > a.value === lower ? 'tighter' : 'looser';
}

function showBound(b: Bound, lower: boolean): MessageValue {
  return code(`${lower ? '>' : '<'}${b.exclusive ? '' : '='} ${b.value}`);
}

/** The only values a schema allows (`const` or `enum`), or undefined when it is not a closed list. */
function closedValues(s: SchemaObject): readonly unknown[] | undefined {
  if (s.const !== undefined) return [s.const];
  return Array.isArray(s.enum) ? s.enum : undefined;
}

/**
 * Whether a bound move is moot because the values clients can meet are a closed list that fits
 * the tighter bound: a request whose base enum fits the new bound, or a response whose revision
 * enum fits the old one (e.g. `maxLength: 5000` replaced by an `enum` of short strings).
 */
function moot(
  sd: SchemaDiff,
  site: SchemaSite,
  move: 'tighter' | 'looser',
  fits: (v: unknown, side: 'base' | 'revision') => boolean,
): boolean {
  if (site.direction === 'request' && move === 'tighter') {
    const values = closedValues(sd.base!.node);
    return values !== undefined && values.every((v) => fits(v, 'revision'));
  }
  if (site.direction === 'response' && move === 'looser') {
    const values = closedValues(sd.revision!.node);
    return values !== undefined && values.every((v) => fits(v, 'base'));
  }
  return false;
}

function withinNumeric(v: unknown, b: Bound | undefined, lower: boolean): boolean {
  if (typeof v !== 'number') return true; // numeric bounds do not apply to other values
  if (!b) return true;
  if (lower) return b.exclusive ? v > b.value : v >= b.value;
  return b.exclusive ? v < b.value : v <= b.value;
}

function sizeOf(v: unknown, stem: string): number | undefined {
  if (stem.endsWith('length')) return typeof v === 'string' ? [...v].length : undefined;
  return Array.isArray(v) ? v.length : undefined;
}

function rulesFor(k: BoundKeyword, move: 'tighter' | 'looser', from: unknown, to: unknown): Variants {
  if (from === undefined) return k.set;
  if (to === undefined) return k.unset;
  return boundMoved(k, move);
}

const NUMERIC_TRIGGERS: ReadonlyArray<readonly [boolean, readonly SchemaValueKeyword[]]> = [
  [true, ['minimum', 'exclusiveMinimum']],
  [false, ['maximum', 'exclusiveMaximum']],
];

/** The members of a schema's `allOf`, recursively (not the schema itself). */
function allOfMembers(s: SchemaObject, out: SchemaObject[] = [], seen = new Set<object>([s])): SchemaObject[] {
  if (!Array.isArray(s.allOf)) return out;
  for (const m of s.allOf) {
    if (typeof m !== 'object' || m === null || seen.has(m)) continue;
    seen.add(m);
    out.push(m);
    allOfMembers(m, out, seen);
  }
  return out;
}

function tighter(x: Bound | undefined, y: Bound | undefined, lower: boolean): Bound | undefined {
  if (!x || !y) return x ?? y;
  if (x.value === y.value) return x.exclusive ? x : y;
  return x.value > y.value === lower ? x : y;
}

/**
 * A bound with the `allOf` members' bounds folded in (the tightest holds), so that wrapping a
 * schema in `allOf` or moving a bound into a member is no change.
 */
function effectiveNumericBound(s: SchemaObject, lower: boolean): Bound | undefined {
  let best = numericBound(s, lower);
  for (const m of allOfMembers(s)) best = tighter(best, numericBound(m, lower), lower);
  return best;
}

function effectiveCount(s: SchemaObject, keyword: SchemaValueKeyword, lower: boolean): number | undefined {
  let best = num(s[keyword]);
  for (const m of allOfMembers(s)) {
    const v = num(m[keyword]);
    if (v !== undefined && (best === undefined || (lower ? v > best : v < best))) best = v;
  }
  return best;
}

function checkNumeric(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  for (const [lower, keys] of NUMERIC_TRIGGERS) {
    if (!keys.some((k) => sd.keywords[k])) continue;
    const a = effectiveNumericBound(sd.base!.node, lower);
    const b = effectiveNumericBound(sd.revision!.node, lower);
    const move = moveOf(a, b, lower);
    if (move === 'same') continue;
    if (moot(sd, site, move, (v, side) => withinNumeric(v, side === 'base' ? a : b, lower))) continue;
    const governing = (b ?? a)!;
    const k = KEYWORD_OF[`${governing.exclusive ? 'exclusive-' : ''}${lower ? 'min' : 'max'}`]!;
    emitAt(out, site, sd, rulesFor(k, move, a, b), {
      from: a ? showBound(a, lower) : 'none',
      to: b ? showBound(b, lower) : 'none',
    });
  }
}

const COUNTS: ReadonlyArray<readonly [SchemaValueKeyword, string]> = [
  ['minLength', 'min-length'],
  ['maxLength', 'max-length'],
  ['minItems', 'min-items'],
  ['maxItems', 'max-items'],
];

function checkCounts(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  for (const [keyword, stem] of COUNTS) {
    const change = sd.keywords[keyword];
    if (!change) continue;
    const k = KEYWORD_OF[stem]!;
    const from = effectiveCount(sd.base!.node, keyword, k.lower);
    const to = effectiveCount(sd.revision!.node, keyword, k.lower);
    const a = from ?? (k.lower ? 0 : Infinity);
    const b = to ?? (k.lower ? 0 : Infinity);
    if (a === b) continue;
    const move: Move = b > a === k.lower ? 'tighter' : 'looser';
    const fits = (v: unknown, side: 'base' | 'revision') => {
      const n = sizeOf(v, stem);
      const limit = side === 'base' ? a : b;
      return n === undefined || (k.lower ? n >= limit : n <= limit);
    };
    if (moot(sd, site, move, fits)) continue;
    emitAt(out, site, sd, rulesFor(k, move, from, to), {
      from: from === undefined ? 'none' : code(from),
      to: to === undefined ? 'none' : code(to),
    });
  }
}

/** A pattern that accepts every string. */
function acceptsAnything(pattern: string): boolean {
  return /^\^?(\.\*|\[\\s\\S\]\*)?\$?$/.test(pattern);
}

function checkPattern(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  const p = sd.keywords.pattern;
  if (!p) return;
  // An empty pattern matches every string: the same as none.
  const from = typeof p.from === 'string' && p.from !== '' ? p.from : undefined;
  const to = typeof p.to === 'string' && p.to !== '' ? p.to : undefined;
  if (from === to) return;
  if (from === undefined) {
    const verdict = numberToPattern(sd, site, to!);
    if (verdict === 'admits') return;
    if (verdict) {
      const kind = verdict.integer ? 'integer' : 'number';
      emitAt(out, site, sd, V.numberBecamePattern, {
        to: code(to),
        tried: list(verdict.tried),
        was: verdict.integer ? 'an integer' : 'a number',
        values: `${kind}s`,
        value: kind,
      });
    } else emitAt(out, site, sd, V.patternAdded, { to: code(to) });
  } else if (to === undefined) emitAt(out, site, sd, V.patternRemoved, { from: code(from) });
  else {
    const change = site.direction === 'request' && acceptsAnything(to) ? V.patternGeneralized : V.patternChanged;
    emitAt(out, site, sd, change, { from: code(from), to: code(to) });
  }
}

/**
 * Patterns that match the decimal text of every integer (`\\d` written as `[0-9]`); unanchored ones match any text
 * with a digit.
 */
const ALL_INTEGERS: ReadonlySet<string> = new Set([
  '^-?[0-9]+$',
  '^[-+]?[0-9]+$',
  '^[+-]?[0-9]+$',
  '^-?[0-9]*$',
  '^-?(0|[1-9][0-9]*)$',
  '[0-9]',
  '[0-9]+',
  '[0-9]*',
  '-?[0-9]+',
]);
/** Patterns that match the decimal text of every integer >= 0, and of every integer >= 1. */
const NON_NEGATIVE: ReadonlySet<string> = new Set([
  '^[0-9]+$',
  '^[0-9]*$',
  '^(0|[1-9][0-9]*)$',
  '^[0-9][0-9]*$',
  '^[0-9]{1,}$',
]);
const POSITIVE: ReadonlySet<string> = new Set(['^[1-9][0-9]*$']);
/**
 * Patterns that match the text of every JSON number (exponent included): they admit every number,
 * and so every integer; and those that match every number >= 0.
 */
const ALL_NUMBERS: ReadonlySet<string> = new Set([
  '^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$',
  '^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$',
  '^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$',
  '^-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$',
  '^[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?$',
  '^[+-]?[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?$',
]);
const NON_NEGATIVE_NUMBERS: ReadonlySet<string> = new Set([
  '^(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$',
  '^[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$',
  '^[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?$',
]);
/**
 * Patterns that match every number written in plain decimal notation (`-12.5`) but not in exponent
 * notation (`1e3`, also the text of a number): they admit every integer; for a number parameter
 * they are tried (a warning), because a client may send the exponent form.
 */
const DECIMALS: ReadonlySet<string> = new Set([
  '^-?[0-9]+(\\.[0-9]+)?$',
  '^[-+]?[0-9]+(\\.[0-9]+)?$',
  '^[+-]?[0-9]+(\\.[0-9]+)?$',
  '^-?[0-9]*\\.?[0-9]+$',
  '^-?[0-9]+(\\.[0-9]*)?$',
  '^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$',
]);
const NON_NEGATIVE_DECIMALS: ReadonlySet<string> = new Set([
  '^[0-9]+(\\.[0-9]+)?$',
  '^[0-9]*\\.?[0-9]+$',
  '^(0|[1-9][0-9]*)(\\.[0-9]+)?$',
]);
/** Integers tried against a pattern that cannot be read as one of the above (those inside the old bounds). */
const SAMPLES = [
  0, 1, 2, 7, 9, 10, 11, 19, 20, 99, 100, 101, 999, 1000, 12345, 65535, 2147483647, -1, -2, -10, -20, -100, -2147483648,
];
/** Numbers with a fraction, tried as well for a `number` parameter. */
const FRACTIONS = [0.5, 0.25, 1.5, 9.99, 19.95, 99.5, 12345.678, -0.5, -1.5, -20.25];

/**
 * A request parameter that travels as text (no `content`) and was an integer or a number, now a
 * string with a pattern: the pattern narrows only if it rejects the text of a value the parameter
 * accepted. `admits` when the pattern provably matches every such value (`^[0-9]+$` for an integer
 * with `minimum: 0`, `^-?\d+$`, `^[0-9]{1,3}$` for `0..999`, `^-?\d+(\.\d+)?$` for any integer,
 * the JSON number grammar for any number), so the rewrite says the same thing; the values tried
 * when it matches them all but cannot be proved to match every one (a warning: `^-?\d+(\.\d+)?$`
 * for a number, which rejects `1e3`); undefined when it rejects one, or the site is not such a
 * parameter (judged as a pattern added).
 */
function numberToPattern(
  sd: SchemaDiff,
  site: SchemaSite,
  pattern: string,
): 'admits' | { tried: number[]; integer: boolean } | undefined {
  if (site.prefix !== 'request-parameter' || site.mediaType !== undefined) return undefined;
  const base = sd.base?.node;
  const types = base ? effectiveTypes(base) : undefined;
  const numeric = (t: string) => t === 'integer' || t === 'number';
  if (!base || !types?.some(numeric) || !types.every((t) => numeric(t) || t === 'null')) return undefined;
  const integer = !types.includes('number');
  const low = numericBound(base, true);
  const high = numericBound(base, false);
  const p = pattern.replace(/\\d/g, '[0-9]').replace(/\(\?:/g, '(');
  const numbers = ALL_NUMBERS.has(p) || (low !== undefined && low.value >= 0 && NON_NEGATIVE_NUMBERS.has(p));
  if (numbers) return 'admits';
  let re: PatternTester;
  try {
    re = compilePattern(pattern).tester;
  } catch {
    return undefined;
  }
  if (!integer) {
    const inside = (n: number) =>
      (low === undefined || (low.exclusive ? n > low.value : n >= low.value)) &&
      (high === undefined || (high.exclusive ? n < high.value : n <= high.value));
    const ends = [low, high].filter((b) => b !== undefined && !b.exclusive).map((b) => b!.value);
    const tried = [...new Set([...ends, ...SAMPLES, ...FRACTIONS])].filter(inside).sort((x, y) => x - y);
    return tried.length > 0 && tried.every((n) => re.test(String(n))) ? { tried, integer } : undefined;
  }
  const lo = low === undefined ? -Infinity : low.exclusive ? Math.floor(low.value) + 1 : Math.ceil(low.value);
  const hi = high === undefined ? Infinity : high.exclusive ? Math.ceil(high.value) - 1 : Math.floor(high.value);
  if (ALL_INTEGERS.has(p) || (lo >= 0 && NON_NEGATIVE.has(p)) || (lo >= 1 && POSITIVE.has(p))) return 'admits';
  if (DECIMALS.has(p) || (lo >= 0 && NON_NEGATIVE_DECIMALS.has(p))) return 'admits';
  const digits = /^\^\[0-9\]\{(\d+),(\d+)\}\$$/.exec(p);
  if (
    digits &&
    lo >= 0 &&
    Number.isFinite(hi) &&
    Number(digits[1]) <= String(lo).length &&
    String(hi).length <= Number(digits[2])
  )
    return 'admits';
  const tried = [...new Set([lo, hi, lo + 1, hi - 1, ...SAMPLES])]
    .filter((n) => Number.isFinite(n) && n >= lo && n <= hi)
    .sort((x, y) => x - y);
  return tried.length > 0 && tried.every((n) => re.test(String(n))) ? { tried, integer } : undefined;
}

/** Every keyword the checks read: without a change to one of them (here or in an allOf member), no finding. */
const READ: readonly SchemaValueKeyword[] = [
  ...NUMERIC_TRIGGERS.flatMap(([, keys]) => keys),
  ...COUNTS.map(([keyword]) => keyword),
  'pattern',
];

function hasBoundChange(sd: SchemaDiff): boolean {
  return anyAllOfMember(sd, (d) => READ.some((k) => d.keywords[k] !== undefined));
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff, ctx) {
    const out: Finding[] = [];
    walkSchemaSites(
      diff,
      ctx,
      (sd, site) => {
        if (sd.kind !== 'modified' || restructured(sd)) return;
        withAllOfMembers(sd, (d) => {
          checkNumeric(out, d, site);
          checkCounts(out, d, site);
          checkPattern(out, d, site);
        });
      },
      out,
      hasBoundChange,
    );
    return out;
  },
};

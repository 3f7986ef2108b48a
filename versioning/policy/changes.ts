/**
 * Findings -> Changes: locate both sides (file:line), apply the config's level overrides and
 * acceptances, and sort. Pure: locators are passed in, "today" is passed in.
 */
import { operationKey } from '../config/load.ts';
import type { AcceptEntry, Config } from '../config/schema.ts';
import { LEVELS, type Change, type ChangeSide, type Finding, type NodeOrigin, type NodeRef, type Location, type RuleDefinition, type SourceLocation } from '../model.ts';

/** What the conversion needs of a loaded spec (a `LoadedSpec` is one). */
export interface Locator {
  readonly file: string;
  locate(origin: NodeOrigin): SourceLocation;
}

export interface ChangeContext {
  rules: ReadonlyMap<string, RuleDefinition>;
  base: Locator;
  revision: Locator;
  config: Pick<Config, 'rules' | 'accept'>;
  /** "Today", to expire acceptances. */
  now: Date;
}

export interface ChangeSet {
  changes: Change[];
  /** Remarks about the config: acceptances that matched nothing. */
  notes: string[];
}

/**
 * Located sides, per locator and NodeRef: findings about a shared schema share their NodeRefs
 * (Stripe: ~63k sides from ~500 NodeRefs), and so can the changes (ChangeSides are never modified),
 * and so can their `location` (file:line of the side), which nothing modifies either.
 */
interface Located {
  side: ChangeSide;
  location: Location;
}
const SIDES = new WeakMap<Locator, WeakMap<NodeRef, Located>>();

function sidesOf(spec: Locator): WeakMap<NodeRef, Located> {
  let byRef = SIDES.get(spec);
  if (!byRef) SIDES.set(spec, (byRef = new WeakMap()));
  return byRef;
}

function located(ref: NodeRef | undefined, spec: Locator, byRef: WeakMap<NodeRef, Located>): Located | undefined {
  if (!ref) return undefined;
  let s = byRef.get(ref);
  if (!s) {
    // The physical place (where the user edits it) when the node has one: a node reached through a
    // `$ref` is reported in its component, not along whichever operation first reached it. The
    // pointer is into `file` (which may be another file than the root document).
    const origin = ref.origin ?? { file: spec.file, pointer: ref.pointer };
    const loc = spec.locate(origin);
    const side: ChangeSide = { pointer: origin.pointer, file: loc.file, line: loc.line };
    byRef.set(ref, (s = { side, location: { file: side.file, line: side.line } }));
  }
  return s;
}

/** `YYYY-MM-DD` of a date in UTC. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** An acceptance applies up to and including its `expires` day (UTC). */
export function isExpired(entry: Pick<AcceptEntry, 'expires'>, now: Date): boolean {
  return entry.expires !== undefined && entry.expires < isoDay(now);
}

export function acceptMatches(entry: AcceptEntry, change: Pick<Change, 'id' | 'operation'>): boolean {
  if (entry.rule !== change.id) return false;
  if (entry.operation === undefined) return true;
  return change.operation !== undefined && operationKey(entry.operation) === operationKey(change.operation);
}

function describeEntry(entry: AcceptEntry): string {
  const where = entry.declaredAt ? `${entry.declaredAt.file}:${entry.declaredAt.line}: ` : '';
  return `${where}accept entry for ${entry.rule}${entry.operation ? ` on ${entry.operation}` : ''}`;
}

/** Turn one finding into a change, or undefined when its rule is configured `off`. */
export function toChange(finding: Finding, ctx: ChangeContext): Change | undefined {
  return convert(finding, ctx, sidesOf(ctx.base), sidesOf(ctx.revision));
}

/** `toChange`, with the located sides of both specs looked up once by the caller (toChanges: once per run). */
function convert(finding: Finding, ctx: ChangeContext, baseSides: WeakMap<NodeRef, Located>, revisionSides: WeakMap<NodeRef, Located>): Change | undefined {
  const rule = ctx.rules.get(finding.id);
  if (!rule) throw new Error(`finding for unregistered rule ${finding.id}`);
  const setting = ctx.config.rules[finding.id];
  if (setting === 'off') return undefined;
  const base = located(finding.base, ctx.base, baseSides);
  const revision = located(finding.revision, ctx.revision, revisionSides);
  const primary = revision ?? base;
  const change: Change = {
    id: finding.id,
    level: setting ?? rule.level,
    defaultLevel: rule.level,
    pointer: primary?.side.pointer ?? '',
    location: primary ? primary.location : { file: ctx.revision.file, line: 1 },
    message: finding.message,
  };
  if (finding.operation !== undefined) change.operation = finding.operation;
  if (change.level === 'breaking' && rule.mitigation) change.mitigation = rule.mitigation;
  if (base) change.base = base.side;
  if (revision) change.revision = revision.side;
  if (finding.details) change.details = finding.details;
  return change;
}

const RANKS: Readonly<Record<string, number>> = Object.fromEntries(LEVELS.map((l, i) => [l, i]));
const levelRank = (level: Change['level']): number => RANKS[level] ?? -1;

/** Deterministic order: level (breaking first), operation, rule id, pointer, message. */
export function compareChanges(a: Change, b: Change): number {
  return (
    levelRank(a.level) - levelRank(b.level) ||
    cmp(a.operation ?? '', b.operation ?? '') ||
    cmp(a.id, b.id) ||
    cmp(a.pointer, b.pointer) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  // Equal first: most compared strings are equal (one operation, id or pointer shared by many
  // changes), and `===` settles that in one pass where `<` then `>` took two.
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Ranks of one string field of the changes, in `cmp` order: `rank[number[k]]` for change k.
 * One map lookup per change; the few distinct values are numbered as met, then sorted.
 */
class Ranks {
  readonly number: Int32Array;
  readonly rank: Int32Array;
  constructor(changes: readonly Change[], key: (c: Change) => string) {
    const numbers = new Map<string, number>();
    const values: string[] = [];
    this.number = new Int32Array(changes.length);
    for (let k = 0; k < changes.length; k++) {
      const value = key(changes[k]!);
      let n = numbers.get(value);
      if (n === undefined) {
        numbers.set(value, (n = values.length));
        values.push(value);
      }
      this.number[k] = n;
    }
    const order = values.map((_, n) => n).sort((a, b) => cmp(values[a]!, values[b]!));
    this.rank = new Int32Array(values.length);
    for (let r = 0; r < order.length; r++) this.rank[order[r]!] = r;
  }
  get size(): number {
    return this.rank.length;
  }
  of(k: number): number {
    return this.rank[this.number[k]!]!;
  }
}

/** Whether `changes` is already in `compareChanges` order (a stable sort would leave it as it is). */
function isSorted(changes: readonly Change[]): boolean {
  for (let k = 1; k < changes.length; k++) if (compareChanges(changes[k - 1]!, changes[k]!) > 0) return false;
  return true;
}

/**
 * Sort in `compareChanges` order (the same result: a stable sort with an equivalent comparator).
 * Large reports compare ranks of their few distinct operations, ids and pointers instead of the
 * strings: pointers into shared schemas are long and share long prefixes (Stripe: 47k changes,
 * ~460 distinct pointers of ~480 characters). Input already in order (as when the report sorts
 * what `toChanges` sorted) costs one pass.
 */
export function sortChanges(changes: Change[]): Change[] {
  if (isSorted(changes)) return changes;
  if (changes.length < 256) return changes.sort(compareChanges);
  const n = changes.length;
  const ops = new Ranks(changes, (c) => c.operation ?? '');
  const ids = new Ranks(changes, (c) => c.id);
  const pointers = new Ranks(changes, (c) => c.pointer);
  const level = (c: Change) => levelRank(c.level) + 1; // an unknown level ranks -1: shifted to stay a digit
  // Mixed radix: (level, operation, id, pointer, input position) as the digits of one number, so
  // that a native numeric sort (no comparator called from C++) orders by all five. Exact while the
  // numbers stay below 2^53 (Stripe: ~2^43); beyond that, the plain sort.
  if ((LEVELS.length + 1) * ops.size * ids.size * pointers.size * n >= Number.MAX_SAFE_INTEGER) return changes.sort(compareChanges);
  const packed = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const c = changes[k]!;
    packed[k] = (((level(c) * ops.size + ops.of(k)) * ids.size + ids.of(k)) * pointers.size + pointers.of(k)) * n + k;
  }
  packed.sort();
  const input = changes.slice();
  // Split each number back into its key and input position (`%`, and the division of an exact
  // multiple, are exact on doubles; a plain `/` then floor may round up).
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const position = packed[k]! % n;
    keys[k] = (packed[k]! - position) / n;
    changes[k] = input[position]!;
  }
  // Changes with the same level, operation, id and pointer are now in input order; the message
  // decides between them (a stable sort keeps input order for equal messages). Such runs are
  // mostly pairs (Stripe: ~17k pairs), ordered without building an array.
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && keys[end] === keys[start]) end++;
    if (end - start === 2) {
      const a = changes[start]!;
      const b = changes[start + 1]!;
      if (cmp(a.message, b.message) > 0) {
        changes[start] = b;
        changes[start + 1] = a;
      }
    } else if (end - start > 2) {
      const run = changes.slice(start, end).sort((a, b) => cmp(a.message, b.message));
      for (let k = start; k < end; k++) changes[k] = run[k - start]!;
    }
    start = end;
  }
  return changes;
}

/** Convert, apply the config, mark acceptances and sort. */
export function toChanges(findings: readonly Finding[], ctx: ChangeContext): ChangeSet {
  const used = new Set<AcceptEntry>();
  const changes: Change[] = [];
  const baseSides = sidesOf(ctx.base);
  const revisionSides = sidesOf(ctx.revision);
  for (const finding of findings) {
    const change = convert(finding, ctx, baseSides, revisionSides);
    if (!change) continue;
    if (ctx.config.accept.length === 0) {
      changes.push(change);
      continue;
    }
    const matching = ctx.config.accept.filter((e) => acceptMatches(e, change));
    for (const e of matching) used.add(e);
    const active = matching.find((e) => !isExpired(e, ctx.now));
    const expired = matching.find((e) => isExpired(e, ctx.now));
    if (active) {
      change.accepted = active.expires ? { reason: active.reason, expires: active.expires } : { reason: active.reason };
    } else if (expired) {
      change.expiredAcceptance = { reason: expired.reason, expires: expired.expires! };
    }
    changes.push(change);
  }
  sortChanges(changes);
  const notes = ctx.config.accept
    .filter((e) => !used.has(e))
    .map((e) => `${describeEntry(e)} matched no change${isExpired(e, ctx.now) ? ` (and expired on ${e.expires})` : ''}; remove it`);
  return { changes, notes };
}

/**
 * Findings -> Changes: locate both sides (file:line), apply the config's level overrides and
 * acceptances, and sort. Pure: locators are passed in, "today" is passed in.
 */
import { operationKey } from '../config/load.ts';
import type { AcceptEntry, Config } from '../config/schema.ts';
import {
  LEVELS,
  type Change,
  type ChangeSide,
  type Edit,
  type Finding,
  type NodeOrigin,
  type NodeRef,
  type Location,
  type RuleDefinition,
  type SourceLocation,
} from '../model.ts';
import { MessageRenderer, type MessageTemplates } from '../report/render.ts';

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
  /** The rules' message templates, by id; the catalogue's when absent. */
  messages?: MessageTemplates;
}

export interface ChangeSet {
  changes: Change[];
  /** Remarks about the config: acceptances that matched nothing. */
  notes: string[];
}

/**
 * Located sides, per NodeRef (one map per spec and `toChanges` run): findings about a shared
 * schema share their NodeRefs (Stripe: ~63k sides from ~500 NodeRefs), and so can the changes
 * (ChangeSides are never modified), and so can their `location` (file:line of the side), which
 * nothing modifies either.
 */
interface Located {
  side: ChangeSide;
  location: Location;
  /** `file#pointer`: the physical place, for `Edit` (several NodeRefs may locate the same node). */
  at: string;
}

/**
 * The edits of one `toChanges` run, one object per rule, physical places and `Finding.editKey`
 * (see `Change.edit`): keyed by rule id, then the places (strings that the findings of a shared
 * schema share, whose hashes V8 keeps), then the edits at those places, few, told apart by their
 * key (compared, not hashed: most keys are met once).
 */
type Edits = Map<string, Map<string, Map<string, Edit[]>>>;

function editOf(edits: Edits, id: string, base: string, revision: string, key: string): Edit {
  let byBase = edits.get(id);
  if (!byBase) edits.set(id, (byBase = new Map()));
  let byRevision = byBase.get(base);
  if (!byRevision) byBase.set(base, (byRevision = new Map()));
  let here = byRevision.get(revision);
  if (!here) byRevision.set(revision, (here = []));
  for (const edit of here) if (edit.key === key) return edit;
  const edit = new ChangeEdit(id, base, revision, key);
  here.push(edit);
  return edit;
}

/**
 * An `Edit`, as an instance of a class rather than a plain object: it is an identity that the
 * formatters compare, not report data, so that the escaping of document text (report/escape.ts,
 * which copies plain objects whose strings need it, and its `key` has separators it would escape)
 * passes it through as it is.
 */
class ChangeEdit implements Edit {
  constructor(
    readonly id: string,
    readonly base: string,
    readonly revision: string,
    readonly key: string,
  ) {}
}
function located(ref: NodeRef | undefined, spec: Locator, byRef: Map<NodeRef, Located>): Located | undefined {
  if (!ref) return undefined;
  let s = byRef.get(ref);
  if (!s) {
    // The physical place (where the user edits it) when the node has one: a node reached through a
    // `$ref` is reported in its component, not along whichever operation first reached it. The
    // pointer is into `file` (which may be another file than the root document).
    const origin = ref.origin ?? { file: spec.file, pointer: ref.pointer };
    const loc = spec.locate(origin);
    const side: ChangeSide = { pointer: origin.pointer, file: loc.file, line: loc.line };
    byRef.set(ref, (s = { side, location: { file: side.file, line: side.line }, at: `${side.file}#${side.pointer}` }));
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
  return convert(finding, ctx, new Map(), new Map(), new Map(), new MessageRenderer(ctx.messages));
}

/** `toChange`, with the located sides of both specs looked up once by the caller (toChanges: once per run). */
function convert(
  finding: Finding,
  ctx: ChangeContext,
  baseSides: Map<NodeRef, Located>,
  revisionSides: Map<NodeRef, Located>,
  edits: Edits,
  words: MessageRenderer,
): Change | undefined {
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
    message: words.message(finding),
    text: words.text(finding),
  };
  if (finding.editKey !== undefined)
    change.edit = editOf(edits, finding.id, base?.at ?? '', revision?.at ?? '', finding.editKey);
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

/** Rank of each distinct value in `cmp` order. */
function ranks(values: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(values)].sort(cmp);
  const out = new Map<string, number>();
  for (let i = 0; i < distinct.length; i++) out.set(distinct[i]!, i);
  return out;
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
 * ~460 distinct pointers of ~480 characters). Input already in order (the report re-sorts after
 * the impact step, which keeps `toChanges`' order) costs one pass.
 */
export function sortChanges(changes: Change[]): Change[] {
  if (isSorted(changes)) return changes;
  if (changes.length < 256) return changes.sort(compareChanges);
  const ops = ranks(changes.map((c) => c.operation ?? ''));
  const ids = ranks(changes.map((c) => c.id));
  const pointers = ranks(changes.map((c) => c.pointer));
  const keyed = changes.map((c) => ({
    c,
    l: levelRank(c.level),
    o: ops.get(c.operation ?? '')!,
    i: ids.get(c.id)!,
    p: pointers.get(c.pointer)!,
  }));
  keyed.sort((a, b) => a.l - b.l || a.o - b.o || a.i - b.i || a.p - b.p || cmp(a.c.message, b.c.message));
  for (let k = 0; k < keyed.length; k++) changes[k] = keyed[k]!.c;
  return changes;
}

/** Convert, apply the config, mark acceptances and sort. */
export function toChanges(findings: readonly Finding[], ctx: ChangeContext): ChangeSet {
  const used = new Set<AcceptEntry>();
  const changes: Change[] = [];
  // Per run: the findings of one run share their NodeRefs.
  const baseSides = new Map<NodeRef, Located>();
  const revisionSides = new Map<NodeRef, Located>();
  const edits: Edits = new Map();
  // The words of the findings: each values object rendered once (copies for other operations share theirs).
  const words = new MessageRenderer(ctx.messages);
  for (const finding of findings) {
    const change = convert(finding, ctx, baseSides, revisionSides, edits, words);
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
    .map(
      (e) =>
        `${describeEntry(e)} matched no change${isExpired(e, ctx.now) ? ` (and expired on ${e.expires})` : ''}; ` +
        `remove it`,
    );
  return { changes, notes };
}

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
  type FindingDetails,
  type Level,
  type NodeOrigin,
  type NodeRef,
  type Location,
  type OperationRef,
  type Report,
  type RuleDefinition,
  type SourceLocation,
} from '../model.ts';
import { MessageRenderer, type MessageTemplates } from '../report/render.ts';
import { isoDay } from '../rules/sunset.ts';
import type { CountedChange } from './bump.ts';

/** What the conversion needs of a loaded spec (a `LoadedSpec` is one). */
export interface Locator {
  readonly file: string;
  locate(origin: NodeOrigin): SourceLocation;
  /**
   * The file `locate` would report for `origin`, without positioning the pointer (a side's line is
   * found only when read); when absent, every side is located at once.
   */
  fileOf?(origin: NodeOrigin): string;
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
 * A located side: the physical place of a node (file:line of its pointer), one object per place
 * and `toChanges` run. Findings about a shared schema share their NodeRefs (Stripe: ~47k findings,
 * ~460 NodeRefs), and several NodeRefs may name the same place; so can the changes share the
 * `ChangeSide` and `location` (nothing modifies them).
 */
export interface Located {
  side: ChangeSide;
  location: Location;
  /** `file#pointer`: the place as `Edit` names it. */
  at: string;
}

/**
 * The located sides of one spec in one run: by NodeRef (the findings' own objects, so a lookup per
 * finding is one identity hash), and by physical place (file, then pointer), so that each place is
 * located once however many NodeRefs name it.
 */
class Places {
  private readonly byRef = new Map<NodeRef, Located>();
  private readonly byPlace = new Map<string, Map<string, Located>>();
  private readonly byAt = new Map<string, Located>();

  constructor(private readonly spec: Locator) {}

  get(ref: NodeRef | undefined): Located | undefined {
    if (!ref) return undefined;
    let s = this.byRef.get(ref);
    if (!s) {
      // The physical place (where the user edits it) when the node has one: a node reached through a
      // `$ref` is reported in its component, not along whichever operation first reached it. The
      // pointer is into `file` (which may be another file than the root document).
      const origin = ref.origin ?? { file: this.spec.file, pointer: ref.pointer };
      let inFile = this.byPlace.get(origin.file);
      if (!inFile) this.byPlace.set(origin.file, (inFile = new Map()));
      s = inFile.get(origin.pointer);
      if (!s) {
        const spec = this.spec;
        const file = spec.fileOf ? spec.fileOf(origin) : spec.locate(origin).file;
        // Interned by the place as reported too (`file#pointer`, see `Edit`), should two origins name it.
        const at = `${file}#${origin.pointer}`;
        s = this.byAt.get(at);
        if (!s) {
          // The line is found when first read (most formats print few base lines), then kept.
          let line: number | undefined;
          const lineOf = (): number => (line ??= spec.locate(origin).line);
          const side = withLine({ pointer: origin.pointer, file }, lineOf) as ChangeSide;
          this.byAt.set(at, (s = { side, location: withLine({ file }, lineOf) as Location, at }));
        }
        inFile.set(origin.pointer, s);
      }
      this.byRef.set(ref, s);
    }
    return s;
  }
}

/**
 * `target` with `line` added as its last own enumerable property, read through `lineOf`: the same
 * shape as a plain `{ ..., line }` for JSON.stringify, spreads, Object.keys and deep equality.
 */
function withLine<T extends object>(target: T, lineOf: () => number): T & { readonly line: number } {
  return Object.defineProperty(target, 'line', { get: lineOf, enumerable: true, configurable: true }) as T & {
    readonly line: number;
  };
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

/**
 * One edit (see `Change.edit`) with what its occurrences have in common, worked out once per edit,
 * not once per operation that reaches it: the rule's parts, both sides located, the pointer and
 * location; and its findings, each with its occurrences (in the order of the findings). A change
 * is these parts plus one occurrence.
 */
export interface EditGroup {
  readonly rule: RuleParts;
  /** The identity the reports group by; undefined for a finding without an edit key (an edit of its own). */
  readonly edit: Edit | undefined;
  readonly base: Located | undefined;
  readonly revision: Located | undefined;
  /** `revision.pointer` when there is a revision side, else `base.pointer` ('' with neither). */
  readonly pointer: string;
  readonly location: Location;
  /** Its findings, in order. */
  readonly findings: FindingOccurrences[];
  /** Its occurrences, in the order of the findings: made (all of the run's) when first read. */
  readonly occurrences: readonly Occurrence[];
}

/** What is the same for every finding of one rule in one run: its levels, mitigation and acceptances. */
export interface RuleParts {
  readonly id: string;
  readonly level: Level;
  readonly defaultLevel: Level;
  readonly mitigation: string | undefined;
  /** The config's acceptances of this rule (most rules have none). */
  readonly accept: readonly AcceptEntry[];
  /** The acceptance state per operation, worked out on the first finding of each. */
  readonly acceptance: Map<string, Acceptance>;
  /**
   * The edits of the rule by the located objects of both sides (one per place, compared by identity),
   * then told apart by their key (compared, not hashed: few edits share both places).
   */
  readonly edits: Map<Located | undefined, Map<Located | undefined, EditGroup[]>>;
}

/** The acceptance state of an occurrence: what the change gets, and the config entries that matched. */
export interface Acceptance {
  readonly matching: readonly AcceptEntry[];
  readonly accepted?: NonNullable<Change['accepted']>;
  readonly expiredAcceptance?: NonNullable<Change['expiredAcceptance']>;
}

const NOT_ACCEPTED: Acceptance = { matching: [] };

/**
 * One finding of an edit with its occurrences, one per operation it was made for: its own, then
 * each of `Finding.alsoFor`. The occurrences are numbered from `first` on, in that order; they are
 * made as objects (`Occurrence`) only when something reads them one by one (`EditSet.occurrences`):
 * the summary, the bump and the JSON report read the findings (Stripe: ~8,400 findings for 47,264
 * occurrences).
 */
export class FindingOccurrences {
  constructor(
    readonly group: EditGroup,
    /** The number of its first occurrence (the order of the findings, see `Occurrence.index`). */
    readonly first: number,
    readonly text: string,
    /** The details of the finding (see `Occurrence.site`). */
    readonly site: FindingDetails | undefined,
    /** The operation of its first occurrence. */
    readonly operation: string | undefined,
    /** The operations of the others. */
    readonly also: readonly OperationRef[] | undefined,
    /** The acceptance of each occurrence, in order; undefined when none is accepted (the rule has no acceptances). */
    readonly acceptances: readonly Acceptance[] | undefined,
  ) {}

  /** How many occurrences it has. */
  get count(): number {
    return 1 + (this.also?.length ?? 0);
  }

  /** The operation of occurrence `k` (0 is the first). */
  operationAt(k: number): string | undefined {
    return k === 0 ? this.operation : this.also![k - 1]!.label;
  }

  /** The acceptance state of occurrence `k`. */
  acceptanceAt(k: number): Acceptance {
    return this.acceptances === undefined ? NOT_ACCEPTED : this.acceptances[k]!;
  }

  /** Occurrence `k` as an object. */
  occurrence(k: number): Occurrence {
    return new Occurrence(
      this.group,
      this.first + k,
      this.operationAt(k),
      this.text,
      this.site,
      this.acceptanceAt(k),
      k === 0 ? undefined : this.also![k - 1],
    );
  }
}

/**
 * One occurrence of an edit (one finding): what differs between the operations that reach it, the
 * operation, the words (which name the site's property path and status), the details and the
 * acceptance. Its id, level and acceptance are what the bump, the version check and the summary
 * count (`Pick<Change, 'id' | 'level' | 'accepted'>`). It reads as its change does (every field of
 * `Change` but `text`, which it has as a field, by the same name), so that the reports read the
 * occurrences where they would read the changes, without making them (see `change()`).
 */
export class Occurrence {
  #details: FindingDetails | undefined;

  constructor(
    readonly group: EditGroup,
    /** Its place in the order of the findings (the order `sortChanges` keeps for ties). */
    readonly index: number,
    readonly operation: string | undefined,
    readonly text: string,
    /**
     * The details of its finding (one object for every occurrence of the finding): the occurrence's
     * own, or with another operation's method and path when the finding was made for several (`at`).
     */
    readonly site: FindingDetails | undefined,
    /** Its acceptance state (shared by the occurrences of one rule under one operation). */
    readonly acceptance: Acceptance,
    /** The operation of an occurrence of a finding made for several (`Finding.alsoFor`) other than its own. */
    readonly at?: OperationRef,
  ) {}

  /** Its details: the finding's, with the method and path of `at` (made when first read). */
  get details(): FindingDetails | undefined {
    const at = this.at;
    if (at === undefined) return this.site;
    return (this.#details ??= { ...this.site, method: at.method, path: at.path });
  }

  get id(): string {
    return this.group.rule.id;
  }

  get level(): Level {
    return this.group.rule.level;
  }

  get accepted(): Change['accepted'] {
    return this.acceptance.accepted;
  }

  get expiredAcceptance(): Change['expiredAcceptance'] {
    return this.acceptance.expiredAcceptance;
  }

  get defaultLevel(): Level {
    return this.group.rule.defaultLevel;
  }

  get edit(): Edit | undefined {
    return this.group.edit;
  }

  get pointer(): string {
    return this.group.pointer;
  }

  get location(): Location {
    return this.group.location;
  }

  get base(): ChangeSide | undefined {
    return this.group.base?.side;
  }

  get revision(): ChangeSide | undefined {
    return this.group.revision?.side;
  }

  /** Set only as `change()` sets it: for a breaking change of a rule that has one. */
  get mitigation(): string | undefined {
    return this.group.rule.mitigation || undefined;
  }

  /** The message as the change has it: `<operation>: <text>`, or the text (made on each read). */
  get message(): string {
    return this.operation !== undefined ? `${this.operation}: ${this.text}` : this.text;
  }

  /** The occurrence as a change (a fresh object: reports and the impact step treat its fields as their own). */
  change(): Change {
    const g = this.group;
    const rule = g.rule;
    const change: Change = {
      id: rule.id,
      level: rule.level,
      defaultLevel: rule.defaultLevel,
      pointer: g.pointer,
      location: g.location,
      message: this.message,
      text: this.text,
    };
    if (g.edit) change.edit = g.edit;
    if (this.operation !== undefined) change.operation = this.operation;
    if (rule.mitigation) change.mitigation = rule.mitigation;
    if (g.base) change.base = g.base.side;
    if (g.revision) change.revision = g.revision.side;
    if (this.details) change.details = this.details;
    const { accepted, expiredAcceptance } = this.acceptance;
    if (accepted) change.accepted = { ...accepted };
    else if (expiredAcceptance) change.expiredAcceptance = { ...expiredAcceptance };
    return change;
  }
}

/** The state of one `toChanges` (or `toChange`) run. */
class ChangeRun {
  private readonly rules = new Map<string, RuleParts | null>();
  private readonly base: Places;
  private readonly revision: Places;
  /** The words of the findings: each values object rendered once (copies for other operations share theirs). */
  private readonly words: MessageRenderer;
  /** Acceptances that matched some change. */
  readonly used = new Set<AcceptEntry>();
  /** The edits, in the order of their first finding. */
  readonly groups: EditGroup[] = [];
  /** Every finding, in order. */
  readonly findings: FindingOccurrences[] = [];
  /** How many occurrences the findings have. */
  size = 0;
  /** The occurrences, once made (see `occurrences`), and those of each edit. */
  #all: readonly Occurrence[] | undefined;
  readonly #made = new Map<EditGroup, Occurrence[]>();
  /** Every operation an occurrence names. */
  readonly operations = new Set<string>();
  #operation: string | undefined;

  constructor(private readonly ctx: ChangeContext) {
    this.base = new Places(ctx.base);
    this.revision = new Places(ctx.revision);
    this.words = new MessageRenderer(ctx.messages);
  }

  /** The rule's parts; null when it is configured `off`. */
  private rule(id: string): RuleParts | null {
    let parts = this.rules.get(id);
    if (parts === undefined) {
      const rule = this.ctx.rules.get(id);
      if (!rule) throw new Error(`finding for unregistered rule ${id}`);
      const setting = this.ctx.config.rules[id];
      const level = setting ?? rule.level;
      parts =
        setting === 'off'
          ? null
          : {
              id,
              level: setting ?? rule.level,
              defaultLevel: rule.level,
              mitigation: level === 'breaking' ? rule.mitigation : undefined,
              accept: this.ctx.config.accept.filter((e) => e.rule === id),
              acceptance: new Map(),
              edits: new Map(),
            };
      this.rules.set(id, parts);
    }
    return parts;
  }

  private groupOf(rule: RuleParts, finding: Finding): EditGroup {
    const base = this.base.get(finding.base);
    const revision = this.revision.get(finding.revision);
    let byRevision = rule.edits.get(base);
    if (!byRevision) rule.edits.set(base, (byRevision = new Map()));
    let here = byRevision.get(revision);
    if (!here) byRevision.set(revision, (here = []));
    // A finding without a key is an edit of its own (not shared with any other finding).
    const key = finding.editKey;
    if (key !== undefined) for (let i = 0; i < here.length; i++) if (here[i]!.edit!.key === key) return here[i]!;
    const primary = revision ?? base;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the group's getter reads the run
    const run = this;
    const group: EditGroup = {
      rule,
      edit: key !== undefined ? new ChangeEdit(rule.id, placeOf(base), placeOf(revision), key) : undefined,
      base,
      revision,
      pointer: primary?.side.pointer ?? '',
      location: primary ? primary.location : { file: this.ctx.revision.file, line: 1 },
      findings: [],
      get occurrences(): readonly Occurrence[] {
        return run.occurrencesOf(group);
      },
    };
    if (key !== undefined) here.push(group);
    this.groups.push(group);
    return group;
  }

  /** The acceptance state of an occurrence of `rule` under `operation` (config entries matched once per operation). */
  private acceptance(rule: RuleParts, operation: string | undefined): Acceptance {
    if (rule.accept.length === 0) return NOT_ACCEPTED;
    const at = operation === undefined ? '' : `\u0000${operation}`;
    let known = rule.acceptance.get(at);
    if (known === undefined) {
      const matching = rule.accept.filter((e) => acceptMatches(e, { id: rule.id, operation }));
      const now = this.ctx.now;
      const active = matching.find((e) => !isExpired(e, now));
      const expired = matching.find((e) => isExpired(e, now));
      known = active
        ? {
            matching,
            accepted: active.expires ? { reason: active.reason, expires: active.expires } : { reason: active.reason },
          }
        : expired
          ? { matching, expiredAcceptance: { reason: expired.reason, expires: expired.expires! } }
          : { matching };
      rule.acceptance.set(at, known);
    }
    return known;
  }

  /**
   * Adds one finding (nothing when its rule is configured `off`) with its occurrences: under its
   * operation, then under each other operation it was made for (`Finding.alsoFor`), all of one
   * edit and with one text.
   */
  add(finding: Finding): FindingOccurrences | undefined {
    const rule = this.rule(finding.id);
    if (!rule) return undefined;
    const group = this.groupOf(rule, finding);
    const text = this.words.text(finding);
    const also = finding.alsoFor;
    let acceptances: Acceptance[] | undefined;
    if (rule.accept.length > 0) {
      acceptances = [this.acceptance(rule, finding.operation)];
      if (also !== undefined) for (const op of also) acceptances.push(this.acceptance(rule, op.label));
      for (const a of acceptances) for (const e of a.matching) this.used.add(e);
    }
    const f = new FindingOccurrences(group, this.size, text, finding.details, finding.operation, also, acceptances);
    this.size += f.count;
    group.findings.push(f);
    this.findings.push(f);
    this.named(finding.operation);
    if (also !== undefined) for (let i = 0; i < also.length; i++) this.named(also[i]!.label);
    return f;
  }

  /** Every occurrence, in the order of the findings, made on first call (and each group's), then kept. */
  occurrences(): readonly Occurrence[] {
    if (this.#all) return this.#all;
    const all: Occurrence[] = [];
    for (const f of this.findings) {
      let mine = this.#made.get(f.group);
      if (!mine) this.#made.set(f.group, (mine = []));
      for (let k = 0; k < f.count; k++) {
        const o = f.occurrence(k);
        mine.push(o);
        all.push(o);
      }
    }
    return (this.#all = all);
  }

  /** The occurrences of `group`, of this run (see `occurrences`). */
  occurrencesOf(group: EditGroup): readonly Occurrence[] {
    this.occurrences();
    return this.#made.get(group) ?? [];
  }

  private named(operation: string | undefined): void {
    // The findings of one operation mostly come one after another.
    if (operation !== undefined && operation !== this.#operation) this.operations.add((this.#operation = operation));
  }

  /** Every text an occurrence has (a superset: every text rendered, e.g. for rules configured `off`). */
  get texts(): readonly string[] {
    return this.words.rendered;
  }
}

/** `file#pointer` of a located side, '' when absent (see `Edit`). */
function placeOf(s: Located | undefined): string {
  return s ? s.at : '';
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

/**
 * Turn one finding into a change (under its own operation: see `Finding.alsoFor`), or undefined when
 * its rule is configured `off` (acceptances are not applied).
 */
export function toChange(finding: Finding, ctx: ChangeContext): Change | undefined {
  return new ChangeRun({ ...ctx, config: { rules: ctx.config.rules, accept: [] } })
    .add(finding)
    ?.occurrence(0)
    .change();
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
    cmpMessages(a, b)
  );
}

/**
 * `cmp(a.message, b.message)`, comparing the texts when both changes have one and the same
 * operation: a message is `<operation>: <text>` (or the text), so the texts compare as the
 * messages do, and they are the flat strings the run rendered once per values object, where each
 * message is its own string, made when the change was.
 */
function cmpMessages(a: Pick<Change, 'operation' | 'message' | 'text'>, b: typeof a): number {
  return a.operation === b.operation && a.text !== undefined && b.text !== undefined
    ? cmp(a.text, b.text)
    : cmp(a.message, b.message);
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
  // Level, operation, id and pointer as one number (mixed radix), when it fits a double exactly.
  const exact = (LEVELS.length + 1) * ops.size * ids.size * pointers.size <= Number.MAX_SAFE_INTEGER;
  const keyed = changes.map((c) => {
    const l = levelRank(c.level) + 1; // -1 for a level that is none of LEVELS
    const o = ops.get(c.operation ?? '')!;
    const i = ids.get(c.id)!;
    const p = pointers.get(c.pointer)!;
    return { c, k: exact ? ((l * ops.size + o) * ids.size + i) * pointers.size + p : 0, l, o, i, p };
  });
  if (exact) keyed.sort((a, b) => a.k - b.k || cmpMessages(a.c, b.c));
  else keyed.sort((a, b) => a.l - b.l || a.o - b.o || a.i - b.i || a.p - b.p || cmpMessages(a.c, b.c));
  for (let k = 0; k < keyed.length; k++) changes[k] = keyed[k]!.c;
  return changes;
}

/**
 * The changes of one run as edits with their findings and occurrences (`toEdits`): the flat list,
 * one change per occurrence in `compareChanges` order, is made when asked for (`changes()`), once;
 * the reports read the edits without it (`sequence()`, `ordered()`, `compare`), and the occurrences
 * are made as objects only when read one by one (`occurrences`).
 */
export class EditSet {
  #changes: Change[] | undefined;
  #compare: ((a: Occurrence, b: Occurrence) => number) | undefined;
  #ordered: readonly Occurrence[] | undefined;
  #sequence: EditSequence | undefined;

  constructor(
    /** The edits, in the order of their first finding. */
    readonly edits: readonly EditGroup[],
    /** Every finding, in order, each with its occurrences. */
    readonly findings: readonly FindingOccurrences[],
    /** How many occurrences the findings have. */
    readonly size: number,
    /** Makes the occurrences (once: then the same array). */
    private readonly made: () => readonly Occurrence[],
    /** Remarks about the config: acceptances that matched nothing. */
    readonly notes: string[],
    /**
     * Every operation the occurrences name, and every text (`Occurrence.text`) they have, each once (the
     * texts: a superset): what reads the strings of the occurrences reads these instead (Stripe: 47,264
     * occurrences, 417 operations, about 8,000 texts).
     */
    readonly strings: { readonly operations: ReadonlySet<string>; readonly texts: readonly string[] },
  ) {}

  /** Every occurrence, in the order of the findings (`Occurrence.index`), made on first read, then kept. */
  get occurrences(): readonly Occurrence[] {
    return this.made();
  }

  /**
   * What the summary, the bump and the version check count of the occurrences, without making them:
   * per rule, its occurrences that no acceptance applies to (`count` of them), and each other one.
   */
  counted(): CountedChange[] {
    const plain = new Map<RuleParts, number>();
    const out: CountedChange[] = [];
    for (const f of this.findings) {
      const rule = f.group.rule;
      if (f.acceptances === undefined) {
        plain.set(rule, (plain.get(rule) ?? 0) + f.count);
        continue;
      }
      for (const a of f.acceptances) {
        if (a.accepted === undefined) plain.set(rule, (plain.get(rule) ?? 0) + 1);
        else out.push({ id: rule.id, level: rule.level, accepted: a.accepted, count: 1 });
      }
    }
    for (const [rule, count] of plain) out.push({ id: rule.id, level: rule.level, count });
    return out;
  }

  /** One change per occurrence, sorted (as `sortChanges` sorts them); the same array on every call. */
  changes(): Change[] {
    return (this.#changes ??= this.ordered().map((o) => o.change()));
  }

  /** The occurrences in the order of their changes in `changes()`, without making them; the same array each call. */
  ordered(): readonly Occurrence[] {
    return (this.#ordered ??= [...this.occurrences].sort(this.compare));
  }

  /**
   * `compareChanges` of the changes of two occurrences, without making them; ties (none in a set: the
   * findings' order decides) in the order of the findings, as a stable sort of the changes keeps them.
   * Level, operation, id and pointer are compared as one number per occurrence (mixed radix), worked
   * out once per set: operations and pointers are long strings that share long prefixes
   * (`GET /v1/accounts/{account}/...`, pointers into shared schemas).
   */
  get compare(): (a: Occurrence, b: Occurrence) => number {
    return (this.#compare ??= this.#comparator());
  }

  #comparator(): (a: Occurrence, b: Occurrence) => number {
    const occurrences = this.occurrences;
    const ops = ranks(['', ...this.strings.operations]);
    const ids = ranks(this.edits.map((g) => g.rule.id));
    const pointers = ranks(this.edits.map((g) => g.pointer));
    const n = occurrences.length;
    const exact = (LEVELS.length + 1) * ops.size * ids.size * pointers.size <= Number.MAX_SAFE_INTEGER;
    if (exact) {
      const key = new Float64Array(n);
      for (const g of this.edits) {
        // Level (-1 for one that is none of LEVELS), id and pointer: the same for every occurrence of an edit.
        const l = levelRank(g.rule.level) + 1;
        const i = ids.get(g.rule.id)!;
        const p = pointers.get(g.pointer)!;
        for (const o of g.occurrences)
          key[o.index] = ((l * ops.size + ops.get(o.operation ?? '')!) * ids.size + i) * pointers.size + p;
      }
      return (a, b) => key[a.index]! - key[b.index]! || cmpOccurrenceMessages(a, b) || a.index - b.index;
    }
    const op = new Int32Array(n);
    for (const o of occurrences) op[o.index] = ops.get(o.operation ?? '')!;
    return (a, b) =>
      levelRank(a.level) - levelRank(b.level) ||
      op[a.index]! - op[b.index]! ||
      cmp(a.id, b.id) ||
      cmp(a.pointer, b.pointer) ||
      cmpOccurrenceMessages(a, b) ||
      a.index - b.index;
  }

  /**
   * The edits in the order of their first change in `changes()`, each with its occurrences in the
   * order of their changes there (as findings and occurrence numbers), and the operations in the
   * order they first appear there: the order of `changes()` without making it, nor an object per
   * occurrence. An operation first appears at the most severe level among its changes, and the
   * operations first met at one level in their order. The same object on every call.
   *
   * Within an edit, level, id and pointer are the same for every occurrence, so that changes are in
   * the order of their operation, then text, then occurrence number: the findings are sorted by text
   * (then number) once, and their occurrences by operation with one numeric sort (operation rank, then
   * place in that order), not a comparison of two occurrences' strings per step. The edits are then in
   * the order of their first occurrences (`compareOccurrences`).
   */
  sequence(): EditSequence {
    if (this.#sequence) return this.#sequence;
    const ops = ranks(['', ...this.strings.operations]);
    const edits = this.edits.map((group) => sequenceOf(group, ops));
    edits.sort((a, b) => compareOccurrences(a.first, b.first));
    const firstLevel = new Map<string, number>();
    for (const { group } of edits) {
      const level = levelRank(group.rule.level);
      for (const f of group.findings) {
        for (let k = 0; k < f.count; k++) {
          const operation = f.operationAt(k);
          if (operation === undefined) continue;
          const known = firstLevel.get(operation);
          if (known === undefined || level < known) firstLevel.set(operation, level);
        }
      }
    }
    const operations = [...firstLevel.keys()].sort((a, b) => firstLevel.get(a)! - firstLevel.get(b)! || cmp(a, b));
    return (this.#sequence = { edits, operations });
  }
}

/**
 * One edit of `EditSet.sequence()`: its occurrences in order, occurrence `j` being
 * `findings[place[j]].occurrence(at[j])` (numbers, not an object per occurrence).
 */
export interface EditInSequence {
  readonly group: EditGroup;
  /** Its findings, by text. */
  readonly findings: readonly FindingOccurrences[];
  /** Per occurrence, its finding's place in `findings`. */
  readonly place: Int32Array;
  /** Per occurrence, its number in its finding. */
  readonly at: Int32Array;
  /** Its first occurrence, as an object (what the edits are ordered by). */
  readonly first: Occurrence;
}

/** `EditSet.sequence()`: the edits, each with its occurrences, and the operations, in the order of the changes. */
export interface EditSequence {
  readonly edits: readonly EditInSequence[];
  readonly operations: readonly string[];
}

/** The occurrences of `group` in the order of their changes (see `EditSet.sequence`); `ops` ranks the operations. */
function sequenceOf(group: EditGroup, ops: ReadonlyMap<string, number>): EditInSequence {
  const byText = [...group.findings].sort((a, b) => cmp(a.text, b.text) || a.first - b.first);
  // Their occurrences in that order, finding after finding (its place in `byText` and the
  // occurrence's number), each with the rank of its operation. Sized once and indexed: this runs
  // over every occurrence (Stripe: 47k) once per process, mostly before the optimizing compilers
  // step in, where growing arrays and iterating typed ones (`Array.from`) allocate at every step.
  let n = 0;
  for (let i = 0; i < byText.length; i++) n += byText[i]!.count;
  const found = new Int32Array(n);
  const foundAt = new Int32Array(n);
  const rank = new Int32Array(n);
  for (let i = 0, j = 0; i < byText.length; i++) {
    const f = byText[i]!;
    for (let k = 0; k < f.count; k++, j++) {
      found[j] = i;
      foundAt[j] = k;
      rank[j] = ops.get(f.operationAt(k) ?? '')!;
    }
  }
  // Then by operation, keeping that order: (rank, place) as one number, sorted natively, when it fits a double.
  let order: ArrayLike<number>;
  if (ops.size * n <= Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let j = 0; j < n; j++) keys[j] = rank[j]! * n + j;
    keys.sort();
    for (let j = 0; j < n; j++) keys[j] = keys[j]! % n;
    order = keys;
  } else order = Array.from({ length: n }, (_, j) => j).sort((a, b) => rank[a]! - rank[b]! || a - b);
  const place = new Int32Array(n);
  const at = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const o = order[j]!;
    place[j] = found[o]!;
    at[j] = foundAt[o]!;
  }
  return { group, findings: byText, place, at, first: byText[place[0]!]!.occurrence(at[0]!) };
}

/**
 * Where a report made from a run's edits keeps them (`attachEdits`): a symbol, not enumerable, so
 * that a copy of the report (escaped, spread) is a plain report without them.
 */
const EDITS = Symbol('edits');

/**
 * Gives `report` the `changes` that `make` makes, when they are first read: then a plain value, in
 * the same place among the keys (a frozen report keeps the getter, which gives the same array every
 * time). A report made from edits has such `changes` until they are read (see `editsOf`).
 */
export function lazyChanges(report: Report, make: () => Change[]): void {
  const data = (changes: Change[]) => ({ value: changes, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(report, 'changes', {
    get(): Change[] {
      const changes = make();
      Reflect.defineProperty(report, 'changes', data(changes));
      return changes;
    },
    set(changes: Change[]) {
      if (!Reflect.defineProperty(report, 'changes', data(changes)))
        throw new TypeError('the report is frozen: its changes cannot be replaced');
    },
    enumerable: true,
    configurable: true,
  });
}

/** Keeps the edits a report was made from with it (see `editsOf`). */
export function attachEdits(report: Report, set: EditSet): void {
  Object.defineProperty(report, EDITS, { value: set, enumerable: false });
}

/**
 * The edits `report` was made from, while they are still all it says: its `changes`, made from them
 * when first read (see engine.ts), not read nor replaced yet. Undefined otherwise: then
 * `report.changes` is what the report says (a caller may have changed it).
 */
export function editsOf(report: Report): EditSet | undefined {
  const set = (report as Report & { [EDITS]?: EditSet })[EDITS];
  if (set === undefined) return undefined;
  return Object.getOwnPropertyDescriptor(report, 'changes')?.get !== undefined ? set : undefined;
}

/**
 * `compareChanges` of the changes of two occurrences, then the order of the findings (the order a
 * stable sort of the changes keeps for ties): the order of `EditSet.changes()`, without making them.
 * For a few occurrences (a large set sorts by `EditSet.compare`).
 */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  if (a.group !== b.group) {
    const x = a.group;
    const y = b.group;
    const by =
      levelRank(x.rule.level) - levelRank(y.rule.level) ||
      cmp(a.operation ?? '', b.operation ?? '') ||
      cmp(x.rule.id, y.rule.id) ||
      cmp(x.pointer, y.pointer);
    if (by !== 0) return by;
  } else if (a.operation !== b.operation) return cmp(a.operation ?? '', b.operation ?? '');
  return cmpOccurrenceMessages(a, b) || a.index - b.index;
}

/**
 * `compareOccurrences` of occurrence `j` of `f` and occurrence `k` of `g`, two findings of one edit,
 * without making them: the operation, then the text, then the order of the findings.
 */
export function compareInEdit(f: FindingOccurrences, j: number, g: FindingOccurrences, k: number): number {
  const a = f.operationAt(j);
  const b = g.operationAt(k);
  if (a !== b) {
    // Two operations that compare equal (none and ''): as the occurrences compare.
    const by = cmp(a ?? '', b ?? '');
    return by !== 0 ? by : compareOccurrences(f.occurrence(j), g.occurrence(k));
  }
  return cmp(f.text, g.text) || f.first + j - (g.first + k);
}

/** `cmpMessages` for two occurrences: their texts when the operations are the same, else their messages. */
function cmpOccurrenceMessages(a: Occurrence, b: Occurrence): number {
  return a.operation === b.operation ? cmp(a.text, b.text) : cmp(a.message, b.message);
}

/** Convert, apply the config and mark acceptances: the changes of a run, per edit. */
export function toEdits(findings: readonly Finding[], ctx: ChangeContext): EditSet {
  const run = new ChangeRun(ctx);
  for (const finding of findings) run.add(finding);
  const notes = ctx.config.accept
    .filter((e) => !run.used.has(e))
    .map(
      (e) =>
        `${describeEntry(e)} matched no change${isExpired(e, ctx.now) ? ` (and expired on ${e.expires})` : ''}; ` +
        `remove it`,
    );
  return new EditSet(run.groups, run.findings, run.size, () => run.occurrences(), notes, {
    operations: run.operations,
    texts: run.texts,
  });
}

/** Convert, apply the config, mark acceptances and sort. */
export function toChanges(findings: readonly Finding[], ctx: ChangeContext): ChangeSet {
  const set = toEdits(findings, ctx);
  return { changes: set.changes(), notes: set.notes };
}

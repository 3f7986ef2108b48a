/**
 * `json`: the machine-readable report. Its shape is `JsonReport` below, documented by the JSON
 * Schema in `docs/report.schema.json` (`REPORT_SCHEMA` in ./json-schema.ts). Stable: every key is
 * always present (`null` or `[]` when there is nothing), keys only get added.
 *
 * schemaVersion 2 (the default) lists each edit once: `changes[]` holds one entry per edit, the
 * changes that share a `Change.edit` (rule, place on both sides, and the values of the message that
 * do not depend on the site: not the operation, the path leading to the property or the status), with
 * its `occurrences`: the sites where operations reach it, each with its own property path, status,
 * media type, level, acceptance and consumers. A schema shared by 400 operations is one change, not
 * 400. Operations are named once, in `operations`, and occurrences refer to them by index.
 * schemaVersion 1 (`--per-operation`) is the flat listing, one change per operation reached, in
 * the shape of oasdiff's per-operation output.
 */
import type { ConsumerImpact, Bump, Change, Edit, FindingDetails, ImpactSummary, Level, Report } from '../model.ts';
import { LEVELS } from '../model.ts';
import { editsOf, type EditSet, type FindingOccurrences } from '../policy/changes.ts';
import { bareMessage, versionStatus, type FormatOptions } from './common.ts';

export const JSON_REPORT_SCHEMA_VERSION = 2;
export const JSON_PER_OPERATION_SCHEMA_VERSION = 1;

export interface JsonSide {
  pointer: string;
  file: string;
  line: number;
}

/** schemaVersion 1: one change per operation. */
export interface JsonChange {
  id: string;
  level: Level;
  defaultLevel: Level;
  operation: string | null;
  pointer: string;
  location: { file: string; line: number };
  base: JsonSide | null;
  revision: JsonSide | null;
  message: string;
  /** How to avoid the break (breaking changes), else null. */
  mitigation: string | null;
  details: Omit<FindingDetails, 'propertyPath'>;
  accepted: { reason: string; expires: string | null } | null;
  expiredAcceptance: { reason: string; expires: string } | null;
  consumers: ConsumerImpact[];
  /** Interactions this warning-level change puts at risk (reads it touches without breaking them). */
  atRisk: ConsumerImpact[];
}

/** schemaVersion 2: where operations reach an edit, with everything that is per operation. */
export interface JsonOccurrence {
  /** Indices into `JsonReport.operations`; empty for a document-level change. */
  operations: number[];
  level: Level;
  /** The site: direction, area, property path, parameter, header, status, media type (the operations: `operations`). */
  details: Omit<FindingDetails, 'method' | 'path' | 'propertyPath'>;
  accepted: { reason: string; expires: string | null } | null;
  expiredAcceptance: { reason: string; expires: string } | null;
  consumers: ConsumerImpact[];
  /** Interactions this change puts at risk (reads it touches without breaking them). */
  atRisk: ConsumerImpact[];
}

/** schemaVersion 2: one edit. */
export interface JsonEdit {
  id: string;
  /** The most severe effective level among the occurrences. */
  level: Level;
  defaultLevel: Level;
  pointer: string;
  location: { file: string; line: number };
  base: JsonSide | null;
  revision: JsonSide | null;
  /** The message of the first occurrence, without its operation. */
  message: string;
  mitigation: string | null;
  occurrences: JsonOccurrence[];
}

interface JsonReportCommon {
  base: { source: string; file: string };
  revision: { source: string; file: string };
  bump: Bump;
  version: {
    base: string | null;
    revision: string | null;
    required: string | null;
    ok: boolean;
    skipped: boolean;
    message: string | null;
  };
  /** Counts per change listed under an operation (as in schemaVersion 1); `edits` counts the edits. */
  summary: { breaking: number; warning: number; info: number; accepted: number; total: number; edits: number };
  gate: {
    ok: boolean;
    failOn: Level;
    failOnApplied: boolean;
    policy: 'semver' | 'consumers';
    reasons: string[];
  } | null;
  /** Set when pacts were analysed. */
  impact: ImpactSummary | null;
  notes: string[];
}

export interface JsonReport extends JsonReportCommon {
  schemaVersion: typeof JSON_REPORT_SCHEMA_VERSION;
  /** Every operation an occurrence names, once, in report order. */
  operations: string[];
  changes: JsonEdit[];
}

export interface JsonPerOperationReport extends JsonReportCommon {
  schemaVersion: typeof JSON_PER_OPERATION_SCHEMA_VERSION;
  changes: JsonChange[];
}

const side = (s: Change['base']): JsonSide | null => (s ? { pointer: s.pointer, file: s.file, line: s.line } : null);
const acceptedOf = (c: Pick<Change, 'accepted'>): JsonChange['accepted'] =>
  c.accepted ? { reason: c.accepted.reason, expires: c.accepted.expires ?? null } : null;

function common(report: Report, total: number, edits: number): JsonReportCommon {
  const v = report.version;
  const impact = report.impact;
  return {
    base: { source: report.base.source, file: report.base.file },
    revision: { source: report.revision.source, file: report.revision.file },
    bump: report.bump,
    version: {
      base: v.base ?? null,
      revision: v.revision ?? null,
      required: v.required ?? null,
      ok: v.ok,
      skipped: versionStatus(report) === 'skipped',
      message: v.message ?? null,
    },
    summary: { ...report.summary, total, edits },
    gate: report.gate ? { ...report.gate, reasons: [...report.gate.reasons] } : null,
    impact: impact
      ? {
          ...impact,
          unmapped: impact.unmapped.map((k) => ({ ...k })),
          alreadyFailing: impact.alreadyFailing.map((k) => ({ ...k })),
          ...(impact.verdicts ? { verdicts: impact.verdicts.map((v) => ({ ...v })) } : {}),
        }
      : null,
    notes: [...(report.notes ?? [])],
  };
}

function siteOf(details: FindingDetails | undefined): JsonOccurrence['details'] {
  const { method: _method, path: _path, propertyPath: _segments, ...site } = details ?? {};
  return site;
}

/** The details as the per-operation listing shows them: `property` is the path (its segments are left out). */
function flatDetails(details: FindingDetails | undefined): JsonChange['details'] {
  const { propertyPath: _segments, ...flat } = details ?? {};
  return flat;
}

/**
 * What the JSON report reads of a change: a `Change`, or an `Occurrence` of a run's edits (which reads
 * as its change does, without consumers: a report made from edits had no impact step, and has a
 * `site`: its details but for method and path, one object for the occurrences of one finding).
 */
type JsonFacts = { readonly site?: FindingDetails | undefined } & Pick<
  Change,
  | 'id'
  | 'level'
  | 'defaultLevel'
  | 'operation'
  | 'pointer'
  | 'location'
  | 'base'
  | 'revision'
  | 'message'
  | 'text'
  | 'mitigation'
  | 'details'
  | 'accepted'
  | 'expiredAcceptance'
  | 'consumers'
  | 'atRisk'
  | 'edit'
>;

function jsonOccurrence(c: JsonFacts): JsonOccurrence {
  return {
    operations: [],
    level: c.level,
    details: siteOf(c.site ?? c.details),
    accepted: acceptedOf(c),
    expiredAcceptance: c.expiredAcceptance ? { ...c.expiredAcceptance } : null,
    consumers: (c.consumers ?? []).map((k) => ({ ...k })),
    atRisk: (c.atRisk ?? []).map((k) => ({ ...k })),
  };
}

const LEVEL_RANK: Readonly<Record<string, number>> = Object.fromEntries(LEVELS.map((l, i) => [l, i]));

/**
 * Everything of an occurrence but its operations and its site (see `SiteTrie`), as a key: its
 * level, acceptance, expired acceptance, consumers and interactions at risk (the rest only when
 * some of it is there: most changes have none of it).
 */
function stateKey(c: Pick<Change, 'level' | 'accepted' | 'expiredAcceptance' | 'consumers' | 'atRisk'>): string {
  if (
    c.accepted === undefined &&
    c.expiredAcceptance === undefined &&
    c.consumers === undefined &&
    c.atRisk === undefined
  )
    return c.level;
  const rest = [c.accepted ?? null, c.expiredAcceptance ?? null, c.consumers ?? null, c.atRisk ?? null];
  return `${c.level}\u0000${JSON.stringify(rest)}`;
}

/** The edits of a report, in the order of their first change (the most severe first). */
export function toJsonEdits(changes: readonly Change[]): { operations: string[]; changes: JsonEdit[] } {
  const operations = new Set<string>();
  for (const c of changes) if (c.operation !== undefined) operations.add(c.operation);
  // In report order: the occurrences of an edit's occurrence list their operations in report order.
  const edits = new JsonEdits([...operations]);
  for (const c of changes) edits.add(c.edit ?? c, c.level, c.details, stateKey(c), c.operation, itself, c, 0);
  return { operations: edits.operations, changes: edits.done() };
}

const itself = (c: JsonFacts): JsonFacts => c;
const occurrenceOf = (f: FindingOccurrences, k: number): JsonFacts => f.occurrence(k);

/**
 * `toJsonEdits` of the changes a run's edits make (`EditSet.changes()`), from the edits: the same
 * edits, occurrences and operations in the same order (`EditSet.sequence`), without a change, nor
 * an object, per occurrence (one is made for the first occurrence of each edit and of each of its
 * JSON occurrences).
 */
function jsonEditsOf(set: EditSet): { operations: string[]; changes: JsonEdit[] } {
  const sequence = set.sequence();
  const edits = new JsonEdits([...sequence.operations]);
  for (let e = 0; e < sequence.edits.length; e++) {
    const { group, findings, place, at } = sequence.edits[e]!;
    const level = group.rule.level;
    // The JSON occurrence of each finding without acceptances (most rules), by its place in
    // `findings`, once its first occurrence has found it: its others only add their operations
    // (its site, state and edit are the same, and the edit exists by then).
    const known: Array<JsonOccurrence | undefined> = [];
    for (let j = 0; j < place.length; j++) {
      const i = place[j]!;
      const f = findings[i]!;
      const k = at[j]!;
      const occurrence = known[i];
      if (occurrence !== undefined) {
        edits.addOperation(occurrence, f.operationAt(k));
        continue;
      }
      // Without acceptances, the state is the level: no key made per occurrence.
      let state: string = level;
      if (f.acceptances !== undefined) {
        const a = f.acceptanceAt(k);
        state = stateKey({ level, accepted: a.accepted, expiredAcceptance: a.expiredAcceptance });
      }
      // A finding without an edit: each occurrence is an edit of its own.
      const key = group.edit ?? {};
      const made = edits.add(key, level, f.site, state, f.operationAt(k), occurrenceOf, f, k);
      if (f.acceptances === undefined && group.edit !== undefined) known[i] = made;
    }
  }
  return { operations: edits.operations, changes: edits.done() };
}

/** A JSON edit while it is made (see `JsonEdits`). */
interface EditEntry {
  edit: JsonEdit;
  rank: number;
  occurrences: SiteTrie<Map<string, JsonOccurrence>>;
  bySite: Map<FindingDetails, Map<string, JsonOccurrence>>;
}

/**
 * The edits that changes (or occurrences) make, added in report order, or grouped by edit with each
 * edit's in report order (the occurrences of an edit's occurrence list their operations in report
 * order either way): in the order of their first change, with their occurrences; `operations`
 * every operation they name, in the order of their first change.
 */
class JsonEdits {
  readonly #operationIndex: Map<string, number>;
  /**
   * By `Change.edit` (one object per edit); a change without one is an edit of its own. `bySite`: the
   * trie's values by an occurrence's `site` (one object for the occurrences of one finding, which
   * differ only in method and path, which sites leave out).
   */
  readonly #edits = new Map<object, EditEntry>();
  #lastKey: object | undefined;
  #entry: EditEntry | undefined;

  constructor(readonly operations: string[]) {
    this.#operationIndex = new Map(operations.map((op, i) => [op, i]));
  }

  /**
   * One change of edit `key` at `level`: its site (details, often one object shared by changes), the
   * rest of what its JSON occurrence is (`state`, see `stateKey`) and its operation; `facts(source,
   * k)` gives the change when a new edit or JSON occurrence needs it.
   */
  add<S>(
    key: object,
    level: Level,
    site: FindingDetails | undefined,
    state: string,
    operation: string | undefined,
    facts: (source: S, k: number) => JsonFacts,
    source: S,
    k: number,
  ): JsonOccurrence {
    let entry: EditEntry | undefined;
    // The changes of an edit mostly come one after another (always, grouped by edit).
    if (key === this.#lastKey) entry = this.#entry;
    else {
      entry = this.#edits.get(key);
      this.#lastKey = key;
    }
    let c: JsonFacts | undefined;
    if (!entry) {
      c = facts(source, k);
      const edit: JsonEdit = {
        id: c.id,
        level: c.level,
        defaultLevel: c.defaultLevel,
        pointer: c.pointer,
        location: { file: c.location.file, line: c.location.line },
        base: side(c.base),
        revision: side(c.revision),
        message: bareMessage(c),
        mitigation: c.mitigation ?? null,
        occurrences: [],
      };
      entry = { edit, rank: LEVEL_RANK[level] ?? -1, occurrences: new SiteTrie(), bySite: new Map() };
      this.#edits.set(key, entry);
    } else if ((LEVEL_RANK[level] ?? -1) < entry.rank) {
      entry.edit.level = level;
      entry.rank = LEVEL_RANK[level] ?? -1;
    }
    this.#entry = entry;
    // By site, then by the rest (level, acceptance, consumers): what an occurrence is apart from its operations.
    let byState = site !== undefined ? entry.bySite.get(site) : undefined;
    if (byState === undefined) {
      byState = entry.occurrences.at(site, () => new Map<string, JsonOccurrence>());
      if (site !== undefined) entry.bySite.set(site, byState);
    }
    let occurrence = byState.get(state);
    if (!occurrence) {
      occurrence = jsonOccurrence(c ?? facts(source, k));
      byState.set(state, occurrence);
      entry.edit.occurrences.push(occurrence);
    }
    this.addOperation(occurrence, operation);
    return occurrence;
  }

  /** Adds `operation` (when there is one) to the operations of `occurrence`, one of these edits' (see `add`). */
  addOperation(occurrence: JsonOccurrence, operation: string | undefined): void {
    if (operation !== undefined) occurrence.operations.push(this.#operationIndex.get(operation)!);
  }

  /** The edits, in the order of their first change. */
  done(): JsonEdit[] {
    return [...this.#edits.values()].map((e) => e.edit);
  }
}

/**
 * Values by site (`siteOf` of some details), telling sites apart exactly as their JSON does (the
 * same members in the same order with the same values) without writing it: a trie of member
 * names and values (Stripe: 47k sites of about 200 characters of JSON each, where writing and
 * hashing the JSON took most of the JSON report's time).
 */
class SiteTrie<T> {
  readonly #root: TrieNode<T> = {};

  /** The value at the site of `details`, made by `make` the first time. */
  at(details: FindingDetails | undefined, make: () => T): T {
    let node = this.#root;
    if (details !== undefined)
      for (const name in details) {
        // Left out as `siteOf` leaves them out (`propertyPath` is `property`, split).
        if (name === 'method' || name === 'path' || name === 'propertyPath') continue;
        const value: unknown = details[name as keyof FindingDetails];
        // Members JSON leaves out (undefined) are left out here too.
        if (value === undefined) continue;
        const names = (node.names ??= new Map());
        let values = names.get(name);
        if (!values) names.set(name, (values = {}));
        // Maps made on first use: most nodes have one member after them, and most values are strings.
        const byValue = typeof value === 'string' ? (values.strings ??= new Map()) : (values.others ??= new Map());
        const key = typeof value === 'string' ? value : JSON.stringify(value);
        let next = byValue.get(key);
        if (!next) byValue.set(key, (next = {}));
        node = next;
      }
    if (!node.has) {
      node.value = make();
      node.has = true;
    }
    return node.value!;
  }
}

interface TrieNode<T> {
  /** The next member's name, then its value (strings as they are, other values as JSON). */
  names?: Map<string, { strings?: Map<string, TrieNode<T>>; others?: Map<string, TrieNode<T>> }>;
  /** Set when a site ends here. */
  has?: true;
  value?: T;
}

/** How many edits `toJsonEdits` makes of `changes`: one per `Change.edit`, and one per change without one. */
function countEdits(changes: readonly Change[]): number {
  const edits = new Set<Edit | Change>();
  for (const c of changes) edits.add(c.edit ?? c);
  return edits.size;
}

export function toJsonReport(report: Report): JsonReport {
  // A report made from a run's edits, as made: from the edits (its changes are not made).
  const set = editsOf(report);
  const { operations, changes } = set ? jsonEditsOf(set) : toJsonEdits(report.changes);
  const { notes, ...rest } = common(report, set ? set.size : report.changes.length, changes.length);
  return { schemaVersion: JSON_REPORT_SCHEMA_VERSION, ...rest, operations, changes, notes };
}

export function toJsonPerOperationReport(report: Report): JsonPerOperationReport {
  const edits = countEdits(report.changes);
  const { notes, ...rest } = common(report, report.changes.length, edits);
  return {
    schemaVersion: JSON_PER_OPERATION_SCHEMA_VERSION,
    ...rest,
    changes: report.changes.map((c) => ({
      id: c.id,
      level: c.level,
      defaultLevel: c.defaultLevel,
      operation: c.operation ?? null,
      pointer: c.pointer,
      location: { file: c.location.file, line: c.location.line },
      base: side(c.base),
      revision: side(c.revision),
      message: c.message,
      mitigation: c.mitigation ?? null,
      details: flatDetails(c.details),
      accepted: acceptedOf(c),
      expiredAcceptance: c.expiredAcceptance ? { ...c.expiredAcceptance } : null,
      consumers: (c.consumers ?? []).map((k) => ({ ...k })),
      atRisk: (c.atRisk ?? []).map((k) => ({ ...k })),
    })),
    notes,
  };
}

/**
 * Indented like `JSON.stringify(value, null, 2)`, except that each element of `operations` and
 * `changes` is written on one line: an edit reached by 600 operations stays one line instead of
 * 600, which keeps a large report a few MB and still one edit per line for grep and diff.
 */
function stringify(value: JsonReport | JsonPerOperationReport, perOperation: boolean): string {
  if (perOperation) return JSON.stringify(value, null, 2) + '\n';
  // The pieces of the text, joined once: the report is megabytes on large specs, and every join
  // of a part of it (then of the lines, then of the whole) was another copy in fresh memory.
  const parts: string[] = ['{\n'];
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    parts.push(first ? '  ' : ',\n  ', JSON.stringify(key), ': ');
    first = false;
    if ((key === 'changes' || key === 'operations') && Array.isArray(v)) {
      if (v.length === 0) parts.push('[]');
      else {
        parts.push('[\n    ');
        for (let i = 0; i < v.length; i++) parts.push(i === 0 ? '' : ',\n    ', JSON.stringify(v[i]));
        parts.push('\n  ]');
      }
    } else parts.push(JSON.stringify(v, null, 2).replace(/\n/g, '\n  '));
  }
  parts.push('\n}\n');
  return parts.join('');
}

export function json(report: Report, options: FormatOptions): string {
  const perOperation = options.perOperation === true;
  return stringify(perOperation ? toJsonPerOperationReport(report) : toJsonReport(report), perOperation);
}

/** Small helpers shared by the formatters. Pure; no formatter decides anything, they only render. */
import { LEVELS, type Change, type Edit, type Level, type Report } from '../model.ts';

export interface FormatOptions {
  /** ANSI colours (text only). The CLI sets it from the TTY and NO_COLOR / FORCE_COLOR. */
  color?: boolean;
  /** JSON only: the flat listing, one change per operation (schemaVersion 1, oasdiff's shape). */
  perOperation?: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export const DOCUMENT_GROUP = 'Document';

/**
 * The message without its `METHOD /path: ` prefix, for outputs that already group by operation: the
 * change's `text` (a change made by hand without one shows its whole message).
 */
export function bareMessage(change: Pick<Change, 'message' | 'text'>): string {
  return change.text ?? change.message;
}

/** Changes grouped by operation, groups in order of first appearance (so the most severe come first). */
export function groupByOperation(changes: readonly Change[]): Array<[string, Change[]]> {
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const key = c.operation ?? DOCUMENT_GROUP;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(c);
  }
  return [...groups];
}

/**
 * One entry of a human report: a change, or the same physical change listed under several
 * operations (or responses) because it sits in a schema they share.
 */
export interface Entry {
  /** The change shown: of the entry's changes, the one with the shortest message (the most direct path). */
  change: Change;
  /** Every change of the entry, in report order. */
  changes: Change[];
  /** Distinct operations of the changes, in report order (empty for document-level changes). */
  operations: string[];
  /** Whether the messages differ beyond the operation (property path or status): `change` shows one of them. */
  varied: boolean;
}

/**
 * The `collapse` results of one formatter run, per array of changes: a formatter asks for the same
 * array several times (the summary, each section, its count), and `filterChanges` derives the
 * entries of a filtered array from those of the whole. The length guards against an array grown
 * since. A function given none works afresh.
 */
export class Collapses {
  readonly #known = new WeakMap<readonly Change[], { length: number; entries: Entry[] }>();

  get(changes: readonly Change[]): Entry[] | undefined {
    const known = this.#known.get(changes);
    return known && known.length === changes.length ? known.entries : undefined;
  }

  set(changes: readonly Change[], entries: Entry[]): void {
    this.#known.set(changes, { length: changes.length, entries });
  }
}

/**
 * Changes that are the same physical change, collapsed: the same edit (`Change.edit`: rule, places
 * on both sides and the values of the message apart from the operation, the status and the path
 * leading to the property), level, acceptance (and expired acceptance). A change that breaks a
 * known consumer stays on its own (its consumer lines are its own), and so does a change without an
 * edit. Entries in order of first appearance; pure (memoised per array in `memo`).
 */
export function collapse(changes: readonly Change[], memo: Collapses = new Collapses()): Entry[] {
  const known = memo.get(changes);
  if (known) return known;
  // Keyed by edit (an object shared by its changes), then by level and state (short strings).
  const byEdit = new Map<Edit, Map<string, Entry>>();
  const opsOf = new Map<Entry, Set<string>>();
  // The bare message of each entry's shown change.
  const shownOf = new Map<Entry, string>();
  const out: Entry[] = [];
  for (const c of changes) {
    let entry: Entry | undefined;
    let states: Map<string, Entry> | undefined;
    let state = '';
    const message = bareMessage(c);
    // A change that breaks a known consumer stays on its own.
    if (c.edit && (c.consumers?.length ?? 0) === 0 && (c.atRisk?.length ?? 0) === 0) {
      state =
        c.level +
        (c.consumers === undefined ? '\u0001u' : '\u0001n') +
        (c.accepted ? `\u0001${c.accepted.reason}\u0000${c.accepted.expires ?? ''}` : '') +
        (c.expiredAcceptance ? `\u0002${c.expiredAcceptance.reason}\u0000${c.expiredAcceptance.expires}` : '');
      states = byEdit.get(c.edit);
      if (!states) byEdit.set(c.edit, (states = new Map()));
      entry = states.get(state);
    }
    if (!entry) {
      const e: Entry = {
        change: c,
        changes: [c],
        operations: c.operation !== undefined ? [c.operation] : [],
        varied: false,
      };
      states?.set(state, e);
      shownOf.set(e, message);
      out.push(e);
      continue;
    }
    entry.changes.push(c);
    if (c.operation !== undefined && entry.operations[entry.operations.length - 1] !== c.operation) {
      let seen = opsOf.get(entry);
      if (!seen) opsOf.set(entry, (seen = new Set(entry.operations)));
      if (!seen.has(c.operation)) {
        seen.add(c.operation);
        entry.operations.push(c.operation);
      }
    }
    const shown = shownOf.get(entry)!;
    if (message !== shown) {
      entry.varied = true;
      if (message.length < shown.length) {
        entry.change = c;
        shownOf.set(entry, message);
      }
    }
  }
  memo.set(changes, out);
  return out;
}

/**
 * `changes.filter(keep)`, with its `collapse` worked out from that of `changes` (one pass over a
 * large report, not one per level or section) when `keep` holds for all or none of each entry.
 */
export function filterChanges(
  changes: readonly Change[],
  keep: (c: Change) => boolean,
  memo: Collapses = new Collapses(),
): Change[] {
  const out = changes.filter(keep);
  const entries: Entry[] = [];
  for (const e of collapse(changes, memo)) {
    const k = keep(e.changes[0]!);
    for (const c of e.changes) if (keep(c) !== k) return out; // mixed: collapse(out) works it out
    if (k) entries.push(e);
  }
  memo.set(out, entries);
  return out;
}

/** Entries of one change (listed under their operation) and shared entries (several changes). */
export function splitShared(
  changes: readonly Change[],
  memo: Collapses = new Collapses(),
): { single: Change[]; shared: Entry[] } {
  const single: Change[] = [];
  const shared: Entry[] = [];
  for (const e of collapse(changes, memo)) {
    if (e.changes.length === 1) single.push(e.change);
    else shared.push(e);
  }
  return { single, shared };
}

/** Operations shown by name before `and N more`. */
export const SHOWN_OPERATIONS = 3;

/** `GET /a, POST /b, DELETE /c and 409 more` (every name when there are at most one more than shown). */
export function operationList(operations: readonly string[], show: (op: string) => string = (op) => op): string {
  const names = operations.length <= SHOWN_OPERATIONS + 1 ? operations : operations.slice(0, SHOWN_OPERATIONS);
  const rest = operations.length - names.length;
  const shown = names.map(show);
  if (rest > 0) return `${shown.join(', ')} and ${count(rest)} more`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Where a shared entry applies: `in 412 operations (824 changes): GET /v1/a, ... and 409 more`. */
export function whereText(entry: Entry, show?: (op: string) => string): string {
  const n = entry.operations.length;
  const changes = entry.changes.length !== n ? ` (${count(entry.changes.length)} changes)` : '';
  if (n === 0) return `${count(entry.changes.length)} times`;
  return `in ${plural(n, 'operation')}${changes}: ${operationList(entry.operations, show)}`;
}

/**
 * The second line of a shared entry: where it is defined and, when the messages differ by
 * operation, which one is shown (`at /components/...; message as under GET /x; ...`), or ''.
 */
export function sharedDetail(entry: Entry, show: (s: string) => string = (s) => s): string {
  const c = entry.change;
  const at = c.pointer ? `at ${show(c.pointer)}` : '';
  const as = entry.varied
    ? `message as under ${show(c.operation ?? DOCUMENT_GROUP)}; the property path or status differs by operation`
    : '';
  return [at, as].filter(Boolean).join('; ');
}

/** `12` for distinct changes, `1,234; 56 distinct` when some repeat across operations. */
export function countText(changes: readonly Change[], memo: Collapses = new Collapses()): string {
  const distinct = collapse(changes, memo).length;
  return distinct < changes.length ? `${count(changes.length)}; ${count(distinct)} distinct` : count(changes.length);
}

/** `1,234`. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function changesAt(report: Report, level: Level, memo: Collapses = new Collapses()): Change[] {
  return filterChanges(report.changes, (c) => c.level === level, memo);
}

export type VersionStatus = 'ok' | 'failed' | 'skipped';

export function versionStatus(report: Report): VersionStatus {
  if (!report.version.ok) return 'failed';
  return report.version.message !== undefined ? 'skipped' : 'ok';
}

/** One line about the version check: the failure or skip message, or what was checked. */
export function versionLine(report: Report): string {
  const v = report.version;
  if (v.message) return v.message;
  if (v.required === undefined) return 'no version to check';
  if (report.bump === 'none') return `no API change; info.version ${v.revision ?? '?'} (base ${v.base ?? '?'})`;
  return `info.version ${v.revision ?? '?'} is at least ${v.required} (base ${v.base ?? '?'} + ${report.bump})`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

export const LEVEL_TITLES: Record<Level, string> = { breaking: 'Breaking changes', warning: 'Warnings', info: 'Info' };

/** `3 changes: 1 breaking, 1 warning, 1 info (1 accepted)`; `47,264 changes (398 distinct): ...` when changes repeat
 * across operations (see `collapse`). */
export function summaryLine(report: Report, memo: Collapses = new Collapses()): string {
  const total = report.changes.length;
  if (total === 0) return 'no changes';
  const parts = LEVELS.map(
    (l) => `${count(report.summary[l])} ${l === 'warning' ? (report.summary[l] === 1 ? 'warning' : 'warnings') : l}`,
  );
  const accepted = report.summary.accepted ? ` (${count(report.summary.accepted)} accepted)` : '';
  const distinct = collapse(report.changes, memo).length;
  const distinctText = distinct < total ? ` (${count(distinct)} distinct)` : '';
  return `${plural(total, 'change')}${distinctText}: ${parts.join(', ')}${accepted}`;
}

/** Extra lines about a change: acceptance, expired acceptance, consumers it breaks, how to fix a break. */
export function annotations(change: Change): string[] {
  const out: string[] = [];
  if (change.accepted)
    out.push(
      `accepted: ${change.accepted.reason}${change.accepted.expires ? ` (until ${change.accepted.expires})` : ''}`,
    );
  if (change.expiredAcceptance)
    out.push(`acceptance expired on ${change.expiredAcceptance.expires}: ${change.expiredAcceptance.reason}`);
  for (const k of change.consumers ?? [])
    out.push(`consumer: ${k.reason}${k.pactLocation ? ` (${k.pactLocation})` : ''}`);
  for (const k of change.atRisk ?? []) out.push(`at risk: ${k.reason}${k.pactLocation ? ` (${k.pactLocation})` : ''}`);
  // `consumers` is set (maybe empty) only when pacts were analysed; a change some interaction reads is never "unused".
  if (
    change.consumers !== undefined &&
    change.consumers.length === 0 &&
    (change.atRisk?.length ?? 0) === 0 &&
    change.level === 'breaking'
  )
    out.push(NO_KNOWN_CONSUMER);
  if (change.mitigation && change.level === 'breaking' && !change.accepted) out.push(`fix: ${change.mitigation}`);
  return out;
}

export const NO_KNOWN_CONSUMER = 'no known consumer uses this';

/**
 * With pacts analysed: the breaking changes that break a known consumer's interaction, and those
 * that break none. Undefined when no pacts were analysed.
 */
export function breakingByConsumers(
  report: Report,
  memo: Collapses = new Collapses(),
): { known: Change[]; none: Change[] } | undefined {
  if (!report.impact) return undefined;
  return {
    known: filterChanges(report.changes, (c) => c.level === 'breaking' && (c.consumers?.length ?? 0) > 0, memo),
    none: filterChanges(report.changes, (c) => c.level === 'breaking' && (c.consumers?.length ?? 0) === 0, memo),
  };
}

export const KNOWN_TITLE = 'Breaking changes that break known consumers';
export const NONE_TITLE = 'Breaking changes that break no known consumer';

/** `pacts: 1 pact, 11 interactions checked against both versions; 1 broken by the revision`. */
export function impactLine(report: Report): string | undefined {
  const i = report.impact;
  if (!i) return undefined;
  const parts = [
    `${plural(i.pacts, 'pact')}, ${plural(i.interactions, 'interaction')} checked against both versions`,
    `${i.broken} broken by the revision`,
  ];
  if (i.unmapped.length > 0) parts.push(`${i.unmapped.length} of them tied to no change`);
  if ((i.atRisk ?? 0) > 0) parts.push(`${plural(i.atRisk ?? 0, 'interaction')} at risk`);
  if (i.alreadyFailing.length > 0)
    parts.push(`${plural(i.alreadyFailing.length, 'interaction')} already failing against the base (not blamed)`);
  return parts.join('; ');
}

/** The gate's headline: `fail-on breaking, policy semver`, `policy semver: version check; ...` or `policy consumers:
 * ...`. */
export function gateTerms(gate: NonNullable<Report['gate']>): string {
  if (gate.policy === 'consumers') {
    const atRisk = gate.failOnApplied ? ` or, with fail-on ${gate.failOn}, put one at risk` : '';
    return `policy consumers: fails on changes that break a known consumer${atRisk}`;
  }
  return gate.failOnApplied
    ? `fail-on ${gate.failOn}, policy ${gate.policy}`
    : `policy ${gate.policy}: version check; no fail-on level set`;
}

export function locationText(change: Pick<Change, 'location'>): string {
  return `${change.location.file}:${change.location.line}`;
}

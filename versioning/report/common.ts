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
  /** How many changes the entry stands for. */
  count: number;
  /** Distinct operations of the changes, in report order (empty for document-level changes). */
  operations: string[];
  /** Whether the messages differ beyond the operation (property path or status): `change` shows one of them. */
  varied: boolean;
}

/**
 * Changes as a human report lists them: how many, and as entries (`collapse`). A report's changes
 * or a part of them (a level, a section): see view.ts, which makes them from the changes or from the
 * edits of a run without its changes.
 */
export interface Listing {
  /** How many changes: a change under each operation that reaches it. */
  readonly length: number;
  /** The entries, in report order. */
  readonly entries: readonly Entry[];
}

/** What `collapse` keeps of an entry while it works. */
interface Collapsing extends Entry {
  changes: Change[];
  /** The bare message of `change`. */
  shownText: string;
  /** The operations met so far (a set made on the second). */
  seen: Set<string> | undefined;
}

/** The state of a change that `collapse` keys its entries by (short strings, made once per level). */
const PLAIN_STATES: Readonly<Record<string, readonly [string, string]>> = Object.fromEntries(
  LEVELS.map((l) => [l, [`${l}\u0001u`, `${l}\u0001n`] as const]),
);

/**
 * The state of a change that `collapse` keys the entries of one edit by: its level, whether pacts
 * were analysed for it (`known`: it has `consumers`), and its acceptance (or expired acceptance) as
 * printed (`text`: escaped, when the strings of a report are escaped as it is written).
 */
export function collapseState(
  level: Level,
  known: boolean,
  accepted: Change['accepted'],
  expired: Change['expiredAcceptance'],
  text: (s: string) => string = (s) => s,
): string {
  const plain = PLAIN_STATES[level]?.[known ? 1 : 0];
  if (plain !== undefined && !accepted && !expired) return plain;
  return (
    level +
    (known ? '\u0001n' : '\u0001u') +
    (accepted ? `\u0001${text(accepted.reason)}\u0000${text(accepted.expires ?? '')}` : '') +
    (expired ? `\u0002${text(expired.reason)}\u0000${text(expired.expires)}` : '')
  );
}

/**
 * Changes that are the same physical change, collapsed: the same edit (`Change.edit`: rule, places
 * on both sides and the values of the message apart from the operation, the status and the path
 * leading to the property), level, acceptance (and expired acceptance). A change that breaks a
 * known consumer stays on its own (its consumer lines are its own), and so does a change without an
 * edit. Entries in order of their first change; each shows, of its changes, the first of those with
 * the shortest message, and lists their operations in the order of their first changes. (A report
 * made from a run's edits collapses its findings the same way: `collapseEdits` in view.ts.)
 */
export function collapse(changes: readonly Change[]): Array<Entry & { changes: Change[] }> {
  // Keyed by edit (an object shared by its changes), then by level and state (short strings).
  const byEdit = new Map<Edit, Map<string, Collapsing>>();
  let lastEdit: Edit | undefined;
  let lastStates: Map<string, Collapsing> | undefined;
  const out: Collapsing[] = [];
  for (const c of changes) {
    let entry: Collapsing | undefined;
    let states: Map<string, Collapsing> | undefined;
    let state = '';
    const message = bareMessage(c);
    const operation = c.operation;
    // A change that breaks a known consumer stays on its own.
    if (c.edit && (c.consumers?.length ?? 0) === 0 && (c.atRisk?.length ?? 0) === 0) {
      state = collapseState(c.level, c.consumers !== undefined, c.accepted, c.expiredAcceptance);
      // The changes of an edit mostly come one after another.
      if (c.edit === lastEdit) states = lastStates!;
      else {
        states = byEdit.get(c.edit);
        if (!states) byEdit.set(c.edit, (states = new Map()));
        lastEdit = c.edit;
        lastStates = states;
      }
      entry = states.get(state);
    }
    if (!entry) {
      const e: Collapsing = {
        change: c,
        count: 1,
        changes: [c],
        operations: operation !== undefined ? [operation] : [],
        varied: false,
        shownText: message,
        seen: undefined,
      };
      states?.set(state, e);
      out.push(e);
      continue;
    }
    entry.count++;
    entry.changes.push(c);
    const ops = entry.operations;
    if (operation !== undefined && ops[ops.length - 1] !== operation) {
      // Made on the second operation (most entries have one).
      const seen = (entry.seen ??= new Set(ops));
      if (!seen.has(operation)) {
        seen.add(operation);
        ops.push(operation);
      }
    }
    if (message !== entry.shownText) entry.varied = true;
    if (message.length < entry.shownText.length) {
      entry.change = c;
      entry.shownText = message;
    }
  }
  return out.map(({ change, changes, count, operations, varied }) => ({ change, changes, count, operations, varied }));
}

/** Entries of one change (listed under their operation) and shared entries (several changes). */
export function splitShared(list: Listing): { single: Change[]; shared: Entry[] } {
  const single: Change[] = [];
  const shared: Entry[] = [];
  for (const e of list.entries) {
    if (e.count === 1) single.push(e.change);
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
  const changes = entry.count !== n ? ` (${count(entry.count)} changes)` : '';
  if (n === 0) return `${count(entry.count)} times`;
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
export function countText(list: Listing): string {
  const distinct = list.entries.length;
  return distinct < list.length ? `${count(list.length)}; ${count(distinct)} distinct` : count(list.length);
}

/**
 * `1,234`: `toLocaleString('en-US')`, written by hand for integers (what the reports count): the first
 * `toLocaleString` of a process sets up ICU's number formatting, which costs more than a report.
 */
export function count(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return n < 0 ? `-${out}` : out;
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

/**
 * `3 changes: 1 breaking, 1 warning, 1 info (1 accepted)`; `47,264 changes (398 distinct): ...` when changes repeat
 * across operations (see `collapse`). `all` lists every change of the report.
 */
export function summaryLine(report: Report, all: Listing): string {
  const total = all.length;
  if (total === 0) return 'no changes';
  const parts = LEVELS.map(
    (l) => `${count(report.summary[l])} ${l === 'warning' ? (report.summary[l] === 1 ? 'warning' : 'warnings') : l}`,
  );
  const accepted = report.summary.accepted ? ` (${count(report.summary.accepted)} accepted)` : '';
  const distinct = all.entries.length;
  const distinctText = distinct < total ? ` (${count(distinct)} distinct)` : '';
  return `${plural(total, 'change')}${distinctText}: ${parts.join(', ')}${accepted}`;
}

/** What `annotations` reads of a change. */
export type Annotated = Pick<
  Change,
  'level' | 'accepted' | 'expiredAcceptance' | 'consumers' | 'atRisk' | 'mitigation'
>;

/** Extra lines about a change: acceptance, expired acceptance, consumers it breaks, how to fix a break. */
export function annotations(change: Annotated): string[] {
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

/** Small helpers shared by the formatters. Pure; no formatter decides anything, they only render. */
import { LEVELS, type Change, type Level, type Report } from '../model.ts';

export interface FormatOptions {
  /** ANSI colours (text only). The CLI sets it from the TTY and NO_COLOR / FORCE_COLOR. */
  color?: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export const DOCUMENT_GROUP = 'Document';

/** The message without its `METHOD /path: ` prefix, for outputs that already group by operation. */
export function bareMessage(change: Pick<Change, 'message' | 'operation'>): string {
  const prefix = change.operation ? `${change.operation}: ` : '';
  return prefix && change.message.startsWith(prefix) ? change.message.slice(prefix.length) : change.message;
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

export function changesAt(report: Report, level: Level): Change[] {
  return report.changes.filter((c) => c.level === level);
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
  return `${n} ${n === 1 ? one : many}`;
}

export const LEVEL_TITLES: Record<Level, string> = { breaking: 'Breaking changes', warning: 'Warnings', info: 'Info' };

/** `3 changes: 1 breaking, 1 warning, 1 info (1 accepted)`. */
export function summaryLine(report: Report): string {
  const total = report.changes.length;
  if (total === 0) return 'no changes';
  const parts = LEVELS.map((l) => `${report.summary[l]} ${l === 'warning' ? (report.summary[l] === 1 ? 'warning' : 'warnings') : l}`);
  const accepted = report.summary.accepted ? ` (${report.summary.accepted} accepted)` : '';
  return `${plural(total, 'change')}: ${parts.join(', ')}${accepted}`;
}

/** Extra lines about a change: acceptance, expired acceptance, consumers it breaks. */
export function annotations(change: Change): string[] {
  const out: string[] = [];
  if (change.accepted) out.push(`accepted: ${change.accepted.reason}${change.accepted.expires ? ` (until ${change.accepted.expires})` : ''}`);
  if (change.expiredAcceptance) out.push(`acceptance expired on ${change.expiredAcceptance.expires}: ${change.expiredAcceptance.reason}`);
  for (const k of change.consumers ?? []) out.push(`consumer: ${k.reason}${k.pactLocation ? ` (${k.pactLocation})` : ''}`);
  // `consumers` is set (maybe empty) only when pacts were analysed.
  if (change.consumers !== undefined && change.consumers.length === 0 && change.level === 'breaking') out.push(NO_KNOWN_CONSUMER);
  return out;
}

export const NO_KNOWN_CONSUMER = 'no known consumer uses this';

/**
 * With pacts analysed: the breaking changes that break a known consumer's interaction, and those
 * that break none. Undefined when no pacts were analysed.
 */
export function breakingByConsumers(report: Report): { known: Change[]; none: Change[] } | undefined {
  if (!report.impact) return undefined;
  const breaking = report.changes.filter((c) => c.level === 'breaking');
  return { known: breaking.filter((c) => (c.consumers?.length ?? 0) > 0), none: breaking.filter((c) => (c.consumers?.length ?? 0) === 0) };
}

export const KNOWN_TITLE = 'Breaking changes that break known consumers';
export const NONE_TITLE = 'Breaking changes that break no known consumer';

/** `pacts: 1 pact, 11 interactions checked against both versions; 1 broken by the revision`. */
export function impactLine(report: Report): string | undefined {
  const i = report.impact;
  if (!i) return undefined;
  const parts = [`${plural(i.pacts, 'pact')}, ${plural(i.interactions, 'interaction')} checked against both versions`, `${i.broken} broken by the revision`];
  if (i.unmapped.length > 0) parts.push(`${i.unmapped.length} of them tied to no change`);
  if (i.alreadyFailing.length > 0) parts.push(`${plural(i.alreadyFailing.length, 'interaction')} already failing against the base (not blamed)`);
  return parts.join('; ');
}

/** The gate's headline: `fail-on breaking, policy semver`, `policy semver: version check; ...` or `policy consumers: ...`. */
export function gateTerms(gate: NonNullable<Report['gate']>): string {
  if (gate.policy === 'consumers') return 'policy consumers: fails on changes that break a known consumer';
  return gate.failOnApplied ? `fail-on ${gate.failOn}, policy ${gate.policy}` : `policy ${gate.policy}: version check; no fail-on level set`;
}

export function locationText(change: Pick<Change, 'location'>): string {
  return `${change.location.file}:${change.location.line}`;
}

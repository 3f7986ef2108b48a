/**
 * `text`: the terminal format. Changes grouped by operation, one line each with level, location,
 * message and rule id; a change repeated under several operations (a shared schema) once, in a
 * "Shared by several operations" section with where it applies; then the summary, the bump, the
 * version check and the gate.
 */
import type { Change, Level, Report } from '../model.ts';
import {
  annotations,
  bareMessage,
  count,
  countText,
  gateTerms,
  groupByOperation,
  impactLine,
  KNOWN_TITLE,
  locationText,
  NONE_TITLE,
  plural,
  sharedDetail,
  splitShared,
  summaryLine,
  versionLine,
  versionStatus,
  whereText,
  type FormatOptions,
  type Listing,
} from './common.ts';
import { changesOf } from './view.ts';

const ANSI = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39], dim: [2, 22], bold: [1, 22] } as const;
type Style = keyof typeof ANSI;

export function text(report: Report, options: FormatOptions): string {
  const paint = (style: Style, s: string): string =>
    options.color ? `\u001b[${ANSI[style][0]}m${s}\u001b[${ANSI[style][1]}m` : s;
  const levelStyle: Record<Level, Style> = { breaking: 'red', warning: 'yellow', info: 'cyan' };
  const lines: string[] = [];
  const changes = changesOf(report);
  const side = (label: string, s: Report['base'], version: string | undefined) =>
    `${label} ${s.source}${s.file !== s.source ? ` (${s.file})` : ''}` +
    `${version !== undefined ? `  info.version ${version}` : ''}`;
  lines.push(
    side('base:    ', report.base, report.version.base),
    side('revision:', report.revision, report.version.revision),
    '',
  );

  const changeLine = (c: Change): void => {
    const level = paint(levelStyle[c.level], c.level.padEnd(8));
    const message = bareMessage(c).replace(/\r?\n/g, '\n            ');
    lines.push(`  ${level}  ${message}  ${paint('dim', `${c.id}  ${locationText(c)}`)}`);
  };
  const notes = (c: Change): void => {
    for (const note of annotations(c))
      lines.push(`            ${paint(c.accepted ? 'green' : (c.consumers?.length ?? 0) > 0 ? 'red' : 'dim', note)}`);
  };
  const block = (list: Listing): void => {
    // The same change under several operations (a shared schema) once, first, in a section of
    // its own saying where it applies; then the changes of one operation under it.
    const { single, shared } = splitShared(list);
    if (shared.length > 0) {
      const total = shared.reduce((n, e) => n + e.count, 0);
      lines.push(
        paint('bold', `Shared by several operations (${plural(total, 'change')}, ${count(shared.length)} distinct)`),
      );
      for (const e of shared) {
        changeLine(e.change);
        lines.push(`            ${whereText(e)}`);
        const detail = sharedDetail(e);
        if (detail) lines.push(`            ${paint('dim', detail)}`);
        notes(e.change);
      }
      lines.push('');
    }
    for (const [operation, group] of groupByOperation(single)) {
      lines.push(paint('bold', operation));
      for (const c of group) {
        changeLine(c);
        notes(c);
      }
      lines.push('');
    }
  };
  const groups = changes.consumers;
  if (groups) {
    // With pacts: breaking changes split by whether a known consumer's interaction breaks.
    for (const [title, list] of [
      [KNOWN_TITLE, groups.known],
      [NONE_TITLE, groups.none],
      ['Other changes', groups.others],
    ] as const) {
      if (list.length === 0) continue;
      lines.push(paint('bold', `== ${title} (${countText(list)})`), '');
      block(list);
    }
  } else {
    block(changes.all);
  }

  const pacts = impactLine(report);
  if (pacts !== undefined) lines.push(`pacts:   ${pacts}`);
  lines.push(summaryLine(report, changes.all));
  lines.push(`bump:    ${paint('bold', report.bump)}`);
  const status = versionStatus(report);
  const mark =
    status === 'ok' ? paint('green', 'ok') : status === 'failed' ? paint('red', 'FAILED') : paint('yellow', 'skipped');
  // The mark already says skipped: the line's own "version check skipped: " would repeat it.
  const line = versionLine(report);
  lines.push(`version: ${mark} ${status === 'skipped' ? line.replace(/^version check skipped: /, '') : line}`);
  if (report.gate) {
    const g = report.gate;
    lines.push(`gate:    ${g.ok ? paint('green', 'passed') : paint('red', 'FAILED')} (${gateTerms(g)})`);
    for (const reason of g.reasons) lines.push(`  - ${reason}`);
  }
  for (const note of report.notes ?? []) lines.push(paint('yellow', `note: ${note}`));
  return lines.join('\n') + '\n';
}

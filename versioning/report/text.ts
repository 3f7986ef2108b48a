/**
 * `text`: the terminal format. Changes grouped by operation, one line each with level, location,
 * message and rule id, then the summary, the bump, the version check and the gate.
 */
import type { Level, Report } from '../model.ts';
import { annotations, bareMessage, groupByOperation, locationText, summaryLine, versionLine, versionStatus, type FormatOptions } from './common.ts';

const ANSI = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39], dim: [2, 22], bold: [1, 22] } as const;
type Style = keyof typeof ANSI;

export function text(report: Report, options: FormatOptions): string {
  const paint = (style: Style, s: string): string => (options.color ? `\u001b[${ANSI[style][0]}m${s}\u001b[${ANSI[style][1]}m` : s);
  const levelStyle: Record<Level, Style> = { breaking: 'red', warning: 'yellow', info: 'cyan' };
  const lines: string[] = [];
  const side = (label: string, s: Report['base'], version: string | undefined) =>
    `${label} ${s.source}${s.file !== s.source ? ` (${s.file})` : ''}${version !== undefined ? `  info.version ${version}` : ''}`;
  lines.push(side('base:    ', report.base, report.version.base), side('revision:', report.revision, report.version.revision), '');

  for (const [operation, changes] of groupByOperation(report.changes)) {
    lines.push(paint('bold', operation));
    for (const c of changes) {
      const level = paint(levelStyle[c.level], c.level.padEnd(8));
      const message = bareMessage(c).replace(/\r?\n/g, '\n            ');
      lines.push(`  ${level}  ${message}  ${paint('dim', `${c.id}  ${locationText(c)}`)}`);
      for (const note of annotations(c)) lines.push(`            ${paint(c.accepted ? 'green' : 'dim', note)}`);
    }
    lines.push('');
  }

  lines.push(summaryLine(report));
  lines.push(`bump:    ${paint('bold', report.bump)}`);
  const status = versionStatus(report);
  const mark = status === 'ok' ? paint('green', 'ok') : status === 'failed' ? paint('red', 'FAILED') : paint('yellow', 'skipped');
  lines.push(`version: ${mark} ${status === 'skipped' ? versionLine(report).replace(/^version check skipped: /, '') : versionLine(report)}`);
  if (report.gate) {
    const g = report.gate;
    lines.push(g.ok ? `gate:    ${paint('green', 'passed')} (fail-on ${g.failOn}, policy ${g.policy})` : `gate:    ${paint('red', 'FAILED')} (fail-on ${g.failOn}, policy ${g.policy})`);
    for (const reason of g.reasons) lines.push(`  - ${reason}`);
  }
  for (const note of report.notes ?? []) lines.push(paint('yellow', `note: ${note}`));
  return lines.join('\n') + '\n';
}

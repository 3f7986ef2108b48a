/**
 * `markdown`: a PR comment or job summary. A headline with the bump and the version verdict,
 * the gate, then one table per level with rows grouped by operation. Info is folded away.
 */
import { LEVELS, type Change, type Report } from '../model.ts';
import { annotations, bareMessage, breakingByConsumers, DOCUMENT_GROUP, gateTerms, impactLine, KNOWN_TITLE, LEVEL_TITLES, locationText, NONE_TITLE, summaryLine, versionLine, versionStatus, type FormatOptions } from './common.ts';

/** Rows per level before the table is cut (GitHub comments are limited to 65,536 characters). */
export const MAX_ROWS = 200;

/**
 * Text safe inside a table cell: `|` escaped (also inside code spans, as GFM tables require),
 * line breaks as `<br>`, and `<` outside code spans as `&lt;` so GitHub does not eat `<integer>` as a tag.
 */
export function cell(s: string): string {
  return inline(s).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Markdown-safe text: outside code spans, `&` and `<` become entities (code spans stay as written). */
export function inline(s: string): string {
  return s
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&(?![#a-z0-9]+;)/gi, '&amp;').replace(/</g, '&lt;')))
    .join('');
}

function code(s: string): string {
  const fence = s.includes('`') ? '``' : '`';
  return `${fence}${s.includes('`') ? ` ${s} ` : s}${fence}`;
}

function table(changes: readonly Change[]): string[] {
  const sorted = [...changes].sort((a, b) => {
    const ka = a.operation ?? '\uffff';
    const kb = b.operation ?? '\uffff';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const rows = ['| Operation | Change | Rule | Location |', '| --- | --- | --- | --- |'];
  let previous: string | undefined;
  for (const c of sorted.slice(0, MAX_ROWS)) {
    const op = c.operation ?? DOCUMENT_GROUP;
    const opCell = op === previous ? '' : c.operation ? code(op) : op;
    previous = op;
    const notes = annotations(c).map((n) => `<br>_${cell(n)}_`).join('');
    rows.push(`| ${cell(opCell)} | ${cell(bareMessage(c))}${notes} | ${code(c.id)} | ${code(locationText(c))} |`);
  }
  if (sorted.length > MAX_ROWS) rows.push(`| | … and ${sorted.length - MAX_ROWS} more (see the JSON report) | | |`);
  return rows;
}

export function markdown(report: Report, _options: FormatOptions): string {
  const status = versionStatus(report);
  const gateFailed = report.gate !== undefined && !report.gate.ok;
  const icon = gateFailed || status === 'failed' ? '❌' : report.summary.breaking - report.summary.accepted > 0 ? '⚠️' : '✅';
  const verdict = status === 'ok' ? 'version ok' : status === 'failed' ? 'version check failed' : 'version check skipped';
  const out: string[] = [];
  out.push(`### ${icon} contract-kit: ${report.bump === 'none' ? 'no version bump needed' : `**${report.bump}** bump needed`}, ${verdict}`);
  out.push('');
  out.push(`> ${cell(versionLine(report))}`);
  out.push('');
  const v = report.version;
  out.push(`Base ${code(report.base.source)}${v.base ? ` (${v.base})` : ''} → revision ${code(report.revision.source)}${v.revision ? ` (${v.revision})` : ''}: ${summaryLine(report)}.`);
  const pacts = impactLine(report);
  if (pacts !== undefined) out.push('', `Pacts: ${cell(pacts)}.`);
  if (report.gate) {
    out.push('');
    out.push(report.gate.ok ? `**Gate passed** (${gateTerms(report.gate)}).` : `**Gate failed** (${gateTerms(report.gate)}):`);
    for (const reason of report.gate.reasons) out.push(`- ${reason}`);
  }
  const groups = breakingByConsumers(report);
  for (const level of LEVELS) {
    const changes = report.changes.filter((c) => c.level === level);
    if (changes.length === 0) continue;
    out.push('');
    if (level === 'breaking' && groups) {
      // With pacts: split by whether a known consumer's interaction breaks.
      const parts = [[KNOWN_TITLE, groups.known], [NONE_TITLE, groups.none]] as const;
      parts.filter(([, list]) => list.length > 0).forEach(([title, list], i) => {
        if (i > 0) out.push('');
        out.push(`#### ${title} (${list.length})`, '', ...table(list));
      });
      continue;
    }
    const title = `${LEVEL_TITLES[level]} (${changes.length})`;
    if (level === 'info') {
      out.push(`<details><summary>${title}</summary>`, '', ...table(changes), '', '</details>');
    } else {
      out.push(`#### ${title}`, '', ...table(changes));
    }
  }
  if (report.notes?.length) {
    out.push('');
    for (const note of report.notes) out.push(`> [!NOTE]\n> ${cell(note)}`);
  }
  return out.join('\n') + '\n';
}

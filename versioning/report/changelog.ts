/**
 * `changelog`: release notes in Markdown, grouped by operation (sorted by path, then method);
 * breaking changes first and marked, document-level changes last.
 */
import { HTTP_METHODS, type Change, type Report } from '../model.ts';
import { bareMessage, groupByOperation, type FormatOptions } from './common.ts';
import { inline } from './markdown.ts';

const GENERAL = 'General';

function operationOrder(a: string, b: string): number {
  const [ma = '', pa = ''] = a.split(' ');
  const [mb = '', pb = ''] = b.split(' ');
  if (pa !== pb) return pa < pb ? -1 : 1;
  const ia = HTTP_METHODS.indexOf(ma.toLowerCase() as (typeof HTTP_METHODS)[number]);
  const ib = HTTP_METHODS.indexOf(mb.toLowerCase() as (typeof HTTP_METHODS)[number]);
  return ia - ib;
}

function item(c: Change): string {
  const prefix = c.level === 'breaking' && !c.accepted ? '**Breaking:** ' : c.level === 'breaking' ? '**Breaking (accepted):** ' : c.level === 'warning' ? '**Warning:** ' : '';
  const accepted = c.accepted ? ` _(accepted: ${inline(c.accepted.reason)})_` : '';
  return `- ${prefix}${inline(bareMessage(c)).replace(/\r?\n/g, ' ')}${accepted}`;
}

export function changelog(report: Report, _options: FormatOptions): string {
  const v = report.version;
  const range = v.base !== undefined || v.revision !== undefined ? ` ${v.base ?? '?'} → ${v.revision ?? '?'}` : '';
  const out = [`## API changes${range} (${report.bump === 'none' ? 'no bump' : report.bump})`, ''];
  if (report.changes.length === 0) {
    out.push('No API changes.');
    return out.join('\n') + '\n';
  }
  const groups = groupByOperation(report.changes).filter(([, changes]) => changes[0]!.operation !== undefined);
  groups.sort(([a], [b]) => operationOrder(a, b));
  const general = report.changes.filter((c) => c.operation === undefined);
  for (const [operation, changes] of groups) out.push(`### \`${operation}\``, '', ...changes.map(item), '');
  if (general.length) out.push(`### ${GENERAL}`, '', ...general.map(item), '');
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

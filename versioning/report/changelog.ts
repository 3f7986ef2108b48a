/**
 * `changelog`: release notes in Markdown, grouped by operation (sorted by path, then method);
 * breaking changes first and marked, document-level changes last. A change shared by several
 * operations (a shared schema) comes once, first, saying where it applies.
 */
import { HTTP_METHODS, type Change, type Report } from '../model.ts';
import { bareMessage, groupByOperation, splitShared, whereText, type Entry, type FormatOptions } from './common.ts';
import { inline } from './markdown.ts';
import { changesOf } from './view.ts';

const GENERAL = 'General';
const SHARED = 'Shared by several operations';

function operationOrder(a: string, b: string): number {
  const [ma = '', pa = ''] = a.split(' ');
  const [mb = '', pb = ''] = b.split(' ');
  if (pa !== pb) return pa < pb ? -1 : 1;
  const ia = HTTP_METHODS.indexOf(ma.toLowerCase() as (typeof HTTP_METHODS)[number]);
  const ib = HTTP_METHODS.indexOf(mb.toLowerCase() as (typeof HTTP_METHODS)[number]);
  return ia - ib;
}

function item(c: Change, where = ''): string {
  const prefix =
    c.level === 'breaking' && !c.accepted
      ? '**Breaking:** '
      : c.level === 'breaking'
        ? '**Breaking (accepted):** '
        : c.level === 'warning'
          ? '**Warning:** '
          : '';
  const accepted = c.accepted ? ` _(accepted: ${inline(c.accepted.reason)})_` : '';
  return `- ${prefix}${inline(bareMessage(c)).replace(/\r?\n/g, ' ')}${where}${accepted}`;
}

/** A change shared by several operations: once, with where it applies. */
function sharedItem(e: Entry): string {
  const as = e.varied ? `; as under \`${e.change.operation ?? GENERAL}\`` : '';
  return item(e.change, ` — ${inline(whereText(e, (op) => `\`${op}\``))}${as}`);
}

export function changelog(report: Report, _options: FormatOptions): string {
  const v = report.version;
  const range = v.base !== undefined || v.revision !== undefined ? ` ${v.base ?? '?'} → ${v.revision ?? '?'}` : '';
  const out = [`## API changes${range} (${report.bump === 'none' ? 'no bump' : report.bump})`, ''];
  const all = changesOf(report).all;
  if (all.length === 0) {
    out.push('No API changes.');
    return out.join('\n') + '\n';
  }
  const { single, shared } = splitShared(all);
  const groups = groupByOperation(single).filter(([, changes]) => changes[0]!.operation !== undefined);
  groups.sort(([a], [b]) => operationOrder(a, b));
  const general = single.filter((c) => c.operation === undefined);
  if (shared.length) out.push(`### ${SHARED}`, '', ...shared.map(sharedItem), '');
  for (const [operation, changes] of groups) out.push(`### \`${operation}\``, '', ...changes.map((c) => item(c)), '');
  if (general.length) out.push(`### ${GENERAL}`, '', ...general.map((c) => item(c)), '');
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

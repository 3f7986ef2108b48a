/**
 * `markdown`: a PR comment or job summary. A headline with the bump and the version verdict,
 * the gate, then one table per level with rows grouped by operation (a change shared by several
 * operations is one row saying where it applies). Info is folded away. Stays under GitHub's
 * 65,536-character limit.
 */
import { LEVELS, type Level, type Report } from '../model.ts';
import {
  annotations,
  bareMessage,
  count,
  countText,
  DOCUMENT_GROUP,
  gateTerms,
  impactLine,
  KNOWN_TITLE,
  LEVEL_TITLES,
  locationText,
  NONE_TITLE,
  plural,
  sharedDetail,
  splitShared,
  summaryLine,
  versionLine,
  versionStatus,
  whereText,
  type Entry,
  type FormatOptions,
  type Listing,
} from './common.ts';
import { changesOf, type ReportChanges } from './view.ts';

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
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/&(?![#a-z0-9]+;)/gi, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/([[\]])/g, '\\$1'),
    )
    .join('');
}

/** A code span: its fence is one backtick longer than the longest run of backticks inside (CommonMark), so no name can
 * close it. */
function code(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest > 0 ? ` ${s} ` : s}${fence}`;
}

/** GitHub's limit for a PR comment (a job summary allows more); the output stays under it. */
export const MAX_CHARS = 65_536;

/** What the tables have shown so far: entries left for the size budget, and what was left out. */
interface Budget {
  left: number;
  /** Entries (and their changes) left out by MAX_ROWS and by the size budget. */
  omitted: number;
  omittedChanges: number;
  byRows: boolean;
  bySize: boolean;
}

/**
 * What one `markdown` call works out once and reuses: the size budget renders several times, with
 * the same tables and rows.
 */
interface Run {
  changes: ReportChanges;
  /** The rows of a table, in order, per list of changes. */
  tables: WeakMap<Listing, Entry[]>;
  /** A row after its operation cell, per entry. */
  rows: WeakMap<Entry, string>;
}

function tableEntries(list: Listing, run: Run): Entry[] {
  let entries = run.tables.get(list);
  if (entries) return entries;
  const { single, shared } = splitShared(list);
  const sorted = [...single].sort((a, b) => {
    const ka = a.operation ?? '\uffff';
    const kb = b.operation ?? '\uffff';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  entries = [
    ...shared,
    ...sorted.map((c) => ({ change: c, count: 1, operations: c.operation ? [c.operation] : [], varied: false })),
  ];
  run.tables.set(list, entries);
  return entries;
}

function rowRest(e: Entry, run: Run): string {
  let row = run.rows.get(e);
  if (row !== undefined) return row;
  const c = e.change;
  const notes = annotations(c)
    .map((n) => `<br>_${cell(n)}_`)
    .join('');
  let where = '';
  if (e.count > 1) {
    const detail = sharedDetail(e, code);
    where = `<br>_${cell(whereText(e, code))}_` + (detail ? `<br>_${cell(detail)}_` : '');
  }
  row = `${cell(bareMessage(c))}${where}${notes} | ${code(c.id)} | ${code(locationText(c))} |`;
  run.rows.set(e, row);
  return row;
}

/** The changes of each table, split once. */
interface Tables {
  levels: Array<[Level, Listing]>;
  groups: ReportChanges['consumers'];
}

/**
 * One table: a row per change shared by several operations (a shared schema) saying where it
 * applies, then a row per change of one operation (grouped by operation). At most MAX_ROWS rows
 * and what the budget has left.
 */
function table(list: Listing, budget: Budget, run: Run): string[] {
  const entries = tableEntries(list, run);
  const shown = Math.min(entries.length, MAX_ROWS, budget.left);
  budget.left -= shown;
  const rows = ['| Operation | Change | Rule | Location |', '| --- | --- | --- | --- |'];
  let previous: string | undefined;
  for (const e of entries.slice(0, shown)) {
    const c = e.change;
    if (e.count === 1) {
      const op = c.operation ?? DOCUMENT_GROUP;
      const opCell = op === previous ? '' : c.operation ? code(op) : op;
      previous = op;
      rows.push(`| ${cell(opCell)} | ${rowRest(e, run)}`);
      continue;
    }
    previous = undefined;
    const n = e.operations.length;
    rows.push(`| ${cell(n === 1 ? code(e.operations[0]!) : `_${plural(n, 'operation')}_`)} | ${rowRest(e, run)}`);
  }
  if (shown < entries.length) {
    const left = entries.slice(shown);
    const changesLeft = left.reduce((k, e) => k + e.count, 0);
    budget.omitted += left.length;
    budget.omittedChanges += changesLeft;
    if (shown === MAX_ROWS) budget.byRows = true;
    else budget.bySize = true;
    const what = changesLeft === left.length ? '' : ` (${plural(changesLeft, 'change')})`;
    rows.push(`| | … and ${count(left.length)} more${what}: see the JSON report | | |`);
  }
  return rows;
}

/**
 * A PR comment or job summary, under GitHub's 65,536-character limit: when all rows would not
 * fit, as many as fit (most severe tables first), and a line saying what was left out.
 */
export function markdown(report: Report, options: FormatOptions): string {
  const run: Run = { changes: changesOf(report), tables: new WeakMap(), rows: new WeakMap() };
  const tables: Tables = {
    levels: LEVELS.map((l) => [l, run.changes.at(l)]),
    groups: run.changes.consumers,
  };
  const render = (rows: number): string => renderWith(report, options, tables, rows, run);
  const full = render(Infinity);
  if (full.length <= MAX_CHARS) return full;
  let lo = 0;
  let hi = run.changes.all.entries.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(mid).length <= MAX_CHARS) lo = mid;
    else hi = mid - 1;
  }
  const out = render(lo);
  if (out.length <= MAX_CHARS) return out;
  // Even without rows (very long gate reasons or notes): cut the text itself.
  const tail = '\n\n_… cut to stay under 65,536 characters; the JSON report (`--format json`) has everything._\n';
  return out.slice(0, MAX_CHARS - tail.length) + tail;
}

/**
 * With pacts: per consumer, its interactions that break, are at risk, or are fine (counted), each
 * named interaction with the first reason the changes give for it.
 */
function consumerView(report: Report): string[] {
  const verdicts = report.impact?.verdicts;
  if (!verdicts || verdicts.length === 0) return [];
  const why = new Map<string, string>();
  for (const c of report.changes) {
    for (const k of [...(c.consumers ?? []), ...(c.atRisk ?? [])]) {
      const key = `${k.pactLocation ?? ''}\u0001${k.consumer}\u0001${k.interaction}`;
      if (!why.has(key)) why.set(key, k.reason);
    }
  }
  for (const k of report.impact?.unmapped ?? [])
    why.set(`${k.pactLocation ?? ''}\u0001${k.consumer}\u0001${k.interaction}`, k.reason);
  const consumers = [...new Set(verdicts.map((v) => v.consumer))];
  const out = ['', '#### Consumers', '', '| Consumer | Breaks | At risk | Fine |', '| --- | --- | --- | --- |'];
  for (const consumer of consumers) {
    const mine = verdicts.filter((v) => v.consumer === consumer);
    const named = (verdict: 'broken' | 'at-risk') =>
      mine
        .filter((v) => v.verdict === verdict)
        .map((v) => {
          const reason = why.get(`${v.pactLocation}\u0001${v.consumer}\u0001${v.interaction}`);
          const detail = reason ? `: ${reason.replace(`${v.consumer} '${v.interaction}' `, '')}` : '';
          return `${code(v.interaction)}${detail}`;
        });
    const cellOf = (items: string[]) => (items.length === 0 ? '—' : cell(items.join('<br>')));
    out.push(
      `| ${cell(consumer)} | ${cellOf(named('broken'))} | ${cellOf(named('at-risk'))} ` +
        `| ${mine.filter((v) => v.verdict === 'fine').length} |`,
    );
  }
  return out;
}

function renderWith(report: Report, _options: FormatOptions, tables: Tables, rows: number, run: Run): string {
  const budget: Budget = { left: rows, omitted: 0, omittedChanges: 0, byRows: false, bySize: false };
  const status = versionStatus(report);
  const gateFailed = report.gate !== undefined && !report.gate.ok;
  const icon =
    gateFailed || status === 'failed' ? '❌' : report.summary.breaking - report.summary.accepted > 0 ? '⚠️' : '✅';
  const verdict =
    status === 'ok' ? 'version ok' : status === 'failed' ? 'version check failed' : 'version check skipped';
  const out: string[] = [];
  const bump = report.bump === 'none' ? 'no version bump needed' : `**${report.bump}** bump needed`;
  out.push(`### ${icon} contract-kit: ${bump}, ${verdict}`);
  out.push('');
  out.push(`> ${cell(versionLine(report))}`);
  out.push('');
  const v = report.version;
  const summaryAt = out.length;
  out.push(
    `Base ${code(report.base.source)}${v.base ? ` (${v.base})` : ''} ` +
      `→ revision ${code(report.revision.source)}${v.revision ? ` (${v.revision})` : ''}: ` +
      `${summaryLine(report, run.changes.all)}.`,
  );
  const pacts = impactLine(report);
  if (pacts !== undefined) out.push('', `Pacts: ${cell(pacts)}.`);
  if (report.gate) {
    out.push('');
    out.push(
      report.gate.ok ? `**Gate passed** (${gateTerms(report.gate)}).` : `**Gate failed** (${gateTerms(report.gate)}):`,
    );
    for (const reason of report.gate.reasons) out.push(`- ${reason}`);
  }
  out.push(...consumerView(report));
  const groups = tables.groups;
  for (const [level, changes] of tables.levels) {
    if (changes.length === 0) continue;
    out.push('');
    if (level === 'breaking' && groups) {
      // With pacts: split by whether a known consumer's interaction breaks.
      const parts = [
        [KNOWN_TITLE, groups.known],
        [NONE_TITLE, groups.none],
      ] as const;
      parts
        .filter(([, list]) => list.length > 0)
        .forEach(([title, list], i) => {
          if (i > 0) out.push('');
          out.push(`#### ${title} (${countText(list)})`, '', ...table(list, budget, run));
        });
      continue;
    }
    const title = `${LEVEL_TITLES[level]} (${countText(changes)})`;
    if (level === 'info') {
      out.push(`<details><summary>${title}</summary>`, '', ...table(changes, budget, run), '', '</details>');
    } else {
      out.push(`#### ${title}`, '', ...table(changes, budget, run));
    }
  }
  if (report.notes?.length) {
    out.push('');
    for (const note of report.notes) out.push(`> [!NOTE]\n> ${cell(note)}`);
  }
  if (budget.omitted > 0) {
    const why = [
      budget.byRows ? `tables stop at ${MAX_ROWS} rows` : '',
      budget.bySize ? "the comment must stay under GitHub's 65,536-character limit" : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const what =
      budget.omittedChanges === budget.omitted
        ? plural(budget.omitted, 'entry', 'entries')
        : `${plural(budget.omitted, 'entry', 'entries')} (${plural(budget.omittedChanges, 'change')})`;
    out.splice(
      summaryAt + 1,
      0,
      '',
      `**${what} left out** (${why}); the JSON report (\`--format json\`) has them all.`,
    );
  }
  return out.join('\n') + '\n';
}

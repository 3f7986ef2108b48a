/**
 * Text that comes from a document (names, paths, descriptions, values) must not steer the output
 * it is printed into. Before a line-oriented format renders a report, every string in it gets:
 * line breaks and other control characters (ESC for terminals, U+2028/2029) written as visible
 * escapes (`\n`, `\u001b`), so one finding stays one line; and, for the formats a CI runner reads
 * (text, junit, github), `::` written as `:\:`, so no line can become a workflow command.
 * Markdown's own escaping (backticks, brackets) is in markdown.ts; JSON escapes by itself.
 */
import type { Report } from '../model.ts';
import { attachEdits, editsOf, lazyChanges, type EditSet, type Located, type RuleParts } from '../policy/changes.ts';
import type { Formatter } from './common.ts';

const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;
const NEEDS_WORK = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]|::/;
/** Deeper than any report the engine makes; beyond it the report is escaped without looking further. */
const MAX_SCAN_DEPTH = 200;

function escapeText(s: string, commands: boolean): string {
  let out = s.replace(CONTROL, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (commands) out = out.replace(/::/g, ':\\:');
  return out;
}

/** A test of strings for what needs escaping: each distinct string tested once. */
function tester(commands: boolean): (s: string) => boolean {
  const pattern = commands ? NEEDS_WORK : HAS_CONTROL;
  const clean = new Set<string>();
  return (s) => {
    if (clean.has(s)) return false;
    if (pattern.test(s)) return true;
    clean.add(s);
    return false;
  };
}

/**
 * Whether any string in `value` needs escaping (so that clean reports are not copied). A large
 * report holds few distinct strings many times (file names, rule ids, the message an edit's
 * occurrences share): each is tested once. Plain objects and arrays are entered, depth first; a
 * report nested deeper than `MAX_SCAN_DEPTH` (a cycle, or a document value nested that deep) is
 * simply escaped.
 */
function needsWork(value: unknown, commands: boolean): boolean {
  const dirty = tester(commands);
  const visit = (v: unknown, depth: number): boolean =>
    typeof v === 'string' ? dirty(v) : typeof v === 'object' && v !== null && scan(v, depth + 1);
  const scan = (node: object, depth: number): boolean => {
    if (depth > MAX_SCAN_DEPTH) return true;
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) if (visit(item, depth)) return true;
      return false;
    }
    const proto = Object.getPrototypeOf(node) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    for (const key in node) if (dirty(key) || visit((node as Record<string, unknown>)[key], depth)) return true;
    return false;
  };
  return visit(value, 0);
}

/** A copy of `value` with every string escaped (plain objects and arrays copied, shared nodes kept shared). */
function escapeDeep(value: unknown, commands: boolean, copies: Map<object, unknown>): unknown {
  if (typeof value === 'string') return escapeText(value, commands);
  if (value === null || typeof value !== 'object') return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const item of value) out.push(escapeDeep(item, commands, copies));
    return out;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = Object.create(proto) as Record<string, unknown>;
  copies.set(value, out);
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, escapeText(key, commands), {
      value: escapeDeep((value as Record<string, unknown>)[key], commands, copies),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * Whether a string of a run's edits that a format prints needs escaping: every string of a change made
 * from them (`Occurrence.change()`) that the formats print, as they print it. Per operation an
 * occurrence names (`EditSet.strings`): the name, and the message made of it (`<operation>: <words>`,
 * where an operation that ends with `:` makes `::`); the words of the occurrences (every text of the
 * run, `EditSet.strings`); per rule, its id, mitigation and the reasons and days of its acceptances;
 * per edit, the pointer and file of its location and of both sides. Not `details` (no format prints
 * them; the JSON report escapes by itself) nor `edit` (an identity, which escapeDeep leaves as it is).
 */
function editsNeedWork(set: EditSet, commands: boolean): boolean {
  const dirty = tester(commands);
  for (const op of set.strings.operations) if (dirty(op) || (commands && op.endsWith(':'))) return true;
  for (const text of set.strings.texts) if (dirty(text)) return true;
  const rules = new Set<RuleParts>();
  const sideDirty = (s: Located | undefined) => s !== undefined && (dirty(s.side.pointer) || dirty(s.side.file));
  for (const g of set.edits) {
    if (dirty(g.pointer) || dirty(g.location.file) || sideDirty(g.base) || sideDirty(g.revision)) return true;
    const rule = g.rule;
    if (rules.has(rule)) continue;
    rules.add(rule);
    if (dirty(rule.id) || (rule.mitigation !== undefined && dirty(rule.mitigation))) return true;
    // Made for the operations of its occurrences, when the rule has acceptances (`NOT_ACCEPTED` otherwise).
    for (const { accepted, expiredAcceptance: expired } of rule.acceptance.values()) {
      if (accepted && (dirty(accepted.reason) || (accepted.expires !== undefined && dirty(accepted.expires))))
        return true;
      if (expired && (dirty(expired.reason) || dirty(expired.expires))) return true;
    }
  }
  return false;
}

/**
 * How one formatter call prints the strings of a run's edits escaped (see view.ts): each distinct
 * string escaped once, and changes as escaped copies.
 */
export class Escaper {
  readonly #texts = new Map<string, string>();

  constructor(readonly commands: boolean) {}

  text(s: string): string {
    let out = this.#texts.get(s);
    if (out === undefined) this.#texts.set(s, (out = escapeText(s, this.commands)));
    return out;
  }

  /** A copy of `value` with every string escaped (as `escapeReport` copies a report made from changes). */
  deep<T>(value: T): T {
    return escapeDeep(value, this.commands, new Map()) as T;
  }
}

/** Where an escaped report made from edits keeps its `Escaper` (see `escaperOf`). */
const ESCAPER = Symbol('escaper');

/** The `Escaper` the strings of the edits of `report` are printed with, when they need one (see `escapeReport`). */
export function escaperOf(report: Report): Escaper | undefined {
  return (report as Report & { [ESCAPER]?: Escaper })[ESCAPER];
}

/**
 * The report with document text made safe for a line-oriented format (the same object when nothing
 * needs it). A report made from edits (`editsOf`) is scanned and escaped without making its changes:
 * its own fields as any report's, its edits by `editsNeedWork`. When they need escaping, the copy
 * keeps the edits with an `Escaper` that the formats print them with (view.ts), and makes its
 * `changes`, escaped, only if they are read.
 */
export function escapeReport(report: Report, commands: boolean): Report {
  const set = report.impact ? undefined : editsOf(report);
  if (set === undefined)
    return needsWork(report, commands) ? (escapeDeep(report, commands, new Map()) as Report) : report;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(report)) if (key !== 'changes') fields[key] = report[key as keyof Report];
  const fieldsDirty = needsWork(fields, commands);
  const editsDirty = editsNeedWork(set, commands);
  if (!fieldsDirty && !editsDirty) return report;
  const escaper = new Escaper(commands);
  const copies = new Map<object, unknown>();
  const copy = {} as Record<string, unknown>;
  for (const key of Object.keys(report)) {
    // The changes in their place among the keys, made (escaped) when first read.
    if (key === 'changes') lazyChanges(copy as unknown as Report, () => escaper.deep(set.changes()));
    else copy[escapeText(key, commands)] = escapeDeep(fields[key], commands, copies);
  }
  const escaped = copy as unknown as Report;
  attachEdits(escaped, set);
  if (editsDirty) Object.defineProperty(escaped, ESCAPER, { value: escaper, enumerable: false });
  return escaped;
}

/** Wraps a formatter so that it renders the escaped report. */
export function escaping(format: Formatter, commands: boolean): Formatter {
  return (report, options) => format(escapeReport(report, commands), options);
}

/**
 * Text that comes from a document (names, paths, descriptions, values) must not steer the output
 * it is printed into. Before a line-oriented format renders a report, every string in it gets:
 * line breaks and other control characters (ESC for terminals, U+2028/2029) written as visible
 * escapes (`\n`, `\u001b`), so one finding stays one line; and, for the formats a CI runner reads
 * (text, junit, github), `::` written as `:\:`, so no line can become a workflow command.
 * Markdown's own escaping (backticks, brackets) is in markdown.ts; JSON escapes by itself.
 */
import type { Report } from '../model.ts';
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

/**
 * Whether any string in `value` needs escaping (so that clean reports are not copied). A large
 * report holds few distinct strings many times (file names, rule ids, the message an edit's
 * occurrences share): each is tested once. Plain objects and arrays are entered, depth first; a
 * report nested deeper than `MAX_SCAN_DEPTH` (a cycle, or a document value nested that deep) is
 * simply escaped.
 */
function needsWork(value: unknown, commands: boolean): boolean {
  const pattern = commands ? NEEDS_WORK : HAS_CONTROL;
  const clean = new Set<string>();
  const dirty = (s: string): boolean => {
    if (clean.has(s)) return false;
    if (pattern.test(s)) return true;
    clean.add(s);
    return false;
  };
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

/** The report with document text made safe for a line-oriented format (the same object when nothing needs it). */
export function escapeReport(report: Report, commands: boolean): Report {
  return needsWork(report, commands) ? (escapeDeep(report, commands, new Map()) as Report) : report;
}

/** Wraps a formatter so that it renders the escaped report. */
export function escaping(format: Formatter, commands: boolean): Formatter {
  return (report, options) => format(escapeReport(report, commands), options);
}

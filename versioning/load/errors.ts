import { InputError } from '../model.ts';
import type { Source } from './source.ts';

/** Throws an InputError `file:line:col: <problem> (at #<pointer>); <fix>` located at `pointer` in `source`. */
export function failAt(source: Source, pointer: string, problem: string, fix: string, locateAt = pointer): never {
  const { line, column } = source.locate(locateAt);
  const at = pointer === '' ? '' : ` (at #${pointer})`;
  throw new InputError(`${source.file}:${line}:${column}: ${problem}${at}; ${fix}`, source.file, { line, column });
}

/** A short description of a JSON value's type for messages: `a list`, `the string "x"`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '...' : value)}`;
  return `the ${typeof value} ${String(value)}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Filters for big specs: keep only the paths a team gates (include / exclude globs on the path
 * template, e.g. `/users/**`), and drop operations that carry a given extension with a truthy
 * value (e.g. `x-internal: true`). Applied to both loaded documents before they are diffed, so a
 * dropped operation is neither reported as removed nor as added.
 */
import { minimatch } from 'minimatch';
import { HTTP_METHODS, type LoadedSpec } from '../model.ts';
import { isEmptyFilter, type SpecFilter } from './spec-filter.ts';

export { isEmptyFilter, mergeFilters, type SpecFilter } from './spec-filter.ts';

const matches = (path: string, globs: readonly string[]) => globs.some((g) => minimatch(path, g, { dot: true }));

/** Whether the path template passes the include/exclude globs. */
export function keepsPath(path: string, filter: SpecFilter): boolean {
  if (filter.includePaths && filter.includePaths.length > 0 && !matches(path, filter.includePaths)) return false;
  return !(filter.excludePaths && matches(path, filter.excludePaths));
}

function carries(node: unknown, extensions: readonly string[]): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const record = node as Record<string, unknown>;
  return extensions.some(
    (x) => record[x] !== undefined && record[x] !== false && record[x] !== null && record[x] !== 'false',
  );
}

/**
 * Drops, in place, the operations of a path-item map that carry one of `extensions` (a path item
 * carrying one goes whole); a path item left without operations goes too. Returns how many
 * operations were dropped.
 */
function dropMarked(items: Record<string, unknown>, extensions: readonly string[]): number {
  let dropped = 0;
  const countOps = (item: Record<string, unknown>) => HTTP_METHODS.filter((m) => item[m] !== undefined).length;
  for (const [key, value] of Object.entries(items)) {
    if (typeof value !== 'object' || value === null) continue;
    const item = value as Record<string, unknown>;
    if (carries(item, extensions)) {
      dropped += countOps(item);
      delete items[key];
      continue;
    }
    let here = 0;
    for (const method of HTTP_METHODS) {
      if (carries(item[method], extensions)) {
        delete item[method];
        here++;
      }
    }
    dropped += here;
    if (here > 0 && countOps(item) === 0) delete items[key];
  }
  return dropped;
}

/** Drops the marked callback operations of every operation of a path-item map (see `dropMarked`). */
function dropMarkedCallbacks(items: Record<string, unknown>, extensions: readonly string[]): number {
  let dropped = 0;
  for (const item of Object.values(items)) {
    if (typeof item !== 'object' || item === null) continue;
    for (const method of HTTP_METHODS) {
      const op = (item as Record<string, unknown>)[method];
      const callbacks = typeof op === 'object' && op !== null ? (op as Record<string, unknown>).callbacks : undefined;
      if (typeof callbacks !== 'object' || callbacks === null) continue;
      for (const [name, callback] of Object.entries(callbacks as Record<string, unknown>)) {
        if (typeof callback !== 'object' || callback === null) continue;
        if (carries(callback, extensions)) {
          for (const target of Object.values(callback as Record<string, unknown>))
            if (typeof target === 'object' && target !== null)
              dropped += HTTP_METHODS.filter((m) => (target as Record<string, unknown>)[m] !== undefined).length;
          delete (callbacks as Record<string, unknown>)[name];
          continue;
        }
        dropped += dropMarked(callback as Record<string, unknown>, extensions);
      }
    }
  }
  return dropped;
}

/**
 * Removes the filtered paths and operations from `spec.document`, in place: the document was loaded
 * for this run only, and keeping the surviving nodes (not copies) keeps their source locations.
 * A path item left without operations is removed. Extensions also drop webhooks (3.1) and callback
 * operations that carry them, so that `x-internal` reaches what the API sends as well as what it
 * serves; path globs leave webhooks alone (a webhook has a name, not a path). Returns how many
 * operations were dropped.
 */
export function applyFilter(spec: LoadedSpec, filter: SpecFilter): number {
  if (isEmptyFilter(filter)) return 0;
  const paths = spec.document.paths as Record<string, unknown> | undefined;
  const webhooks = spec.document.webhooks as Record<string, unknown> | undefined;
  const extensions = filter.dropExtensions ?? [];
  let dropped = 0;
  const countOps = (item: Record<string, unknown>) => HTTP_METHODS.filter((m) => item[m] !== undefined).length;
  if (paths && typeof paths === 'object') {
    for (const [path, value] of Object.entries(paths)) {
      if (typeof value !== 'object' || value === null) continue;
      if (!keepsPath(path, filter)) {
        dropped += countOps(value as Record<string, unknown>);
        delete paths[path];
      }
    }
    if (extensions.length > 0) {
      dropped += dropMarked(paths, extensions);
      dropped += dropMarkedCallbacks(paths, extensions);
    }
  }
  if (extensions.length > 0 && webhooks && typeof webhooks === 'object') {
    dropped += dropMarked(webhooks, extensions);
    dropped += dropMarkedCallbacks(webhooks, extensions);
  }
  return dropped;
}

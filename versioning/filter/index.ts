/**
 * Filters for big specs: keep only the paths a team gates (include / exclude globs on the path
 * template, e.g. `/users/**`), and drop operations that carry a given extension with a truthy
 * value (e.g. `x-internal: true`). Applied to both loaded documents before they are diffed, so a
 * dropped operation is neither reported as removed nor as added.
 */
import { minimatch } from 'minimatch';
import { HTTP_METHODS, type LoadedSpec } from '../model.ts';

export interface SpecFilter {
  /** Globs on the path template (`/users/*`, `/admin/**`); none: every path. */
  includePaths?: readonly string[];
  /** Globs on the path template; a path matching one is dropped (after `includePaths`). */
  excludePaths?: readonly string[];
  /** Extensions (`x-internal`): an operation (or a whole path item) carrying one with a truthy value is dropped. */
  dropExtensions?: readonly string[];
}

export function isEmptyFilter(filter: SpecFilter | undefined): boolean {
  return (
    !filter ||
    ((filter.includePaths?.length ?? 0) === 0 &&
      (filter.excludePaths?.length ?? 0) === 0 &&
      (filter.dropExtensions?.length ?? 0) === 0)
  );
}

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
 * Removes the filtered paths and operations from `spec.document`, in place: the document was loaded
 * for this run only, and keeping the surviving nodes (not copies) keeps their source locations.
 * A path item left without operations is removed. Returns how many operations were dropped.
 */
export function applyFilter(spec: LoadedSpec, filter: SpecFilter): number {
  const paths = spec.document.paths as Record<string, unknown> | undefined;
  if (!paths || isEmptyFilter(filter)) return 0;
  const extensions = filter.dropExtensions ?? [];
  let dropped = 0;
  const countOps = (item: Record<string, unknown>) => HTTP_METHODS.filter((m) => item[m] !== undefined).length;
  for (const [path, value] of Object.entries(paths)) {
    if (typeof value !== 'object' || value === null) continue;
    const item = value as Record<string, unknown>;
    if (!keepsPath(path, filter) || carries(item, extensions)) {
      dropped += countOps(item);
      delete paths[path];
      continue;
    }
    if (extensions.length === 0) continue;
    let here = 0;
    for (const method of HTTP_METHODS) {
      if (carries(item[method], extensions)) {
        delete item[method];
        here++;
      }
    }
    dropped += here;
    if (here > 0 && countOps(item) === 0) delete paths[path];
  }
  return dropped;
}

/** The union of several filters (config, API, flags); empty lists where none is given. */
export function mergeFilters(...filters: Array<SpecFilter | undefined>): SpecFilter {
  const all = (key: keyof SpecFilter) => [...new Set(filters.flatMap((f) => f?.[key] ?? []))];
  return {
    includePaths: all('includePaths'),
    excludePaths: all('excludePaths'),
    dropExtensions: all('dropExtensions'),
  };
}

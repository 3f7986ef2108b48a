/**
 * What a filter is, without the code that applies it (./index.ts): the CLI builds filters for
 * every run, but only a run that has one loads the glob matcher (minimatch).
 */
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

/** The union of several filters (config, API, flags); empty lists where none is given. */
export function mergeFilters(...filters: Array<SpecFilter | undefined>): SpecFilter {
  const all = (key: keyof SpecFilter) => [...new Set(filters.flatMap((f) => f?.[key] ?? []))];
  return {
    includePaths: all('includePaths'),
    excludePaths: all('excludePaths'),
    dropExtensions: all('dropExtensions'),
  };
}

/**
 * Keys are data: names from a document (properties, headers, parameters, media types) may be
 * `__proto__` or `constructor`. A plain `{}` indexed by such a name sets its prototype instead of
 * an entry, and the name vanishes from the diff. Maps keyed by document names are null-prototype.
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

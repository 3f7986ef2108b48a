export interface CachedUserEntry<T> {
  value: T;
  /** The entity tag B sent with the value, used to revalidate it once stale. */
  etag: string | undefined;
  /** Epoch ms after which the entry must be revalidated before use. */
  expiresAt: number;
}

export interface UserCacheOptions {
  /** How long an entry is served without asking B. 0 = revalidate on every read. */
  ttlMs: number;
  /** Least recently used entries are evicted beyond this. Default 1000. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * A TTL + LRU cache that keeps stale entries (with their ETag) so the client can
 * revalidate with If-None-Match instead of downloading the user again.
 */
export class UserCache<T> {
  readonly ttlMs: number;
  readonly maxEntries: number;
  readonly #entries = new Map<string, CachedUserEntry<T>>();
  readonly #now: () => number;

  constructor(options: UserCacheOptions) {
    if (!Number.isFinite(options.ttlMs) || options.ttlMs < 0)
      throw new TypeError(`cache ttlMs must be >= 0 (got ${options.ttlMs})`);
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 1000;
    if (!Number.isInteger(this.maxEntries) || this.maxEntries < 1)
      throw new TypeError(`cache maxEntries must be an integer >= 1 (got ${this.maxEntries})`);
    this.#now = options.now ?? Date.now;
  }

  /** The entry, fresh or stale; marks it as recently used. */
  get(key: string): CachedUserEntry<T> | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  isFresh(entry: CachedUserEntry<T>): boolean {
    return this.#now() < entry.expiresAt;
  }

  set(key: string, value: T, etag: string | undefined): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, etag, expiresAt: this.#now() + this.ttlMs });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  /** B confirmed the entry (304): serve it for another TTL. */
  refresh(key: string): void {
    const entry = this.#entries.get(key);
    if (entry) entry.expiresAt = this.#now() + this.ttlMs;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}

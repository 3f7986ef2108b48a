import { HttpClient } from './http.ts';
import type { HttpClientOptions, HttpResult } from './http.ts';
import { UserCache } from './cache.ts';
import { NotFoundError, UpstreamError, ValidationError } from './errors.ts';

/** A user as Service A reads it from Service B. */
export interface User {
  id: string;
  name: string;
  email: string;
  createdAt: string;
  updatedAt: string;
}

export interface UserInput {
  name: string;
  email: string;
}

export interface UserPage {
  items: User[];
  /** Pass to listUsers({ cursor }) for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface UsersClientOptions extends HttpClientOptions {
  /**
   * Cache for getUser: `{ ttlMs }`, a UserCache you keep a handle on, or false for none.
   * Default `{ ttlMs: 30000 }`.
   */
  cache?: { ttlMs: number; maxEntries?: number } | UserCache<User> | false;
  /**
   * How long past its TTL a cached user is still served when Service B fails (stale-if-error, RFC 5861).
   * Default 300000 (5 min); 0 turns it off.
   */
  staleIfErrorMs?: number;
  /**
   * How long B's 404 for an id is remembered, so a missing id does not cost a call each time. Default 5000; 0 = off.
   */
  notFoundTtlMs?: number;
  /** Told when a stale user is served because B failed (for a log line). */
  onStaleServed?: (id: string, error: UpstreamError) => void;
}

/** Options of a conditional write. */
export interface WriteOptions {
  /** The user's ETag as last read: B writes only if it still matches, else PreconditionFailedError (412). */
  ifMatch?: string;
}

/** Service B's user ids are UUIDs (components/schemas/UserId). */
const USER_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Refuse an id that is not a UUID before it reaches B's URL: `.` and `..` would otherwise be resolved
 * as dot-segments (`/users/.` -> `/users/`, `/users/..` -> `/`) and steer the call to another resource.
 */
export function assertUserId(id: string): void {
  if (USER_ID.test(id)) return;
  throw new ValidationError({
    type: 'urn:contract-kit:problem:validation-error',
    title: 'Validation failed',
    status: 400,
    detail: 'The request has 1 invalid field.',
    errors: [{ field: 'id', in: 'path', message: 'must match format "uuid"' }],
  });
}

/** Typed client for Service B's /users resource. */
export class UsersClient {
  readonly http: HttpClient;
  readonly cache: UserCache<User> | undefined;
  readonly staleIfErrorMs: number;
  readonly notFoundTtlMs: number;
  readonly #inflight = new Map<string, Promise<User>>();
  /** Ids B answered 404 for, with when that answer expires (bounded like the cache). */
  readonly #missing = new Map<string, number>();
  readonly #now: () => number;
  readonly #onStaleServed: ((id: string, error: UpstreamError) => void) | undefined;

  constructor(options: UsersClientOptions) {
    this.http = new HttpClient(options);
    this.staleIfErrorMs = options.staleIfErrorMs ?? 300_000;
    this.notFoundTtlMs = options.notFoundTtlMs ?? 5000;
    this.#now = options.now ?? Date.now;
    this.#onStaleServed = options.onStaleServed;
    const cache = options.cache ?? { ttlMs: 30_000 };
    if (cache === false) this.cache = undefined;
    else if (cache instanceof UserCache) this.cache = cache;
    else this.cache = new UserCache<User>({ ...cache, ...(options.now ? { now: options.now } : {}) });
  }

  async listUsers(options: { limit?: number; cursor?: string } = {}): Promise<UserPage> {
    const { body } = await this.http.request({
      method: 'GET',
      path: '/users',
      query: { limit: options.limit, cursor: options.cursor },
    });
    return asUserPage(body, 'GET /users');
  }

  /**
   * One user. Served from the cache while fresh; a stale entry is revalidated with
   * If-None-Match (304 keeps it, 200 replaces it). Concurrent calls for one id share a request.
   * When B fails, a cached user up to `staleIfErrorMs` past its TTL is served instead of the error;
   * B's 404 is remembered for `notFoundTtlMs`.
   */
  getUser(id: string): Promise<User> {
    try {
      assertUserId(id);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    const cached = this.cache?.get(id);
    if (cached && this.cache?.isFresh(cached)) return Promise.resolve(cached.value);
    const missingUntil = this.#missing.get(id);
    if (missingUntil !== undefined) {
      if (this.#now() < missingUntil)
        return Promise.reject(new NotFoundError({ title: 'Not Found', status: 404, detail: `No user with id ${id}.` }));
      this.#missing.delete(id);
    }
    const pending = this.#inflight.get(id);
    if (pending) return pending;
    const request = this.#fetchUser(id).finally(() => this.#inflight.delete(id));
    this.#inflight.set(id, request);
    return request;
  }

  async #fetchUser(id: string): Promise<User> {
    const where = `GET /users/${id}`;
    const cached = this.cache?.get(id);
    const headers: Record<string, string> = cached?.etag ? { 'if-none-match': cached.etag } : {};
    let result: HttpResult;
    try {
      result = await this.http.request({ method: 'GET', path: `/users/${encodeURIComponent(id)}`, headers });
    } catch (error) {
      if (error instanceof NotFoundError) {
        this.cache?.delete(id);
        this.#rememberMissing(id);
      }
      if (error instanceof UpstreamError && cached && this.#now() - cached.expiresAt <= this.staleIfErrorMs) {
        this.#onStaleServed?.(id, error);
        return cached.value;
      }
      throw error;
    }
    if (result.status === 304) {
      if (!cached || !this.cache)
        throw new UpstreamError('protocol', `${where}: Service B answered 304 to a request without If-None-Match`, 304);
      this.cache.refresh(id);
      return cached.value;
    }
    const user = asUser(result.body, where);
    this.cache?.set(id, user, result.headers.get('etag') ?? undefined);
    return user;
  }

  #rememberMissing(id: string): void {
    if (this.notFoundTtlMs <= 0) return;
    this.#missing.delete(id);
    this.#missing.set(id, this.#now() + this.notFoundTtlMs);
    const limit = this.cache?.maxEntries ?? 1000;
    while (this.#missing.size > limit) {
      const oldest = this.#missing.keys().next();
      if (oldest.done) break;
      this.#missing.delete(oldest.value);
    }
  }

  async createUser(input: UserInput): Promise<User> {
    const result = await this.http.request({
      method: 'POST',
      path: '/users',
      body: { name: input.name, email: input.email },
    });
    const user = asUser(result.body, 'POST /users');
    this.#missing.delete(user.id);
    this.cache?.set(user.id, user, result.headers.get('etag') ?? undefined);
    return user;
  }

  /** Replace a user's name and email (PUT); with `ifMatch`, only if nobody changed the user since. */
  async replaceUser(id: string, input: UserInput, options: WriteOptions = {}): Promise<User> {
    assertUserId(id);
    const where = `PUT /users/${id}`;
    let result: HttpResult;
    try {
      result = await this.http.request({
        method: 'PUT',
        path: `/users/${encodeURIComponent(id)}`,
        body: { name: input.name, email: input.email },
        ...(options.ifMatch === undefined ? {} : { headers: { 'if-match': options.ifMatch } }),
      });
    } catch (error) {
      this.cache?.delete(id);
      throw error;
    }
    const user = asUser(result.body, where);
    this.cache?.set(id, user, result.headers.get('etag') ?? undefined);
    return user;
  }

  /** Delete a user; with `ifMatch`, only if nobody changed it since. */
  async deleteUser(id: string, options: WriteOptions = {}): Promise<void> {
    assertUserId(id);
    this.cache?.delete(id);
    await this.http.request({
      method: 'DELETE',
      path: `/users/${encodeURIComponent(id)}`,
      ...(options.ifMatch === undefined ? {} : { headers: { 'if-match': options.ifMatch } }),
    });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Check the fields Service A relies on; anything else B sends is ignored. */
export function asUser(body: unknown, where: string): User {
  if (isRecord(body)) {
    const { id, name, email, createdAt, updatedAt } = body;
    if (
      typeof id === 'string' &&
      typeof name === 'string' &&
      typeof email === 'string' &&
      typeof createdAt === 'string' &&
      typeof updatedAt === 'string'
    ) {
      return { id, name, email, createdAt, updatedAt };
    }
  }
  throw new UpstreamError(
    'protocol',
    `${where}: Service B's answer is not a user (needs string id, name, email, createdAt, updatedAt)`,
  );
}

function asUserPage(body: unknown, where: string): UserPage {
  if (
    isRecord(body) &&
    Array.isArray(body.items) &&
    (typeof body.nextCursor === 'string' || body.nextCursor === null)
  ) {
    return { items: body.items.map((item) => asUser(item, where)), nextCursor: body.nextCursor };
  }
  throw new UpstreamError(
    'protocol',
    `${where}: Service B's answer is not a page of users (needs items[] and nextCursor)`,
  );
}

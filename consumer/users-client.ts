import { HttpClient } from './http.ts';
import type { HttpClientOptions, HttpResult } from './http.ts';
import { UserCache } from './cache.ts';
import { UpstreamError } from './errors.ts';

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
}

/** Typed client for Service B's /users resource. */
export class UsersClient {
  readonly http: HttpClient;
  readonly cache: UserCache<User> | undefined;
  readonly #inflight = new Map<string, Promise<User>>();

  constructor(options: UsersClientOptions) {
    this.http = new HttpClient(options);
    const cache = options.cache ?? { ttlMs: 30_000 };
    if (cache === false) this.cache = undefined;
    else if (cache instanceof UserCache) this.cache = cache;
    else this.cache = new UserCache<User>({ ...cache, ...(options.now ? { now: options.now } : {}) });
  }

  async listUsers(options: { limit?: number; cursor?: string } = {}): Promise<UserPage> {
    const { body } = await this.http.request({ method: 'GET', path: '/users', query: { limit: options.limit, cursor: options.cursor } });
    return asUserPage(body, 'GET /users');
  }

  /**
   * One user. Served from the cache while fresh; a stale entry is revalidated with
   * If-None-Match (304 keeps it, 200 replaces it). Concurrent calls for one id share a request.
   */
  getUser(id: string): Promise<User> {
    const cached = this.cache?.get(id);
    if (cached && this.cache!.isFresh(cached)) return Promise.resolve(cached.value);
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
      if ((error as { status?: number }).status === 404) this.cache?.delete(id);
      throw error;
    }
    if (result.status === 304) {
      if (!cached) throw new UpstreamError('protocol', `${where}: Service B answered 304 to a request without If-None-Match`, 304);
      this.cache!.refresh(id);
      return cached.value;
    }
    const user = asUser(result.body, where);
    this.cache?.set(id, user, result.headers.get('etag') ?? undefined);
    return user;
  }

  async createUser(input: UserInput): Promise<User> {
    const result = await this.http.request({ method: 'POST', path: '/users', body: { name: input.name, email: input.email } });
    const user = asUser(result.body, 'POST /users');
    this.cache?.set(user.id, user, result.headers.get('etag') ?? undefined);
    return user;
  }

  /** Replace a user's name and email (PUT). */
  async replaceUser(id: string, input: UserInput): Promise<User> {
    const where = `PUT /users/${id}`;
    let result: HttpResult;
    try {
      result = await this.http.request({ method: 'PUT', path: `/users/${encodeURIComponent(id)}`, body: { name: input.name, email: input.email } });
    } catch (error) {
      this.cache?.delete(id);
      throw error;
    }
    const user = asUser(result.body, where);
    this.cache?.set(id, user, result.headers.get('etag') ?? undefined);
    return user;
  }

  async deleteUser(id: string): Promise<void> {
    this.cache?.delete(id);
    await this.http.request({ method: 'DELETE', path: `/users/${encodeURIComponent(id)}` });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Check the fields Service A relies on; anything else B sends is ignored. */
export function asUser(body: unknown, where: string): User {
  if (isRecord(body)) {
    const { id, name, email, createdAt, updatedAt } = body;
    if (typeof id === 'string' && typeof name === 'string' && typeof email === 'string' && typeof createdAt === 'string' && typeof updatedAt === 'string') {
      return { id, name, email, createdAt, updatedAt };
    }
  }
  throw new UpstreamError('protocol', `${where}: Service B's answer is not a user (needs string id, name, email, createdAt, updatedAt)`);
}

function asUserPage(body: unknown, where: string): UserPage {
  if (isRecord(body) && Array.isArray(body.items) && (typeof body.nextCursor === 'string' || body.nextCursor === null)) {
    return { items: body.items.map((item) => asUser(item, where)), nextCursor: body.nextCursor };
  }
  throw new UpstreamError('protocol', `${where}: Service B's answer is not a page of users (needs items[] and nextCursor)`);
}

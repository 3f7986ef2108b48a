import { randomUUID } from 'node:crypto';

/** A user as Service B stores and returns it (see components/schemas/User). */
export interface User {
  id: string;
  name: string;
  email: string;
  createdAt: string;
  updatedAt: string;
}

/** The fields a client sets: on create (NewUser) and on replace (UserUpdate). */
export interface UserInput {
  name: string;
  email: string;
}

export interface ListOptions {
  limit: number;
  /** Return users after the user with this id (exclusive). */
  after?: string;
}

export interface UserPage {
  items: User[];
  /** Id of the last returned user when more users follow; otherwise undefined. */
  lastId?: string;
}

/** Thrown by a store when an email is already taken by another user. */
export class DuplicateEmailError extends Error {
  readonly email: string;
  constructor(email: string) {
    super(`A user with email ${email} already exists.`);
    this.name = 'DuplicateEmailError';
    this.email = email;
  }
}

/** Thrown by a store when a pagination anchor no longer exists. */
export class UnknownCursorError extends Error {
  constructor(id: string) {
    super(`cursor refers to unknown user ${id}`);
    this.name = 'UnknownCursorError';
  }
}

/**
 * Storage behind Service B. Every method is async so that a database-backed
 * implementation can replace the in-memory one without touching the app.
 */
export interface UserStore {
  list(options: ListOptions): Promise<UserPage>;
  get(id: string): Promise<User | undefined>;
  /** Throws DuplicateEmailError when the email is taken. */
  create(input: UserInput): Promise<User>;
  /** Returns undefined when no user has this id; throws DuplicateEmailError when the email is taken by another user. */
  replace(id: string, input: UserInput): Promise<User | undefined>;
  /** Returns false when no user has this id. */
  delete(id: string): Promise<boolean>;
}

export interface InMemoryUserStoreOptions {
  now?: () => Date;
  newId?: () => string;
}

/** The default store: a Map in insertion (= creation) order. */
export class InMemoryUserStore implements UserStore {
  readonly #users = new Map<string, User>();
  readonly #now: () => Date;
  readonly #newId: () => string;

  constructor(options: InMemoryUserStoreOptions = {}) {
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomUUID;
  }

  async list({ limit, after }: ListOptions): Promise<UserPage> {
    const all = [...this.#users.values()];
    let start = 0;
    if (after !== undefined) {
      const index = all.findIndex((u) => u.id === after);
      if (index < 0) throw new UnknownCursorError(after);
      start = index + 1;
    }
    const items = all.slice(start, start + limit).map(copy);
    const more = start + limit < all.length;
    return more ? { items, lastId: items[items.length - 1]!.id } : { items };
  }

  async get(id: string): Promise<User | undefined> {
    const user = this.#users.get(id);
    return user && copy(user);
  }

  async create(input: UserInput): Promise<User> {
    this.#assertEmailFree(input.email);
    const at = this.#now().toISOString();
    const user: User = { id: this.#newId(), name: input.name, email: input.email, createdAt: at, updatedAt: at };
    this.#users.set(user.id, user);
    return copy(user);
  }

  async replace(id: string, input: UserInput): Promise<User | undefined> {
    const existing = this.#users.get(id);
    if (!existing) return undefined;
    this.#assertEmailFree(input.email, id);
    const updated: User = { ...existing, name: input.name, email: input.email, updatedAt: this.#now().toISOString() };
    this.#users.set(id, updated);
    return copy(updated);
  }

  async delete(id: string): Promise<boolean> {
    return this.#users.delete(id);
  }

  /** Put a user with a known id and timestamps in place (provider states, fixtures). */
  seed(user: User): User {
    this.#assertEmailFree(user.email, user.id);
    this.#users.set(user.id, { ...user });
    return copy(user);
  }

  /** Remove every user. */
  clear(): void {
    this.#users.clear();
  }

  get size(): number {
    return this.#users.size;
  }

  #assertEmailFree(email: string, exceptId?: string): void {
    const wanted = email.toLowerCase();
    for (const user of this.#users.values()) {
      if (user.id !== exceptId && user.email.toLowerCase() === wanted) throw new DuplicateEmailError(email);
    }
  }
}

function copy(user: User): User {
  return { ...user };
}

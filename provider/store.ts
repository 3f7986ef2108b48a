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

/** Thrown by a store when a conditional write's precondition (If-Match) does not hold. */
export class PreconditionFailedError extends Error {
  constructor(id: string) {
    super(`user ${id} has changed since it was read`);
    this.name = 'PreconditionFailedError';
  }
}

/** A check on the current user, run by the store atomically with the write it guards. */
export type WritePrecondition = (current: User) => boolean;

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
  /**
   * Returns undefined when no user has this id; throws DuplicateEmailError when the email is taken by another user,
   * PreconditionFailedError when `precondition` rejects the current user (checked and written in one step).
   */
  replace(id: string, input: UserInput, precondition?: WritePrecondition): Promise<User | undefined>;
  /** Returns false when no user has this id; throws PreconditionFailedError when `precondition` rejects it. */
  delete(id: string, precondition?: WritePrecondition): Promise<boolean>;
}

export interface InMemoryUserStoreOptions {
  now?: () => Date;
  newId?: () => string;
}

/**
 * The default store, in creation order. Every operation costs O(1) or O(page size), never O(store):
 * - an email index (lower-cased email -> id) answers "is this email taken?";
 * - `#order` keeps ids in creation order with `#position` pointing into it, so a page starts at its
 *   cursor directly; deleted slots become holes that are compacted once they outnumber the users.
 */
export class InMemoryUserStore implements UserStore {
  readonly #users = new Map<string, User>();
  readonly #byEmail = new Map<string, string>();
  #order: Array<string | undefined> = [];
  readonly #position = new Map<string, number>();
  #holes = 0;
  readonly #now: () => Date;
  readonly #newId: () => string;

  constructor(options: InMemoryUserStoreOptions = {}) {
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomUUID;
  }

  async list({ limit, after }: ListOptions): Promise<UserPage> {
    if (!Number.isSafeInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer (got ${limit})`);
    let index = 0;
    if (after !== undefined) {
      const position = this.#position.get(after);
      if (position === undefined) throw new UnknownCursorError(after);
      index = position + 1;
    }
    const items: User[] = [];
    for (; index < this.#order.length && items.length < limit; index++) {
      const id = this.#order[index];
      const user = id === undefined ? undefined : this.#users.get(id);
      if (user) items.push(copy(user));
    }
    // More users follow when a live slot remains past the last one returned.
    while (index < this.#order.length && this.#order[index] === undefined) index++;
    const more = index < this.#order.length;
    const last = items[items.length - 1];
    return more && last ? { items, lastId: last.id } : { items };
  }

  async get(id: string): Promise<User | undefined> {
    const user = this.#users.get(id);
    return user && copy(user);
  }

  async create(input: UserInput): Promise<User> {
    this.#assertEmailFree(input.email);
    const at = this.#now().toISOString();
    const user: User = { id: this.#newId(), name: input.name, email: input.email, createdAt: at, updatedAt: at };
    this.#put(user);
    return copy(user);
  }

  async replace(id: string, input: UserInput, precondition?: WritePrecondition): Promise<User | undefined> {
    const existing = this.#users.get(id);
    if (!existing) return undefined;
    if (precondition && !precondition(copy(existing))) throw new PreconditionFailedError(id);
    this.#assertEmailFree(input.email, id);
    const updated: User = { ...existing, name: input.name, email: input.email, updatedAt: this.#now().toISOString() };
    this.#put(updated);
    return copy(updated);
  }

  async delete(id: string, precondition?: WritePrecondition): Promise<boolean> {
    const existing = this.#users.get(id);
    if (!existing) return false;
    if (precondition && !precondition(copy(existing))) throw new PreconditionFailedError(id);
    this.#remove(existing);
    return true;
  }

  /** Put a user with a known id and timestamps in place (provider states, fixtures). */
  seed(user: User): User {
    this.#assertEmailFree(user.email, user.id);
    this.#put({ ...user });
    return copy(user);
  }

  /** Remove every user. */
  clear(): void {
    this.#users.clear();
    this.#byEmail.clear();
    this.#position.clear();
    this.#order = [];
    this.#holes = 0;
  }

  get size(): number {
    return this.#users.size;
  }

  /** Users whose email matches, case-insensitively (at most one). */
  findByEmail(email: string): User | undefined {
    const id = this.#byEmail.get(email.toLowerCase());
    const user = id === undefined ? undefined : this.#users.get(id);
    return user && copy(user);
  }

  /** Insert or update in place: an existing id keeps its position in the creation order. */
  #put(user: User): void {
    const previous = this.#users.get(user.id);
    if (previous) this.#byEmail.delete(previous.email.toLowerCase());
    else {
      this.#position.set(user.id, this.#order.length);
      this.#order.push(user.id);
    }
    this.#users.set(user.id, user);
    this.#byEmail.set(user.email.toLowerCase(), user.id);
  }

  #remove(user: User): void {
    this.#users.delete(user.id);
    this.#byEmail.delete(user.email.toLowerCase());
    const position = this.#position.get(user.id);
    this.#position.delete(user.id);
    if (position !== undefined) {
      this.#order[position] = undefined;
      this.#holes += 1;
    }
    if (this.#holes > 64 && this.#holes > this.#users.size) this.#compact();
  }

  #compact(): void {
    const live = this.#order.filter((id): id is string => id !== undefined);
    live.forEach((id, index) => this.#position.set(id, index));
    this.#order = live;
    this.#holes = 0;
  }

  #assertEmailFree(email: string, exceptId?: string): void {
    const owner = this.#byEmail.get(email.toLowerCase());
    if (owner !== undefined && owner !== exceptId) throw new DuplicateEmailError(email);
  }
}

function copy(user: User): User {
  return { ...user };
}

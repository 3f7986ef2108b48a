import type { VerifierOptions } from '@pact-foundation/pact';
import { etagOf } from '../../../provider/app.ts';
import type { InMemoryUserStore, User } from '../../../provider/store.ts';

export type StateHandlers = NonNullable<VerifierOptions['stateHandlers']>;

/** Timestamps of users created by provider states: fixed, so ETags are reproducible. */
export const STATE_TIMESTAMP = '2024-01-15T10:30:00.000Z';
/** When "the user changed since it was read" says someone else changed the user. */
export const CHANGED_TIMESTAMP = '2024-02-01T08:00:00.000Z';

type Params = unknown;

function param(params: Params, name: string, state: string): string {
  const value = typeof params === 'object' && params !== null ? (params as Record<string, unknown>)[name] : undefined;
  if (typeof value !== 'string' || value === '') {
    throw new Error(
      `provider state "${state}" needs a string parameter "${name}" ` +
        `(got ${JSON.stringify(params)}); add it in the consumer's .given("${state}", ` +
        `{ ${name}: ... })`,
    );
  }
  return value;
}

function intParam(params: Params, name: string, state: string): number {
  const value = typeof params === 'object' && params !== null ? (params as Record<string, unknown>)[name] : undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1000) {
    throw new Error(
      `provider state "${state}" needs an integer parameter "${name}" ` +
        `between 0 and 1000 (got ${JSON.stringify(params)}); add it in ` +
        `the consumer's .given("${state}", { ${name}: ... })`,
    );
  }
  return value;
}

async function usersWithEmail(store: InMemoryUserStore, email: string): Promise<User[]> {
  const user = store.findByEmail(email);
  return user ? [user] : [];
}

/** Deterministic uuid-shaped id for the n-th user of "users exist". */
export function listedUserId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/**
 * One handler per provider state the consumer pacts use. Each setup puts exactly
 * what the state promises into the store (using the state's parameters) and each
 * teardown removes it again, so interactions never see each other's data.
 */
export function createStateHandlers(store: InMemoryUserStore): StateHandlers {
  return {
    'a user exists': {
      setup: async (params) => {
        const state = 'a user exists';
        const id = param(params, 'id', state);
        const p = (params ?? {}) as Record<string, unknown>;
        const user: User = {
          id,
          name: typeof p.name === 'string' ? p.name : 'Ada Lovelace',
          email: typeof p.email === 'string' ? p.email : `user-${id}@example.com`,
          createdAt: STATE_TIMESTAMP,
          updatedAt: STATE_TIMESTAMP,
        };
        await store.delete(id);
        store.seed(user);
        // Injected into requests that use fromProviderState('${etag}') / ('${id}').
        return { id, etag: etagOf(user) };
      },
      teardown: async (params) => {
        await store.delete(param(params, 'id', 'a user exists'));
      },
    },
    'the user changed since it was read': {
      // The user exists, but not as the consumer read it: its current ETag differs from the `etag` param.
      setup: async (params) => {
        const state = 'the user changed since it was read';
        const id = param(params, 'id', state);
        const readEtag = param(params, 'etag', state);
        const p = (params ?? {}) as Record<string, unknown>;
        const user: User = {
          id,
          name: `${typeof p.name === 'string' ? p.name : 'Ada Lovelace'} (renamed by someone else)`,
          email: typeof p.email === 'string' ? p.email : `user-${id}@example.com`,
          createdAt: STATE_TIMESTAMP,
          updatedAt: CHANGED_TIMESTAMP,
        };
        await store.delete(id);
        store.seed(user);
        if (etagOf(user) === readEtag)
          throw new Error(`provider state "${state}": the changed user still has ETag ${readEtag}`);
        return { id, etag: etagOf(user) };
      },
      teardown: async (params) => {
        await store.delete(param(params, 'id', 'the user changed since it was read'));
      },
    },
    'no user exists': {
      setup: async (params) => {
        await store.delete(param(params, 'id', 'no user exists'));
      },
    },
    'no user has the email': {
      setup: async (params) => {
        for (const user of await usersWithEmail(store, param(params, 'email', 'no user has the email')))
          await store.delete(user.id);
      },
      // The interaction creates a user with this email: remove it again.
      teardown: async (params) => {
        for (const user of await usersWithEmail(store, param(params, 'email', 'no user has the email')))
          await store.delete(user.id);
      },
    },
    'users exist': {
      setup: async (params) => {
        const count = intParam(params, 'count', 'users exist');
        for (let n = 1; n <= count; n++) {
          store.seed({
            id: listedUserId(n),
            name: `User ${n}`,
            email: `user${n}@example.com`,
            createdAt: STATE_TIMESTAMP,
            updatedAt: STATE_TIMESTAMP,
          });
        }
      },
      teardown: async (params) => {
        const count = intParam(params, 'count', 'users exist');
        for (let n = 1; n <= count; n++) await store.delete(listedUserId(n));
      },
    },
  };
}

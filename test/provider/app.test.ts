import { expect } from 'chai';
import { startProvider } from '../../provider/server.ts';
import type { RunningProvider, StartOptions } from '../../provider/server.ts';
import { InMemoryUserStore } from '../../provider/store.ts';
import type { User, UserStore } from '../../provider/store.ts';
import { createApp, etagOf } from '../../provider/app.ts';
import type { AddressInfo } from 'node:net';
import { loadOpenApiDocument } from '../../provider/spec.ts';
import { assertMatchesSpec } from './support/spec-schemas.ts';

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

async function call(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(base + path, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** An error answer: right status, problem+json, matches the spec's Problem schema. */
function expectProblem(reply: Reply, status: number): Record<string, unknown> {
  expect(reply.status, reply.text).to.equal(status);
  expect(reply.headers.get('content-type')).to.match(/^application\/problem\+json\b/);
  assertMatchesSpec('/components/schemas/Problem', reply.json, `${status} body`);
  const problem = reply.json as Record<string, unknown>;
  expect(problem.status).to.equal(status);
  return problem;
}

async function withProvider(options: StartOptions, fn: (base: string) => Promise<void>): Promise<void> {
  const provider = await startProvider({ port: 0, validateResponses: true, ...options });
  try {
    await fn(provider.url);
  } finally {
    await provider.close();
  }
}

const ADA = { name: 'Ada Lovelace', email: 'ada@example.com' };

describe('Service B (provider app)', () => {
  let provider: RunningProvider;
  let store: InMemoryUserStore;
  let base: string;
  const logged: unknown[] = [];

  beforeEach(async () => {
    store = new InMemoryUserStore();
    logged.length = 0;
    provider = await startProvider({
      store,
      port: 0,
      validateResponses: true,
      logger: { error: (_m, e) => logged.push(e) },
    });
    base = provider.url;
  });
  afterEach(async () => {
    await provider.close();
  });

  it('POST /process answers "Processed <data>"', async () => {
    const reply = await call(base, 'POST', '/process', { body: { data: 'hello' } });
    expect(reply.status).to.equal(200);
    expect(reply.json).to.deep.equal({ result: 'Processed hello' });
  });

  describe('users', () => {
    it('creates a user: 201, Location of the new user, ETag, and a body matching the User schema', async () => {
      const created = await call(base, 'POST', '/users', { body: ADA });
      expect(created.status).to.equal(201);
      const user = created.json as User;
      assertMatchesSpec('/components/schemas/User', user, 'created user');
      expect(user).to.include(ADA);
      expect(created.headers.get('location')).to.equal(`/users/${user.id}`);
      expect(created.headers.get('etag')).to.equal(etagOf(user));
      const fetched = await call(base, 'GET', created.headers.get('location')!);
      expect(fetched.status).to.equal(200);
      expect(fetched.json).to.deep.equal(user);
    });

    it(
      'GET returns an ETag, If-None-Match with it gives 304 without a body, a ' + 'changed user gives 200 again',
      async () => {
        const user = (await call(base, 'POST', '/users', { body: ADA })).json as User;
        const first = await call(base, 'GET', `/users/${user.id}`);
        const etag = first.headers.get('etag')!;
        expect(etag).to.match(/^"[^"]+"$/);

        const notModified = await call(base, 'GET', `/users/${user.id}`, { headers: { 'if-none-match': etag } });
        expect(notModified.status).to.equal(304);
        expect(notModified.text).to.equal('');
        expect(notModified.headers.get('etag')).to.equal(etag);
        // weak comparison and lists, as RFC 9110 says
        expect(
          (await call(base, 'GET', `/users/${user.id}`, { headers: { 'if-none-match': `"other", W/${etag}` } })).status,
        ).to.equal(304);
        expect(
          (await call(base, 'GET', `/users/${user.id}`, { headers: { 'if-none-match': '"other"' } })).status,
        ).to.equal(200);

        const replaced = await call(base, 'PUT', `/users/${user.id}`, { body: { name: 'Ada King', email: ADA.email } });
        expect(replaced.status).to.equal(200);
        expect(replaced.headers.get('etag')).not.to.equal(etag);
        const after = await call(base, 'GET', `/users/${user.id}`, { headers: { 'if-none-match': etag } });
        expect(after.status).to.equal(200);
        expect((after.json as User).name).to.equal('Ada King');
      },
    );

    it('PUT replaces name and email and keeps createdAt', async () => {
      const user = (await call(base, 'POST', '/users', { body: ADA })).json as User;
      const replaced = await call(base, 'PUT', `/users/${user.id}`, {
        body: { name: 'Ada King', email: 'king@example.com' },
      });
      expect(replaced.json).to.include({
        id: user.id,
        name: 'Ada King',
        email: 'king@example.com',
        createdAt: user.createdAt,
      });
    });

    it('DELETE answers 204, then the user is gone (404 problem)', async () => {
      const user = (await call(base, 'POST', '/users', { body: ADA })).json as User;
      const deleted = await call(base, 'DELETE', `/users/${user.id}`);
      expect(deleted.status).to.equal(204);
      expect(deleted.text).to.equal('');
      const problem = expectProblem(await call(base, 'GET', `/users/${user.id}`), 404);
      expect(problem.detail).to.contain(user.id);
      expectProblem(await call(base, 'DELETE', `/users/${user.id}`), 404);
      expectProblem(await call(base, 'PUT', `/users/${user.id}`, { body: ADA }), 404);
    });

    it('pages through users with cursors, in creation order, each user once', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++)
        ids.push(
          ((await call(base, 'POST', '/users', { body: { name: `U${i}`, email: `u${i}@example.com` } })).json as User)
            .id,
        );
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const reply: Reply = await call(
          base,
          'GET',
          `/users?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(reply.status).to.equal(200);
        assertMatchesSpec('/components/schemas/UserPage', reply.json, 'page');
        const page = reply.json as { items: User[]; nextCursor: string | null };
        expect(page.items.length).to.be.at.most(2);
        seen.push(...page.items.map((u) => u.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor !== null && pages < 10);
      expect(seen).to.deep.equal(ids);
      expect(pages).to.equal(3);
      const all = (await call(base, 'GET', '/users')).json as { items: User[]; nextCursor: string | null };
      expect(all.items).to.have.length(5);
      expect(all.nextCursor).to.equal(null);
    });

    it('rejects a bad limit and a forged or stale cursor with per-field errors', async () => {
      for (const limit of ['0', '101', 'ten']) {
        const problem = expectProblem(await call(base, 'GET', `/users?limit=${limit}`), 400);
        expect(problem.errors).to.deep.include.members([
          { field: 'limit', in: 'query', message: (problem.errors as Array<{ message: string }>)[0]!.message },
        ]);
      }
      const forged = expectProblem(await call(base, 'GET', '/users?cursor=not-a-cursor'), 400);
      expect(forged.errors).to.deep.equal([
        { field: 'cursor', in: 'query', message: 'is not a cursor returned by this service' },
      ]);
      await call(base, 'POST', '/users', { body: ADA });
      const other = ((await call(base, 'POST', '/users', { body: { name: 'B', email: 'b@example.com' } })).json as User)
        .id;
      await call(base, 'POST', '/users', { body: { name: 'C', email: 'c@example.com' } });
      const page = (await call(base, 'GET', '/users?limit=2')).json as { nextCursor: string };
      await call(base, 'DELETE', `/users/${other}`);
      const stale = expectProblem(await call(base, 'GET', `/users?cursor=${page.nextCursor}`), 400);
      expect((stale.errors as Array<{ field: string }>)[0]!.field).to.equal('cursor');
    });

    it('400 lists every invalid field with its location', async () => {
      const problem = expectProblem(
        await call(base, 'POST', '/users', { body: { name: '', email: 'not-an-email', admin: true } }),
        400,
      );
      const errors = problem.errors as Array<{ field: string; in: string }>;
      expect(errors.map((e) => e.field).sort()).to.deep.equal(['admin', 'email', 'name']);
      expect(errors.every((e) => e.in === 'body')).to.equal(true);
      const missing = expectProblem(await call(base, 'POST', '/users', { body: { name: 'x' } }), 400);
      expect((missing.errors as Array<{ field: string }>).map((e) => e.field)).to.deep.equal(['email']);
      const badId = expectProblem(await call(base, 'GET', '/users/42'), 400);
      expect(badId.errors).to.deep.equal([{ field: 'id', in: 'path', message: 'must match format "uuid"' }]);
    });

    it('409 on a duplicate email (case-insensitive), on create and on replace', async () => {
      await call(base, 'POST', '/users', { body: ADA });
      const problem = expectProblem(
        await call(base, 'POST', '/users', { body: { name: 'Other', email: 'ADA@example.com' } }),
        409,
      );
      expect(problem.detail).to.contain('ADA@example.com');
      const grace = (await call(base, 'POST', '/users', { body: { name: 'Grace', email: 'grace@example.com' } }))
        .json as User;
      expectProblem(await call(base, 'PUT', `/users/${grace.id}`, { body: { name: 'Grace', email: ADA.email } }), 409);
    });
  });

  describe('protocol errors', () => {
    it('404 problem for an unknown path', async () => {
      expectProblem(await call(base, 'GET', '/nowhere'), 404);
    });

    it('405 with an Allow header for a known path and a wrong method', async () => {
      const reply = await call(base, 'PATCH', '/users/6b1f3c7e-2d4a-4f8b-9c1e-5a7d3e9f1b20', { body: ADA });
      expectProblem(reply, 405);
      expect(reply.headers.get('allow')).to.equal('GET, PUT, DELETE');
      const onProcess = await call(base, 'GET', '/process');
      expectProblem(onProcess, 405);
      expect(onProcess.headers.get('allow')).to.equal('POST');
    });

    it('415 for a body that is not JSON', async () => {
      const reply = await call(base, 'POST', '/users', { raw: 'name=Ada', headers: { 'content-type': 'text/plain' } });
      expectProblem(reply, 415);
      const form = await call(base, 'POST', '/process', {
        raw: 'data=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expectProblem(form, 415);
    });

    it('400 for malformed JSON', async () => {
      const problem = expectProblem(
        await call(base, 'POST', '/users', { raw: '{"name":', headers: { 'content-type': 'application/json' } }),
        400,
      );
      expect(problem.errors).to.deep.equal([{ field: '', in: 'body', message: 'is not valid JSON' }]);
    });

    it('413 over the body-size limit', async () => {
      await withProvider({ bodyLimit: '1kb' }, async (small) => {
        expectProblem(await call(small, 'POST', '/process', { body: { data: 'x'.repeat(2000) } }), 413);
        expect((await call(small, 'POST', '/process', { body: { data: 'x'.repeat(500) } })).status).to.equal(200);
      });
      // default limit (16kb)
      expectProblem(await call(base, 'POST', '/process', { body: { data: 'x'.repeat(20_000) } }), 413);
    });
  });

  it('500 never leaks internals; the error goes to the logger', async () => {
    const secret = 'postgres://admin:hunter2@db.internal:5432/users';
    const broken: UserStore = {
      list: async () => {
        throw new Error(`cannot connect to ${secret}`);
      },
      get: async () => {
        throw new TypeError(`cannot read properties of undefined (${secret})`);
      },
      create: async () => {
        throw new Error(secret);
      },
      replace: async () => undefined,
      delete: async () => false,
    };
    const errors: unknown[] = [];
    await withProvider({ store: broken, logger: { error: (_m, e) => errors.push(e) } }, async (b) => {
      for (const [method, path, body] of [
        ['GET', '/users', undefined],
        ['GET', '/users/6b1f3c7e-2d4a-4f8b-9c1e-5a7d3e9f1b20', undefined],
        ['POST', '/users', ADA],
      ] as const) {
        const reply = await call(b, method, path, body ? { body } : {});
        const problem = expectProblem(reply, 500);
        expect(problem.detail).to.equal('An unexpected error occurred.');
        expect(reply.text).not.to.contain('hunter2');
        expect(reply.text).not.to.match(/\bat .*\.ts:\d+|TypeError|node_modules/);
      }
    });
    expect(errors).to.have.length(3);
    expect(String(errors[0])).to.contain('hunter2');
  });

  it(
    'with response validation on, a response that drifts from openapi.yaml ' + 'is a 500 that names the drift',
    async () => {
      const drifting = new InMemoryUserStore();
      const original = drifting.get.bind(drifting);
      drifting.get = async (id: string) => {
        const user = await original(id);
        return user && ({ ...user, passwordHash: 'x' } as User);
      };
      const errors: unknown[] = [];
      await withProvider({ store: drifting, logger: { error: (_m, e) => errors.push(e) } }, async (b) => {
        const user = (await call(b, 'POST', '/users', { body: ADA })).json as User;
        const problem = expectProblem(await call(b, 'GET', `/users/${user.id}`), 500);
        expect(problem.detail).to.match(/does not match provider\/openapi\.yaml.*additional properties/);
      });
      expect(errors).to.have.length(1);
    },
  );

  it('while draining (shutdown), answers 503 problem with Retry-After and closes the connection', async () => {
    const app = createApp({ store: new InMemoryUserStore(), isDraining: () => true });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((r) => server.once('listening', r));
    try {
      const reply = await call(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'GET', '/users');
      expectProblem(reply, 503);
      expect(reply.headers.get('retry-after')).to.equal('1');
      expect(reply.headers.get('connection')).to.equal('close');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('GET /openapi.json serves provider/openapi.yaml', async () => {
    const reply = await call(base, 'GET', '/openapi.json');
    expect(reply.status).to.equal(200);
    expect(reply.json).to.deep.equal(loadOpenApiDocument());
  });
});

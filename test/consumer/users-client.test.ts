import { expect } from 'chai';
import { UsersClient } from '../../consumer/users-client.ts';
import type { User, UsersClientOptions } from '../../consumer/users-client.ts';
import { ServiceA } from '../../consumer/service-a.ts';
import { UserCache } from '../../consumer/cache.ts';
import { HttpClient, parseRetryAfter } from '../../consumer/http.ts';
import { ConflictError, NotFoundError, UpstreamError, ValidationError } from '../../consumer/errors.ts';
import { StubServer, closedPortUrl, empty, hang, json, reset } from '../fixtures/stub-server.ts';

const ADA: User = {
  id: '6b1f3c7e-2d4a-4f8b-9c1e-5a7d3e9f1b20',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  createdAt: '2024-01-15T10:30:00.000Z',
  updatedAt: '2024-01-15T10:30:00.000Z',
};

/** A fake clock: sleep() advances it instantly and records each wait. */
function fakeTime() {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as Error,
  );
}

describe('UsersClient (against a loopback stub of Service B)', () => {
  const stub = new StubServer();
  let time: ReturnType<typeof fakeTime>;
  before(() => stub.start());
  after(() => stub.stop());
  beforeEach(() => {
    time = fakeTime();
  });

  const client = (options: Partial<UsersClientOptions> = {}) =>
    new UsersClient({
      baseUrl: stub.url,
      cache: false,
      sleep: time.sleep,
      now: time.now,
      random: () => 1,
      timeoutMs: 2000,
      ...options,
    });

  describe('retries', () => {
    it('retries a GET on 503 with exponential backoff, then succeeds', async () => {
      stub.script(json(503, {}), json(502, {}), json(200, ADA));
      const user = await client({ retry: { baseDelayMs: 100, maxAttempts: 3 } }).getUser(ADA.id);
      expect(user).to.deep.equal(ADA);
      expect(stub.requests).to.have.length(3);
      expect(time.sleeps).to.deep.equal([100, 200]);
    });

    it('applies full jitter: each wait is random() x the exponential ceiling', async () => {
      stub.script(json(504, {}), json(504, {}), json(200, ADA));
      const values = [0.5, 0.25];
      await client({ random: () => values.shift()!, retry: { baseDelayMs: 100 } }).getUser(ADA.id);
      expect(time.sleeps).to.deep.equal([50, 50]);
    });

    it('honours Retry-After (seconds) instead of its own backoff', async () => {
      stub.script(json(503, {}, { 'retry-after': '1' }), json(200, ADA));
      await client({ retry: { maxDelayMs: 5000 } }).getUser(ADA.id);
      expect(time.sleeps).to.deep.equal([1000]);
    });

    it('gives up at once when Retry-After asks for more than it may wait', async () => {
      stub.script(
        json(503, { title: 'Service Unavailable', status: 503, detail: 'maintenance' }, { 'retry-after': '120' }),
      );
      const error = await failure(client({ retry: { maxDelayMs: 2000 } }).getUser(ADA.id));
      expect(error).to.be.instanceOf(UpstreamError);
      expect((error as UpstreamError).status).to.equal(503);
      expect(stub.requests).to.have.length(1);
    });

    it('bounds the whole call: stops retrying when the next wait would pass totalTimeoutMs', async () => {
      stub.script(json(503, {}));
      const error = await failure(
        client({ retry: { baseDelayMs: 100, maxAttempts: 10, maxDelayMs: 5000, totalTimeoutMs: 1000 } }).getUser(
          ADA.id,
        ),
      );
      expect((error as UpstreamError).status).to.equal(503);
      // waits 100, 200, 400 (t=700); the next (800) would end at 1500 > 1000
      expect(time.sleeps).to.deep.equal([100, 200, 400]);
      expect(stub.requests).to.have.length(4);
    });

    it('never retries a POST, even on 503', async () => {
      stub.script(json(503, {}), json(201, ADA));
      const error = await failure(client().createUser({ name: ADA.name, email: ADA.email }));
      expect((error as UpstreamError).status).to.equal(503);
      expect(stub.requests).to.have.length(1);
    });

    it('never retries a 500', async () => {
      stub.script(json(500, { title: 'Internal Server Error', status: 500 }), json(200, ADA));
      const error = await failure(client().getUser(ADA.id));
      expect(error).to.be.instanceOf(UpstreamError);
      expect((error as UpstreamError).kind).to.equal('http');
      expect((error as UpstreamError).status).to.equal(500);
      expect(stub.requests).to.have.length(1);
    });

    it('retries PUT and DELETE (idempotent) on a dropped connection', async () => {
      stub.script(reset, json(200, { ...ADA, name: 'Ada King' }));
      const user = await client().replaceUser(ADA.id, { name: 'Ada King', email: ADA.email });
      expect(user.name).to.equal('Ada King');
      expect(stub.requests).to.have.length(2);
      stub.script(reset, empty(204));
      await client().deleteUser(ADA.id);
      expect(stub.requests).to.have.length(2);
    });

    it('retries connection refused up to maxAttempts, then throws UpstreamError(kind connection)', async () => {
      const url = await closedPortUrl();
      const error = await failure(client({ baseUrl: url, retry: { maxAttempts: 3, baseDelayMs: 10 } }).getUser(ADA.id));
      expect(error).to.be.instanceOf(UpstreamError);
      expect((error as UpstreamError).kind).to.equal('connection');
      expect((error as UpstreamError).status).to.equal(undefined);
      expect(error.message).to.contain('ECONNREFUSED');
      expect(time.sleeps).to.have.length(2);
    });
  });

  describe('timeouts', () => {
    it('aborts an attempt after timeoutMs and does not retry it', async () => {
      stub.script(hang);
      const started = Date.now();
      const error = await failure(client({ timeoutMs: 150, now: Date.now }).getUser(ADA.id));
      expect(error).to.be.instanceOf(UpstreamError);
      expect((error as UpstreamError).kind).to.equal('timeout');
      expect(Date.now() - started).to.be.below(5000);
      expect(stub.requests).to.have.length(1);
    });
  });

  describe('typed errors from problem+json', () => {
    it('400 -> ValidationError with the field errors', async () => {
      const errors = [{ field: 'email', in: 'body', message: 'must match format "email"' }];
      stub.script(
        json(400, {
          type: 'urn:x',
          title: 'Validation failed',
          status: 400,
          detail: 'The request has 1 invalid field.',
          errors,
        }),
      );
      const error = await failure(client().createUser({ name: 'x', email: 'nope' }));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).to.deep.equal(errors);
      expect(error.message).to.equal('The request has 1 invalid field.');
    });

    it('404 -> NotFoundError, 409 -> ConflictError, other statuses -> UpstreamError with the status', async () => {
      stub.script(json(404, { title: 'Not Found', status: 404, detail: 'No user.' }));
      expect(await failure(client().getUser(ADA.id))).to.be.instanceOf(NotFoundError);
      stub.script(json(409, { title: 'Conflict', status: 409, detail: 'taken' }));
      const conflict = await failure(client().createUser({ name: 'x', email: 'a@b.co' }));
      expect(conflict).to.be.instanceOf(ConflictError);
      expect((conflict as ConflictError).problem?.detail).to.equal('taken');
      stub.script(json(415, { title: 'Unsupported Media Type', status: 415 }));
      const other = await failure(client().createUser({ name: 'x', email: 'a@b.co' }));
      expect(other).to.be.instanceOf(UpstreamError);
      expect((other as UpstreamError).status).to.equal(415);
    });

    it('an unreadable success body is an UpstreamError(kind protocol), not a crash', async () => {
      stub.script((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id": ');
      });
      expect(((await failure(client().getUser(ADA.id))) as UpstreamError).kind).to.equal('protocol');
      stub.script(json(200, { id: 42 }));
      expect(((await failure(client().getUser(ADA.id))) as UpstreamError).kind).to.equal('protocol');
    });
  });

  describe('getUser cache (TTL + ETag revalidation)', () => {
    it('serves a fresh entry without a request', async () => {
      stub.script(json(200, ADA, { etag: '"v1"' }));
      const c = client({ cache: { ttlMs: 1000 } });
      await c.getUser(ADA.id);
      time.advance(999);
      expect(await c.getUser(ADA.id)).to.deep.equal(ADA);
      expect(stub.requests).to.have.length(1);
    });

    it('revalidates a stale entry with If-None-Match; 304 keeps it and restarts the TTL', async () => {
      stub.script(json(200, ADA, { etag: '"v1"' }), empty(304, { etag: '"v1"' }));
      const c = client({ cache: { ttlMs: 1000 } });
      await c.getUser(ADA.id);
      time.advance(1000);
      expect(await c.getUser(ADA.id)).to.deep.equal(ADA);
      expect(stub.requests).to.have.length(2);
      expect(stub.requests[0]!.headers['if-none-match']).to.equal(undefined);
      expect(stub.requests[1]!.headers['if-none-match']).to.equal('"v1"');
      time.advance(500);
      await c.getUser(ADA.id);
      expect(stub.requests).to.have.length(2);
    });

    it('replaces a stale entry when B answers 200 with a new representation', async () => {
      stub.script(
        json(200, ADA, { etag: '"v1"' }),
        json(200, { ...ADA, name: 'Ada King' }, { etag: '"v2"' }),
        empty(304),
      );
      const c = client({ cache: { ttlMs: 10 } });
      await c.getUser(ADA.id);
      time.advance(10);
      expect((await c.getUser(ADA.id)).name).to.equal('Ada King');
      time.advance(10);
      await c.getUser(ADA.id);
      expect(stub.requests[2]!.headers['if-none-match']).to.equal('"v2"');
    });

    it('drops the entry when B says 404', async () => {
      stub.script(json(200, ADA, { etag: '"v1"' }), json(404, { status: 404, title: 'Not Found' }));
      const c = client({ cache: { ttlMs: 10 } });
      await c.getUser(ADA.id);
      time.advance(10);
      expect(await failure(c.getUser(ADA.id))).to.be.instanceOf(NotFoundError);
      expect(c.cache!.get(ADA.id)).to.equal(undefined);
    });

    it('shares one request between concurrent reads of the same user', async () => {
      stub.script((_req, res) => setTimeout(() => json(200, ADA)(_req, res), 50));
      const c = client({ cache: { ttlMs: 1000 } });
      const users = await Promise.all([c.getUser(ADA.id), c.getUser(ADA.id), c.getUser(ADA.id)]);
      expect(users).to.deep.equal([ADA, ADA, ADA]);
      expect(stub.requests).to.have.length(1);
    });

    it('evicts the least recently used entry beyond maxEntries', () => {
      const cache = new UserCache<string>({ ttlMs: 1000, maxEntries: 2, now: time.now });
      cache.set('a', 'A', undefined);
      cache.set('b', 'B', undefined);
      cache.get('a');
      cache.set('c', 'C', undefined);
      expect(cache.get('b')).to.equal(undefined);
      expect(cache.get('a')?.value).to.equal('A');
      expect(cache.size).to.equal(2);
    });

    it('writes and deletes keep the cache coherent', async () => {
      stub.script(json(200, { ...ADA, name: 'Ada King' }, { etag: '"v9"' }));
      const c = client({ cache: { ttlMs: 1000 } });
      await c.replaceUser(ADA.id, { name: 'Ada King', email: ADA.email });
      expect(c.cache!.get(ADA.id)).to.include({ etag: '"v9"' });
      stub.script(empty(204));
      await c.deleteUser(ADA.id);
      expect(c.cache!.get(ADA.id)).to.equal(undefined);
    });
  });

  it('lists users with limit and cursor as query parameters', async () => {
    stub.script(json(200, { items: [ADA], nextCursor: null }));
    const page = await client().listUsers({ limit: 5, cursor: 'abc' });
    expect(page).to.deep.equal({ items: [ADA], nextCursor: null });
    expect(stub.requests[0]!.url).to.equal('/users?limit=5&cursor=abc');
  });

  it('ServiceA.handle posts to /process and wraps the result', async () => {
    stub.script(json(200, { result: 'Processed hi' }));
    const serviceA = new ServiceA({ baseUrl: stub.url });
    expect(await serviceA.handle('hi')).to.equal('ServiceA got: Processed hi');
    expect(stub.requests[0]).to.include({ method: 'POST', url: '/process', body: '{"data":"hi"}' });
    expect(stub.requests[0]!.headers['content-type']).to.equal('application/json');
  });

  it('rejects bad configuration with a message that says what to set', () => {
    expect(() => new HttpClient({ baseUrl: 'localhost:3001' })).to.throw(/must use http or https|not an absolute URL/);
    expect(() => new HttpClient({ baseUrl: 'http://127.0.0.1:3001', timeoutMs: 0 })).to.throw(
      /timeoutMs must be a positive number/,
    );
    expect(() => new HttpClient({ baseUrl: 'http://127.0.0.1:3001', retry: { maxAttempts: 0 } })).to.throw(
      /maxAttempts must be an integer >= 1/,
    );
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});

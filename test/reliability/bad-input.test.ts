import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { startProvider } from '../../provider/server.ts';
import type { RunningProvider } from '../../provider/server.ts';
import { InMemoryUserStore } from '../../provider/store.ts';
import { etagOf } from '../../provider/app.ts';
import { startConsumer } from '../../consumer/server.ts';
import type { RunningConsumer } from '../../consumer/server.ts';
import { FaultProxy } from '../fixtures/fault-proxy.ts';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One request with exactly this path and these headers (no URL normalisation, unlike fetch). */
function raw(base: string, spec: RawRequest): Promise<Raw> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: spec.method ?? 'GET',
        path: spec.path,
        headers: spec.headers ?? {},
        agent: false,
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(spec.body);
  });
}

/** Declare a huge body, send none of it: an answer proves the server did not wait to read it. */
function declaredUpload(base: string, path: string, bytes: number): Promise<Raw> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', 'content-length': String(bytes) },
        agent: false,
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text });
        });
      },
    );
    req.on('error', reject);
    req.flushHeaders();
  });
}

/** Stream an endless chunked body until the server answers; resolves with the answer and the bytes sent. */
function chunkedUpload(base: string, path: string, maxBytes: number): Promise<Raw & { sent: number }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        agent: false,
      },
      (res) => {
        answered = true;
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, sent });
        });
      },
    );
    req.on('error', (error) => (answered ? undefined : reject(error)));
    req.write('{"name":"');
    const pump = () => {
      while (!answered && sent < maxBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end('"}');
    };
    pump();
  });
}

const STACK = /\bat [\w.<>]+ \(|\.ts:\d+|node_modules|Error: /;

function expectProblem(reply: Raw, status: number | number[]): Record<string, unknown> {
  const statuses = Array.isArray(status) ? status : [status];
  expect(statuses, `${reply.status} ${reply.text.slice(0, 300)}`).to.include(reply.status);
  expect(reply.headers['content-type']).to.match(/^application\/problem\+json/);
  expect(reply.headers['x-content-type-options']).to.equal('nosniff');
  expect(reply.text).not.to.match(STACK);
  const problem = JSON.parse(reply.text) as Record<string, unknown>;
  expect(problem.status).to.equal(reply.status);
  return problem;
}

const manyParams = (n: number) => Array.from({ length: n }, (_, i) => `p${i}=${i}`).join('&');
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('bad-input suite: every bad request gets a 4xx problem+json, never a 5xx or a stack trace', function () {
  this.timeout(60_000);

  describe('Service B', () => {
    let b: RunningProvider;
    let store: InMemoryUserStore;
    const logged: unknown[] = [];
    before(async () => {
      store = new InMemoryUserStore();
      b = await startProvider({ store, port: 0, logger: { error: (_m, e) => logged.push(e) } });
    });
    after(() => b.close());

    for (const limit of [
      'Infinity',
      '-Infinity',
      '1e400',
      '1e2',
      '2.0',
      '0x10',
      '%201',
      '-1',
      '0',
      '101',
      '',
      'NaN',
      '99999999999999999999',
    ]) {
      it(`GET /users?limit=${limit} -> 400 naming limit`, async () => {
        const problem = expectProblem(await raw(b.url, { path: `/users?limit=${limit}` }), 400);
        expect(problem.errors).to.deep.include({
          field: 'limit',
          in: 'query',
          message: 'must be an integer between 1 and 100',
        });
      });
    }

    it('a repeated limit -> 400', async () => {
      expectProblem(await raw(b.url, { path: '/users?limit=1&limit=2' }), 400);
    });

    it('limit=100 is still fine, and the page never exceeds it', async () => {
      for (let n = 0; n < 150; n++)
        store.seed({
          id: randomUUID(),
          name: `U${n}`,
          email: `bulk${n}@example.com`,
          createdAt: '2024-01-15T10:30:00.000Z',
          updatedAt: '2024-01-15T10:30:00.000Z',
        });
      const reply = await raw(b.url, { path: '/users?limit=100' });
      expect(reply.status).to.equal(200);
      expect((JSON.parse(reply.text) as { items: unknown[] }).items).to.have.length(100);
      store.clear();
    });

    it(
      'a thousand query parameters -> 400; a request line over the header ' + 'limit -> 431, both problem+json',
      async () => {
        expectProblem(await raw(b.url, { path: `/users?${manyParams(1000)}` }), 400);
        expectProblem(await raw(b.url, { path: `/users?${manyParams(5000)}` }), 431);
      },
    );

    it('a forged or oversized cursor -> 400', async () => {
      expectProblem(await raw(b.url, { path: '/users?cursor=%%%' }), 400);
      expectProblem(await raw(b.url, { path: `/users?cursor=${'x'.repeat(5000)}` }), 400);
    });

    for (const [name, path] of [
      ['a dot id', '/users/.'],
      ['a dot-dot id', '/users/..'],
      ['an encoded dot-dot id', '/users/%2e%2e'],
      ['a NUL in the id', '/users/%00'],
      ['a bad percent-encoding', '/users/%E0%A4%A'],
      ['a very long id', `/users/${'a'.repeat(4000)}`],
    ]) {
      it(`GET with ${name} -> 4xx`, async () => {
        expectProblem(await raw(b.url, { path: path! }), [400, 404]);
      });
    }

    const post = (body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
      raw(b.url, { method: 'POST', path: '/users', headers, body });

    it('a deeply nested array body -> 400', async () => {
      expectProblem(await post(deepArray(5000)), 400);
      expectProblem(await post(`{"name":${deepArray(4000)},"email":"x@example.com"}`), 400);
    });

    it('a deeply nested object body -> 400 (or 413 once over the limit)', async () => {
      expectProblem(await post(deepObject(2500)), 400);
      expectProblem(await post(deepObject(50_000)), 413);
    });

    it('malformed JSON, JSON that is not an object, and an empty body -> 400', async () => {
      expectProblem(await post('{"name":'), 400);
      expectProblem(await post('"just a string"'), 400);
      expectProblem(await post('null'), 400);
      expectProblem(await post(''), [400, 415]);
    });

    it(
      'a corrupt Content-Encoding -> 400, an unknown one -> 415, and nothing ' + 'is logged as a server error',
      async () => {
        const before = logged.length;
        expectProblem(
          await post('not gzip at all', { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
          400,
        );
        expectProblem(
          await post('not deflate', { 'content-type': 'application/json', 'content-encoding': 'deflate' }),
          400,
        );
        const truncated = gzipSync(Buffer.from(JSON.stringify({ name: 'Ada', email: 'ada@example.com' }))).subarray(
          0,
          12,
        );
        expectProblem(await post(truncated, { 'content-type': 'application/json', 'content-encoding': 'gzip' }), 400);
        expectProblem(await post('x', { 'content-type': 'application/json', 'content-encoding': 'br2' }), 415);
        expect(logged.length).to.equal(before);
      },
    );

    it('a body that is not JSON or not UTF-8 -> 415', async () => {
      expectProblem(await post('name=Ada', { 'content-type': 'application/x-www-form-urlencoded' }), 415);
      expectProblem(await post('{}', { 'content-type': 'application/json; charset=latin1' }), 415);
    });

    it('a body over the limit -> 413', async () => {
      expectProblem(await post(JSON.stringify({ name: 'x'.repeat(20_000), email: 'a@example.com' })), 413);
    });

    it('a declared 50 MB upload -> 413 before a byte of it is sent, and the connection is closed', async () => {
      const reply = await declaredUpload(b.url, '/users', 50 * 1024 * 1024);
      expectProblem(reply, 413);
      expect(reply.headers.connection).to.equal('close');
    });

    it('an endless chunked upload -> 413 after about the limit, not after the whole upload', async () => {
      const reply = await chunkedUpload(b.url, '/users', 50 * 1024 * 1024);
      expectProblem(reply, 413);
      expect(reply.sent).to.be.below(50 * 1024 * 1024);
    });

    it('a wrong method -> 405 with Allow', async () => {
      const reply = await raw(b.url, { method: 'PATCH', path: `/users/${randomUUID()}` });
      expectProblem(reply, 405);
      expect(reply.headers.allow).to.equal('GET, PUT, DELETE');
    });

    it('If-Match that no longer matches -> 412 on PUT and DELETE, and the user is left as it was', async () => {
      const user = store.seed({
        id: randomUUID(),
        name: 'Ada',
        email: 'ifmatch@example.com',
        createdAt: '2024-01-15T10:30:00.000Z',
        updatedAt: '2024-01-15T10:30:00.000Z',
      });
      const body = JSON.stringify({ name: 'Ada King', email: user.email });
      const json = { 'content-type': 'application/json' };
      for (const ifMatch of ['"stale"', `W/${etagOf(user)}`, '"a", "b"', 'garbage']) {
        expectProblem(
          await raw(b.url, {
            method: 'PUT',
            path: `/users/${user.id}`,
            headers: { ...json, 'if-match': ifMatch },
            body,
          }),
          412,
        );
        expectProblem(
          await raw(b.url, { method: 'DELETE', path: `/users/${user.id}`, headers: { 'if-match': ifMatch } }),
          412,
        );
      }
      expect(await store.get(user.id)).to.deep.equal(user);
      const ok = await raw(b.url, {
        method: 'PUT',
        path: `/users/${user.id}`,
        headers: { ...json, 'if-match': etagOf(user) },
        body,
      });
      expect(ok.status).to.equal(200);
      store.clear();
    });

    it(
      '50 concurrent writers with the same If-Match: exactly one wins, the ' + 'others get 412 (no lost update)',
      async () => {
        const user = store.seed({
          id: randomUUID(),
          name: 'Ada',
          email: 'race@example.com',
          createdAt: '2024-01-15T10:30:00.000Z',
          updatedAt: '2024-01-15T10:30:00.000Z',
        });
        const etag = etagOf(user);
        const replies = await Promise.all(
          Array.from({ length: 50 }, (_, n) =>
            raw(b.url, {
              method: 'PUT',
              path: `/users/${user.id}`,
              headers: { 'content-type': 'application/json', 'if-match': etag },
              body: JSON.stringify({ name: `Writer ${n}`, email: user.email }),
            }),
          ),
        );
        const statuses = replies.map((r) => r.status);
        expect(statuses.filter((s) => s === 200)).to.have.length(1);
        expect(statuses.filter((s) => s === 412)).to.have.length(49);
        store.clear();
      },
    );

    it('no bad request above was logged as a server error', () => {
      expect(logged).to.deep.equal([]);
    });
  });

  describe('Service A', () => {
    let b: RunningProvider;
    let proxy: FaultProxy;
    let a: RunningConsumer;
    before(async () => {
      b = await startProvider({ port: 0, logger: { error: () => undefined } });
      proxy = await new FaultProxy(b.url).start();
      a = await startConsumer({ port: 0, serviceBUrl: proxy.url, logger: { error: () => undefined } });
    });
    after(async () => {
      await a.close();
      await proxy.stop();
      await b.close();
    });
    beforeEach(() => {
      proxy.requests.length = 0;
    });

    for (const path of [
      '/profiles/.',
      '/profiles/..',
      '/profiles/%2e',
      '/profiles/%2E%2E',
      '/profiles/%2F',
      '/profiles/not-a-uuid',
      `/profiles/${'a'.repeat(5000)}`,
      '/profiles/%00',
    ]) {
      it(`GET ${path.slice(0, 40)} -> 400 without calling B`, async () => {
        const problem = expectProblem(await raw(a.url, { path }), [400, 404]);
        if (problem.status === 400) expect(problem.errors).to.have.length.of.at.least(1);
        expect(proxy.requests).to.deep.equal([]);
      });
    }

    it(
      'a thousand query parameters -> 400, a request line over the header ' + 'limit -> 431, without calling B',
      async () => {
        const problem = expectProblem(await raw(a.url, { path: `/profiles/${randomUUID()}?${manyParams(1000)}` }), 400);
        expect(problem.errors).to.have.length(20);
        expectProblem(await raw(a.url, { path: `/profiles/${randomUUID()}?${manyParams(5000)}` }), 431);
        expect(proxy.requests).to.deep.equal([]);
      },
    );

    it('a wrong method -> 405 with Allow, like B', async () => {
      const put = await raw(a.url, { method: 'PUT', path: `/profiles/${randomUUID()}` });
      expectProblem(put, 405);
      expect(put.headers.allow).to.equal('GET, HEAD');
      const get = await raw(a.url, { path: '/handle' });
      expectProblem(get, 405);
      expect(get.headers.allow).to.equal('POST');
    });

    const handle = (body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
      raw(a.url, { method: 'POST', path: '/handle', headers, body });

    it('a body that is not JSON -> 415, like B', async () => {
      expectProblem(await handle('data=x', { 'content-type': 'text/plain' }), 415);
      expectProblem(await handle('data=x', {}), 415);
      expectProblem(await handle('{}', { 'content-type': 'application/json; charset=latin1' }), 415);
    });

    it('malformed, deeply nested and wrongly typed bodies -> 400', async () => {
      expectProblem(await handle('{"data":'), 400);
      expectProblem(await handle(deepArray(5000)), 400);
      expectProblem(await handle(`{"data":${deepObject(2500)}}`), 400);
      expectProblem(await handle('{"data":1}'), 400);
    });

    it('a corrupt Content-Encoding -> 400, an unknown one -> 415', async () => {
      expectProblem(await handle('not gzip', { 'content-type': 'application/json', 'content-encoding': 'gzip' }), 400);
      expectProblem(await handle('x', { 'content-type': 'application/json', 'content-encoding': 'br2' }), 415);
    });

    it('oversized bodies -> 413, a declared 50 MB upload before it is sent', async () => {
      expectProblem(await handle(JSON.stringify({ data: 'x'.repeat(20_000) })), 413);
      const reply = await declaredUpload(a.url, '/handle', 50 * 1024 * 1024);
      expectProblem(reply, 413);
      expect(reply.headers.connection).to.equal('close');
      const chunked = await chunkedUpload(a.url, '/handle', 50 * 1024 * 1024);
      expectProblem(chunked, 413);
      expect(chunked.sent).to.be.below(50 * 1024 * 1024);
    });

    it('none of the bad requests above reached B', () => {
      expect(proxy.requests).to.deep.equal([]);
    });
  });
});

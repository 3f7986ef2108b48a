import { expect } from 'chai';
import { startConsumer } from '../../consumer/server.ts';
import type { RunningConsumer } from '../../consumer/server.ts';
import { loadConsumerConfig } from '../../consumer/config.ts';
import { StubServer, closedPortUrl, hang, json } from '../fixtures/stub-server.ts';
import { runChild } from '../fixtures/child-service.ts';

const ADA = {
  id: '6b1f3c7e-2d4a-4f8b-9c1e-5a7d3e9f1b20',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  createdAt: '2024-01-15T10:30:00.000Z',
  updatedAt: '2024-01-15T10:30:00.000Z',
};

async function get(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

describe('Service A (consumer app) maps Service B to its own API', () => {
  const stub = new StubServer();
  let a: RunningConsumer;
  const logged: string[] = [];
  before(async () => {
    await stub.start();
    // No negative cache here: these tests script different answers for one id.
    a = await startConsumer({
      port: 0,
      serviceBUrl: stub.url,
      timeoutMs: 300,
      maxAttempts: 2,
      userCacheTtlMs: 0,
      notFoundCacheTtlMs: 0,
      logger: { error: (m) => logged.push(m) },
    });
  });
  after(async () => {
    await a.close();
    await stub.stop();
  });

  it("GET /profiles/{id} is composed from B's user", async () => {
    stub.script(json(200, ADA, { etag: '"v1"' }));
    const reply = await get(`${a.url}/profiles/${ADA.id}`);
    expect(reply.status).to.equal(200);
    expect(reply.body).to.deep.equal({
      id: ADA.id,
      displayName: ADA.name,
      email: ADA.email,
      memberSince: ADA.createdAt,
    });
    expect(stub.requests[0]!.url).to.equal(`/users/${ADA.id}`);
  });

  it("B's 404 becomes A's 404 problem", async () => {
    stub.script(json(404, { title: 'Not Found', status: 404 }));
    const reply = await get(`${a.url}/profiles/${ADA.id}`);
    expect(reply.status).to.equal(404);
    expect(reply.headers.get('content-type')).to.match(/^application\/problem\+json/);
    expect(reply.body).to.include({ status: 404, title: 'Not Found' });
  });

  it("B's 400 becomes A's 400 with the field errors", async () => {
    const errors = [{ field: 'id', in: 'path', message: 'must match format "uuid"' }];
    stub.script(json(400, { title: 'Validation failed', status: 400, detail: 'bad', errors }));
    const reply = await get(`${a.url}/profiles/42`);
    expect(reply.status).to.equal(400);
    expect(reply.body?.errors).to.deep.equal(errors);
  });

  it('B failing (500) becomes 502; B overloaded (503 after retries) becomes 503 with Retry-After', async () => {
    stub.script(json(500, { title: 'Internal Server Error', status: 500, detail: 'An unexpected error occurred.' }));
    const bad = await get(`${a.url}/profiles/${ADA.id}`);
    expect(bad.status).to.equal(502);
    expect(bad.body).to.include({ status: 502 });
    stub.script(json(503, { status: 503 }, { 'retry-after': '0' }));
    const busy = await get(`${a.url}/profiles/${ADA.id}`);
    expect(busy.status).to.equal(503);
    expect(busy.headers.get('retry-after')).to.equal('5');
    expect(stub.requests).to.have.length(2); // retried once (maxAttempts 2)
  });

  it('B too slow becomes 504', async () => {
    stub.script(hang);
    const reply = await get(`${a.url}/profiles/${ADA.id}`);
    expect(reply.status).to.equal(504);
    expect(reply.body).to.include({ status: 504, title: 'Gateway Timeout' });
  });

  it('B down becomes 503 problem, without internals', async () => {
    const down = await startConsumer({
      port: 0,
      serviceBUrl: await closedPortUrl(),
      maxAttempts: 2,
      logger: { error: () => undefined },
    });
    try {
      const reply = await get(`${down.url}/profiles/${ADA.id}`);
      expect(reply.status).to.equal(503);
      expect(JSON.stringify(reply.body)).not.to.match(/ECONNREFUSED|127\.0\.0\.1/);
    } finally {
      await down.close();
    }
  });

  it('POST /handle runs ServiceA.handle; a bad body is a 400 problem', async () => {
    stub.script(json(200, { result: 'Processed hi' }));
    const ok = await get(`${a.url}/handle`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"data":"hi"}',
    });
    expect(ok.body).to.deep.equal({ message: 'ServiceA got: Processed hi' });
    const bad = await get(`${a.url}/handle`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"data":1}',
    });
    expect(bad.status).to.equal(400);
    const malformed = await get(`${a.url}/handle`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(malformed.status).to.equal(400);
    expect(malformed.headers.get('content-type')).to.match(/^application\/problem\+json/);
  });

  it('unknown paths are a 404 problem', async () => {
    const reply = await get(`${a.url}/nope`);
    expect(reply.status).to.equal(404);
    expect(reply.body).to.include({ status: 404 });
  });

  describe('configuration', () => {
    it('reads PORT, SERVICE_B_URL and the client settings from the environment', () => {
      const config = loadConsumerConfig({
        PORT: '4000',
        SERVICE_B_URL: 'http://127.0.0.2:9',
        SERVICE_B_TIMEOUT_MS: '500',
        USER_CACHE_TTL_MS: '0',
      });
      expect(config).to.include({
        port: 4000,
        serviceBUrl: 'http://127.0.0.2:9',
        timeoutMs: 500,
        userCacheTtlMs: 0,
        maxAttempts: 3,
      });
      expect(loadConsumerConfig({})).to.include({ port: 3000, serviceBUrl: 'http://127.0.0.1:3001' });
    });

    it('names the variable and the fix for a bad value', () => {
      expect(() => loadConsumerConfig({ SERVICE_B_URL: 'ftp://x' })).to.throw(
        'SERVICE_B_URL=ftp://x is not an http(s) URL; set it like http://127.0.0.1:3001',
      );
      expect(() => loadConsumerConfig({ SERVICE_B_MAX_ATTEMPTS: '0' })).to.throw(
        /SERVICE_B_MAX_ATTEMPTS=0 is invalid; set it to an integer between 1 and 10/,
      );
    });

    it('the server entry exits 2 with that one line', async function () {
      this.timeout(60_000);
      const { code, output } = await runChild('consumer/server.ts', { SERVICE_B_URL: 'nope', PORT: '0' });
      expect(code).to.equal(2);
      expect(output.trim()).to.equal(
        'service-a: SERVICE_B_URL=nope is not an http(s) URL; set it like http://127.0.0.1:3001',
      );
    });
  });
});

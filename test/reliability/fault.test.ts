import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { startProvider } from '../../provider/server.ts';
import type { RunningProvider } from '../../provider/server.ts';
import { InMemoryUserStore } from '../../provider/store.ts';
import type { User } from '../../provider/store.ts';
import { startConsumer } from '../../consumer/server.ts';
import type { ConsumerConfig } from '../../consumer/config.ts';
import { FaultProxy } from '../fixtures/fault-proxy.ts';
import type { Fault } from '../fixtures/fault-proxy.ts';

const AT = '2024-01-15T10:30:00.000Z';

function user(n: number): User {
  return { id: randomUUID(), name: `User ${n}`, email: `user${n}@example.com`, createdAt: AT, updatedAt: AT };
}

interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

async function get(url: string): Promise<Reply> {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

interface Line {
  message: string;
  details: unknown;
}

/** B (real) <- fault proxy <- A (real), all on 127.0.0.1 ephemeral ports. */
async function chain(config: Partial<ConsumerConfig> = {}) {
  const store = new InMemoryUserStore();
  const b = await startProvider({ store, port: 0, logger: { error: () => undefined } });
  const proxy = await new FaultProxy(b.url).start();
  const logged: Line[] = [];
  const a = await startConsumer({
    port: 0,
    serviceBUrl: proxy.url,
    timeoutMs: 500,
    maxAttempts: 3,
    userCacheTtlMs: 60_000,
    logger: {
      error: (message, details) => logged.push({ message, details }),
      warn: (message, details) => logged.push({ message, details }),
    },
    ...config,
  });
  const close = async () => {
    await a.close();
    await proxy.stop();
    await b.close();
  };
  return { store, b, proxy, a, logged, close };
}

describe('fault suite: Service A behind a fault-injecting proxy in front of Service B', function () {
  this.timeout(60_000);
  let env: Awaited<ReturnType<typeof chain>> | undefined;
  afterEach(async () => {
    await env?.close();
    env = undefined;
  });

  it(
    'under a persistent 503 the breaker opens: at most 1.2 requests reach B ' +
      'per request to A, and the open path does not call B',
    async () => {
      env = await chain({ userCacheTtlMs: 0, breakerHalfOpenMs: 60_000, breakerFailureThreshold: 5 });
      const { a, proxy } = env;
      proxy.fault = { kind: 'status', status: 503 };
      const total = 100;
      let opened = -1;
      let hitsAtOpen = 0;
      for (let i = 0; i < total; i++) {
        const reply = await get(`${a.url}/profiles/${randomUUID()}`);
        expect(reply.status).to.equal(503);
        expect(reply.headers.get('content-type')).to.match(/^application\/problem\+json/);
        expect(reply.headers.get('retry-after')).to.match(/^\d+$/);
        if (opened < 0 && a.guard.state === 'open') {
          opened = i + 1;
          hitsAtOpen = proxy.requests.length;
        }
      }
      expect(opened, 'the breaker opened').to.be.greaterThan(0);
      // Before it opened: at most maxAttempts per request, and the threshold bounds how many went through.
      expect(hitsAtOpen).to.be.at.most(5);
      // Once open: no request to A reached B (the half-open probe is 60 s away).
      expect(proxy.requests.length).to.equal(hitsAtOpen);
      expect(proxy.requests.length / total).to.be.at.most(1.2);
      const ratioAfterOpen = (proxy.requests.length - hitsAtOpen) / (total - opened);
      expect(ratioAfterOpen).to.be.at.most(1.2);
      console.log(
        `      [fault counts] persistent 503: ${total} requests to A ` +
          `-> ${proxy.requests.length} reached B (breaker opened after ` +
          `request ${opened}; ${ratioAfterOpen.toFixed(2)} per request ` +
          `once open)`,
      );
    },
  );

  it(
    'while open, A answers 503 problem+json with Retry-After at once; after ' +
      'halfOpenAfter one probe goes through and closes it',
    async () => {
      env = await chain({ userCacheTtlMs: 0, breakerHalfOpenMs: 300, breakerFailureThreshold: 3, maxAttempts: 1 });
      const { a, proxy, store } = env;
      const ada = store.seed(user(1));
      proxy.fault = { kind: 'status', status: 500 };
      for (let i = 0; i < 3; i++) expect((await get(`${a.url}/profiles/${ada.id}`)).status).to.equal(502);
      expect(a.guard.state).to.equal('open');
      const before = proxy.requests.length;
      const open = await get(`${a.url}/profiles/${ada.id}`);
      expect(open.status).to.equal(503);
      expect(open.headers.get('retry-after')).to.equal('1');
      expect(JSON.parse(open.text)).to.include({ status: 503, title: 'Service Unavailable' });
      expect(proxy.requests.length, 'the open path did not call B').to.equal(before);
      // B recovers; after halfOpenAfter, the next call is the probe and closes the circuit.
      proxy.fault = { kind: 'pass' };
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect((await get(`${a.url}/profiles/${ada.id}`)).status).to.equal(200);
      expect(proxy.requests.length).to.equal(before + 1);
      expect(a.guard.state).to.equal('closed');
    },
  );

  it('a failed probe opens the circuit again', async () => {
    env = await chain({ userCacheTtlMs: 0, breakerHalfOpenMs: 200, breakerFailureThreshold: 2, maxAttempts: 1 });
    const { a, proxy } = env;
    proxy.fault = { kind: 'status', status: 500 };
    const id = randomUUID();
    await get(`${a.url}/profiles/${id}`);
    await get(`${a.url}/profiles/${id}`);
    expect(a.guard.state).to.equal('open');
    await new Promise((resolve) => setTimeout(resolve, 250));
    const before = proxy.requests.length;
    expect((await get(`${a.url}/profiles/${id}`)).status).to.equal(502);
    expect(proxy.requests.length).to.equal(before + 1);
    expect(a.guard.state).to.equal('open');
  });

  it('concurrent misses for one id reach B once', async () => {
    env = await chain();
    const { a, proxy, store } = env;
    const ada = store.seed(user(1));
    proxy.fault = { kind: 'delay', ms: 150 };
    const replies = await Promise.all(Array.from({ length: 25 }, () => get(`${a.url}/profiles/${ada.id}`)));
    expect(replies.map((r) => r.status)).to.deep.equal(Array.from({ length: 25 }, () => 200));
    expect(proxy.requests).to.deep.equal([`GET /users/${ada.id}`]);
    console.log(`      [fault counts] 25 concurrent misses for one id -> ${proxy.requests.length} request reached B`);
  });

  const faults: Array<[string, Fault]> = [
    ['killed connections', { kind: 'kill' }],
    ['reset connections', { kind: 'reset' }],
    ['truncated bodies', { kind: 'truncate' }],
    ['500', { kind: 'status', status: 500 }],
    ['502', { kind: 'status', status: 502 }],
    ['503', { kind: 'status', status: 503 }],
    ['answers slower than the timeout', { kind: 'delay', ms: 1000 }],
  ];

  for (const [name, fault] of faults) {
    it(`a stale cached user is served while B fails with ${name}`, async () => {
      env = await chain({ userCacheTtlMs: 1, timeoutMs: 300 });
      const { a, proxy, store, logged } = env;
      const ada = store.seed(user(1));
      const fresh = await get(`${a.url}/profiles/${ada.id}`);
      expect(fresh.status).to.equal(200);
      await new Promise((resolve) => setTimeout(resolve, 5)); // past the 1 ms TTL: stale
      proxy.fault = fault;
      const stale = await get(`${a.url}/profiles/${ada.id}`);
      expect(stale.status).to.equal(200);
      expect(stale.text).to.equal(fresh.text);
      expect(proxy.requests.length).to.be.greaterThan(1);
      expect(logged.filter((l) => (l.details as { served?: string }).served === 'stale')).to.have.length(1);
    });

    it(
      `without a cached copy, ${name} become one 5xx problem from ` + `A and one structured log line, no stack trace`,
      async () => {
        env = await chain({ userCacheTtlMs: 0, timeoutMs: 300 });
        const { a, proxy, logged } = env;
        proxy.fault = fault;
        const reply = await get(`${a.url}/profiles/${randomUUID()}`);
        expect(reply.status).to.be.oneOf([502, 503, 504]);
        expect(reply.headers.get('content-type')).to.match(/^application\/problem\+json/);
        expect(reply.text).not.to.match(/\bat .*:\d+|ECONN|127\.0\.0\.1|node_modules/);
        expect(proxy.requests.length).to.be.at.most(3);
        const failures = logged.filter((l) => (l.details as { event?: string }).event === 'upstream_failure');
        expect(failures).to.have.length(1);
        expect(JSON.stringify(failures[0])).not.to.match(/\n\s+at |\.ts:\d+/);
        expect(failures[0]!.details).to.include.keys('kind', 'method', 'path');
      },
    );
  }

  it('404s are remembered briefly: repeated reads of a missing id reach B once', async () => {
    env = await chain({ notFoundCacheTtlMs: 60_000 });
    const { a, proxy } = env;
    const id = randomUUID();
    for (let i = 0; i < 5; i++) expect((await get(`${a.url}/profiles/${id}`)).status).to.equal(404);
    expect(proxy.requests).to.have.length(1);
  });

  it('the retry budget caps retries under a persistent 503 even before the breaker opens', async () => {
    // A breaker that never opens: only the budget limits the retries.
    env = await chain({ userCacheTtlMs: 0, breakerFailureThreshold: 1000, maxAttempts: 3 });
    const { a, proxy } = env;
    proxy.fault = { kind: 'status', status: 503 };
    const total = 200;
    for (let i = 0; i < total; i++) await get(`${a.url}/profiles/${randomUUID()}`);
    // Without a budget: 3 per request (600). With it: 1 + 10% + 1 retry per second of the 10 s window.
    const ratio = proxy.requests.length / total;
    expect(ratio).to.be.at.most(1.2);
    console.log(
      `      [fault counts] persistent 503, breaker disabled: ${total} ` +
        `requests to A -> ${proxy.requests.length} reached B (${ratio.toFixed(2)} ` +
        `per request)`,
    );
  });

  describe('shutdown loses no in-flight request', () => {
    it(
      'A: requests in flight when close() starts are answered, with ' +
        'Connection: close; new connections are refused',
      async () => {
        env = await chain({ userCacheTtlMs: 0 });
        const { a, proxy, store } = env;
        const users = Array.from({ length: 10 }, (_, n) => store.seed(user(n)));
        proxy.fault = { kind: 'delay', ms: 300 };
        const pending = users.map((u) => rawGet(a.url, `/profiles/${u.id}`));
        while (proxy.requests.length < users.length) await new Promise((resolve) => setTimeout(resolve, 10));
        const closed = a.close();
        const replies = await Promise.all(pending);
        await closed;
        expect(replies.map((r) => r.status)).to.deep.equal(users.map(() => 200));
        expect(replies.every((r) => r.connection === 'close')).to.equal(true);
        expect(
          await rawGet(a.url, `/profiles/${users[0]!.id}`).then(
            () => 'accepted',
            () => 'refused',
          ),
        ).to.equal('refused');
      },
    );

    it(
      'B: requests in flight on keep-alive connections when close() starts ' + 'are answered, with Connection: close',
      async () => {
        const slow = new InMemoryUserStore();
        const get = slow.get.bind(slow);
        slow.get = async (id: string) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          return get(id);
        };
        const b: RunningProvider = await startProvider({ store: slow, port: 0, logger: { error: () => undefined } });
        try {
          const ada = slow.seed(user(1));
          const agent = new (await import('node:http')).Agent({ keepAlive: true, maxSockets: 20 });
          // One idle keep-alive connection.
          await rawGet(b.url, '/openapi.json', agent);
          const pending = Array.from({ length: 10 }, () => rawGet(b.url, `/users/${ada.id}`, agent));
          await new Promise((resolve) => setTimeout(resolve, 100));
          const closed = b.close();
          const replies = await Promise.all(pending);
          await closed;
          expect(replies.map((r) => r.status)).to.deep.equal(Array.from({ length: 10 }, () => 200));
          expect(replies.every((r) => r.connection === 'close')).to.equal(true);
          agent.destroy();
        } finally {
          await b.close();
        }
      },
    );

    it(
      'B: a request on an idle keep-alive connection just after close() ' +
        'starts gets 503 + Connection: close, not a reset',
      async () => {
        const b: RunningProvider = await startProvider({ port: 0, logger: { error: () => undefined } });
        const agent = new (await import('node:http')).Agent({ keepAlive: true, maxSockets: 1 });
        try {
          expect((await rawGet(b.url, '/openapi.json', agent)).status).to.equal(200);
          const closed = b.close();
          const late = await rawGet(b.url, '/openapi.json', agent);
          expect(late.status).to.equal(503);
          expect(late.connection).to.equal('close');
          await closed;
        } finally {
          agent.destroy();
          await b.close();
        }
      },
    );
  });
});

function rawGet(
  base: string,
  path: string,
  agent?: import('node:http').Agent,
): Promise<{ status: number; connection: string | undefined; text: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'GET', ...(agent ? { agent } : {}) },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, text }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * The Pact Broker client against a local stub of the documented endpoints (no real broker runs here).
 */

import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { InputError } from '../../../versioning/model.ts';
import { DEFAULT_SELECTORS, brokerConfigFromEnv, fetchPactsFromBroker } from '../../../versioning/broker/index.ts';
import { startStubBroker } from './stub-broker.ts';
import type { StubBroker, StubPact } from './stub-broker.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../../fixtures/crosscheck');
const pactBody = (name: string): object =>
  JSON.parse(readFileSync(path.join(fixtures, name, 'pact.json'), 'utf8')) as object;

const PACTS: StubPact[] = [
  { consumer: 'WebApp', provider: 'Users', body: pactBody('valid-interaction') },
  { consumer: 'WebApp', provider: 'Users', body: pactBody('undocumented-response-status') },
  {
    consumer: 'Billing',
    provider: 'Invoices',
    body: { consumer: { name: 'Billing' }, provider: { name: 'Invoices' }, interactions: [] },
  },
];

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

describe('broker: fetchPactsFromBroker', () => {
  let broker: StubBroker | undefined;
  afterEach(async () => {
    await broker?.close();
    broker = undefined;
  });

  it('follows the index link, posts the selectors and fetches each pact (bearer token)', async () => {
    broker = await startStubBroker({ authorization: 'Bearer s3cret', pacts: PACTS });
    const pacts = await fetchPactsFromBroker({ baseUrl: broker.url, provider: 'Users', auth: { token: 's3cret' } });

    expect(pacts.map((file) => file.pact.provider.name)).to.deep.equal(['Users', 'Users']);
    expect(pacts[1]?.pact.interactions[0]?.['description']).to.equal('a request for user 1 while the store is down');
    expect(pacts[0]?.source).to.equal(`${broker.url}/pacts/provider/Users/consumer/WebApp/pact-version/0`);

    expect(broker.requests.map((request) => `${request.method} ${request.url}`)).to.deep.equal([
      'GET /',
      'POST /pacts/provider/Users/for-verification',
      'GET /pacts/provider/Users/consumer/WebApp/pact-version/0',
      'GET /pacts/provider/Users/consumer/WebApp/pact-version/1',
    ]);
    expect(broker.requests.every((request) => request.authorization === 'Bearer s3cret')).to.equal(true);
    const post = broker.requests[1]!;
    expect(post.contentType).to.equal('application/json');
    expect(JSON.parse(post.body)).to.deep.equal({
      consumerVersionSelectors: [{ mainBranch: true }, { deployedOrReleased: true }],
      includePendingStatus: false,
    });
    expect(DEFAULT_SELECTORS).to.deep.equal([{ mainBranch: true }, { deployedOrReleased: true }]);
  });

  it('uses basic auth and keeps a path prefix in the base URL', async () => {
    const header = `Basic ${Buffer.from('ci:pa55').toString('base64')}`;
    broker = await startStubBroker({ authorization: header, pacts: PACTS, prefix: '/broker' });
    const pacts = await fetchPactsFromBroker({
      baseUrl: broker.url,
      provider: 'Users',
      auth: { username: 'ci', password: 'pa55' },
    });
    expect(pacts).to.have.length(2);
    expect(broker.requests[0]?.url).to.equal('/broker/');
    expect(broker.requests[1]?.url).to.equal('/broker/pacts/provider/Users/for-verification');
  });

  it('escapes the provider name in the templated link', async () => {
    const pacts: StubPact[] = [
      {
        consumer: 'Web App',
        provider: 'User Service',
        body: { consumer: { name: 'Web App' }, provider: { name: 'User Service' }, interactions: [] },
      },
    ];
    broker = await startStubBroker({ pacts });
    const fetched = await fetchPactsFromBroker({ baseUrl: broker.url, provider: 'User Service' });
    expect(fetched).to.have.length(1);
    expect(broker.requests[1]?.url).to.equal('/pacts/provider/User%20Service/for-verification');
  });

  it('401: says to check PACT_BROKER_TOKEN', async () => {
    broker = await startStubBroker({ authorization: 'Bearer right', pacts: PACTS });
    const error = await rejection(
      fetchPactsFromBroker({ baseUrl: broker.url, provider: 'Users', auth: { token: 'wrong' } }),
    );
    expect(error).to.be.instanceOf(InputError);
    expect(error.message).to.include('401').and.to.include('check PACT_BROKER_TOKEN').and.to.include(broker.url);
    expect(error.message).not.to.include('wrong');
  });

  it('401 with basic auth or no auth names the variables to set', async () => {
    broker = await startStubBroker({ authorization: 'Bearer right', pacts: PACTS });
    const basic = await rejection(
      fetchPactsFromBroker({ baseUrl: broker.url, provider: 'Users', auth: { username: 'u', password: 'p' } }),
    );
    expect(basic.message).to.include('check PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD');
    const none = await rejection(fetchPactsFromBroker({ baseUrl: broker.url, provider: 'Users' }));
    expect(none.message).to.include('set PACT_BROKER_TOKEN');
  });

  it('unreachable broker: names the URL', async () => {
    // A port that was just free: bind, note it, close.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await rejection(
      fetchPactsFromBroker({ baseUrl: `http://127.0.0.1:${port}`, provider: 'Users', timeoutMs: 5000 }),
    );
    expect(error).to.be.instanceOf(InputError);
    expect(error.message).to.match(new RegExp(`cannot reach the Pact Broker at http://127\\.0\\.0\\.1:${port}/`));
    expect(error.message).to.include('ECONNREFUSED');
  });

  it('a hung broker times out instead of hanging', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent = http.createServer(() => {
      /* never answers */
    });
    silent.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const error = await rejection(
        fetchPactsFromBroker({ baseUrl: `http://127.0.0.1:${port}`, provider: 'Users', timeoutMs: 200 }),
      );
      expect(error.message).to.include('timed out').and.to.include(`127.0.0.1:${port}`);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('no pacts for the provider: says so and how to publish', async () => {
    broker = await startStubBroker({ pacts: PACTS, providersWithoutPacts: ['Orders'] });
    const error = await rejection(fetchPactsFromBroker({ baseUrl: broker.url, provider: 'Orders' }));
    expect(error).to.be.instanceOf(InputError);
    expect(error.message).to.include('no pacts for provider "Orders"').and.to.include('npm run publish:pacts');
  });

  it('unknown provider (404): points at the provider name', async () => {
    broker = await startStubBroker({ pacts: PACTS });
    const error = await rejection(fetchPactsFromBroker({ baseUrl: broker.url, provider: 'Nobody' }));
    expect(error.message).to.include('404').and.to.include('provider name');
  });

  it('refuses links to another origin (requests go only to the configured broker)', async () => {
    broker = await startStubBroker({ pacts: PACTS, linkOrigin: 'http://broker.internal:9292' });
    const error = await rejection(fetchPactsFromBroker({ baseUrl: broker.url, provider: 'Users' }));
    expect(error.message).to.include('links to another origin (http://broker.internal:9292)');
    expect(broker.requests).to.have.length(1);
  });

  it('an index without the pacts-for-verification link: says the URL is not a (recent) broker', async () => {
    broker = await startStubBroker({ pacts: PACTS, omitVerificationLink: true });
    const error = await rejection(fetchPactsFromBroker({ baseUrl: broker.url, provider: 'Users' }));
    expect(error.message).to.include('pb:provider-pacts-for-verification');
  });

  it('rejects a base URL that is not http(s)', async () => {
    const error = await rejection(fetchPactsFromBroker({ baseUrl: 'ftp://example.com', provider: 'Users' }));
    expect(error).to.be.instanceOf(InputError);
    expect(error.message).to.include('PACT_BROKER_BASE_URL');
  });

  it('uses an injected fetch (no network at all)', async () => {
    const calls: string[] = [];
    const fake = async (input: string, init?: RequestInit): Promise<Response> => {
      calls.push(`${init?.method ?? 'GET'} ${input}`);
      if (input === 'https://broker.example.com/') {
        return Response.json({
          _links: {
            'pb:provider-pacts-for-verification': {
              href: 'https://broker.example.com/pacts/provider/{provider}/for-verification',
            },
          },
        });
      }
      if (input.endsWith('/for-verification'))
        return Response.json({
          _embedded: { pacts: [{ _links: { self: { href: 'https://broker.example.com/p/1' } } }] },
        });
      return Response.json({ consumer: { name: 'WebApp' }, provider: { name: 'Users' }, interactions: [] });
    };
    const pacts = await fetchPactsFromBroker({ baseUrl: 'https://broker.example.com', provider: 'Users', fetch: fake });
    expect(pacts[0]?.source).to.equal('https://broker.example.com/p/1');
    expect(calls).to.deep.equal([
      'GET https://broker.example.com/',
      'POST https://broker.example.com/pacts/provider/Users/for-verification',
      'GET https://broker.example.com/p/1',
    ]);
  });

  it('a fetched document that is not a pact is an InputError naming its URL', async () => {
    broker = await startStubBroker({ pacts: [{ consumer: 'WebApp', provider: 'Users', body: { hello: 'world' } }] });
    const error = await rejection(fetchPactsFromBroker({ baseUrl: broker.url, provider: 'Users' }));
    expect(error).to.be.instanceOf(InputError);
    expect(error.message)
      .to.include(`${broker.url}/pacts/provider/Users/consumer/WebApp/pact-version/0`)
      .and.to.include('consumer.name');
  });
});

describe('broker: brokerConfigFromEnv', () => {
  it('is undefined without PACT_BROKER_BASE_URL (the broker is opt-in)', () => {
    expect(brokerConfigFromEnv({})).to.equal(undefined);
    expect(brokerConfigFromEnv({ PACT_BROKER_BASE_URL: '  ', PACT_BROKER_TOKEN: 't' })).to.equal(undefined);
  });
  it('prefers the bearer token, else basic auth, else none', () => {
    expect(
      brokerConfigFromEnv({ PACT_BROKER_BASE_URL: 'https://b', PACT_BROKER_TOKEN: 't', PACT_BROKER_USERNAME: 'u' }),
    ).to.deep.equal({
      baseUrl: 'https://b',
      auth: { token: 't' },
    });
    expect(
      brokerConfigFromEnv({ PACT_BROKER_BASE_URL: 'https://b', PACT_BROKER_USERNAME: 'u', PACT_BROKER_PASSWORD: 'p' }),
    ).to.deep.equal({
      baseUrl: 'https://b',
      auth: { username: 'u', password: 'p' },
    });
    expect(brokerConfigFromEnv({ PACT_BROKER_BASE_URL: 'https://b' })).to.deep.equal({ baseUrl: 'https://b' });
  });
});

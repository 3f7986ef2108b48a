/**
 * A stub of the Pact Broker endpoints contract-kit uses, on 127.0.0.1 and an ephemeral port.
 * It is NOT a broker: it answers the documented HAL shapes (index, pacts for verification,
 * pact, publish contracts, matrix) and records every request so tests can assert on them.
 */

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  authorization?: string;
  contentType?: string;
  body: string;
}

export interface StubPact {
  consumer: string;
  provider: string;
  body: object;
}

export interface StubBrokerOptions {
  /** The exact Authorization header every request must carry; others get 401. */
  authorization?: string;
  pacts?: StubPact[];
  /** Path prefix the broker lives under (`/broker`). */
  prefix?: string;
  /** Origin to put in links instead of the stub's own (to test off-origin links). */
  linkOrigin?: string;
  /** Providers the broker knows but has no pacts for (others without pacts answer 404). */
  providersWithoutPacts?: string[];
  /** Drop the pacts-for-verification link from the index. */
  omitVerificationLink?: boolean;
}

export interface StubBroker {
  /** Base URL to configure as PACT_BROKER_BASE_URL. */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startStubBroker(options: StubBrokerOptions = {}): Promise<StubBroker> {
  const prefix = options.prefix ?? '';
  const pacts = options.pacts ?? [];
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', body };
      if (req.headers.authorization !== undefined) recorded.authorization = req.headers.authorization;
      if (req.headers['content-type'] !== undefined) recorded.contentType = req.headers['content-type'];
      requests.push(recorded);
      const origin = options.linkOrigin ?? `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const base = `${origin}${prefix}`;
      const send = (status: number, value: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/hal+json;charset=utf-8' });
        res.end(JSON.stringify(value));
      };
      if (options.authorization !== undefined && req.headers.authorization !== options.authorization) {
        send(401, { error: 'Unauthorized' });
        return;
      }
      const url = new URL(req.url ?? '/', 'http://stub');
      const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
      if (req.method === 'GET' && (path === '/' || path === '')) {
        const links: Record<string, unknown> = {
          self: { href: `${base}/` },
          'pb:publish-contracts': { href: `${base}/contracts/publish` },
        };
        if (!options.omitVerificationLink) {
          links['pb:provider-pacts-for-verification'] = {
            href: `${base}/pacts/provider/{provider}/for-verification`,
            title: 'Pact versions to be verified for the specified provider',
            templated: true,
          };
        }
        send(200, { _links: links });
        return;
      }
      const forVerification = /^\/pacts\/provider\/([^/]+)\/for-verification$/.exec(path);
      if (req.method === 'POST' && forVerification) {
        const provider = decodeURIComponent(forVerification[1] ?? '');
        const mine = pacts.filter((pact) => pact.provider === provider);
        if (mine.length === 0 && !(options.providersWithoutPacts ?? []).includes(provider)) {
          send(404, { error: `No provider with name '${provider}' found` });
          return;
        }
        send(200, {
          _embedded: {
            pacts: mine.map((pact, index) => ({
              shortDescription: `latest from ${pact.consumer}'s main branch`,
              verificationProperties: {
                notices: [{ when: 'before_verification', text: 'The pact is being verified because ...' }],
              },
              _links: {
                self: {
                  href:
                    `${base}/pacts/provider/${encodeURIComponent(provider)}` +
                    `/consumer/${encodeURIComponent(pact.consumer)}/pact-version/${index}`,
                  name: `Pact between ${pact.consumer} (1.0.0) and ${provider}`,
                },
              },
            })),
          },
          _links: {
            self: { href: `${base}/pacts/provider/${provider}/for-verification`, title: 'Pacts to be verified' },
          },
        });
        return;
      }
      const pactVersion = /^\/pacts\/provider\/([^/]+)\/consumer\/([^/]+)\/pact-version\/(\d+)$/.exec(path);
      if (req.method === 'GET' && pactVersion) {
        const provider = decodeURIComponent(pactVersion[1] ?? '');
        const mine = pacts.filter((pact) => pact.provider === provider);
        const pact = mine[Number(pactVersion[3])];
        if (pact) send(200, pact.body);
        else send(404, { error: 'no such pact' });
        return;
      }
      if (req.method === 'POST' && path === '/contracts/publish') {
        send(200, {
          notices: [{ type: 'success', text: 'Published (stub)' }],
          _embedded: {
            pacticipant: { name: 'stub', _links: { self: { href: `${base}/` } } },
            version: { number: 'stub', _links: { self: { href: `${base}/` } } },
          },
          _links: { self: { href: `${base}/` }, 'pb:pacticipant-version-tags': [], 'pb:contracts': [] },
        });
        return;
      }
      if (req.method === 'GET' && path === '/matrix') {
        const deployable = !url.search.includes('=not-deployable');
        send(200, {
          summary: {
            deployable,
            reason: deployable ? 'All verification results are successful (stub)' : 'A verification failed (stub)',
            success: deployable ? 1 : 0,
            failed: deployable ? 0 : 1,
            unknown: 0,
          },
          notices: [],
          matrix: [],
        });
        return;
      }
      send(404, { error: `stub broker: no route for ${req.method} ${req.url}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * DNS rebinding (issue 13): a name is resolved once, by the lookup of the connection itself, and
 * the addresses it answers are checked there. A stub resolver stands for DNS; only loopback is
 * ever reached.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { fetchInput, type Resolver } from '../../../versioning/load/remote.ts';
import { defaultLimits } from '../../../versioning/load/input.ts';

describe('hostile input: DNS rebinding', function () {
  this.timeout(30_000);
  let server: http.Server;
  let port: number;
  before(async () => {
    server = http.createServer((_req, res) => res.end('openapi: 3.0.3\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a name that resolves to loopback is refused, by the lookup of the connection (one resolution)', async () => {
    let calls = 0;
    const resolve: Resolver = async () => {
      calls++;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const limits = { ...defaultLimits(), allowHosts: [] };
    const error: unknown = await fetchInput(`http://spec.example:${port}/a.yaml`, limits, { resolve }).catch(
      (e: unknown) => e,
    );
    expect(String(error)).to.match(/spec\.example is a private, loopback or link-local address \(127\.0\.0\.1\)/);
    expect(calls).to.equal(1);
  });

  it('a listed host may resolve to loopback, through the same lookup', async () => {
    let calls = 0;
    const resolve: Resolver = async () => {
      calls++;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const limits = { ...defaultLimits(), allowHosts: ['spec.example'] };
    const body = await fetchInput(`http://spec.example:${port}/a.yaml`, limits, { resolve });
    expect(body.text()).to.equal('openapi: 3.0.3\n');
    expect(calls).to.equal(1);
  });
});

import { expect } from 'chai';
import { request } from 'node:http';
import { runChild, startChildService } from '../fixtures/child-service.ts';

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Service B server entry (npm run start:provider)', function () {
  this.timeout(60_000);

  it('finishes an in-flight request on SIGTERM, refuses new connections, then exits 0', async () => {
    const service = await startChildService('provider/server.ts', { PORT: '0', HOST: '127.0.0.1' });
    const url = new URL(service.url);
    const body = JSON.stringify({ data: 'in flight' });
    // Expect: 100-continue makes the server confirm it has parsed the headers: from then on the
    // request is in flight. Signal, then send the body.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: '/process',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            expect: '100-continue',
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.on('continue', () => {
        void (async () => {
          try {
            service.child.kill('SIGTERM');
            await until(() => service.output().includes('SIGTERM received'), 20_000);
            // Still alive while the request is unfinished, and no longer accepting connections.
            expect(service.child.exitCode).to.equal(null);
            const refused = await fetch(`${service.url}/openapi.json`).then(
              () => 'accepted',
              () => 'refused',
            );
            expect(refused).to.equal('refused');
            req.end(body);
          } catch (error) {
            req.destroy();
            reject(error as Error);
          }
        })();
      });
      req.flushHeaders();
    });
    const { status, text } = await answer;
    expect(status).to.equal(200);
    expect(JSON.parse(text)).to.deep.equal({ result: 'Processed in flight' });
    expect(await service.exited).to.equal(0);
    expect(service.output()).to.contain('SIGTERM received').and.to.contain('stopped');
  });

  it('exits 2 with a one-line message for a bad PORT', async () => {
    const { code, output } = await runChild('provider/server.ts', { PORT: 'eighty' });
    expect(code).to.equal(2);
    expect(output.trim()).to.equal(
      'service-b: PORT=eighty is not a port number; set PORT to an integer between 0 and 65535',
    );
  });
});

import { expect } from 'chai';
import { request } from 'node:http';
import { runChild, startChildService } from '../fixtures/child-service.ts';

describe('Service B server entry (npm run start:provider)', function () {
  this.timeout(60_000);

  it('finishes an in-flight request on SIGTERM, refuses new connections, then exits 0', async () => {
    const service = await startChildService('provider/server.ts', { PORT: '0', HOST: '127.0.0.1' });
    const url = new URL(service.url);
    const body = JSON.stringify({ data: 'in flight' });
    // Send the headers and half the body, then signal: the request is in flight.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, method: 'POST', path: '/process', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        service.child.kill('SIGTERM');
        setTimeout(async () => {
          // Still alive while the request is unfinished, and no longer accepting connections.
          try {
            expect(service.child.exitCode).to.equal(null);
            const refused = await fetch(`${service.url}/openapi.json`).then(
              () => 'accepted',
              () => 'refused',
            );
            expect(refused).to.equal('refused');
          } catch (error) {
            reject(error as Error);
          }
          req.end(body.slice(10));
        }, 500);
      }, 200);
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
    expect(output.trim()).to.equal('service-b: PORT=eighty is not a port number; set PORT to an integer between 0 and 65535');
  });
});

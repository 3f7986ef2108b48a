/** `contract-kit usage`: who reads what, and what no consumer reads. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../../versioning/cli/program.ts';
import type { UsageReport } from '../../../versioning/impact/usage.ts';
import { fakeIo } from '../cli/fake-io.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

async function cli(argv: string[]) {
  const io = fakeIo({ cwd: REPO, env: {} });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('cli: usage', function () {
  this.timeout(30_000);

  it('json: per operation and status, the reads with consumers and interactions, and the unread fields', async () => {
    const r = await cli(['usage', '--spec', 'provider/openapi.yaml', '--pacts', 'pacts', '--format', 'json']);
    expect(r.err).to.equal('');
    expect(r.code).to.equal(0);
    const report = JSON.parse(r.out) as UsageReport;
    const pact = JSON.parse(readFileSync(path.join(REPO, 'pacts/ServiceA-ServiceB.json'), 'utf8')) as {
      interactions: unknown[];
    };
    expect(report.interactions).to.equal(pact.interactions.length);
    const get = report.operations.find((o) => o.operation === 'GET /users/{id}')!;
    expect(get.consumers).to.deep.equal(['ServiceA']);
    const ok = get.statuses.find((s) => s.status === '200')!;
    const updatedAt = ok.reads.find((x) => x.kind === 'field' && x.name === 'updatedAt')!;
    expect(updatedAt.consumers).to.deep.equal(['ServiceA']);
    expect(updatedAt.readers.map((x) => x.interaction)).to.deep.equal(['a request for an existing user']);
    expect(updatedAt.readers[0]!.matcher).to.match(/^regex matcher/);
    const notFound = get.statuses.find((s) => s.status === '404')!;
    // ServiceA reads type, title, status and detail of the problem; nobody reads instance or errors.
    expect(notFound.unread).to.deep.equal(['errors', 'instance']);
    const meta = report.operations.find((o) => o.operation === 'GET /openapi.json')!;
    expect(meta.consumers).to.deep.equal([]);
    expect(meta.statuses[0]!.reads).to.deep.equal([]);
  });

  it('text and markdown name the fields and their readers; bad input is one line and exit 2', async () => {
    const text = await cli(['usage', '--spec', 'provider/openapi.yaml', '--pacts', 'pacts']);
    expect(text.code).to.equal(0);
    expect(text.out).to.include("field      updatedAt  ServiceA 'a request for an existing user'");
    expect(text.out).to.match(/GET \/openapi\.json {2}no known consumer/);
    const md = await cli(['usage', '--spec', 'provider/openapi.yaml', '--pacts', 'pacts', '--format', 'markdown']);
    expect(md.out).to.include('#### `GET /users/{id}` (ServiceA)').and.to.include('unread: `errors`, `instance`');
    const bad = await cli(['usage', '--spec', 'nope.yaml', '--pacts', 'pacts']);
    expect(bad.code).to.equal(2);
    expect(bad.err.trimEnd().split('\n')).to.have.length(1);
  });
});

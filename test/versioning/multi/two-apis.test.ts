/**
 * Several APIs in one run (examples/two-apis): `gate` / `diff` with no files compare every API in
 * .contract-kit.yaml against a base git ref, apply the filters, and end with one table and one exit code.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../../versioning/cli/program.ts';
import { fakeIo } from '../cli/fake-io.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NOW = () => new Date('2026-12-01T00:00:00Z');

describe('multi: two APIs gated in one run (examples/two-apis)', function () {
  this.timeout(60_000);
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', encoding: 'utf8' });

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ck-two-apis-'));
    cpSync(path.join(REPO, 'examples/two-apis'), dir, { recursive: true });
    mkdirSync(path.join(dir, 'users/pacts'), { recursive: true });
    copyFileSync(path.join(REPO, 'provider/openapi.yaml'), path.join(dir, 'users/openapi.yaml'));
    for (const f of readdirSync(path.join(REPO, 'pacts')))
      copyFileSync(path.join(REPO, 'pacts', f), path.join(dir, 'users/pacts', f));
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '-A');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'base');
    copyFileSync(path.join(dir, 'revision/orders/openapi.yaml'), path.join(dir, 'orders/openapi.yaml'));
    copyFileSync(path.join(REPO, 'provider/examples/openapi.v2-breaking.yaml'), path.join(dir, 'users/openapi.yaml'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gate: one table, each API judged, the worst exit code', async () => {
    const io = fakeIo({ cwd: dir });
    const code = await run(['gate', '--base-ref', 'HEAD'], io, { now: NOW });
    expect(io.err()).to.equal('');
    const out = io.out();
    expect(out).to.include('== API users (users/openapi.yaml)');
    expect(out).to.include('== API orders (orders/openapi.yaml)');
    expect(out).to.include('== 2 APIs against HEAD');
    const table = out.slice(out.indexOf('== 2 APIs against HEAD'));
    expect(table).to.match(/users\s+users\/openapi\.yaml\s+4\s+2\s+major\s+ok 2\.0\.0\s+1 of \d+\s+passed/);
    // The x-internal operation and the /admin/** path are filtered out: only `total` losing `required` is left.
    expect(table).to.match(/orders\s+orders\/openapi\.yaml\s+1\s+1\s+major\s+needs 2\.0\.0\s+-\s+FAILED/);
    expect(out).to.not.include('/orders/{id}/audit');
    expect(out).to.not.include('/admin/reindex');
    expect(code).to.equal(1);
  });

  it('json: one document with a report per API; consumer impact per API', async () => {
    const io = fakeIo({ cwd: dir });
    await run(['diff', '--base-ref', 'HEAD', '-f', 'json'], io, { now: NOW });
    const doc = JSON.parse(io.out()) as {
      baseRef: string;
      apis: Array<{ name: string; report: { bump: string; impact?: { broken: number } } }>;
    };
    expect(doc.baseRef).to.equal('HEAD');
    expect(doc.apis.map((a) => a.name)).to.deep.equal(['users', 'orders']);
    expect(doc.apis[0]!.report.impact?.broken).to.equal(1);
    expect(doc.apis[1]!.report.impact ?? null).to.equal(null);
  });

  it('without the filter, the internal and admin operations count', async () => {
    const io = fakeIo({ cwd: dir });
    writeFileSync(path.join(dir, 'plain.yaml'), 'apis:\n  - name: orders\n    spec: orders/openapi.yaml\n');
    await run(['diff', '--base-ref', 'HEAD', '-c', 'plain.yaml'], io, { now: NOW });
    expect(io.out()).to.include('/orders/{id}/audit');
    expect(io.out()).to.include('/admin/reindex');
    const filtered = fakeIo({ cwd: dir });
    await run(
      [
        'diff',
        '--base-ref',
        'HEAD',
        '-c',
        'plain.yaml',
        '--drop-extension',
        'x-internal',
        '--exclude-path',
        '/admin/**',
      ],
      filtered,
      { now: NOW },
    );
    expect(filtered.out()).to.not.include('/orders/{id}/audit');
    expect(filtered.out()).to.not.include('/admin/reindex');
    const bad = fakeIo({ cwd: dir });
    expect(await run(['diff', '--base-ref', 'HEAD', '-c', 'plain.yaml', '--drop-extension', 'internal'], bad)).to.equal(
      2,
    );
    expect(bad.err()).to.equal(
      'contract-kit: --drop-extension internal: give an extension name ' +
        'starting with x-, e.g. --drop-extension x-internal\n',
    );
  });

  it('filters work on two files too, and a filtered operation is neither removed nor added', async () => {
    const io = fakeIo({ cwd: dir });
    const code = await run(
      [
        'gate',
        'HEAD:./orders/openapi.yaml',
        'orders/openapi.yaml',
        '--drop-extension',
        'x-internal',
        '--exclude-path',
        '/admin/**',
        '-f',
        'json',
        '--per-operation',
      ],
      io,
      { now: NOW },
    );
    const report = JSON.parse(io.out()) as { changes: Array<{ operation: string }> };
    expect(report.changes.map((c) => c.operation)).to.deep.equal(['GET /orders/{id}']);
    expect(code).to.equal(1);
    const include = fakeIo({ cwd: dir });
    await run(
      [
        'diff',
        'HEAD:./orders/openapi.yaml',
        'orders/openapi.yaml',
        '--include-path',
        '/admin/*',
        '-f',
        'json',
        '--per-operation',
      ],
      include,
      { now: NOW },
    );
    expect(
      (JSON.parse(include.out()) as { changes: Array<{ operation: string }> }).changes.map((c) => c.operation),
    ).to.deep.equal(['POST /admin/reindex']);
  });

  it('an API new at the base ref is listed, not failed; a bad base ref is a usage error', async () => {
    writeFileSync(path.join(dir, 'new.yaml'), 'apis:\n  - name: fresh\n    spec: fresh/openapi.yaml\n');
    const io = fakeIo({ cwd: dir });
    expect(await run(['gate', '--base-ref', 'HEAD', '-c', 'new.yaml'], io, { now: NOW })).to.equal(0);
    expect(io.out()).to.include('new (not in HEAD)');
    const bad = fakeIo({ cwd: dir });
    expect(await run(['gate', '--base-ref', 'nope', '-c', 'new.yaml'], bad, { now: NOW })).to.equal(2);
    expect(bad.err()).to.match(/^contract-kit: --base-ref nope is not a commit/);
  });

  it('no files and no apis: a usage error that says what to do', async () => {
    const io = fakeIo({ cwd: REPO });
    expect(await run(['gate', '-c', path.join(dir, 'plain.yaml'), 'only-one.yaml'], io)).to.equal(2);
    expect(io.err()).to.include('give both BASE and REVISION');
    const none = fakeIo({ cwd: dir });
    writeFileSync(path.join(dir, 'empty.yaml'), 'failOn: breaking\n');
    expect(await run(['gate', '-c', 'empty.yaml'], none)).to.equal(2);
    expect(none.err()).to.include('list the APIs under apis:');
  });
});

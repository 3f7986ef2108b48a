/**
 * The CLI with the real engine (load -> diff -> rules -> policy -> report), in-process, on the
 * fixture pairs in test/fixtures/cli. Only the process boundary is faked.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { run } from '../../../versioning/cli/program.ts';
import type { JsonPerOperationReport, JsonReport } from '../../../versioning/report/index.ts';
import { PER_OPERATION_REPORT_SCHEMA, REPORT_SCHEMA } from '../../../versioning/report/json-schema.ts';
import { fakeIo, type FakeIoOptions } from './fake-io.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const F = 'test/fixtures/cli';
const NOW = () => new Date('2025-06-15T00:00:00Z');

async function cli(argv: string[], options: FakeIoOptions = {}) {
  const io = fakeIo({ cwd: REPO, ...options });
  const code = await run(argv, io, { now: NOW });
  return { code, out: io.out(), err: io.err(), files: io.files };
}

/** The flat report (`--per-operation`, schemaVersion 1): one change per operation. */
async function json(
  argv: string[],
  options: FakeIoOptions = {},
): Promise<{ code: number; report: JsonPerOperationReport }> {
  const r = await cli([...argv, '--format', 'json', '--per-operation'], options);
  expect(r.err).to.equal('');
  return { code: r.code, report: JSON.parse(r.out) as JsonPerOperationReport };
}

const validate = new Ajv({ strict: true }).compile(PER_OPERATION_REPORT_SCHEMA);
const validateEdits = new Ajv({ strict: true }).compile(REPORT_SCHEMA);

describe('cli end to end: diff and gate on fixture pairs', () => {
  it('identical documents: no changes, bump none, gate passes', async () => {
    const { code, report } = await json(['gate', `${F}/base.yaml`, `${F}/base.yaml`]);
    expect(code).to.equal(0);
    expect(report.bump).to.equal('none');
    expect(report.changes).to.deep.equal([]);
    expect(report.gate?.ok).to.equal(true);
    expect(validate(report)).to.equal(true);
  });

  it('a removed required response property is breaking, located in the base file', async () => {
    const { code, report } = await json(['diff', `${F}/base.yaml`, `${F}/breaking.yaml`]);
    expect(code).to.equal(0);
    expect(validate(report), JSON.stringify(validate.errors)).to.equal(true);
    expect(report.bump).to.equal('major');
    const breaking = report.changes.filter((c) => c.level === 'breaking');
    expect(breaking).to.have.length(1);
    expect(breaking[0]).to.deep.include({
      operation: 'GET /users/{id}',
      location: { file: `${F}/base.yaml`, line: 33 },
    });
    expect(breaking[0]!.message).to.include('`name`');
    expect(report.version).to.deep.include({
      base: '1.0.0',
      revision: '1.0.0',
      required: '2.0.0',
      ok: false,
      message: '1 breaking change needs 2.0.0; info.version is 1.0.0',
    });
  });

  it('gate exits 1 on the break, 0 once it is accepted and the version is bumped', async () => {
    expect((await cli(['gate', `${F}/base.yaml`, `${F}/breaking.yaml`])).code).to.equal(1);
    // A correctly major-bumped break passes the default (semver) gate; an explicit fail-on fails it.
    expect((await cli(['gate', `${F}/base.yaml`, `${F}/breaking-major.yaml`])).code).to.equal(0);
    expect((await cli(['gate', `${F}/base.yaml`, `${F}/breaking-major.yaml`, '--fail-on', 'breaking'])).code).to.equal(
      1,
    );
    const accepted = await json([
      'gate',
      `${F}/base.yaml`,
      `${F}/breaking-major.yaml`,
      '--config',
      `${F}/accept-name.contract-kit.yaml`,
    ]);
    expect(accepted.code).to.equal(0);
    expect(accepted.report.changes[0]!.accepted).to.deep.equal({
      reason: 'name moved to /users/{id}/profile; all consumers migrated',
      expires: null,
    });
    expect(accepted.report.bump).to.equal('minor');
    // The accepted break still needs a minor: 1.0.0 is not enough.
    expect(
      (await cli(['gate', `${F}/base.yaml`, `${F}/breaking.yaml`, '--config', `${F}/accept-name.contract-kit.yaml`]))
        .code,
    ).to.equal(1);
  });

  it('an addition needs a minor bump: gate fails without it, passes with it', async () => {
    const without = await cli(['gate', `${F}/base.yaml`, `${F}/additive-no-bump.yaml`]);
    expect(without.code).to.equal(1);
    expect(without.out).to.include('version: FAILED 1 non-breaking API change needs 1.1.0; info.version is 1.0.0');
    expect((await cli(['gate', `${F}/base.yaml`, `${F}/additive.yaml`])).code).to.equal(0);
  });

  it('documentation only needs a patch', async () => {
    const { code, report } = await json(['gate', `${F}/base.yaml`, `${F}/docs.yaml`]);
    expect(report.bump).to.equal('patch');
    expect(report.changes.length).to.be.greaterThan(0);
    expect(report.changes.every((c) => c.level === 'info')).to.equal(true);
    expect(code).to.equal(0);
  });

  it(
    'date versions: the version check is skipped and says so; only an ' + 'explicit fail-on then fails the break',
    async () => {
      const passes = await cli(['gate', `${F}/date-base.yaml`, `${F}/date-breaking.yaml`]);
      expect(passes.code).to.equal(0);
      expect(passes.out).to.include('version: skipped');
      const r = await cli(['gate', `${F}/date-base.yaml`, `${F}/date-breaking.yaml`, '--fail-on', 'breaking']);
      expect(r.code).to.equal(1);
      expect(r.out).to.include('version: skipped the base info.version "2022-04-12" is a date, not semver');
      expect(r.out).to.not.include('version: FAILED');
    },
  );

  it('rules configured off disappear, overrides change the level', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ck-e2e-'));
    try {
      await writeFile(path.join(dir, 'off.yaml'), 'rules:\n  response-required-property-removed: off\n');
      await writeFile(path.join(dir, 'warn.yaml'), 'rules:\n  response-required-property-removed: warning\n');
      const off = await json([
        'gate',
        `${F}/base.yaml`,
        `${F}/breaking-major.yaml`,
        '--config',
        path.join(dir, 'off.yaml'),
      ]);
      expect(off.report.changes.map((c) => c.id)).to.not.include('response-required-property-removed');
      const warn = await json([
        'gate',
        `${F}/base.yaml`,
        `${F}/breaking-major.yaml`,
        '--config',
        path.join(dir, 'warn.yaml'),
      ]);
      expect(warn.code).to.equal(0);
      expect(warn.report.changes[0]).to.deep.include({ level: 'warning', defaultLevel: 'breaking' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads one side from stdin', async () => {
    const { readFile } = await import('node:fs/promises');
    const stdin = await readFile(path.join(REPO, F, 'breaking.yaml'), 'utf8');
    const { report } = await json(['diff', `${F}/base.yaml`, '-'], { stdin });
    expect(report.revision.source).to.equal('<stdin>');
    expect(report.bump).to.equal('major');
  });

  it('changelog names the operation', async () => {
    const r = await cli(['changelog', `${F}/base.yaml`, `${F}/breaking.yaml`]);
    expect(r.code).to.equal(0);
    expect(r.out.startsWith('## API changes 1.0.0 → 1.0.0 (major)\n\n### `GET /users/{id}`\n\n'), r.out).to.equal(true);
    expect(r.out).to.include('\n\n- **Breaking:** removed the required property `name`');
  });
});

describe('cli end to end: bad input is one line, exit 2', () => {
  const oneLine = (r: { code: number; err: string }, pattern: RegExp) => {
    expect(r.code).to.equal(2);
    expect(r.err.trimEnd().split('\n'), r.err).to.have.length(1);
    expect(r.err).to.match(pattern);
    expect(r.err).to.not.match(/\n\s+at /);
  };

  it('a missing file', async () => {
    oneLine(await cli(['diff', `${F}/nope.yaml`, `${F}/base.yaml`]), /^contract-kit: .*nope\.yaml/);
  });

  it('malformed YAML names the file and the line', async () => {
    oneLine(await cli(['diff', `${F}/base.yaml`, `${F}/malformed.yaml`]), /^contract-kit: .*malformed\.yaml:\d+/);
  });

  it('a file that is not OpenAPI', async () => {
    oneLine(
      await cli(['gate', `${F}/base.yaml`, `${F}/accept-name.contract-kit.yaml`]),
      /^contract-kit: .*accept-name\.contract-kit\.yaml/,
    );
  });
});

describe('cli end to end: REF:path from git', () => {
  let dir: string;
  before(async function () {
    try {
      execFileSync('git', ['--version'], { stdio: 'ignore' });
    } catch {
      this.skip();
    }
    dir = await mkdtemp(path.join(tmpdir(), 'ck-git-'));
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args],
        { cwd: dir, stdio: 'ignore' },
      );
    git('init', '-q');
    await copyFile(path.join(REPO, F, 'base.yaml'), path.join(dir, 'openapi.yaml'));
    git('add', 'openapi.yaml');
    git('commit', '-q', '-m', 'base');
    await copyFile(path.join(REPO, F, 'breaking.yaml'), path.join(dir, 'openapi.yaml'));
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('compares HEAD:openapi.yaml with the working copy', async () => {
    const io = fakeIo({ cwd: dir });
    const code = await run(['gate', 'HEAD:openapi.yaml', 'openapi.yaml', '--format', 'json'], io, { now: NOW });
    expect(io.err()).to.equal('');
    const report = JSON.parse(io.out()) as JsonReport;
    expect(validateEdits(report), JSON.stringify(validateEdits.errors)).to.equal(true);
    expect(code).to.equal(1);
    expect(report.base.source).to.equal('HEAD:openapi.yaml');
    expect(report.changes.filter((c) => c.level === 'breaking')).to.have.length(1);
  });

  it('an unknown revision is one line, exit 2', async () => {
    const io = fakeIo({ cwd: dir });
    const code = await run(['gate', 'no-such-branch:openapi.yaml', 'openapi.yaml'], io, { now: NOW });
    expect(code).to.equal(2);
    expect(io.err().trimEnd().split('\n')).to.have.length(1);
    expect(io.err()).to.match(/^contract-kit: .*no-such-branch/);
  });
});

/** A few real processes: bin/contract-kit.js as users run it (exit codes, stdout/stderr, stdin). */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const F = 'test/fixtures/cli';

function ck(args: string[], input?: string) {
  const env = { ...process.env };
  delete env['FORCE_COLOR'];
  delete env['CONTRACT_KIT_DEBUG'];
  const r = spawnSync(process.execPath, ['bin/contract-kit.js', ...args], {
    cwd: REPO,
    env,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli: the real binary', function () {
  // Each spawn starts node + tsx (about 0.5 s on an idle machine, more on a busy one).
  this.timeout(120_000);

  it('gate exits 1 on a breaking change and prints the reasons', () => {
    const r = ck(['gate', `${F}/base.yaml`, `${F}/breaking.yaml`]);
    expect(r.code).to.equal(1);
    expect(r.err).to.equal('');
    expect(r.out).to.include('gate:    FAILED (policy semver: version check; no fail-on level set)');
    expect(r.out).to.include('1 breaking change needs 2.0.0; info.version is 1.0.0');
  });

  it('diff exits 0 and reads a side from piped stdin', () => {
    const r = ck(
      ['diff', `${F}/base.yaml`, '-', '--format', 'json'],
      readFileSync(path.join(REPO, F, 'additive.yaml'), 'utf8'),
    );
    expect(r.code, r.err).to.equal(0);
    expect((JSON.parse(r.out) as { bump: string }).bump).to.equal('minor');
  });

  it('a missing file: exit 2, one line on stderr, no stack', () => {
    const r = ck(['diff', `${F}/missing.yaml`, `${F}/base.yaml`]);
    expect(r.code).to.equal(2);
    expect(r.out).to.equal('');
    expect(r.err.trimEnd().split('\n')).to.have.length(1);
    expect(r.err).to.match(/^contract-kit: .*missing\.yaml/);
  });

  it('malformed YAML: exit 2, one line naming the file and line', () => {
    const r = ck(['gate', `${F}/base.yaml`, `${F}/malformed.yaml`]);
    expect(r.code).to.equal(2);
    expect(r.err.trimEnd().split('\n')).to.have.length(1);
    expect(r.err).to.match(/^contract-kit: test\/fixtures\/cli\/malformed\.yaml:\d+/);
  });

  it('a bad flag: exit 2, one line', () => {
    const r = ck(['gate', `${F}/base.yaml`, `${F}/base.yaml`, '--fail-on', 'errors']);
    expect(r.code).to.equal(2);
    expect(r.err).to.equal(
      "contract-kit: option '--fail-on <level>' argument 'errors' is invalid. " +
        'Allowed choices are breaking, warning, info. (see --help)\n',
    );
  });
});

/**
 * bin/contract-kit.js runs the esbuild bundle in dist/ only while it is as new as every source
 * (bin/bundle.js), and the bundle behaves as the sources do.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript module of the bin, without type declarations
import { builtInputsAreFresh, bundleIsFresh } from '../../../bin/bundle.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fresh = bundleIsFresh as (bundle: string, sources: string[], env?: Record<string, string | undefined>) => boolean;
const inputsFresh = builtInputsAreFresh as (root: string, env?: Record<string, string | undefined>) => boolean;

describe('cli: the bundle in dist/ is used only when it is up to date', () => {
  let dir: string;
  const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ck-bundle-'));
    mkdirSync(path.join(dir, 'src', 'deep'), { recursive: true });
    for (const f of ['src/a.ts', 'src/deep/b.ts', 'package.json', 'bundle.mjs']) writeFileSync(path.join(dir, f), '');
    at(path.join(dir, 'src/a.ts'), 1000);
    at(path.join(dir, 'src/deep/b.ts'), 1000);
    at(path.join(dir, 'package.json'), 1000);
    at(path.join(dir, 'bundle.mjs'), 2000);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const check = (env: Record<string, string | undefined> = {}) =>
    fresh(path.join(dir, 'bundle.mjs'), [path.join(dir, 'src'), path.join(dir, 'package.json')], env);

  it('a bundle newer than every source is used', () => expect(check()).to.equal(true));
  it('a source edited after the build (however deep) makes it stale', () => {
    at(path.join(dir, 'src/deep/b.ts'), 3000);
    expect(check()).to.equal(false);
  });
  it('package.json edited after the build makes it stale', () => {
    at(path.join(dir, 'package.json'), 3000);
    expect(check()).to.equal(false);
  });
  it('no bundle: the sources', () => {
    rmSync(path.join(dir, 'bundle.mjs'));
    expect(check()).to.equal(false);
  });
  it('CONTRACT_KIT_FROM_SOURCE=1 forces the sources', () =>
    expect(check({ CONTRACT_KIT_FROM_SOURCE: '1' })).to.equal(false));
});

describe('cli: with dist/inputs.json, only the inputs the build listed are checked', () => {
  let dir: string;
  const at = (file: string, seconds: number) => utimesSync(path.join(dir, file), seconds, seconds);
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ck-inputs-'));
    for (const d of ['versioning', 'dist', 'node_modules/dep']) mkdirSync(path.join(dir, d), { recursive: true });
    for (const f of ['versioning/a.ts', 'versioning/unlisted.ts', 'package.json', 'dist/contract-kit.cjs'])
      writeFileSync(path.join(dir, f), '');
    const inputs = ['package.json', 'versioning/a.ts', 'node_modules/dep'];
    writeFileSync(path.join(dir, 'dist/inputs.json'), JSON.stringify(inputs));
    for (const f of [...inputs, 'versioning/unlisted.ts', 'dist/inputs.json']) at(f, 1000);
    at('dist/contract-kit.cjs', 2000);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a bundle newer than every listed input is used', () => expect(inputsFresh(dir)).to.equal(true));
  it('a listed source edited after the build makes it stale', () => {
    at('versioning/a.ts', 3000);
    expect(inputsFresh(dir)).to.equal(false);
  });
  it('a file the bundle was not built from does not', () => {
    at('versioning/unlisted.ts', 3000);
    expect(inputsFresh(dir)).to.equal(true);
  });
  it('a dependency reinstalled after the build (its folder is newer) makes it stale', () => {
    at('node_modules/dep', 3000);
    expect(inputsFresh(dir)).to.equal(false);
  });
  it('a listed input that is gone makes it stale', () => {
    rmSync(path.join(dir, 'versioning/a.ts'));
    expect(inputsFresh(dir)).to.equal(false);
  });
  it('no bundle, or CONTRACT_KIT_FROM_SOURCE=1: the sources', () => {
    expect(inputsFresh(dir, { CONTRACT_KIT_FROM_SOURCE: '1' })).to.equal(false);
    rmSync(path.join(dir, 'dist/contract-kit.cjs'));
    expect(inputsFresh(dir)).to.equal(false);
  });
  it('without the list, every source under versioning/ counts', () => {
    rmSync(path.join(dir, 'dist/inputs.json'));
    expect(inputsFresh(dir)).to.equal(true);
    at('versioning/unlisted.ts', 3000);
    expect(inputsFresh(dir)).to.equal(false);
  });
});

describe('cli: the bundle gives the same output as the sources', function () {
  this.timeout(120_000);
  const run = (fromSource: boolean, args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, CONTRACT_KIT_FROM_SOURCE: fromSource ? '1' : '0' };
    delete env['FORCE_COLOR'];
    const r = spawnSync(process.execPath, ['bin/contract-kit.js', ...args], {
      cwd: REPO,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  it('rules, a diff with its exit code, and an input error', function () {
    if (
      !fresh(path.join(REPO, 'dist/contract-kit.cjs'), [path.join(REPO, 'versioning'), path.join(REPO, 'package.json')])
    ) {
      console.log(
        '      (skipped: dist/contract-kit.cjs is missing or older than the ' +
          'sources; `npm run build:cli` builds it, `npm ci` does too)',
      );
      this.skip();
    }
    for (const args of [
      ['rules', '--format', 'json'],
      [
        'gate',
        'provider/openapi.yaml',
        'provider/examples/openapi.v2-breaking.yaml',
        '--pacts',
        'pacts',
        '--policy',
        'consumers',
        '--format',
        'json',
      ],
      ['diff', 'test/fixtures/cli/missing.yaml', 'provider/openapi.yaml'],
      // The CLI's second script (dist/contract-kit-more.cjs): pacts, usage, config files, path
      // globs, and an input error thrown there and reported by the core.
      ['check-pacts', '--spec', 'provider/openapi.yaml', '--pacts', 'pacts', '--format', 'json'],
      ['check-pacts', '--spec', 'provider/openapi.yaml', '--pacts', 'test/fixtures/cli/no-such-pacts'],
      ['usage', '--spec', 'provider/openapi.yaml', '--pacts', 'pacts', '--format', 'json'],
      [
        'gate',
        'test/fixtures/cli/base.yaml',
        'test/fixtures/cli/breaking.yaml',
        '--config',
        'test/fixtures/cli/accept-name.contract-kit.yaml',
      ],
      ['diff', 'provider/openapi.yaml', 'provider/examples/openapi.v2-breaking.yaml', '--include-path', '/users/**'],
    ]) {
      expect(run(false, args), args.join(' ')).to.deep.equal(run(true, args));
    }
  });
});

describe('cli: a run reads only the parts of the bundle it needs', function () {
  this.timeout(120_000);
  // A preloaded script records the files of dist/ that the process reads (bin/run-bundle.js and
  // the bundle read them with fs.readFileSync).
  const PRELOAD = `
    const fs = require('node:fs');
    const read = fs.readFileSync;
    const seen = new Set();
    fs.readFileSync = function (file, ...rest) {
      if (typeof file === 'string' && file.includes('/dist/')) seen.add(file.slice(file.lastIndexOf('/') + 1));
      return read.call(this, file, ...rest);
    };
    process.on('exit', () => process.stderr.write('read: ' + [...seen].sort().join(' ') + '\\n'));
  `;
  let dir: string;
  before(function () {
    if (!inputsFresh(REPO)) {
      console.log('      (skipped: dist/ is missing or older than the sources; `npm run build:cli` builds it)');
      this.skip();
    }
    dir = mkdtempSync(path.join(tmpdir(), 'ck-parts-'));
    writeFileSync(path.join(dir, 'preload.cjs'), PRELOAD);
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const readBy = (args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, CONTRACT_KIT_FROM_SOURCE: '0' };
    const r = spawnSync(process.execPath, ['-r', path.join(dir, 'preload.cjs'), 'bin/contract-kit.js', ...args], {
      cwd: REPO,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).to.be.oneOf([0, 1]);
    return /^read: (.*)$/m.exec(r.stderr)![1]!.split(' ');
  };

  it('a diff without findings reads neither the catalogue nor the second script', () => {
    const read = readBy(['diff', 'provider/openapi.yaml', 'provider/openapi.yaml']);
    expect(read).to.include('contract-kit.cjs');
    expect(read).to.not.include('catalogue.json');
    expect(read).to.not.include('contract-kit-more.cjs');
  });

  it('a diff with findings reads the catalogue; one with pacts the second script too', () => {
    const plain = readBy(['diff', 'provider/openapi.yaml', 'provider/examples/openapi.v2-breaking.yaml']);
    expect(plain).to.include('catalogue.json');
    expect(plain).to.not.include('contract-kit-more.cjs');
    const pacts = readBy([
      'diff',
      'provider/openapi.yaml',
      'provider/examples/openapi.v2-breaking.yaml',
      '--pacts',
      'pacts',
    ]);
    expect(pacts).to.include.members(['catalogue.json', 'contract-kit-more.cjs']);
  });
});

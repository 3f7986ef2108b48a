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
import { bundleIsFresh } from '../../../bin/bundle.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fresh = bundleIsFresh as (bundle: string, sources: string[], env?: Record<string, string | undefined>) => boolean;

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
      !fresh(path.join(REPO, 'dist/contract-kit.mjs'), [path.join(REPO, 'versioning'), path.join(REPO, 'package.json')])
    ) {
      console.log(
        '      (skipped: dist/contract-kit.mjs is missing or older than the ' +
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
    ]) {
      expect(run(false, args), args.join(' ')).to.deep.equal(run(true, args));
    }
  });
});

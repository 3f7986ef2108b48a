/**
 * The package as a user gets it: `npm pack` (which builds the bundle and the type declarations
 * through `prepack`), then an empty project installs the tarball with `--omit=dev` and runs the
 * CLI (`--version`, `diff`, `gate`, `check-pacts`) and the library API (JavaScript and TypeScript).
 * Nothing from this checkout is on the installed package's path: no tsx, no dev dependency.
 * Budget: the tarball under 1.5 MB, the install under 40 MB. Slow (it installs from the npm
 * registry, --prefer-offline uses the npm cache); skipped, saying so, when the registry is unreachable.
 */
import { expect } from 'chai';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VERSION = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const MB = 1024 * 1024;

/** Apparent size of a folder tree (files and symlinks, not followed). */
function treeSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? treeSize(p) : lstatSync(p).size;
  }
  return total;
}

describe('package: npm pack, installed with --omit=dev into an empty project', function () {
  this.timeout(600_000);
  let dir: string;
  let project: string;
  let tarball: string;
  let installSeconds = 0;
  let installOut: SpawnSyncReturns<string>;
  // The same node as this test run, first on PATH, for npm and the bin's `#!/usr/bin/env node`.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH'] ?? ''}`,
    PACT_DO_NOT_TRACK: 'true',
  };
  delete env['FORCE_COLOR'];
  delete env['npm_config_omit'];
  const sh = (cmd: string, args: string[], cwd: string) =>
    spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
  const cli = (...args: string[]) => sh(path.join(project, 'node_modules/.bin/contract-kit'), args, project);

  before(function () {
    const ping = sh('npm', ['ping', '--fetch-timeout=10000', '--fetch-retries=0'], REPO);
    if (ping.status !== 0) {
      console.log(
        `      (skipped: the npm registry is unreachable (npm ping: ` +
          `${(ping.stderr || ping.stdout).trim().split('\n').pop() ?? ''}); ` +
          `this test installs the tarball's dependencies from it)`,
      );
      this.skip();
    }
    dir = mkdtempSync(path.join(tmpdir(), 'ck-pack-'));
    const pack = sh('npm', ['pack', '--json', '--pack-destination', dir], REPO);
    expect(pack.status, pack.stderr).to.equal(0);
    const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Array<{ filename: string }>;
    tarball = path.join(dir, info!.filename);
    project = path.join(dir, 'project');
    cpSync(path.join(REPO, 'test/fixtures/cli'), path.join(project, 'specs'), { recursive: true });
    copyFileSync(path.join(REPO, 'provider/openapi.yaml'), path.join(project, 'specs/users.v1.yaml'));
    copyFileSync(
      path.join(REPO, 'provider/examples/openapi.v2-breaking.yaml'),
      path.join(project, 'specs/users.v2.yaml'),
    );
    cpSync(path.join(REPO, 'pacts'), path.join(project, 'pacts'), { recursive: true });
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true, type: 'module' }),
    );
    const started = Date.now();
    installOut = sh('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
    installSeconds = (Date.now() - started) / 1000;
    expect(installOut.status, installOut.stderr).to.equal(0);
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the tarball is under 1.5 MB and holds the bundle, the types and no sources or tests', () => {
    const size = statSync(tarball).size;
    const installMb = (treeSize(path.join(project, 'node_modules')) / MB).toFixed(1);
    console.log(
      `      tarball ${(size / 1024).toFixed(0)} kB; install ${installMb} MB in ${installSeconds.toFixed(1)} s`,
    );
    expect(size).to.be.below(1.5 * MB);
    const pkg = path.join(project, 'node_modules/contract-kit');
    for (const f of [
      'bin/contract-kit.js',
      'dist/contract-kit.cjs',
      'dist/contract-kit-more.cjs',
      'dist/catalogue.json',
      'dist/index.mjs',
      'dist/types/index.d.ts',
      'dist/THIRD-PARTY-NOTICES.txt',
      'action.yml',
    ])
      expect(statSync(path.join(pkg, f)).isFile(), f).to.equal(true);
    // The bundle inlines these dependencies, so their licences ship with it.
    const notices = readFileSync(path.join(pkg, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of ['commander', 'semver', 'minimatch'])
      expect(notices, 'THIRD-PARTY-NOTICES.txt').to.match(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
    for (const f of ['versioning', 'test', 'provider', 'consumer'])
      expect(() => statSync(path.join(pkg, f)), f).to.throw();
  });

  it('the install is under 40 MB, without tsx or any dev dependency, and prints no warning', () => {
    expect(treeSize(path.join(project, 'node_modules'))).to.be.below(40 * MB);
    const dev = Object.keys(
      (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
        .devDependencies,
    );
    for (const name of ['tsx', ...dev])
      expect(() => statSync(path.join(project, 'node_modules', name)), name).to.throw();
    // On a Node older than 22 npm rightly warns that the package needs 22 (.ci/run switches to 22).
    const old = Number(process.versions.node.split('.')[0]) < 22;
    const warnings = installOut.stderr.split('\n').filter((l) => /\bwarn/i.test(l) && !(old && /EBADENGINE/.test(l)));
    expect(warnings, 'npm install warnings').to.deep.equal([]);
  });

  it('--version and -v print the version', () => {
    for (const flag of ['--version', '-v', '-V']) {
      const r = cli(flag);
      expect(r.status, r.stderr).to.equal(0);
      expect(r.stdout).to.equal(`${VERSION}\n`);
    }
  });

  it('diff, gate and check-pacts run from the installed bundle', () => {
    const diff = cli('diff', 'specs/users.v1.yaml', 'specs/users.v2.yaml', '--pacts', 'pacts');
    expect(diff.stderr).to.equal('');
    expect(diff.status).to.equal(0);
    expect(diff.stdout).to.match(/^bump: {4}major$/m);
    expect(diff.stdout).to.match(/interactions checked against both versions; 1 broken by the revision/);
    const pass = cli('gate', 'specs/users.v1.yaml', 'specs/users.v2.yaml');
    expect([pass.status, pass.stderr]).to.deep.equal([0, '']);
    const fail = cli('gate', 'specs/base.yaml', 'specs/breaking.yaml', '-f', 'json');
    expect(fail.status).to.equal(1);
    expect((JSON.parse(fail.stdout) as { gate: { ok: boolean } }).gate.ok).to.equal(false);
    const check = cli('check-pacts', '--spec', 'specs/users.v1.yaml', '--pacts', 'pacts');
    expect([check.status, check.stderr]).to.deep.equal([0, '']);
    expect(check.stdout).to.match(/^check-pacts ok:/m);
  });

  it(
    'the library API: import { analyze, FORMATTERS } from "contract-kit", ' +
      'in JavaScript and type-checked TypeScript',
    () => {
      const use = `import { analyze, FORMATTERS } from 'contract-kit';
const report = await analyze('specs/users.v1.yaml', 'specs/users.v2.yaml', { gate: { policy: 'semver' } });
`;
      writeFileSync(
        path.join(project, 'use.mjs'),
        use +
          ("process.stdout.write(report.bump + ' ' + String(report.gate?.ok) + ' ' " +
            "+ FORMATTERS.markdown(report, {}).length + '\\n');\n"),
      );
      // Types only (no @types/node in the empty project): the report's fields are typed, the options checked.
      writeFileSync(
        path.join(project, 'use.mts'),
        use +
          ("export const bump: 'major' | 'minor' | 'patch' | 'none' = " +
            'report.bump;\nexport const md: string = FORMATTERS.markdown(report, { ' +
            'color: false });\n'),
      );
      const js = sh(process.execPath, ['use.mjs'], project);
      expect(js.stderr).to.equal('');
      expect(js.stdout).to.match(/^major true \d+\n$/);
      writeFileSync(
        path.join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: 'nodenext',
            moduleResolution: 'nodenext',
            target: 'es2022',
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: [],
          },
          files: ['use.mts'],
        }),
      );
      const tsc = sh(
        process.execPath,
        [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
        project,
      );
      expect(tsc.stdout + tsc.stderr, 'tsc on a file that imports contract-kit').to.equal('');
      expect(tsc.status).to.equal(0);
    },
  );
});

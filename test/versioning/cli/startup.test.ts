/**
 * A plain `diff` loads only what it needs: no JSON Schema validator (ajv, for config files), no
 * pact comparator, no openapi-diff. Checked in a fresh process, through the modules Node loaded.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PAIR = ['test/fixtures/cli/base.yaml', 'test/fixtures/cli/breaking.yaml'];

/** Records every package a module is resolved from (ESM and CommonJS alike), on stderr. */
const HOOKS = `
  export async function resolve(specifier, context, next) {
    const result = await next(specifier, context);
    const name = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(result.url)?.[1];
    if (name) process.stderr.write('package: ' + name + '\\n');
    return result;
  }
`;

async function loadedPackages(argv: string[]): Promise<string[]> {
  const script = `
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}));
    const { run } = await import('./versioning/cli/program.ts');
    const { fakeIo } = await import('./test/versioning/cli/fake-io.ts');
    await run(${JSON.stringify(argv)}, fakeIo({ cwd: process.cwd() }));
  `;
  const { stderr } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: REPO,
    },
  );
  return [...new Set([...stderr.matchAll(/^package: (\S+)$/gm)].map((m) => m[1]!))];
}

describe('cli: start-up loads only what the command needs', function () {
  this.timeout(60_000);
  const heavy = ['ajv', 'ajv-formats', '@pactflow/openapi-pact-comparator', '@pact-foundation/pact', 'openapi-diff'];

  it('a plain diff loads no validator, comparator, pact or openapi-diff code', async () => {
    const loaded = await loadedPackages(['diff', ...PAIR]);
    expect(loaded, 'the check sees CommonJS packages').to.include('commander');
    for (const name of heavy) expect(loaded, name).to.not.include(name);
  });

  it('the glob matcher (minimatch) only for a run with path globs', async () => {
    expect(await loadedPackages(['diff', ...PAIR])).to.not.include('minimatch');
    expect(await loadedPackages(['diff', ...PAIR, '--include-path', '/users/**'])).to.include('minimatch');
  });

  it('diff --pacts loads the comparator', async () => {
    const loaded = await loadedPackages(['diff', ...PAIR, '--pacts', 'pacts']);
    expect(loaded).to.include('@pactflow/openapi-pact-comparator');
  });

  it('a config file loads the validator', async () => {
    const loaded = await loadedPackages([
      'diff',
      ...PAIR,
      '--config',
      'test/fixtures/cli/accept-name.contract-kit.yaml',
    ]);
    expect(loaded).to.include('ajv');
  });
});

/**
 * The CLI keeps its young generation at the size loading gave it (versioning/cli/heap.ts): only in
 * its own process, only for inputs large enough, never against the user's flags, and without
 * costing the bundle its code cache (V8 checks a cache against its flags).
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript module of the bin, without type declarations
import { builtInputsAreFresh } from '../../../bin/bundle.js';
import { settleYoungGeneration } from '../../../versioning/cli/heap.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MB = 1024 * 1024;

/** Runs `code` (an ES module importing the CLI's heap module) in a fresh node with tsx; its stdout. */
function inChild(code: string, nodeOptions?: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (nodeOptions === undefined) delete env['NODE_OPTIONS'];
  else env['NODE_OPTIONS'] = nodeOptions;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: REPO,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  expect(r.status, r.stderr).to.equal(0);
  return r.stdout;
}

/**
 * A valid OpenAPI document of about `mb` megabytes: operations whose responses have objects with
 * many properties, `changed` renaming one property in each (a diff with findings everywhere).
 */
function bigSpec(mb: number, changed: boolean): string {
  const paths: Record<string, unknown> = {};
  let size = 0;
  for (let i = 0; size < mb * MB; i++) {
    const properties: Record<string, unknown> = {};
    for (let k = 0; k < 40; k++) properties[`field_${k}`] = { type: 'string', description: `Field ${k} of item ${i}.` };
    if (changed) properties['field_0'] = { type: 'integer' };
    const schema = { type: 'object', required: ['field_0'], properties };
    paths[`/items${i}/{id}`] = {
      get: {
        operationId: `getItem${i}`,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
      },
    };
    size += JSON.stringify(schema).length + 300;
  }
  return JSON.stringify({ openapi: '3.0.3', info: { title: 'big', version: '1.0.0' }, paths }, null, 2);
}

describe('cli: the young generation is kept at the size loading gave it', function () {
  this.timeout(120_000);

  it('is left alone for small inputs and when the user sized it (flags, NODE_OPTIONS)', () => {
    // None of these reaches the flag setter: the test's own process keeps its flags.
    expect(settleYoungGeneration(4 * MB, [], undefined)).to.equal(false);
    expect(settleYoungGeneration(64 * MB, ['--max-semi-space-size=8'], undefined)).to.equal(false);
    expect(settleYoungGeneration(64 * MB, [], '--semi-space-growth-factor=3')).to.equal(false);
  });

  it('stops the growth, once, and sets the flag back at exit', () => {
    // Objects kept alive through many collections make V8 double the young generation, unless
    // the growth was stopped; the exit listener is registered once however often it is called.
    const grow = (settle: boolean) => `
      import v8 from 'node:v8';
      import { settleYoungGeneration } from './versioning/cli/heap.ts';
      const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      const before = newSpace();
      const listeners = process.listeners('exit').length;
      const settle = () => settleYoungGeneration(1e9, [], undefined);
      const settled = ${settle} ? [settle(), settle()] : [];
      const kept = [];
      for (let i = 0; i < 400_000; i++) kept.push({ i, s: 'x' + i });
      const added = process.listeners('exit').length - listeners;
      console.log(JSON.stringify({ settled, added, grew: newSpace() > before }));
    `;
    expect(JSON.parse(inChild(grow(false)))).to.deep.equal({ settled: [], added: 0, grew: true });
    expect(JSON.parse(inChild(grow(true)))).to.deep.equal({ settled: [true, true], added: 1, grew: false });
  });

  /**
   * Runs a large diff (with `extra` arguments) through the bundle twice with a fresh cache folder:
   * the code caches the first run made (the core's, and the second script's when `part`), each
   * left as it was by the second run. Rejected (another flag hash), it would have been made again
   * under a new inode.
   */
  function keepsItsCaches(this: Mocha.Context, extra: string[], part: boolean) {
    if (!(builtInputsAreFresh as (root: string) => boolean)(REPO)) {
      console.log('      (skipped: dist/ is older than the sources; npm run build:cli, as npm test does)');
      this.skip();
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'ck-heap-'));
    try {
      writeFileSync(path.join(dir, 'a.json'), bigSpec(3, false));
      writeFileSync(path.join(dir, 'b.json'), bigSpec(3, true));
      const cacheRoot = path.join(dir, 'cache');
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_COMPILE_CACHE: cacheRoot };
      delete env['NODE_OPTIONS'];
      delete env['NODE_DISABLE_COMPILE_CACHE'];
      const diff = () => {
        const args = ['diff', path.join(dir, 'a.json'), path.join(dir, 'b.json'), '--format', 'json', ...extra];
        const r = spawnSync(process.execPath, ['bin/contract-kit.js', ...args], {
          cwd: REPO,
          env,
          encoding: 'utf8',
          timeout: 60_000,
          maxBuffer: 64 * MB,
        });
        expect(r.status, r.stderr).to.equal(0);
        expect((JSON.parse(r.stdout) as { summary: { breaking: number } }).summary.breaking).to.be.above(0);
      };
      const cacheFiles = () => {
        const [version] = readdirSync(cacheRoot);
        const folder = path.join(cacheRoot, version!);
        const files = readdirSync(folder)
          .filter((f) => /^contract-kit-.*-diff-large-[0-9a-f]{8}(-contract-kit-more)?$/.test(f))
          .sort();
        expect(files.map((f) => f.endsWith('-contract-kit-more'))).to.deep.equal(part ? [false, true] : [false]);
        return files.map((f) => {
          const stat = statSync(path.join(folder, f));
          return { f, ino: stat.ino, mtime: stat.mtimeMs };
        });
      };
      diff();
      const made = cacheFiles();
      diff();
      expect(cacheFiles()).to.deep.equal(made);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('a large diff through the bundle keeps its code cache: made by the first run, used by the next', function () {
    keepsItsCaches.call(this, [], false);
  });

  it('so does one with a path filter, whose second script loads after the young generation is settled', function () {
    // The filter (in the second script) is applied once both documents are loaded; the script's
    // cache is checked under V8's flags as at start-up (heap.ts's asAtStartUp).
    keepsItsCaches.call(this, ['--include-path', '/items*/**'], true);
  });
});

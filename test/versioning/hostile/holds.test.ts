/**
 * Hostile input that must not be refused but must be handled: document text in every report
 * format stays data (no injected workflow command, line or link), `__proto__` is a name like any
 * other, path templates and the pattern screen stay linear, private addresses are recognised,
 * and the bundled CLI runs a plain diff under a tight address-space limit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
// @ts-expect-error plain JavaScript module of the bin, without type declarations
import { bundleIsFresh } from '../../../bin/bundle.js';
import { run } from '../../../versioning/cli/program.ts';
import { templateMatches } from '../../../versioning/crosscheck/check.ts';
import { riskyPattern } from '../../../versioning/crosscheck/patterns.ts';
import { isPrivateAddress } from '../../../versioning/load/remote.ts';
import { fakeIo } from '../cli/fake-io.ts';
import { specYaml } from './cases.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Whether dist/ holds a bundle built from the present sources (the ulimit tests need the bundle). */
function bundleFresh(): boolean {
  return (bundleIsFresh as (b: string, s: string[]) => boolean)(path.join(REPO, 'dist/contract-kit.cjs'), [
    path.join(REPO, 'versioning'),
    path.join(REPO, 'package.json'),
  ]);
}

describe('hostile input that must be handled, not refused', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ck-holds-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function diff(base: string, revision: string, format: string): Promise<string> {
    writeFileSync(path.join(dir, 'a.yaml'), base);
    writeFileSync(path.join(dir, 'b.yaml'), revision);
    const io = fakeIo({ cwd: dir });
    const code = await run(['diff', 'a.yaml', 'b.yaml', '--format', format], io);
    expect(code, io.err()).to.equal(0);
    return io.out();
  }

  const evil = JSON.stringify(
    'x\n::error file=README.md,line=1::pwned\u001b[31m ` ](http://evil.example) [click](http://evil.example)',
  );
  const withProperty = (type: string) => specYaml({ schema: `{type: object, properties: {${evil}: {type: ${type}}}}` });

  for (const format of ['text', 'junit', 'github', 'markdown']) {
    it(
      `${format}: a property name with a newline, "::", ESC, a backtick ` + `and a link stays inside its finding`,
      async () => {
        const out = await diff(withProperty('string'), withProperty('integer'), format);
        expect(out).to.include('pwned');
        for (const line of out.split('\n')) {
          expect(line.trimStart().startsWith('::error file=README.md'), line).to.equal(false);
          // A job summary or PR comment (markdown) does not run workflow commands; logs do.
          if (format !== 'github' && format !== 'markdown') expect(line, line).to.not.match(/::error file=README/);
        }
        expect(out).to.not.include('\u001b');
        if (format === 'markdown') expect(out).to.not.match(/[^\\]\]\(http:\/\/evil/);
      },
    );
  }

  it('a property named __proto__ is diffed like any other', async () => {
    const proto = (type: string) =>
      specYaml({
        schema:
          `{type: object, required: [__proto__], properties: {__proto__: ` +
          `{type: ${type}}, constructor: {type: string}}}`,
      });
    const out = await diff(proto('string'), proto('integer'), 'json');
    expect(out).to.include('response-property-type-changed').and.to.include('__proto__');
  });

  it('path templates match segment by segment (80 ambiguous segments answer at once)', () => {
    expect(templateMatches('/users/{id}', '/users/1')).to.equal(true);
    expect(templateMatches('/users/{id}', '/users/1/')).to.equal(true);
    expect(templateMatches('/users/{id}', '/users/')).to.equal(false);
    expect(templateMatches('/users/{id}', '/users/1/posts')).to.equal(false);
    expect(templateMatches('/files/{name}.{ext}', '/files/a.b.c')).to.equal(true);
    expect(templateMatches('/files/{name}.{ext}', '/files/abc')).to.equal(false);
    expect(templateMatches('/v{major}/items', '/v2/items')).to.equal(true);
    const template = '/' + Array.from({ length: 80 }, () => '{a}-{b}').join('/');
    const concrete = '/' + Array.from({ length: 80 }, () => 'x-y-z').join('/') + '/!';
    expect(templateMatches(template, concrete)).to.equal(false);
    expect(templateMatches(template, concrete.slice(0, -2))).to.equal(true);
  });

  it('the pattern screen refuses catastrophic shapes and accepts common real patterns', () => {
    for (const p of ['^(a+)+$', '^(a*)*$', '(\\w+\\s?)*$', '^(a|aa)+$', '^(x+x+)+y$', '^(?:[a-z]+)*$', '(.*)*'])
      expect(riskyPattern(p), p).to.be.a('string');
    for (const p of [
      '^[a-z]+$',
      '^\\d{3}-\\d{4}$',
      '^([a-z0-9]+(-[a-z0-9]+)*)$',
      '^(\\.\\d+)*$',
      '^([a-zA-Z0-9_.+-]+)@([a-zA-Z0-9-]+\\.)+[a-z]{2,}$',
      '^(a|b)+$',
      '^[A-Z]{2}(?:[0-9]{2})?$',
      '^\\+?[1-9]\\d{1,14}$',
    ])
      expect(riskyPattern(p), p).to.equal(undefined);
  });

  it('private, loopback and link-local addresses are recognised', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(a), a).to.equal(true);
    for (const a of ['8.8.8.8', '1.1.1.1', '2606:4700::1111', '172.32.0.1'])
      expect(isPrivateAddress(a), a).to.equal(false);
  });

  it('the bundled CLI runs a plain diff under ulimit -v 2 GB (no WebAssembly at start-up)', function () {
    if (!bundleFresh()) this.skip();
    const a = path.join(REPO, 'test/fixtures/cli/base.yaml');
    const b = path.join(REPO, 'test/fixtures/cli/breaking.yaml');
    const result = spawnSync(
      'bash',
      [
        '-c',
        `ulimit -v 2000000 && exec "${process.execPath}" "${path.join(REPO, 'bin/contract-kit.js')}" ` +
          `diff "${a}" "${b}"`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).to.not.include('WebAssembly');
    expect(result.status, result.stderr).to.equal(0);
  });

  it('under ulimit -v 2 GB: a remote diff works; pact checks work or end in one line, exit 2', async function () {
    if (!bundleFresh()) this.skip();
    const spec = path.join(REPO, 'test/fixtures/crosscheck/valid-interaction/oas.yaml');
    const pactFile = path.join(REPO, 'test/fixtures/crosscheck/valid-interaction/pact.json');
    const server = http.createServer((_req, res) => res.end(readFileSync(spec)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oas.yaml`;
    const limited = (args: string): Promise<{ code: number | null; stderr: string }> =>
      new Promise((resolve) => {
        const child = spawn('bash', [
          '-c',
          `ulimit -v 2000000 && exec "${process.execPath}" "${path.join(REPO, 'bin/contract-kit.js')}" ${args}`,
        ]);
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    try {
      const remote = await limited(`diff "${spec}" "${url}" --allow-remote --allow-host 127.0.0.1`);
      expect(remote.code, remote.stderr).to.equal(0);
      for (const args of [
        `check-pacts --spec "${spec}" --pacts "${pactFile}"`,
        `diff "${spec}" "${spec}" --pacts "${pactFile}"`,
      ]) {
        const result = await limited(args);
        expect(result.stderr, args).to.not.include('    at ');
        if (result.code !== 0) {
          expect(result.code, result.stderr).to.equal(2);
          expect(result.stderr.trimEnd().split('\n'), result.stderr).to.have.length(1);
        }
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

/**
 * bin/run-bundle.js keeps one code cache per command and size of run: a cache made by a large diff
 * would cost every small one the time to read it, one made by a small diff would leave large ones
 * compiling again.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain JavaScript module of the bin, without type declarations
import { cachePath } from '../../../bin/run-bundle.js';

type CachePath = (
  file: string,
  source: string,
  cacheDir: string | undefined,
  command: string | undefined,
  args?: string[],
) => { file: string } | undefined;
const at = cachePath as CachePath;

describe('cli: the code cache a run reads', () => {
  let dir: string;
  const source = '(function () {// contract-kit 0123456789abcdef\n})';
  const name = (command: string | undefined, args: string[]) =>
    path.basename(at('/x/contract-kit.cjs', source, dir, command, args)!.file).replace(/^.*-0123456789abcdef-/, '');
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ck-cache-'));
    writeFileSync(path.join(dir, 'small.json'), '{}');
    writeFileSync(path.join(dir, 'half.json'), Buffer.alloc(300 * 1024, 0x20));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('one per command, and one for everything else', () => {
    expect(name('diff', [])).to.equal('diff');
    expect(name('gate', [])).to.equal('gate');
    expect(name('--help', [])).to.equal('other');
    expect(name(undefined, [])).to.equal('other');
  });

  it('large when the files named add up to 512 kB or more, whatever the other arguments', () => {
    const small = path.join(dir, 'small.json');
    const half = path.join(dir, 'half.json');
    expect(name('diff', [small, small, '--format', 'json'])).to.equal('diff');
    expect(name('diff', [half, small])).to.equal('diff');
    expect(name('diff', [half, half, '-o', 'out.json'])).to.equal('diff-large');
    expect(name('gate', [half, '-', half])).to.equal('gate-large');
  });

  it('arguments that are not files to look at are skipped, never an error', () => {
    const half = path.join(dir, 'half.json');
    expect(name('diff', ['a\u0000b', dir, 'https://example.com/a.json', 'HEAD:api.json', half])).to.equal('diff');
    expect(() => at('/x/contract-kit.cjs', source, undefined, 'diff', [half])).not.to.throw();
    expect(at('/x/contract-kit.cjs', source, undefined, 'diff', [half])).to.equal(undefined);
  });
});

/**
 * bin/run-bundle.js keeps one code cache per command and shape of run (size, flags, formats, JSON or
 * YAML): a cache made by a large diff, or one with pacts, would cost every small plain one the time
 * to read it; one made by a small YAML diff would leave JSON ones compiling their functions again.
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
    expect(name('diff', [])).to.match(/^diff-[0-9a-f]{8}$/);
    expect(name('gate', [])).to.match(/^gate-[0-9a-f]{8}$/);
    expect(name('--help', [])).to.equal('other');
    expect(name(undefined, [])).to.equal('other');
  });

  it('large when the files named add up to 512 kB or more, whatever the other arguments', () => {
    const small = path.join(dir, 'small.json');
    const half = path.join(dir, 'half.json');
    expect(name('diff', [small, small, '--format', 'json'])).to.match(/^diff-[0-9a-f]{8}$/);
    expect(name('diff', [half, small])).to.match(/^diff-[0-9a-f]{8}$/);
    expect(name('diff', [half, half, '-o', 'out.json'])).to.match(/^diff-large-[0-9a-f]{8}$/);
    expect(name('gate', [half, '-', half])).to.match(/^gate-large-[0-9a-f]{8}$/);
  });

  it('one per shape of run: the flags given, the formats asked for, JSON or YAML documents', () => {
    const small = path.join(dir, 'small.json');
    const plain = name('diff', [small, small]);
    // The same shape: other file names, other values of flags other than the format.
    expect(name('diff', [path.join(dir, 'other.json'), small])).to.equal(plain);
    expect(name('diff', [small, small, '--fail-on', 'breaking'])).to.equal(
      name('diff', [small, small, '--fail-on', 'info']),
    );
    expect(name('diff', [small, small, '--format', 'json=a.json'])).to.equal(
      name('diff', [small, small, '-f', 'json']),
    );
    // Another shape each.
    const others = [
      name('diff', [small, small, '--format', 'json']),
      name('diff', [small, small, '--format', 'markdown']),
      name('diff', [small, small, '--pacts', 'pacts']),
      name('diff', ['a.yaml', 'b.yaml']),
    ];
    expect(new Set([plain, ...others]).size).to.equal(5);
  });

  it('arguments that are not files to look at are skipped, never an error', () => {
    const half = path.join(dir, 'half.json');
    expect(name('diff', ['a\u0000b', dir, 'https://example.com/a.json', 'HEAD:api.json', half])).to.match(
      /^diff-[0-9a-f]{8}$/,
    );
    expect(() => at('/x/contract-kit.cjs', source, undefined, 'diff', [half])).not.to.throw();
    expect(at('/x/contract-kit.cjs', source, undefined, 'diff', [half])).to.equal(undefined);
  });
});

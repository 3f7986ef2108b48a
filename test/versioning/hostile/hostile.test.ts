/**
 * The hostile-input suite (issue 13): every generated case in cases.ts runs the CLI in-process in
 * a fresh project folder and must end with exit 2, exactly one line on stderr that names the file
 * (and the place, where the refusal is about a place in it), no trace of the secret kept beside the
 * project, and no file written anywhere under the temporary root. No timing assertions: each case
 * gets a generous timeout, so a hang fails the case instead of the run.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { expect } from 'chai';
import { readStdinText } from '../../../versioning/cli/io.ts';
import { run } from '../../../versioning/cli/program.ts';
import { fakeIo } from '../cli/fake-io.ts';
import { hostileCases, specYaml } from './cases.ts';
import type { Ctx } from './cases.ts';

/** Every entry under `dir` (not following symlinks) with its type and size: what "no file written" compares. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      if (name === '.git' && current !== dir) continue;
      const stat = lstatSync(full);
      const kind = stat.isDirectory() ? 'dir' : stat.isSymbolicLink() ? 'link' : stat.isFIFO() ? 'fifo' : stat.size;
      out.push(`${path.relative(dir, full)} ${kind}`);
      if (stat.isDirectory() && name !== '.git') stack.push(full);
    }
  }
  return out.sort();
}

const CASES = hostileCases();

describe(
  'hostile input: exit 2, one line naming the file and the place, nothing ' + 'read outside, nothing written',
  function () {
    this.timeout(120_000);
    let root: string;
    const secret = `S3CRET-${process.pid}-${Date.now()}`;

    before(() => {
      root = mkdtempSync(path.join(os.tmpdir(), 'ck-hostile-'));
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    it(`has at least 60 generated cases, covering every class (${CASES.length})`, () => {
      expect(CASES.length).to.be.at.least(60);
      const classes = new Set(CASES.map((c) => c.cls));
      for (const cls of [
        'symlink',
        'file-type-size',
        'git-options',
        'regex',
        'yaml-depth',
        'keys-bytes',
        'ref-kind',
        'error-length',
        'network',
      ])
        expect(classes).to.include(cls);
    });

    CASES.forEach((hostile, index) => {
      it(`[${hostile.cls}] ${hostile.name}`, async () => {
        const base = path.join(root, `case-${index}`);
        const ctx: Ctx = { project: path.join(base, 'project'), outside: path.join(base, 'outside'), secret };
        mkdirSync(ctx.project, { recursive: true });
        mkdirSync(ctx.outside, { recursive: true });
        // The secret as a spec (its parameter name), as a pact (its consumer) and as plain text.
        writeFileSync(
          path.join(ctx.outside, 'secret.yaml'),
          specYaml({ parameter: `{name: ${secret}, in: query, schema: {type: string}}` }),
        );
        writeFileSync(
          path.join(ctx.outside, 'secret.json'),
          JSON.stringify({ consumer: { name: secret }, provider: { name: 'Items' }, interactions: [] }),
        );
        execFileSync('git', ['init', '-q'], { cwd: ctx.project });
        const setup = await hostile.setup(ctx);
        const before = snapshot(base);
        const io = fakeIo({ cwd: ctx.project, env: setup.env ?? {} });
        if (setup.stdin !== undefined) {
          const bytes = setup.stdin;
          io.readStdin = (maxBytes?: number) => readStdinText(Readable.from([bytes]), maxBytes ?? 64 * 1024 * 1024);
        }
        let code: number;
        try {
          code = await run(setup.argv, io);
        } finally {
          await setup.cleanup?.();
        }
        const err = io.err();
        const lines = err.split('\n').filter((line) => line !== '');
        const shown = `${err.slice(0, 600)}`;
        expect(code, shown).to.equal(2);
        expect(lines, shown).to.have.length(1);
        const line = lines[0]!;
        expect(line.length, 'error line length').to.be.at.most(1200);
        expect(line, 'names the file').to.include(setup.file);
        if (setup.place) expect(line, 'names the place').to.match(setup.place);
        expect(line).to.not.include('internal error');
        expect(err + io.out(), 'nothing from outside the root').to.not.include(secret);
        expect(io.files.size, 'no output file').to.equal(0);
        expect(snapshot(base), 'no file written').to.deep.equal(before);
      });
    });
  },
);

/**
 * Keyword twins are judged alike. Every rule fixture that uses one keyword of a twin pair runs
 * again with the other in its place, through the whole engine, and must give the same changes
 * (rule ids and levels) and the same bump; the messages may differ only in the keyword they name.
 * And a document that only swaps one twin for the other has no change that needs a bump.
 */
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { analyze } from '../../../versioning/engine.ts';
import { listCases, NOW } from './harness.ts';

/** [keyword in the fixtures, its twin]. */
const TWINS: ReadonlyArray<readonly [string, string]> = [
  ['additionalProperties', 'unevaluatedProperties'],
  ['dependentRequired', 'dependencies'],
  ['dependentSchemas', 'dependencies'],
];

async function verdict(base: string, revision: string): Promise<{ bump: string; changes: string[] }> {
  const report = await analyze(base, revision, { now: NOW });
  return { bump: report.bump, changes: report.changes.map((c) => `${c.id}:${c.level}`).sort() };
}

describe('keyword twins are judged alike', function () {
  this.timeout(120_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'contract-kit-twins-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [keyword, twin] of TWINS) {
    describe(`${twin} in place of ${keyword}`, () => {
      const cases = listCases().filter((c) =>
        [c.base, c.revision].some((f) => readFileSync(f, 'utf8').includes(keyword)),
      );

      it('has fixtures to rerun', () => {
        expect(cases.length).to.be.greaterThan(3);
      });

      for (const c of cases) {
        it(c.name, async () => {
          const swap = (file: string, stem: string) => {
            const out = join(dir, `${c.name}.${twin}.${stem}${extname(file)}`);
            writeFileSync(out, readFileSync(file, 'utf8').replaceAll(keyword, twin));
            return out;
          };
          const original = await verdict(c.base, c.revision);
          expect(await verdict(swap(c.base, 'base'), swap(c.revision, 'revision'))).to.deep.equal(original);
        });
      }

      it(`swapping ${keyword} for ${twin} in a document needs no bump`, async () => {
        const c = cases[0]!;
        const out = join(dir, `${c.name}.${twin}.swapped${extname(c.revision)}`);
        writeFileSync(out, readFileSync(c.revision, 'utf8').replaceAll(keyword, twin));
        expect((await verdict(c.revision, out)).bump).to.equal('none');
      });
    });
  }
});

/**
 * Keyword twins are judged alike: every rule fixture that uses `additionalProperties` runs again
 * with `unevaluatedProperties` in its place, through the whole engine, and must give the same
 * changes (rule ids and levels, in order) and the same bump. The messages differ only in the
 * keyword they name.
 */
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { analyze } from '../../../versioning/engine.ts';
import { listCases, NOW } from './harness.ts';

async function verdict(base: string, revision: string): Promise<{ bump: string; changes: string[] }> {
  const report = await analyze(base, revision, { now: NOW });
  return { bump: report.bump, changes: report.changes.map((c) => `${c.id}:${c.level}`).sort() };
}

describe('keyword twins: unevaluatedProperties is judged like additionalProperties', function () {
  this.timeout(120_000);
  const cases = listCases().filter((c) => [c.base, c.revision].some((f) => readFileSync(f, 'utf8').includes('additionalProperties')));
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'contract-kit-twins-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the additionalProperties fixtures', () => {
    expect(cases.length).to.be.greaterThan(20);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const twin = (file: string, stem: string) => {
        const out = join(dir, `${c.name}.${stem}${extname(file)}`);
        writeFileSync(out, readFileSync(file, 'utf8').replaceAll('additionalProperties', 'unevaluatedProperties'));
        return out;
      };
      const original = await verdict(c.base, c.revision);
      const substituted = await verdict(twin(c.base, 'base'), twin(c.revision, 'revision'));
      expect(substituted).to.deep.equal(original);
    });
  }
});

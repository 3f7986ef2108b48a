/**
 * The impact fixture suite, in the style of the comparator's own tests: each folder of
 * test/fixtures/impact holds base.yaml, revision.yaml, a hand-written Pact V4 pact.json and
 * expected.json (the changes that break the pact's interactions and why, the breaking changes no
 * known consumer uses, the interactions no change explains, and those already failing against base).
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCase, type ExpectedImpact } from './fixture-case.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ROOT = path.join(REPO, 'test/fixtures/impact');
const CASES = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('impact: fixture suite (test/fixtures/impact)', function () {
  this.timeout(20_000);

  it('has at least 15 cases, each with its four files', () => {
    expect(CASES.length).to.be.at.least(15);
    for (const name of CASES) expect(readdirSync(path.join(ROOT, name)).sort(), name).to.deep.equal(['base.yaml', 'expected.json', 'pact.json', 'revision.yaml']);
  });

  for (const name of CASES) {
    const expected = JSON.parse(readFileSync(path.join(ROOT, name, 'expected.json'), 'utf8')) as ExpectedImpact;
    it(`${name}: ${expected.description}`, async () => {
      const { description: _description, ...want } = expected;
      expect(await runCase(REPO, name)).to.deep.equal(want);
    });
  }
});

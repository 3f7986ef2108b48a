/**
 * The impact fixture suite, in the style of the comparator's own tests: each folder of
 * test/fixtures/impact holds base.yaml, revision.yaml, hand-written pacts (pact.json, and
 * pact-<consumer>.json for more consumers; V2/V3 `matchingRules` with `$.body` paths or V4 with
 * `body` categories) and expected.json: the broken and at-risk interactions, the changes that
 * break or endanger them and why, the breaking changes no known consumer uses, the interactions no
 * change explains, those already failing against base, and both consumers-gate verdicts.
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

  it('has at least 60 cases, each with base, revision, expected and one pact per consumer', () => {
    expect(CASES.length).to.be.at.least(60);
    for (const name of CASES) {
      const files = readdirSync(path.join(ROOT, name)).sort();
      const pacts = files.filter((f) => /^pact(-[\w.-]+)?\.json$/.test(f));
      expect(pacts.length, name).to.be.at.least(1);
      expect(
        files.filter((f) => !pacts.includes(f)),
        name,
      ).to.deep.equal(['base.yaml', 'expected.json', 'revision.yaml']);
    }
  });

  for (const name of CASES) {
    const expected = JSON.parse(readFileSync(path.join(ROOT, name, 'expected.json'), 'utf8')) as ExpectedImpact;
    it(`${name}: ${expected.description}`, async () => {
      const { description: _description, ...want } = expected;
      expect(await runCase(REPO, name)).to.deep.equal(want);
    });
  }
});

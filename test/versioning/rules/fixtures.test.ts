import { expect } from 'chai';
import { caseRule, listCases, runCase } from './harness.ts';

describe('rule fixtures (test/fixtures/rules/<rule-id>)', () => {
  for (const c of listCases()) {
    it(`${c.name}`, async () => {
      const got = (await runCase(c)).map((f) => ({ id: f.id, message: f.message }));
      const sort = (xs: Array<{ id: string; message: string }>) =>
        [...xs].sort((a, b) => (a.id + a.message).localeCompare(b.id + b.message));
      expect(sort(got)).to.deep.equal(sort(c.expected.findings));
      if (c.expected.findings.length > 0) {
        expect(got.map((f) => f.id), `case ${c.name} should prove rule ${caseRule(c.name)}`).to.include(caseRule(c.name));
      }
    });
  }
});

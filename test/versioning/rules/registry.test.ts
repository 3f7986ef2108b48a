import { expect } from 'chai';
import { CATALOGUE } from '../../../versioning/rules/catalogue.ts';
import { FAMILIES, RULES } from '../../../versioning/rules/registry.ts';
import { LEVELS } from '../../../versioning/model.ts';
import { caseRule, listCases } from './harness.ts';

describe('rule registry (as a whole)', () => {
  it('every rule has a kebab-case id, a level, a direction, an action, a description and a message', () => {
    for (const r of RULES) {
      expect(r.id, r.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(LEVELS, r.id).to.include(r.level);
      expect(['request', 'response', 'none'], r.id).to.include(r.direction);
      expect(['add', 'remove', 'change', 'docs'], r.id).to.include(r.action);
      expect(r.description, r.id).to.be.a('string').and.not.be.empty;
      expect((CATALOGUE as Record<string, { message: string }>)[r.id]?.message, r.id).to.be.a('string').and.not.be
        .empty;
    }
  });

  it('every breaking rule says how to avoid the break (mitigation)', () => {
    const missing = RULES.filter((r) => r.level === 'breaking' && !r.mitigation).map((r) => r.id);
    expect(missing).to.deep.equal([]);
  });

  it('every catalogue entry belongs to a registered rule (no orphan messages)', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(Object.keys(CATALOGUE).filter((id) => !ids.has(id))).to.deep.equal([]);
  });

  it('family names are unique and every family has rules', () => {
    const names = FAMILIES.map((f) => f.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const f of FAMILIES) expect(f.rules.length, f.name).to.be.greaterThan(0);
  });

  it('every rule has a fixture pair named after it that proves it', () => {
    const proven = new Set(
      listCases()
        .filter((c) => c.expected.findings.some((f) => f.id === caseRule(c.name)))
        .map((c) => caseRule(c.name)),
    );
    const missing = RULES.map((r) => r.id).filter((id) => !proven.has(id));
    expect(missing, `rules without a fixture in test/fixtures/rules/<rule-id>/`).to.deep.equal([]);
  });
});

import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../versioning/rules/registry.ts';
import { OASDIFF_GAPS } from '../../../versioning/rules/oasdiff-gaps.ts';

const RULES_JSON = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'oasdiff', 'rules.json');

describe('oasdiff ERR-rule coverage', function () {
  before(function () {
    if (!existsSync(RULES_JSON)) {
      console.log(`      (skipped: ${RULES_JSON} not found; the peer corpus lives in ../shared)`);
      this.skip();
    }
  });

  it('every oasdiff ERR rule has an equivalent or a stated reason', () => {
    const catalogue = JSON.parse(readFileSync(RULES_JSON, 'utf8')) as Array<{ id: string; level: string }>;
    const errIds = catalogue.filter((r) => r.level === 'error').map((r) => r.id);
    const covered = new Set(RULES.map((r) => r.oasdiff).filter((x): x is string => !!x));
    const missing = errIds.filter((id) => !covered.has(id) && !(id in OASDIFF_GAPS));
    const equivalents = errIds.filter((id) => covered.has(id)).length;
    console.log(
      `      oasdiff ERR rules: ${errIds.length}; equivalents: ${equivalents}; ` +
        `stated gaps: ${errIds.length - equivalents - missing.length}; ` +
        `missing: ${missing.length}`,
    );
    expect(missing).to.deep.equal([]);
  });

  it('every rule that claims an oasdiff counterpart names a real oasdiff rule', () => {
    const catalogue = JSON.parse(readFileSync(RULES_JSON, 'utf8')) as Array<{ id: string }>;
    const known = new Set(catalogue.map((r) => r.id));
    const bogus = RULES.filter((r) => r.oasdiff && !known.has(r.oasdiff)).map((r) => `${r.id} -> ${r.oasdiff}`);
    expect(bogus).to.deep.equal([]);
  });
});

/**
 * Differential test of the schema rules against openapi-diff (json-schema-diff's set-based
 * comparison): generated body schemas x one-step mutations, each used as a request body and as a
 * response body. Wherever both engines judge, they agree on breaking / not breaking, or the
 * difference is explained by an entry of explain.ts; anything else fails.
 *
 * Deterministic (seeded generator); about 160 cases x 2 directions. openapi-diff costs most of
 * the time (tens of ms per tiny document pair, more with oneOf).
 */
import { expect } from 'chai';
import { EXPLANATIONS } from './explain.ts';
import { describeOutcome, runDifferential, type Outcome } from './run.ts';

export const SEED = 20261201;
export const PER_KIND = 4;

describe('differential: schema rules vs openapi-diff on generated mutations', function () {
  this.timeout(180_000);
  let outcomes: Outcome[] = [];

  before(async () => {
    outcomes = await runDifferential(SEED, PER_KIND);
    const count = (v: Outcome['verdict']) => outcomes.filter((o) => o.verdict === v).length;
    const cases = new Set(outcomes.map((o) => o.c)).size;
    console.log(
      `      differential: ${cases} cases, ${outcomes.length} verdicts: ` +
        `${count('agree')} agree, ${count('explained')} differ-explained, ` +
        `${count('unexplained')} differ-unexplained, ${count('oracle-failed')} openapi-diff failed`,
    );
    for (const e of EXPLANATIONS) {
      const n = outcomes.filter((o) => o.explanation === e.id).length;
      if (n > 0) console.log(`        ${String(n).padStart(3)}  ${e.id} (${e.kind})`);
    }
  });

  it('generates a few hundred verdicts over every mutation kind', () => {
    expect(outcomes.length).to.be.greaterThan(250);
    expect(new Set(outcomes.map((o) => o.c.mutation.name)).size).to.be.greaterThan(35);
  });

  it('openapi-diff judges every generated document pair', () => {
    expect(outcomes.filter((o) => o.verdict === 'oracle-failed').map(describeOutcome)).to.deep.equal([]);
  });

  it('agrees with openapi-diff, or the difference is explained', () => {
    expect(outcomes.filter((o) => o.verdict === 'unexplained').map(describeOutcome)).to.deep.equal([]);
  });

  it(
    'agrees on the plain cases: a required property added to a request, a ' + 'response property removed from required',
    () => {
      const plain = outcomes.filter(
        (o) =>
          !/\/(oneOf|anyOf)\//.test(o.c.mutation.at + '/') &&
          ((o.c.mutation.name === 'property-add-required' && o.dir === 'request') ||
            (o.c.mutation.name === 'required-remove' && o.dir === 'response')),
      );
      expect(plain.length).to.be.greaterThan(0);
      for (const o of plain) expect(o.verdict, describeOutcome(o)).to.equal('agree');
      for (const o of plain) expect(o.ours[o.dir], describeOutcome(o)).to.equal('breaking');
    },
  );

  it('uses every explanation at least once (no dead entries)', () => {
    const used = new Set(outcomes.map((o) => o.explanation));
    expect(EXPLANATIONS.filter((e) => !used.has(e.id)).map((e) => e.id)).to.deep.equal([]);
  });
});

/**
 * sortChanges (ranks for large reports) must give exactly the order of sort(compareChanges).
 */
import { expect } from 'chai';
import type { Change, Level } from '../../../versioning/model.ts';
import { compareChanges, sortChanges } from '../../../versioning/policy/changes.ts';

function changes(n: number): Change[] {
  // A small deterministic generator with many ties on every key.
  let seed = 7;
  const next = (m: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % m;
  const levels: Level[] = ['breaking', 'warning', 'info'];
  const out: Change[] = [];
  for (let k = 0; k < n; k++) {
    const c: Change = {
      id: `rule-${next(5)}`,
      level: levels[next(3)]!,
      defaultLevel: 'info',
      pointer: `/paths/~1a${'/properties/p'.repeat(next(4))}/${next(3)}`,
      location: { file: 'x.yaml', line: k },
      message: `message ${next(4)}`,
    };
    if (next(4) > 0) c.operation = `GET /p${next(6)}`;
    out.push(c);
  }
  return out;
}

describe('sortChanges', () => {
  for (const n of [10, 300, 2000]) {
    it(`orders ${n} changes exactly like sort(compareChanges), ties kept in input order`, () => {
      const input = changes(n);
      const want = [...input].sort(compareChanges);
      const got = sortChanges([...input]);
      expect(got.map((c) => input.indexOf(c))).to.deep.equal(want.map((c) => input.indexOf(c)));
    });
  }
});

describe('sortChanges on sorted input', () => {
  it('leaves changes already in compareChanges order as they are (the report sorts them a second time)', () => {
    const sorted = changes(2000).sort(compareChanges);
    const got = sortChanges([...sorted]);
    expect(got.every((c, k) => c === sorted[k])).to.equal(true);
  });
});

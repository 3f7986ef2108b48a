import { expect } from 'chai';
import { DeepEqual } from '../../../versioning/diff/equal.ts';

type Node = { name: string; next?: Node; kids: Node[] };

function ring(names: string[]): Node {
  const nodes: Node[] = names.map((name) => ({ name, kids: [] }));
  nodes.forEach((n, i) => {
    n.next = nodes[(i + 1) % nodes.length];
    n.kids.push(nodes[0]!);
  });
  return nodes[0]!;
}

describe('diff: structural equality', () => {
  it('compares cyclic graphs without looping, ignoring key order', () => {
    const eq = new DeepEqual();
    expect(eq.equal(ring(['a', 'b', 'c']), ring(['a', 'b', 'c']))).to.equal(true);
    expect(eq.equal({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).to.equal(true);
  });

  it('finds a difference deep inside a cycle, and caches it consistently', () => {
    const eq = new DeepEqual();
    const x = ring(['a', 'b', 'c']);
    const y = ring(['a', 'b', 'X']);
    expect(eq.equal(x, y)).to.equal(false);
    // Every pair on the cycle reaches the difference: all unequal, also when asked again from inside.
    expect(eq.equal(x.next, y.next)).to.equal(false);
    expect(eq.equal(x.next!.next, y.next!.next)).to.equal(false);
    expect(eq.equal(x, y)).to.equal(false);
  });

  it('keeps the answers for an object compared with many others (past the short list of partners)', () => {
    const eq = new DeepEqual();
    const x = ring(['a', 'b', 'c']);
    const others = Array.from({ length: 30 }, (_, i) => ring(['a', 'b', i % 3 === 0 ? 'c' : `c${i}`]));
    for (let round = 0; round < 2; round++) {
      others.forEach((y, i) => expect(eq.equal(x, y), `${round}/${i}`).to.equal(i % 3 === 0));
      others.forEach((y, i) => expect(eq.equal(y.next, x.next), `${round}/${i} inside`).to.equal(i % 3 === 0));
    }
  });

  it('does not confuse values of different shapes', () => {
    const eq = new DeepEqual();
    expect(eq.equal([], {})).to.equal(false);
    expect(eq.equal({ a: undefined }, {})).to.equal(false);
    expect(eq.equal(1, '1')).to.equal(false);
    expect(eq.equal(null, {})).to.equal(false);
    expect(eq.equal([1, 2], [2, 1])).to.equal(false);
  });
});

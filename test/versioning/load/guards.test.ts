import { expect } from 'chai';
import { checkJsonText, MAX_DEPTH } from '../../../versioning/load/guards.ts';

/** The duplicate key found in `text` (which must parse), with its offset, or undefined. */
function duplicate(text: string): { key: string; offset: number } | undefined {
  JSON.parse(text);
  const problem = checkJsonText(text);
  if (problem === undefined) return undefined;
  const key = /^duplicate key (".*") in the same object$/.exec(problem.problem)?.[1];
  expect(key, problem.problem).to.be.a('string');
  return { key: JSON.parse(key!) as string, offset: problem.offset };
}

describe('load: the JSON text guard', () => {
  it('finds duplicate keys wherever they are, escaped or spaced', () => {
    expect(duplicate('{"a": 1, "a": 2}')).to.deep.equal({ key: 'a', offset: 9 });
    expect(duplicate('{"a" : 1,\n "\\u0061"\t: 2}')).to.deep.equal({ key: 'a', offset: 11 });
    expect(duplicate('{"a": {"b": 1}, "a": 2}')).to.deep.equal({ key: 'a', offset: 16 });
    expect(duplicate('[{"x": [1, {"y": 1, "y": 2}]}]')).to.deep.equal({ key: 'y', offset: 20 });
    expect(duplicate('{"__proto__": 1, "__proto__": 2}')?.key).to.equal('__proto__');
    expect(duplicate('{"a\\\\": 1, "a\\\\": 2}')?.key).to.equal('a\\');
  });

  it('accepts the same name in other objects, as values and inside strings', () => {
    expect(duplicate('{"a": {"a": 1}, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]}')).to.equal(undefined);
    expect(duplicate('{"a": "a", "b": ["a", "a"], "c": {"d": "a"}}')).to.equal(undefined);
    expect(duplicate('{"x": "\\": \\"x\\": ", "y": "\\\\", "x2": "{[", "z": ":"}')).to.equal(undefined);
    expect(duplicate('{"a": {}, "b": [], "c": [[]], "d": {"e": {}}}')).to.equal(undefined);
  });

  it('refuses nesting deeper than the limit, at the first container too deep', () => {
    const ok = '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH);
    expect(checkJsonText(ok)).to.equal(undefined);
    const deep = '{"a":' + '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH) + '}';
    expect(checkJsonText(deep)).to.include({ offset: 5 + MAX_DEPTH - 1 });
  });

  it('remembers where large containers end', () => {
    const text = '{"a": [1, 2, 3], "b": {"c": "}]"}, "d": []}';
    const ends = new Map<number, number>();
    expect(checkJsonText(text, ends, 0)).to.equal(undefined);
    for (const [start, end] of ends) {
      expect('{['.includes(text[start]!), String(start)).to.equal(true);
      expect(JSON.parse(text.slice(start, end))).to.not.equal(undefined);
    }
    expect(ends.get(0)).to.equal(text.length);
    expect(ends.size).to.equal(4);
    const large = new Map<number, number>();
    checkJsonText(text, large, 10);
    expect([...large.keys()]).to.deep.equal([22, 0]);
  });
});

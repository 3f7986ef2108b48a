import { expect } from 'chai';
import { checkJsonText, checkParsedJson, MAX_DEPTH } from '../../../versioning/load/guards.ts';

/** The duplicate key found in `text` (which must parse), with its offset, or undefined. */
function duplicate(text: string): { key: string; offset: number } | undefined {
  const problem = checkJsonText(text);
  // The fast check (counts, then the exact scan only when they differ) must agree.
  expect(checkParsedJson(text, JSON.parse(text)), text).to.deep.equal(problem);
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
    for (const text of [ok, deep, '{"a": 1, "b": ' + deep + '}', '['.repeat(100_000) + ']'.repeat(100_000)]) {
      expect(checkParsedJson(text, JSON.parse(text)), text.slice(0, 20)).to.deep.equal(checkJsonText(text));
    }
  });

  it('counts key tokens right around escapes, colons inside strings and spacing (the fast check)', () => {
    const texts = [
      // Escaped quotes before a colon inside strings, strings that start with a colon, keys ending in backslashes.
      '{"d": "say \\"a\\": 1", "e": ": x", "f": "  :", "g\\\\": 1, "h\\\\\\"": {"i": "\\\\\\": "}}',
      '{"a"\n :\t1, "b"\r\n:[{"c" : {}}, {"c":[]}], "": 0, "x": ":", "y": "\\":"}',
      // The same with a duplicate hidden among them, and a duplicate whose first value nests too deep.
      '{"d": "\\"a\\": 1", "e": ": x", "g\\\\": 1, "e" : 2}',
      '{"a": ' + '['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1) + ', "a": 1}',
      '{"a": {"a": 1, "b": ":", "a": 2}, "b": 3}',
      '[1, "a", true, null, {"": 1, "": 2}]',
      '"just a string"',
      '{}',
    ];
    for (const text of texts) {
      expect(checkParsedJson(text, JSON.parse(text)), text).to.deep.equal(checkJsonText(text));
    }
    expect(checkParsedJson(texts[2]!, JSON.parse(texts[2]!))?.problem).to.equal('duplicate key "e" in the same object');
    expect(checkParsedJson(texts[3]!, JSON.parse(texts[3]!))?.problem).to.match(/^nesting deeper than/);
    expect(checkParsedJson(texts[0]!, JSON.parse(texts[0]!))).to.equal(undefined);
    expect(checkParsedJson(texts[1]!, JSON.parse(texts[1]!))).to.equal(undefined);
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

import { expect } from 'chai';
import { checkJsonText } from '../../../versioning/load/guards.ts';
import { findJsonError, JsonLocator, LineIndex } from '../../../versioning/load/json-text.ts';
import { getAtPointer, joinPointer, parsePointer } from '../../../versioning/load/pointer.ts';

/** Line/column of a pointer in JSON text, through the locator. */
function at(text: string, pointer: string): [number, number] {
  const { line, column } = new JsonLocator(text).positionOf(pointer);
  // The same answer from a locator that already indexed other containers (cached state).
  const warm = new JsonLocator(text);
  warm.positionOf('/a/y/1/z');
  warm.positionOf('/list');
  warm.positionOf(pointer + '/deeper');
  expect(warm.positionOf(pointer)).to.deep.equal({ line, column });
  expect(warm.positionOf(pointer)).to.deep.equal({ line, column });
  return [line, column];
}

/**
 * Every pointer of a JSON text with its [line, column] (a member's key, an item's start), by a
 * plain character-by-character descent: the oracle for the locator's skipping.
 */
function naivePositions(text: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  let i = 0;
  const pos = (at: number): [number, number] => {
    const before = text.slice(0, at).split('\n');
    return [before.length, before[before.length - 1]!.length + 1];
  };
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const str = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (pointer: string): void => {
    ws();
    if (text[i] === '"') return void str();
    if (text[i] === '{' || text[i] === '[') {
      const array = text[i++] === '[';
      ws();
      for (let n = 0; text[i] !== '}' && text[i] !== ']'; n++) {
        ws();
        const at = i;
        const token = array ? String(n) : str();
        const child = `${pointer}/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        out.set(child, pos(at));
        if (!array) {
          ws();
          i++; // ':'
        }
        value(child);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
      return;
    }
    while (i < text.length && !/[,}\]\s]/.test(text[i]!)) i++;
  };
  value('');
  return out;
}

describe('load: JSON positions', () => {
  const text = [
    '{',
    '  "a": {"x": "}{][\\"", "y": [1, {"z": null}, "w"]},',
    '  "we\\"ird/key~": true,',
    '  "esc\\u0041pe": 1,',
    '  "dup": 1,',
    '  "dup": 2,',
    '  "empty": {}, "list": []',
    '}',
  ].join('\n');

  /** 1-based [line, column] of the `nth` occurrence of `needle` in the text. */
  function where(needle: string, nth = 1): [number, number] {
    let offset = -1;
    for (let i = 0; i < nth; i++) offset = text.indexOf(needle, offset + 1);
    const before = text.slice(0, offset).split('\n');
    return [before.length, before[before.length - 1]!.length + 1];
  }

  it('finds members, items and keys with escapes', () => {
    expect(JSON.parse(text)).to.be.an('object');
    expect(at(text, '')).to.deep.equal([1, 1]);
    expect(at(text, '/a')).to.deep.equal([2, 3]);
    expect(at(text, '/a/y')).to.deep.equal(where('"y"'));
    expect(at(text, '/a/y/0')).to.deep.equal(where('1, {'));
    expect(at(text, '/a/y/1')).to.deep.equal(where('{"z"'));
    expect(at(text, '/a/y/1/z')).to.deep.equal(where('"z"'));
    expect(at(text, '/a/y/2')).to.deep.equal(where('"w"'));
    expect(at(text, joinPointer('', 'we"ird/key~'))).to.deep.equal([3, 3]);
    expect(at(text, '/escApe')).to.deep.equal([4, 3]);
    expect(at(text, '/dup')).to.deep.equal([6, 3]);
    expect(at(text, '/list')).to.deep.equal(where('"list"'));
  });

  it('stops at the nearest existing ancestor', () => {
    expect(at(text, '/a/y/9')).to.deep.equal(where('"y"'));
    expect(at(text, '/a/x/deeper')).to.deep.equal(where('"x"'));
    expect(at(text, '/a/y/x')).to.deep.equal(where('"y"'));
    expect(at(text, '/empty/nothing')).to.deep.equal([7, 3]);
    expect(at(text, '/nothing')).to.deep.equal([1, 1]);
  });

  it('handles a BOM, CRLF line ends and whitespace', () => {
    const crlf = '\uFEFF{\r\n  "a" :\r\n    [ 1 ,\r\n      2 ]\r\n}';
    expect(at(crlf, '/a/1')).to.deep.equal([4, 7]);
  });

  it('agrees with a naive scan on large nested containers, in any order of lookups', () => {
    // Containers over the locator's remembered-end size, strings with escaped quotes, backslashes
    // and brackets, and lookups that go deep first and then index the containers around them.
    const big = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`k${i}`, { s: `q\\"]}[{${i}\\`, list: [i, { deep: { v: `x${i}` } }] }]),
      );
    // Nested below the levels the first scan indexes, so that big containers are skipped first.
    const doc = { wrap: { deeper: { one: big(40), two: { inner: big(30), tail: 'end' }, three: [big(20), big(5)] } } };
    for (const text of [JSON.stringify(doc, null, 2), JSON.stringify(doc)]) {
      const truth = naivePositions(text);
      const pointers = [...truth.keys()].filter((_, i) => i % 5 === 0);
      expect(pointers.length).to.be.greaterThan(100);
      // Also with the container ends found by the guard's scan (all of them, or the large ones).
      const scanned = (minSize: number) => {
        const ends = new Map<number, number>();
        expect(checkJsonText(text, ends, minSize)).to.equal(undefined);
        expect(ends.size).to.be.greaterThan(0);
        return new JsonLocator(text, ends);
      };
      for (const order of [pointers, [...pointers].reverse()]) {
        for (const locator of [new JsonLocator(text), scanned(0), scanned(200)]) {
          for (const p of order) {
            const { line, column } = locator.positionOf(p);
            expect([line, column], p).to.deep.equal(truth.get(p));
          }
        }
      }
    }
  });

  it('maps offsets to lines and columns', () => {
    const lines = new LineIndex('ab\ncd\n\nef');
    expect(lines.position(0)).to.deep.equal({ line: 1, column: 1 });
    expect(lines.position(4)).to.deep.equal({ line: 2, column: 2 });
    expect(lines.position(6)).to.deep.equal({ line: 3, column: 1 });
    expect(lines.position(7)).to.deep.equal({ line: 4, column: 1 });
  });

  it('maps offsets to lines and columns in any order, across many runs of lines', () => {
    // A deterministic pseudo-random sequence, so that a failure repeats.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const naive = (text: string, offset: number) => {
      const before = text.slice(0, offset).split('\n');
      return { line: before.length, column: before[before.length - 1]!.length + 1 };
    };
    const varied = Array.from({ length: 500 }, (_, i) => 'x'.repeat(random(90)) + (i % 7 === 0 ? '\r\n' : '\n')).join(
      '',
    );
    const texts = [
      '',
      '\n',
      '\n\n\n',
      'no line feed at all',
      'a\n'.repeat(31),
      'a\n'.repeat(32),
      'a\n'.repeat(33),
      '\n' + 'b\n'.repeat(31),
      'a\n'.repeat(64) + 'tail',
      '\n'.repeat(100),
      varied,
      // Few, long lines (minified JSON with a line feed here and there).
      Array.from({ length: 40 }, () => 'y'.repeat(3000)).join('\n'),
    ];
    for (const text of texts) {
      const offsets = Array.from({ length: 300 }, () => random(text.length + 1));
      offsets.push(0, text.length, text.length + 5);
      for (let i = 0; i < text.length; i++) if (text[i] === '\n' && random(4) === 0) offsets.push(i, i + 1);
      for (const order of [offsets, [...offsets].sort((a, b) => a - b), [...offsets].sort((a, b) => b - a)]) {
        const lines = new LineIndex(text);
        for (const offset of order) {
          // Past the end: the last line, the column counted on from its start (as the full table gave).
          const end = naive(text, text.length);
          const expected =
            offset > text.length ? { ...end, column: end.column + offset - text.length } : naive(text, offset);
          expect(lines.position(offset), `offset ${offset} of ${text.length}`).to.deep.equal(expected);
        }
      }
    }
  });

  it('finds keys with escapes, keys that only appear inside strings, and deep arrays, in any order', () => {
    let deep: unknown = { leaf: [0, [1, [2, { at: 'bottom' }]]] };
    for (let i = 0; i < 20; i++) deep = [deep];
    // Two levels down, below the levels the first scan indexes: the members of `content` are skipped
    // (with the strings, escapes and brackets inside them) before the pointers index them.
    const content = {
      'a/b': { 'c~d': 1, '~1': { '/': 2 } },
      'caf\u00e9': { 'na\u00efve \ud83d\ude00': 3, 'say "hi"': 4 },
      text: '"target": {"inner": 1}, "a/b": [',
      quote: { q: 'ends with a backslash \\', r: ['\\', '\\"', '"\\'] },
      nested: { note: '"target": {"inner": 0}, "x": "', target: { inner: 'found' } },
      deep,
      big: Object.fromEntries(
        Array.from({ length: 60 }, (_, i) => [`k${i}`, { s: `]}"{[\\${i}`, list: [i, [i, { v: `w${i}` }]] }]),
      ),
      target: 'last',
    };
    const doc = { x: { y: content } };
    // Key escapes written by hand: JSON.stringify writes these characters as they are.
    const escaped = (text: string) =>
      text.replace('"caf\u00e9"', '"caf\\u00e9"').replace('"na\u00efve', '"na\\u00EFve');
    for (const text of [
      escaped(JSON.stringify(doc, null, 2)),
      escaped(JSON.stringify(doc)),
      JSON.stringify(doc, null, '\t'),
    ]) {
      expect(JSON.parse(text)).to.deep.equal(doc);
      const truth = naivePositions(text);
      const at = (...segments: string[]) => joinPointer('/x/y', ...segments);
      const pointers = [
        at('a/b', 'c~d'),
        at('a/b', '~1', '/'),
        '/x/y/a~1b/~01/~1',
        at('caf\u00e9', 'na\u00efve \ud83d\ude00'),
        at('caf\u00e9', 'say "hi"'),
        at('nested', 'target', 'inner'),
        at('target'),
        `/x/y/deep${'/0'.repeat(20)}/leaf/1/1/1/at`,
        at('big', 'k59', 'list', '1', '1', 'v'),
        at('big', 'k3', 's'),
        at('big', 'k30'),
        at('quote', 'r', '2'),
        at('text'),
      ];
      expect(pointers.filter((p) => !truth.has(p))).to.deep.equal([]);
      for (const order of [pointers, [...pointers].reverse(), [...pointers.slice(6), ...pointers.slice(0, 6)]]) {
        const locator = new JsonLocator(text);
        for (const p of order) {
          const { line, column } = locator.positionOf(p);
          expect([line, column], p).to.deep.equal(truth.get(p));
        }
        // Absent members stop at the nearest ancestor; a key that only appears inside a string is absent.
        expect(locator.positionOf(at('text', 'target'))).to.deep.equal(locator.positionOf(at('text')));
        expect(locator.positionOf(at('nested', 'x'))).to.deep.equal(locator.positionOf(at('nested')));
        const nowhere = locator.positionOf('/x/y/deep/0/0/0/0/1');
        expect([nowhere.line, nowhere.column]).to.deep.equal(truth.get('/x/y/deep/0/0/0/0'));
        expect(locator.positionOf('/x/y/a~1b/c~0d/more')).to.deep.equal(locator.positionOf('/x/y/a~1b/c~0d'));
        expect(locator.positionOf('/x/y/a~1b/c~1d')).to.deep.equal(locator.positionOf('/x/y/a~1b'));
      }
    }
  });

  it('finds where invalid JSON goes wrong', () => {
    expect(findJsonError('{"a": tru}')).to.deep.equal({ offset: 6, reason: "unexpected 't'" });
    expect(findJsonError('{"a": 1,}').offset).to.equal(8);
    expect(findJsonError('[1, 2').reason).to.include('end of input');
    expect(findJsonError('{"a": "x\ny"}').reason).to.include('control character');
    expect(findJsonError('{} x')).to.deep.equal({ offset: 3, reason: "unexpected 'x' after the JSON value" });
  });

  it('reads and writes pointers', () => {
    expect(parsePointer('/a~1b/c~0d/0')).to.deep.equal(['a/b', 'c~d', '0']);
    expect(joinPointer('/paths', '/users/{id}', 'get')).to.equal('/paths/~1users~1{id}/get');
    expect(getAtPointer({ a: [{ 'b/c': 1 }] }, '/a/0/b~1c')).to.equal(1);
    expect(getAtPointer({ a: [1] }, '/a/01')).to.equal(undefined);
    expect(getAtPointer({ a: 1 }, '/toString')).to.equal(undefined);
  });
});

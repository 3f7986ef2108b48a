import { expect } from 'chai';
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

  it('maps offsets to lines and columns', () => {
    const lines = new LineIndex('ab\ncd\n\nef');
    expect(lines.position(0)).to.deep.equal({ line: 1, column: 1 });
    expect(lines.position(4)).to.deep.equal({ line: 2, column: 2 });
    expect(lines.position(6)).to.deep.equal({ line: 3, column: 1 });
    expect(lines.position(7)).to.deep.equal({ line: 4, column: 1 });
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

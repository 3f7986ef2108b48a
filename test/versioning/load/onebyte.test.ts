import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadSpec, loadSpecFromText } from '../../../versioning/load/index.ts';
import { JsonLocator, oneByteJson } from '../../../versioning/load/json-text.ts';
import type { LoadedSpec } from '../../../versioning/model.ts';
import { inputError } from './helpers.ts';

// JSON read as bytes is parsed from a one-byte form with `\uXXXX` escapes in place of non-ASCII text;
// everything it reports (positions, errors) must be what the decoded text gives.

/** Every JSON pointer of a parsed value. */
function pointersOf(value: unknown, at = '', out: string[] = []): string[] {
  out.push(at);
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      pointersOf(item, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
    }
  }
  return out;
}

/** Accents, CJK, an emoji (a surrogate pair), in keys and values, before members on the same line. */
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Café — 日本語 😀 API', version: '1.0.0', description: 'naïve façade, ünïcödé' },
  paths: {
    '/café/😀': {
      get: {
        summary: '取得する 😀😀',
        parameters: [{ name: 'clé', in: 'query', description: 'é', schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok ✓',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Réponse' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Réponse: { type: 'object', description: 'ü é', properties: { 名前: { type: 'string', enum: ['à', 'b'] } } },
    },
  },
};

describe('load: one-byte JSON form', () => {
  it('gives the value and the positions of the decoded text (minified and pretty)', () => {
    for (const text of [JSON.stringify(SPEC), JSON.stringify(SPEC, null, 2), '\n' + JSON.stringify(SPEC)]) {
      const one = oneByteJson(Buffer.from(text), 0)!;
      expect(one.escapes).to.not.equal(undefined);
      expect(one.text).to.match(/^[\x00-\x7f]*$/);
      expect(JSON.parse(one.text)).to.deep.equal(JSON.parse(text));
      const plain = new JsonLocator(text);
      const escaped = new JsonLocator(one.text, undefined, one.escapes);
      for (const pointer of [...pointersOf(SPEC), '/paths/nothing', '/components/schemas/Réponse/x/y']) {
        expect(escaped.positionOf(pointer), pointer).to.deep.equal(plain.positionOf(pointer));
      }
    }
  });

  it('is the text itself for ASCII, and skips a BOM', () => {
    const ascii = oneByteJson(Buffer.from('{"a": 1}'), 0)!;
    expect(ascii).to.deep.equal({ text: '{"a": 1}', escapes: undefined, overwritten: false });
    const bom = oneByteJson(Buffer.from('\uFEFF{"é": 1}'), 3)!;
    expect(bom.text).to.equal('{"\\u00e9": 1}');
  });

  it('writes over the bytes when given room, and gives the original text back', () => {
    const text = '\uFEFF' + JSON.stringify(SPEC, null, 1);
    const bytes = Buffer.from(text);
    const copy = oneByteJson(Buffer.from(bytes), 3)!;
    expect(copy.overwritten).to.equal(false);
    const room = Buffer.alloc(bytes.length + 1000);
    bytes.copy(room);
    const inPlace = oneByteJson(room.subarray(0, bytes.length), 3, room)!;
    expect(inPlace.overwritten).to.equal(true);
    expect(inPlace.text).to.equal(copy.text);
    expect(room.toString('latin1', 3, 3 + inPlace.text.length)).to.equal(inPlace.text);
    expect(inPlace.escapes!.original(inPlace.text)).to.equal(text.slice(1));
    const small = Buffer.from(bytes);
    const noRoom = oneByteJson(small, 3, small)!;
    expect(noRoom.overwritten).to.equal(false);
    expect(noRoom.text).to.equal(copy.text);
    expect(small.equals(bytes)).to.equal(true);
  });

  it('finds runs across blocks of the native check', () => {
    // Runs at, before and across multiples of 4096 bytes, in keys and values, one line and several.
    const items: Record<string, string> = {};
    for (let i = 0; i < 40; i++)
      items[`k${i}${i % 3 === 0 ? 'é' : ''}`] = 'x'.repeat(4090 + (i % 7)) + '😀é語'.repeat(i % 4);
    for (const text of [JSON.stringify(items), JSON.stringify(items, null, 1)]) {
      const one = oneByteJson(Buffer.from(text), 0)!;
      expect(JSON.parse(one.text)).to.deep.equal(items);
      expect(one.escapes!.original(one.text)).to.equal(text);
      const plain = new JsonLocator(text);
      const escaped = new JsonLocator(one.text, undefined, one.escapes);
      for (const pointer of pointersOf(items)) {
        expect(escaped.positionOf(pointer), pointer).to.deep.equal(plain.positionOf(pointer));
      }
    }
  });

  it('gives up after a backslash and on text with many non-ASCII runs', () => {
    // `\é` is invalid JSON; `\\u00e9` would parse.
    expect(oneByteJson(Buffer.from('{"a": "\\é"}'), 0)).to.equal(undefined);
    expect(oneByteJson(Buffer.from('{"a": "\\\\é"}'), 0)).to.equal(undefined);
    const dense = JSON.stringify({ a: Array.from({ length: 20_000 }, (_, i) => `語 ${i}`) });
    expect(oneByteJson(Buffer.from(dense), 0)).to.equal(undefined);
    // One run per 4000 bytes: few runs, but too many blocks to search.
    const spread = JSON.stringify(Array.from({ length: 256 }, () => 'é' + 'x'.repeat(4000)));
    expect(oneByteJson(Buffer.from(spread), 0)).to.equal(undefined);
    expect(oneByteJson(Buffer.from(spread.slice(0, 64 * 4000)), 0)).to.not.equal(undefined);
  });
});

describe('load: JSON files with non-ASCII text', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'contract-kit-onebyte-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Loads `text` from a file (read as bytes) and as text, with the same name. */
  const both = (name: string, text: string | Buffer): [Promise<LoadedSpec>, Promise<LoadedSpec>] => {
    writeFileSync(path.join(dir, name), text);
    const decoded = Buffer.isBuffer(text) ? text.toString('utf8') : text;
    return [loadSpec(name, { cwd: dir }), loadSpecFromText(decoded, name, { cwd: dir })];
  };

  it('locates every node as in the decoded text', async () => {
    for (const [name, text] of [
      ['min.json', JSON.stringify(SPEC)],
      ['pretty.json', JSON.stringify(SPEC, null, 2)],
      ['bom.json', '\uFEFF' + JSON.stringify(SPEC)],
    ] as const) {
      const [fromFile, fromText] = await Promise.all(both(name, text));
      expect(fromFile.document).to.deep.equal(fromText.document);
      expect(fromFile.raw()).to.deep.equal(fromText.raw());
      for (const pointer of pointersOf(SPEC)) {
        const origin = { file: name, pointer };
        expect(fromFile.locate(origin), `${name} ${pointer}`).to.deep.equal(fromText.locate(origin));
      }
    }
    // One line: the schema's `$ref` comes after non-ASCII text of its line.
    const [fromFile] = both('one.json', JSON.stringify(SPEC));
    const text = JSON.stringify(SPEC);
    const column = text.indexOf('"200"') + 1;
    expect((await fromFile).locate({ file: 'one.json', pointer: '/paths/~1café~1😀/get/responses/200' })).to.deep.equal(
      { file: 'one.json', line: 1, column },
    );
  });

  it('reports a $ref error after non-ASCII text at the decoded column', async () => {
    const broken = JSON.stringify(SPEC).replace('#/components/schemas/Réponse', '#/components/schemas/Missing');
    const [fromFile, fromText] = both('ref.json', broken).map((p) => inputError(p));
    const message = (await fromFile).message;
    expect(message).to.equal((await fromText).message);
    const column = broken.indexOf('"$ref"') + 1;
    expect(message).to.match(new RegExp(`^ref\\.json:1:${column}: `));
    expect((await fromFile).location).to.deep.include({ line: 1, column });
  });

  it('reports malformed JSON after non-ASCII text at the decoded line and column', async () => {
    const text = JSON.stringify(SPEC).replace('"openapi":"3.0.3"', '"openapi":"3.0.3",,').replace('Café', 'Cafè');
    const moved = `{"é😀": "日本",\n${text.slice(1).replace('"version":"1.0.0"', '"version": tru')}`;
    for (const [name, bad] of [
      ['bad1.json', text],
      ['bad2.json', moved],
      ['bad-bom.json', '\uFEFF' + moved],
    ] as const) {
      const [fromFile, fromText] = both(name, bad).map((p) => inputError(p));
      expect((await fromFile).message).to.equal((await fromText).message);
    }
    const late = `{"é😀": "日本",\n${JSON.stringify(SPEC).slice(1).replace('"version":"1.0.0"', '"version": tru')}`;
    const error = await inputError(both('bad3.json', late)[0]);
    const line = late.split('\n')[1]!;
    expect(error.message).to.match(new RegExp(`^bad3\\.json:2:${line.indexOf('tru') + 1}: invalid JSON: `));
  });

  it('reports a duplicate key after non-ASCII text at the decoded column', async () => {
    const text = '{"info": {"title": "日本語 😀", "title": "x"}, "openapi": "3.0.3", "paths": {}}';
    const [fromFile, fromText] = both('dup.json', text).map((p) => inputError(p));
    expect((await fromFile).message).to.equal((await fromText).message);
    const column = text.lastIndexOf('"title"') + 1;
    expect((await fromFile).message).to.match(
      new RegExp(`^dup\\.json:1:${column}: invalid JSON: duplicate key "title"`),
    );
  });

  it('refuses invalid UTF-8 and a blank file as before', async () => {
    const bytes = Buffer.concat([Buffer.from('{"openapi": "3.0.3", "a": "é'), Buffer.from([0xff]), Buffer.from('"}')]);
    writeFileSync(path.join(dir, 'invalid.json'), bytes);
    expect((await inputError(loadSpec('invalid.json', { cwd: dir }))).message).to.equal(
      'invalid.json:1:29: invalid UTF-8 (byte 0xff); save the spec as UTF-8 text',
    );
    for (const blank of [' \n\t', '\uFEFF \n', '\u3000\n']) {
      writeFileSync(path.join(dir, 'blank.json'), blank);
      expect((await inputError(loadSpec('blank.json', { cwd: dir }))).message).to.equal(
        'blank.json: the spec is empty; give an OpenAPI 3.0 or 3.1 document',
      );
    }
  });

  it('loads a spec with many non-ASCII runs (decoded instead) and YAML with non-ASCII as before', async () => {
    const dense = { ...SPEC, 'x-words': Array.from({ length: 5_000 }, (_, i) => `語 ${i}`) };
    const [fromFile, fromText] = await Promise.all(both('dense.json', JSON.stringify(dense)));
    const pointer = '/components/schemas/Réponse/properties/名前';
    expect(fromFile.locate({ file: 'dense.json', pointer })).to.deep.equal(
      fromText.locate({ file: 'dense.json', pointer }),
    );
    const yaml = 'openapi: 3.0.3\ninfo: { title: "Café \\u00e9 😀", version: "1" }\npaths: {}\n';
    const [yamlFile, yamlText] = await Promise.all(both('spec.yaml', '\uFEFF' + yaml));
    expect(yamlFile.document.info.title).to.equal('Café é 😀');
    expect(yamlFile.document).to.deep.equal(yamlText.document);
    // Looks like JSON but is flow YAML (no .json name): parsed as YAML from the real text.
    const flow = '{openapi: 3.0.3, info: {title: "Café 😀", version: "1"}, paths: {}}\n';
    const [flowFile, flowText] = await Promise.all(both('spec.txt', flow));
    expect(flowFile.document.info.title).to.equal('Café 😀');
    expect(flowFile.document).to.deep.equal(flowText.document);
  });
});

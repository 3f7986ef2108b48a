/**
 * A run reads its second document into the memory its first was read into (load/input.ts
 * `ReadMemory`), once the first is parsed: what either document gives (its values, the places of
 * its nodes, its errors) is what it gives when read into memory of its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadSpec } from '../../../versioning/load/index.ts';
import { ReadMemory, readInput } from '../../../versioning/load/input.ts';
import type { LoadedSpec } from '../../../versioning/model.ts';

/** A document with non-ASCII text (written over the bytes as escapes when parsed) and `size` operations. */
function spec(size: number, word: string): string {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < size; i++) {
    paths[`/café/${i}`] = {
      get: {
        summary: `${word} ${i} — 日本語 😀`,
        responses: {
          '200': { description: `ok ✓ ${word}`, content: { 'application/json': { schema: { type: 'string' } } } },
        },
      },
    };
  }
  return (
    '\uFEFF' + JSON.stringify({ openapi: '3.0.3', info: { title: `Café ${word}`, version: '1.0.0' }, paths }, null, 2)
  );
}

/** Every node's pointer in the document with its line and column, as the loaded spec places them. */
function places(spec: LoadedSpec): string[] {
  const out: string[] = [];
  const visit = (value: unknown, pointer: string) => {
    const at = spec.locate({ file: spec.file, pointer });
    out.push(`${pointer} ${at.line}:${at.column}`);
    if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value))
        visit(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  };
  visit(spec.document, '');
  return out;
}

describe("load: the second document read into the first one's memory", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'ck-memory-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a buffer back only to a read that fits in it', () => {
    const memory = new ReadMemory();
    expect(memory.take(1)).to.equal(undefined);
    const buffer = Buffer.alloc(100);
    memory.give(buffer);
    expect(memory.take(101)).to.equal(undefined);
    expect(memory.take(100)).to.equal(buffer);
    expect(memory.take(1)).to.equal(undefined);
  });

  it('reads the next file into the memory a released one had, and a larger one into new memory', () => {
    const memory = new ReadMemory();
    writeFileSync(path.join(dir, 'a.json'), spec(40, 'a'));
    writeFileSync(path.join(dir, 'b.json'), spec(44, 'b'));
    writeFileSync(path.join(dir, 'c.json'), spec(400, 'c'));
    const a = readInput(path.join(dir, 'a.json'), 1e8, undefined, memory);
    const aText = a.text();
    a.release(memory);
    expect(() => a.text()).not.to.throw();
    expect(a.text()).to.equal(aText);
    const b = readInput(path.join(dir, 'b.json'), 1e8, undefined, memory);
    expect(b.text()).to.equal(spec(44, 'b'));
    // b took the memory: none is free until b is released.
    expect(memory.take(1)).to.equal(undefined);
    b.release(memory);
    const c = readInput(path.join(dir, 'c.json'), 1e8, undefined, memory);
    expect(c.text()).to.equal(spec(400, 'c'));
    // c did not fit: b's memory is still free.
    expect(memory.take(1)).not.to.equal(undefined);
  });

  it('a released input that was never decoded refuses to read its bytes', () => {
    const memory = new ReadMemory();
    writeFileSync(path.join(dir, 'a.json'), spec(3, 'a'));
    const a = readInput(path.join(dir, 'a.json'), 1e8, undefined, memory);
    a.release(memory);
    expect(() => a.text()).to.throw(/released/);
    expect(() => a.jsonText()).to.throw(/released/);
  });

  it('two documents loaded one after the other give the values and places they give alone', async () => {
    for (const [first, second] of [
      [spec(30, 'base'), spec(33, 'revision')],
      [spec(30, 'base'), spec(30, 'base')],
      [spec(300, 'base'), spec(3, 'revision')],
    ] as const) {
      writeFileSync(path.join(dir, 'base.json'), first);
      writeFileSync(path.join(dir, 'revision.json'), second);
      const memory = new ReadMemory();
      const base = await loadSpec('base.json', { cwd: dir }, memory);
      const revision = await loadSpec('revision.json', { cwd: dir }, memory);
      const alone = [await loadSpec('base.json', { cwd: dir }), await loadSpec('revision.json', { cwd: dir })];
      expect(base.document).to.deep.equal(alone[0]!.document);
      expect(revision.document).to.deep.equal(alone[1]!.document);
      expect(places(base)).to.deep.equal(places(alone[0]!));
      expect(places(revision)).to.deep.equal(places(alone[1]!));
    }
  });
});

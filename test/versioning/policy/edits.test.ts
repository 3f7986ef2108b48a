/**
 * A report made from a run's edits (`toEdits`, without an impact step) says what the flat changes
 * say: its `changes`, made when first read, are those of the flat path (an impact step that keeps
 * them), and the JSON report made from the edits is byte for byte the one made from the changes,
 * with level overrides, rules turned off, acceptances (live, expired, per operation) and a gate.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AcceptEntry, Config } from '../../../versioning/config/schema.ts';
import { emptyConfig } from '../../../versioning/config/schema.ts';
import { analyze, type AnalyzeOptions } from '../../../versioning/engine.ts';
import type { Change } from '../../../versioning/model.ts';
import { editsOf } from '../../../versioning/policy/changes.ts';
import { FORMATTERS, toJsonEdits } from '../../../versioning/report/index.ts';

/** A schema shared by many operations (under several statuses and paths), changed in several ways. */
function spec(revision: boolean): object {
  const thing = {
    type: 'object',
    required: revision ? ['id'] : ['id', 'name'],
    properties: {
      id: { type: revision ? 'integer' : 'string' },
      ...(revision ? {} : { name: { type: 'string' } }),
      kind: { type: 'string', enum: revision ? ['a', 'b', 'c'] : ['a', 'b'] },
      ...(revision ? { added: { type: 'string' } } : {}),
      nested: { type: 'array', items: { $ref: '#/components/schemas/Inner' } },
    },
  };
  const inner = {
    type: 'object',
    properties: { x: { type: 'string', ...(revision ? { maxLength: 5 } : {}) } },
  };
  const paths: Record<string, object> = {};
  for (let i = 0; i < 7; i++) {
    const body = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } };
    const list = {
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: { data: { type: 'array', items: body.content['application/json'].schema } },
          },
        },
      },
    };
    paths[`/things${i % 3}/v${i}`] = {
      get: {
        responses: {
          '200': { description: 'ok', ...list },
          ...(i % 2 ? { '201': { description: 'c', ...body } } : {}),
        },
      },
      post: { requestBody: body, responses: { '200': { description: 'ok', ...body } } },
      ...(revision && i === 3 ? {} : { delete: { responses: { '204': { description: 'gone' } } } }),
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: 't', version: revision ? '1.1.0' : '1.0.0' },
    paths,
    components: { schemas: { Thing: thing, Inner: inner } },
  };
}

/** How many operations rule `id` has changes under. */
function ops(changes: readonly Change[], id: string): number {
  return new Set(changes.filter((c) => c.id === id).map((c) => c.operation)).size;
}

describe('reports made from the edits of a run', () => {
  let dir = '';
  let base = '';
  let revision = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ck-edits-'));
    base = path.join(dir, 'base.json');
    revision = path.join(dir, 'revision.json');
    writeFileSync(base, JSON.stringify(spec(false), null, 2));
    writeFileSync(revision, JSON.stringify(spec(true), null, 2));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const now = new Date('2026-01-01T00:00:00Z');

  /** A config that overrides, turns off and accepts some of the rules the pair triggers. */
  async function configFor(): Promise<Config> {
    const plain = await analyze(base, revision, { now });
    const ids = [...new Set(plain.changes.map((c) => c.id))].sort(
      (a, b) => ops(plain.changes, b) - ops(plain.changes, a) || (a < b ? -1 : 1),
    );
    // An operation under which rule `id` has a change (the rules with more than one operation first).
    const opOf = (id: string): string => plain.changes.filter((c) => c.id === id && c.operation).at(-1)!.operation!;
    expect(ids.length).to.be.greaterThan(5);
    const config = emptyConfig();
    config.rules[ids[0]!] = 'info';
    config.rules[ids[1]!] = 'off';
    config.rules[ids[2]!] = 'breaking';
    const accept: AcceptEntry[] = [
      { rule: ids[3]!, reason: 'all of them' },
      { rule: ids[4]!, operation: opOf(ids[4]!), reason: 'one, expired', expires: '2025-01-01' },
      { rule: ids[5]!, operation: opOf(ids[5]!), reason: 'one, live', expires: '2027-01-01' },
      { rule: 'endpoint-added', reason: 'matches nothing' },
    ];
    config.accept = accept;
    return config;
  }

  for (const variant of ['plain', 'configured'] as const) {
    it(`says what the flat changes say (${variant})`, async () => {
      const options: AnalyzeOptions = { now };
      if (variant === 'configured') {
        options.config = await configFor();
        options.gate = { failOn: 'warning' };
      }
      const fromEdits = await analyze(base, revision, options);
      expect(editsOf(fromEdits), 'made from the edits').to.not.equal(undefined);
      const json = FORMATTERS.json(fromEdits, {});
      // An impact step that keeps the changes: the report is made from them, as before the edits.
      const flat = await analyze(base, revision, { ...options, impact: (changes: Change[]) => changes });
      expect(editsOf(flat)).to.equal(undefined);
      expect(json).to.equal(FORMATTERS.json(flat, {}));
      if (variant === 'configured') {
        expect(fromEdits.summary.accepted).to.be.greaterThan(0);
        expect(fromEdits.changes.some((c) => c.expiredAcceptance)).to.equal(true);
        expect(fromEdits.notes).to.have.length(1);
      }
      expect(fromEdits.changes.length).to.be.greaterThan(20);
      expect(new Set(fromEdits.changes.map((c) => c.edit)).size).to.be.lessThan(fromEdits.changes.length);
      // Read, its changes are the report's own: the JSON report is made from them.
      expect(editsOf(fromEdits)).to.equal(undefined);
      expect(fromEdits.changes).to.deep.equal(flat.changes);
      const { changes: _a, ...restEdits } = fromEdits;
      const { changes: _b, ...restFlat } = flat;
      expect(restEdits).to.deep.equal(restFlat);
      for (const format of ['text', 'markdown', 'junit', 'github', 'changelog'] as const)
        expect(FORMATTERS[format](fromEdits, {}), format).to.equal(FORMATTERS[format](flat, {}));
      expect(FORMATTERS.json(fromEdits, { perOperation: true })).to.equal(
        FORMATTERS.json(flat, { perOperation: true }),
      );
    });
  }

  it('gives a frozen report its changes, the same array on every read', async () => {
    const report = Object.freeze(await analyze(base, revision, { now }));
    const json = FORMATTERS.json(report, {});
    expect(report.changes.length).to.be.greaterThan(20);
    expect(report.changes).to.equal(report.changes);
    expect(FORMATTERS.json(report, {})).to.equal(json);
    expect(() => ((report as { changes: Change[] }).changes = [])).to.throw(TypeError);
  });

  it('leaves the edits once the changes are replaced', async () => {
    const report = await analyze(base, revision, { now });
    report.changes = [];
    expect(editsOf(report)).to.equal(undefined);
    expect(JSON.parse(FORMATTERS.json(report, {})).changes).to.deep.equal([]);
  });
});

describe('toJsonEdits groups occurrences as the JSON of their sites tells them apart', () => {
  const edit = { id: 'response-property-removed', base: 'a#/x', revision: '', key: 'k' };
  const change = (operation: string, details: Change['details']): Change => ({
    id: 'response-property-removed',
    level: 'breaking',
    defaultLevel: 'breaking',
    operation,
    pointer: '/x',
    location: { file: 'a', line: 1 },
    message: `${operation}: removed`,
    text: 'removed',
    edit,
    ...(details ? { details } : {}),
  });

  it('one occurrence per site: members in another order or one more make another site; undefined ones are none', () => {
    const changes = [
      change('GET /a', { direction: 'response', property: 'p', status: '200', method: 'get', path: '/a' }),
      change('GET /b', { direction: 'response', property: 'p', status: '200', method: 'get', path: '/b' }),
      change('GET /c', { property: 'p', direction: 'response', status: '200', method: 'get', path: '/c' }),
      change('GET /d', { direction: 'response', property: 'p', status: '200', mediaType: undefined }),
      change('GET /e', { direction: 'response', property: 'p', status: '200', mediaType: 'application/json' }),
      change('GET /f', { direction: 'response', parameter: { in: 'query', name: 'q' } }),
      change('GET /g', { direction: 'response', parameter: { in: 'query', name: 'q' }, path: '/g' }),
      change('GET /h', undefined),
      change('GET /i', {}),
    ];
    const [only] = toJsonEdits(changes).changes;
    expect(only!.occurrences.map((o) => o.operations)).to.deep.equal([[0, 1, 3], [2], [4], [5, 6], [7, 8]]);
  });
});

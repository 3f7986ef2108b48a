/**
 * A shared schema is judged once: its finding names every operation that reaches it
 * (`Finding.alsoFor`), the policy drops the operations it exempts, and the changes step makes one
 * occurrence per operation, each with its own method and path.
 */
import { expect } from 'chai';
import { loadSpecFromText } from '../../../versioning/load/index.ts';
import { DiffContext } from '../../../versioning/diff/context.ts';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import type { Finding } from '../../../versioning/model.ts';
import { finding } from '../../../versioning/rules/framework.ts';
import { perOperation, RULES, runRules } from '../../../versioning/rules/registry.ts';
import { toEdits } from '../../../versioning/policy/changes.ts';

const NOW = new Date('2026-01-01T00:00:00Z');

/** Three operations whose 200 response is the shared `Item`; `beta` marks operations `x-stability-level: beta`. */
function document(idType: string, beta: readonly string[] = []): string {
  const ok = { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } };
  const op = (id: string) => ({
    operationId: id,
    responses: { '200': ok },
    ...(beta.includes(id) ? { 'x-stability-level': 'beta' } : {}),
  });
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 't', version: '1.0.0' },
    paths: { '/a': { get: op('a') }, '/b': { get: op('b') }, '/c': { put: op('c') } },
    components: {
      schemas: {
        Item: { type: 'object', required: ['id'], properties: { id: { type: idType } } },
      },
    },
  });
}

async function findings(beta: readonly string[] = []): Promise<Finding[]> {
  const base = await loadSpecFromText(document('string', beta), 'base.json');
  const revision = await loadSpecFromText(document('integer', beta), 'revision.json');
  const deprecation = { minDays: 0, stability: 'stable' as const };
  return runRules(diffSpecs(base, revision), { now: NOW, deprecation });
}

const TYPE_CHANGED = 'response-property-type-changed';

describe('a shared schema is judged once, for every operation that reaches it', () => {
  it('one finding names the other operations; perOperation lists one per operation', async () => {
    const found = (await findings()).filter((f) => f.id === TYPE_CHANGED);
    expect(found).to.have.length(1);
    expect(found[0]!.operation).to.equal('GET /a');
    expect(found[0]!.alsoFor?.map((o) => o.label)).to.deep.equal(['GET /b', 'PUT /c']);
    const flat = perOperation(found);
    expect(flat.map((f) => [f.operation, f.details?.method, f.details?.path])).to.deep.equal([
      ['GET /a', 'get', '/a'],
      ['GET /b', 'get', '/b'],
      ['PUT /c', 'put', '/c'],
    ]);
    for (const f of flat) {
      expect(f).to.not.have.property('alsoFor');
      expect(f.params).to.equal(found[0]!.params);
      expect(f.details?.property).to.equal('id');
    }
  });

  it("drops the operations the policy exempts, the finding's own too", async () => {
    const some = perOperation((await findings(['b'])).filter((f) => f.id === TYPE_CHANGED));
    expect(some.map((f) => f.operation)).to.deep.equal(['GET /a', 'PUT /c']);
    const first = (await findings(['a'])).filter((f) => f.id === TYPE_CHANGED);
    expect(first).to.have.length(1);
    expect(first[0]!.operation).to.equal('GET /b');
    expect(first[0]!.details).to.include({ method: 'get', path: '/b' });
    expect(first[0]!.alsoFor?.map((o) => o.label)).to.deep.equal(['PUT /c']);
    const all = (await findings(['a', 'b', 'c'])).filter((f) => f.id === TYPE_CHANGED);
    expect(all).to.deep.equal([]);
  });

  it('makes one occurrence per operation, with its own details, in one edit', async () => {
    const base = await loadSpecFromText(document('string'), 'base.json');
    const revision = await loadSpecFromText(document('integer'), 'revision.json');
    const found = runRules(diffSpecs(base, revision), { now: NOW });
    const ctx = {
      rules: new Map(RULES.map((r) => [r.id, r])),
      base,
      revision,
      config: { rules: {}, accept: [] },
      now: NOW,
    };
    const shared = toEdits(found, ctx);
    const flat = toEdits(perOperation(found), ctx);
    expect(shared.changes()).to.deep.equal(flat.changes());
    const edit = shared.edits.find((g) => g.rule.id === TYPE_CHANGED)!;
    expect(edit.occurrences.map((o) => [o.operation, o.details?.method, o.details?.path])).to.deep.equal([
      ['GET /a', 'get', '/a'],
      ['GET /b', 'get', '/b'],
      ['PUT /c', 'put', '/c'],
    ]);
  });

  it('accepts an occurrence per operation: an entry for one operation accepts that one only', async () => {
    const base = await loadSpecFromText(document('string'), 'base.json');
    const revision = await loadSpecFromText(document('integer'), 'revision.json');
    const found = runRules(diffSpecs(base, revision), { now: NOW });
    const accept = [{ rule: TYPE_CHANGED, operation: 'GET /b', reason: 'known' }];
    const set = toEdits(found, {
      rules: new Map(RULES.map((r) => [r.id, r])),
      base,
      revision,
      config: { rules: {}, accept },
      now: NOW,
    });
    const edit = set.edits.find((g) => g.rule.id === TYPE_CHANGED)!;
    expect(edit.occurrences.map((o) => [o.operation, o.accepted?.reason ?? null])).to.deep.equal([
      ['GET /a', null],
      ['GET /b', 'known'],
      ['PUT /c', null],
    ]);
    expect(set.notes).to.deep.equal([]);
  });
});

describe('the findings at one side hold one NodeRef', () => {
  it("a run's side keeps its reference; every finding made there holds that object", async () => {
    const base = await loadSpecFromText(document('string'), 'base.json');
    const revision = await loadSpecFromText(document('integer'), 'revision.json');
    const ctx = new DiffContext(base, revision);
    const item = (base.document as unknown as { components: { schemas: { Item: object } } }).components.schemas.Item;
    const side = ctx.side('base', item, '/paths/~1a/get/responses/200/content/application~1json/schema');
    expect(side.ref).to.equal(side.ref);
    expect(side.ref).to.deep.equal({ pointer: side.pointer, origin: side.origin });
    const a = finding(TYPE_CHANGED, { base: side });
    const b = finding(TYPE_CHANGED, { base: side, revision: a.base });
    expect(a.base).to.equal(side.ref);
    expect(b.base).to.equal(side.ref);
    // A NodeRef given is held as it is.
    expect(b.revision).to.equal(a.base);
  });
});

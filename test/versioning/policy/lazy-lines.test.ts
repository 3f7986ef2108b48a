/**
 * A located side's line is found when first read: a text report positions only the base sides it
 * prints (those of changes without a revision side), and the JSON report, which reads every side,
 * prints the same lines as when every side is located at once.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../../../versioning/engine.ts';
import { loadSpec } from '../../../versioning/load/index.ts';
import type { LoadedSpec, NodeOrigin } from '../../../versioning/model.ts';
import { FORMATTERS } from '../../../versioning/report/index.ts';

function spec(revision: boolean): object {
  const user = {
    type: 'object',
    properties: {
      id: { type: revision ? 'integer' : 'string' },
      ...(revision ? {} : { email: { type: 'string' } }),
      name: { type: 'string' },
    },
  };
  const body = { content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } };
  return {
    openapi: '3.0.3',
    info: { title: 't', version: revision ? '1.1.0' : '1.0.0' },
    paths: {
      '/users': { get: { responses: { '200': { description: 'ok', ...body } } } },
      '/users/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: { responses: { '200': { description: 'ok', ...body } } },
        ...(revision ? {} : { delete: { responses: { '204': { description: 'gone' } } } }),
      },
      ...(revision ? {} : { '/old': { get: { responses: { '204': { description: 'gone' } } } } }),
    },
    components: { schemas: { User: user } },
  };
}

describe('policy: lines of located sides, found when read', () => {
  let dir = '';
  let base = '';
  let revision = '';
  let proto: LoadedSpec;
  const now = new Date('2026-01-01T00:00:00Z');

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ck-lazy-lines-'));
    base = path.join(dir, 'base.json');
    revision = path.join(dir, 'revision.json');
    writeFileSync(base, JSON.stringify(spec(false), null, 2));
    writeFileSync(revision, JSON.stringify(spec(true), null, 2));
    proto = Object.getPrototypeOf(await loadSpec(base)) as LoadedSpec;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** `run`'s result and the pointers located per file while it runs (with `eager`: `fileOf` hidden). */
  async function counting<T>(
    run: () => Promise<T>,
    eager = false,
  ): Promise<{ out: T; located: Map<string, string[]> }> {
    const locate = Object.getOwnPropertyDescriptor(proto, 'locate')!;
    const fileOf = Object.getOwnPropertyDescriptor(proto, 'fileOf')!;
    const located = new Map<string, string[]>();
    Object.defineProperty(proto, 'locate', {
      ...locate,
      value(this: LoadedSpec, origin: NodeOrigin) {
        located.set(origin.file, [...(located.get(origin.file) ?? []), origin.pointer]);
        return (locate.value as LoadedSpec['locate']).call(this, origin);
      },
    });
    if (eager) Object.defineProperty(proto, 'fileOf', { ...fileOf, value: undefined });
    try {
      return { out: await run(), located };
    } finally {
      Object.defineProperty(proto, 'locate', locate);
      Object.defineProperty(proto, 'fileOf', fileOf);
    }
  }

  it('a text report positions only the base sides it prints', async () => {
    const { out, located } = await counting(async () => {
      const report = await analyze(base, revision, { now });
      return { report, text: FORMATTERS.text(report, {}) };
    });
    const baseOnly = out.report.changes.filter((c) => c.base && !c.revision);
    const withBase = out.report.changes.filter((c) => c.base);
    expect(baseOnly.length).to.be.greaterThan(0);
    expect(withBase.length).to.be.greaterThan(baseOnly.length);
    const printed = [...new Set(baseOnly.map((c) => c.base!.pointer))].sort();
    expect([...(located.get(base) ?? [])].sort()).to.deep.equal(printed);
    for (const c of baseOnly) expect(out.text).to.contain(`${c.location.file}:${c.location.line}`);
  });

  it('a JSON report has the lines of sides located at once', async () => {
    const json = async () => FORMATTERS.json(await analyze(base, revision, { now }), {});
    const lazy = await counting(json);
    const eager = await counting(json, true);
    expect(lazy.out).to.equal(eager.out);
    expect(lazy.out).to.match(/"line": ?[2-9]/);
    expect(lazy.located.get(base)!.length).to.be.at.most(eager.located.get(base)!.length);
  });
});

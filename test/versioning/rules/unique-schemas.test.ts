/**
 * walkUniqueSchemas must see exactly the schema diffs of every site (./reference-walk.ts, every
 * modified operation), each once, at the site where that enumeration first meets it (same
 * operation, path and `where`). Checked on every rule fixture pair, plus a shared component
 * reached from two operations.
 */
import { expect } from 'chai';
import { loadSpec } from '../../../versioning/load/index.ts';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import type { SchemaSite, SchemaVisitor } from '../../../versioning/rules/framework.ts';
import { walkUniqueSchemas } from '../../../versioning/rules/schema-walk.ts';
import { MessageRenderer } from '../../../versioning/report/render.ts';
import type { SchemaDiff, SpecDiff } from '../../../versioning/model.ts';
import { listCases } from './harness.ts';
import { everySite } from './reference-walk.ts';

/** The reference enumeration of every site, as a walk. */
function walkEvery(diff: SpecDiff, visit: SchemaVisitor): void {
  for (const [sd, site] of everySite(diff, false)) visit(sd, site);
}

function firstSites(diff: SpecDiff, walk: (diff: SpecDiff, visit: SchemaVisitor) => void): Map<SchemaDiff, string> {
  const out = new Map<SchemaDiff, string>();
  const label = (s: SchemaSite) =>
    `${s.operation.method} ${s.operation.path} | ${s.prefix} | ${s.path.join('/')} ` +
    `| ${JSON.stringify(s.where)} | ${s.requiredInParent} ${s.readOnly} ${s.writeOnly}`;
  walk(diff, (sd, site) => {
    if (!out.has(sd)) out.set(sd, label(site));
  });
  return out;
}

describe('walkUniqueSchemas', () => {
  it('visits each schema diff of every site once, at its first site (every rule fixture)', async function () {
    this.timeout(120_000);
    let compared = 0;
    for (const c of listCases()) {
      const [base, revision] = await Promise.all([loadSpec(c.base), loadSpec(c.revision)]);
      const diff = diffSpecs(base, revision);
      const all = firstSites(diff, walkEvery);
      let visits = 0;
      walkUniqueSchemas(diff, {}, () => visits++);
      const unique = firstSites(diff, (d, visit) => walkUniqueSchemas(d, {}, visit));
      expect(visits, c.name).to.equal(unique.size);
      expect([...unique.entries()], c.name).to.deep.equal([...all.entries()]);
      compared += all.size;
    }
    expect(compared).to.be.greaterThan(100);
  });

  it('reports a shared component once although two operations reach it', async () => {
    const spec = (desc: string) =>
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: {
          '/a': {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } },
                },
              },
            },
          },
          '/b': {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } },
                },
              },
            },
          },
        },
        components: {
          schemas: { User: { type: 'object', properties: { name: { type: 'string', description: desc } } } },
        },
      });
    const [base, revision] = await Promise.all([
      loadSpec('-', { stdin: spec('old') }),
      loadSpec('-', { stdin: spec('new') }),
    ]);
    const diff = diffSpecs(base, revision);
    let perOperation = 0;
    walkEvery(diff, (sd, site) => {
      if (site.path.length && sd.keywords.description) perOperation++;
    });
    const unique: string[] = [];
    walkUniqueSchemas(diff, {}, (sd, site) => {
      if (site.path.length && sd.keywords.description)
        unique.push(`${site.operation.path} ${new MessageRenderer().phrase(site.where)}`);
    });
    expect(perOperation).to.equal(2);
    expect(unique).to.deep.equal(['/a property `name` of the 200 response body (application/json)']);
  });
});

/**
 * The schema families' own site walk (versioning/rules/schema-walk.ts) must produce exactly the
 * sites of the framework's `walkSchemas` (plus the subschema slots), only faster: it is compared
 * with `referenceSites`, which is built on `walkSchemas`, on every rule fixture and, when
 * ../shared is present, on the benchmark specs.
 */
import { expect } from 'chai';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec } from '../../../versioning/load/index.ts';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import type { SchemaDiff, SpecDiff } from '../../../versioning/model.ts';
import type { SchemaSite } from '../../../versioning/rules/framework.ts';
import { referenceSites, walkSchemaSites } from '../../../versioning/rules/schema-walk.ts';
import { listCases } from './harness.ts';

const BENCH = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'bench', 'specs');

function keys(list: ReadonlyArray<readonly [SchemaDiff, SchemaSite]>, ids: Map<SchemaDiff, number>): string[] {
  const id = (sd: SchemaDiff) => {
    let n = ids.get(sd);
    if (n === undefined) ids.set(sd, (n = ids.size));
    return n;
  };
  return list
    .map(([sd, s]) =>
      JSON.stringify([id(sd), s.operation.key, s.direction, s.area, s.path, s.prefix, s.mediaType, s.status, s.parameter, s.header, s.requiredInParent, s.readOnly, s.writeOnly, s.where]),
    )
    .sort();
}

function lean(diff: SpecDiff): Array<readonly [SchemaDiff, SchemaSite]> {
  const out: Array<readonly [SchemaDiff, SchemaSite]> = [];
  walkSchemaSites(diff, (sd, site) => out.push([sd, site]));
  return out;
}

describe('schema families: site walk equals the framework walk', () => {
  it('on every rule fixture', async () => {
    let sites = 0;
    for (const c of listCases()) {
      const [base, revision] = await Promise.all([loadSpec(c.base), loadSpec(c.revision)]);
      const diff = diffSpecs(base, revision);
      const ids = new Map<SchemaDiff, number>();
      const got = keys(lean(diff), ids);
      expect(got, c.name).to.deep.equal(keys(referenceSites(diff), ids));
      sites += got.length;
    }
    expect(sites).to.be.greaterThan(300);
  });

  for (const api of ['box', 'github', 'twilio-api-v2010']) {
    it(`on the ${api} benchmark pair (../shared)`, async function () {
      const dir = join(BENCH, api);
      if (!existsSync(dir)) {
        console.log(`      (skipped: ${dir} not found; the benchmark specs live in ../shared)`);
        this.skip();
      }
      const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('noextref')).sort();
      const [base, revision] = await Promise.all([loadSpec(join(dir, files[0]!)), loadSpec(join(dir, files[files.length - 1]!))]);
      const diff = diffSpecs(base, revision);
      const ids = new Map<SchemaDiff, number>();
      const got = keys(lean(diff), ids);
      expect(got).to.deep.equal(keys(referenceSites(diff), ids));
      expect(got.length).to.be.greaterThan(0);
    });
  }
});

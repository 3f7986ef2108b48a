/**
 * The rules' schema walk (versioning/rules/schema-walk.ts) must produce exactly the sites of a
 * plain enumeration written for the tests (./reference-walk.ts: every root, breadth first, plus the
 * subschema slots), only faster: compared on every rule fixture and, when ../shared is present, on
 * the benchmark specs.
 */
import { expect } from 'chai';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec } from '../../../versioning/load/index.ts';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import type { Finding, SchemaDiff, SpecDiff } from '../../../versioning/model.ts';
import type { SchemaSite } from '../../../versioning/rules/framework.ts';
import {
  hasLocalChange,
  SchemaWalks,
  walkChangedSites,
  walkEverySite,
  walkSchemaSites,
} from '../../../versioning/rules/schema-walk.ts';
import { perOperation, runRules } from '../../../versioning/rules/registry.ts';
import { listCases } from './harness.ts';
import { everySite, slotSites } from './reference-walk.ts';

const BENCH = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'bench', 'specs');

/** One line per site: its schema diff (numbered in `ids` by first meeting) and every field of the site. */
function siteLines(
  list: ReadonlyArray<readonly [SchemaDiff, SchemaSite]>,
  ids: Map<SchemaDiff, number>,
  withNaming = false,
): string[] {
  const id = (sd: SchemaDiff) => {
    let n = ids.get(sd);
    if (n === undefined) ids.set(sd, (n = ids.size));
    return n;
  };
  return list.map(([sd, s]) =>
    JSON.stringify([
      id(sd),
      s.operation.key,
      s.direction,
      s.area,
      s.path,
      s.prefix,
      s.mediaType,
      s.status,
      s.parameter,
      s.header,
      s.requiredInParent,
      s.readOnly,
      s.writeOnly,
      s.where,
      ...(withNaming ? [s.naming] : []),
    ]),
  );
}

function keys(list: ReadonlyArray<readonly [SchemaDiff, SchemaSite]>, ids: Map<SchemaDiff, number>): string[] {
  return siteLines(list, ids).sort();
}

function lean(diff: SpecDiff): Array<readonly [SchemaDiff, SchemaSite]> {
  const out: Array<readonly [SchemaDiff, SchemaSite]> = [];
  walkSchemaSites(diff, {}, (sd, site) => out.push([sd, site]));
  return out;
}

/** A predicate that keeps some sites of every fixture: schema diffs with a keyword change. */
const keywordChanged = (sd: SchemaDiff): boolean => sd.kind === 'modified' && Object.keys(sd.keywords).length > 0;

function changedPairs(diff: SpecDiff): {
  got: Array<readonly [SchemaDiff, SchemaSite]>;
  want: Array<readonly [SchemaDiff, SchemaSite]>;
} {
  const got: Array<readonly [SchemaDiff, SchemaSite]> = [];
  const want: Array<readonly [SchemaDiff, SchemaSite]> = [];
  walkChangedSites(diff, {}, keywordChanged, (sd, site) => got.push([sd, site]));
  for (const [sd, site] of everySite(diff, true)) if (keywordChanged(sd)) want.push([sd, site]);
  return { got, want };
}

/** The diff of a benchmark pair of ../shared (older vs newer file), or skips the test when absent. */
async function benchDiff(ctx: Mocha.Context, api: string): Promise<SpecDiff> {
  const dir = join(BENCH, api);
  if (!existsSync(dir)) {
    console.log(`      (skipped: ${dir} not found; the benchmark specs live in ../shared)`);
    ctx.skip();
  }
  ctx.timeout(20000);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.includes('noextref'))
    .sort();
  const [base, revision] = await Promise.all([
    loadSpec(join(dir, files[0]!)),
    loadSpec(join(dir, files[files.length - 1]!)),
  ]);
  return diffSpecs(base, revision);
}

type SpeedUp = 'sharing' | 'filter';

/**
 * runRules with a speed-up of the schema walk (see `SchemaWalks`) on, then off: the findings one per
 * operation (`perOperation`), as JSON both ways. Sharing lists a shared root's findings for every
 * operation right after the first operation's, where visiting every site makes them operation by
 * operation: for it the findings are compared as sets (sorted), for the filter in their order.
 */
function bothWays(diff: SpecDiff, speedUp: SpeedUp): { on: string; off: string } {
  const now = new Date('2026-01-01T00:00:00Z');
  const walks = new SchemaWalks(diff);
  walks[speedUp] = false;
  const json = (findings: Finding[]) => {
    const each = perOperation(findings).map((f) => JSON.stringify(f));
    return JSON.stringify(speedUp === 'sharing' ? each.sort() : each);
  };
  return { on: json(runRules(diff, { now })), off: json(runRules(diff, { now, walks })) };
}

/** The findings are the same with and without `speedUp`, on every rule fixture and on bench pairs. */
function sameFindingsBothWays(title: string, speedUp: SpeedUp, apis: readonly string[]): void {
  describe(title, () => {
    it('on every rule fixture', async () => {
      for (const c of listCases()) {
        const [base, revision] = await Promise.all([loadSpec(c.base), loadSpec(c.revision)]);
        const { on, off } = bothWays(diffSpecs(base, revision), speedUp);
        expect(on, c.name).to.equal(off);
      }
    });
    for (const api of apis) {
      it(`on the ${api} benchmark pair (../shared)`, async function () {
        const { on, off } = bothWays(await benchDiff(this, api), speedUp);
        expect(on === off, 'same findings').to.equal(true);
      });
    }
  });
}

// filter: the families' tests of which schema diffs they can report on.
sameFindingsBothWays('schema families: skipping the sites a family cannot report on changes no finding', 'filter', [
  'box',
  'github',
  'stripe',
]);
// sharing: a root schema's findings copied to the other operations that have the same root.
sameFindingsBothWays('schema families: findings shared between operations equal visiting every site', 'sharing', [
  'box',
  'github',
  'twilio-api-v2010',
]);

describe('schema walk equals a plain enumeration of the sites', () => {
  it('walkEverySite visits every site of the operations in scope, in order (every rule fixture)', async () => {
    let sites = 0;
    for (const c of listCases()) {
      const [base, revision] = await Promise.all([loadSpec(c.base), loadSpec(c.revision)]);
      const diff = diffSpecs(base, revision);
      const ids = new Map<SchemaDiff, number>();
      const got: Array<readonly [SchemaDiff, SchemaSite]> = [];
      walkEverySite(diff, {}, (sd, site) => got.push([sd, site]));
      const ordered = (l: ReadonlyArray<readonly [SchemaDiff, SchemaSite]>) => siteLines(l, ids, true);
      expect(ordered(got), c.name).to.deep.equal(ordered(everySite(diff, true)));
      sites += got.length;
    }
    expect(sites).to.be.greaterThan(300);
  });

  it('walkChangedSites keeps the sites a predicate selects, in order (every rule fixture)', async () => {
    let sites = 0;
    for (const c of listCases()) {
      const [base, revision] = await Promise.all([loadSpec(c.base), loadSpec(c.revision)]);
      const diff = diffSpecs(base, revision);
      const ids = new Map<SchemaDiff, number>();
      const { got, want } = changedPairs(diff);
      const unsorted = (l: typeof got) =>
        l.map(([sd, s]) =>
          JSON.stringify([
            ids.get(sd) ?? ids.set(sd, ids.size).get(sd),
            s.operation.key,
            s.path,
            s.prefix,
            s.status,
            s.mediaType,
            s.requiredInParent,
            s.readOnly,
            s.writeOnly,
            s.where,
          ]),
        );
      expect(unsorted(got), c.name).to.deep.equal(unsorted(want));
      sites += got.length;
    }
    expect(sites).to.be.greaterThan(50);
  });

  it('on every rule fixture', async () => {
    let sites = 0;
    for (const c of listCases()) {
      const [base, revision] = await Promise.all([loadSpec(c.base), loadSpec(c.revision)]);
      const diff = diffSpecs(base, revision);
      const ids = new Map<SchemaDiff, number>();
      const got = keys(lean(diff), ids);
      expect(got, c.name).to.deep.equal(keys(slotSites(diff, hasLocalChange), ids));
      sites += got.length;
    }
    expect(sites).to.be.greaterThan(300);
  });

  for (const api of ['box', 'github', 'twilio-api-v2010']) {
    it(`on the ${api} benchmark pair (../shared)`, async function () {
      const diff = await benchDiff(this, api);
      const ids = new Map<SchemaDiff, number>();
      const got = keys(lean(diff), ids);
      expect(got).to.deep.equal(keys(slotSites(diff, hasLocalChange), ids));
      expect(got.length).to.be.greaterThan(0);
    });
  }
});

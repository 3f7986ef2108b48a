/**
 * The README's example end to end: provider/openapi.yaml -> provider/examples/openapi.v2-breaking.yaml
 * (2.0.0) with our own pacts/. Three changes: `nextCursor` removed from the GET /users page (ServiceA
 * reads it), GET /openapi.json removed (no consumer calls it), an optional `name` query parameter
 * added (the removed `nextCursor` also leaves the response examples, an info change).
 */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { run } from '../../../versioning/cli/program.ts';
import type { JsonReport } from '../../../versioning/report/index.ts';
import { REPORT_SCHEMA } from '../../../versioning/report/json-schema.ts';
import { startStubBroker } from '../broker/stub-broker.ts';
import { fakeIo } from './fake-io.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BASE = 'provider/openapi.yaml';
const V2 = 'provider/examples/openapi.v2-breaking.yaml';
const BROKEN = "ServiceA 'a request for the first page of users'";

// Derived from the committed pact, so that adding an interaction (the README's recipe) keeps this green.
const PACT = JSON.parse(readFileSync(path.join(REPO, 'pacts/ServiceA-ServiceB.json'), 'utf8')) as {
  interactions: Array<{ description: string; type?: string }>;
};
const INTERACTIONS = PACT.interactions.filter((i) => i.type === undefined || i.type === 'Synchronous/HTTP').length;
const PAGE_INDEX = PACT.interactions.findIndex((i) => i.description === 'a request for the first page of users');
const PAGE = `pacts/ServiceA-ServiceB.json#/interactions/${PAGE_INDEX}`;

async function cli(argv: string[], env: Record<string, string> = {}) {
  const io = fakeIo({ cwd: REPO, env });
  const code = await run(argv, io, { now: () => new Date('2025-06-15T00:00:00Z') });
  return { code, out: io.out(), err: io.err() };
}

describe('cli end to end: impact on the example pair (provider/examples/openapi.v2-breaking.yaml)', function () {
  this.timeout(30_000);
  const validate = new Ajv({ strict: true }).compile(REPORT_SCHEMA);

  it('gate --policy semver passes: the breaking changes carry their major bump', async () => {
    const r = await cli(['gate', BASE, V2]);
    expect(r.err).to.equal('');
    expect(r.code).to.equal(0);
    expect(r.out).to.include('gate:    passed (policy semver: version check; no fail-on level set)');
    expect((await cli(['gate', BASE, V2, '--policy', 'semver', '--pacts', 'pacts'])).code).to.equal(0);
  });

  it('gate --policy consumers --pacts pacts fails, naming exactly the one broken ServiceA interaction', async () => {
    const r = await cli(['gate', BASE, V2, '--policy', 'consumers', '--pacts', 'pacts', '--format', 'json']);
    expect(r.err).to.equal('');
    expect(r.code).to.equal(1);
    const report = JSON.parse(r.out) as JsonReport;
    expect(validate(report), JSON.stringify(validate.errors)).to.equal(true);
    expect(report.gate).to.deep.equal({
      ok: false,
      failOn: 'breaking',
      failOnApplied: false,
      policy: 'consumers',
      reasons: [`1 breaking change breaks ${BROKEN} (accept it in the config or fix it)`],
    });
    // Consumers are per occurrence: each names the operations that reach the edit there.
    const hits = report.changes.flatMap((c) =>
      c.occurrences.flatMap((o) =>
        o.consumers.map((k) => ({ id: c.id, operation: o.operations.map((i) => report.operations[i]).join(), ...k })),
      ),
    );
    expect(hits).to.deep.equal([
      {
        id: 'response-required-property-removed',
        operation: 'GET /users',
        consumer: 'ServiceA',
        interaction: 'a request for the first page of users',
        providerState: 'users exist',
        reason: `${BROKEN} reads \`nextCursor\` (type matcher), which the revision removes`,
        pactLocation: PAGE,
        read: {
          status: 200,
          property: 'nextCursor',
          matcher: 'type matcher',
          mediaType: 'application/json',
          gap: 'removed',
        },
      },
    ]);
    const { verdicts, ...impact } = report.impact!;
    expect(impact).to.deep.equal({
      pacts: 1,
      interactions: INTERACTIONS,
      broken: 1,
      unmapped: [],
      alreadyFailing: [],
      atRisk: 0,
    });
    expect(verdicts!.filter((v) => v.verdict !== 'fine').map((v) => [v.interaction, v.verdict])).to.deep.equal([
      ['a request for the first page of users', 'broken'],
    ]);
    // The other breaking change is used by no known consumer.
    const unused = report.changes.flatMap((c) =>
      c.occurrences
        .filter((o) => o.level === 'breaking' && o.consumers.length === 0)
        .flatMap((o) => o.operations.map((i) => [c.id, report.operations[i]])),
    );
    expect(unused).to.deep.equal([['api-path-removed-without-deprecation', 'GET /openapi.json']]);
    expect(report.version.ok).to.equal(true);
  });

  it(
    'diff --pacts pacts exits 0 with a readable report: breaks known ' + 'consumers / breaks no known consumer',
    async () => {
      const r = await cli(['diff', BASE, V2, '--pacts', 'pacts']);
      expect(r.err).to.equal('');
      expect(r.code).to.equal(0);
      const out = r.out;
      const known = out.indexOf('== Breaking changes that break known consumers (1)');
      const none = out.indexOf('== Breaking changes that break no known consumer (1)');
      expect(known).to.be.greaterThan(-1);
      expect(none).to.be.greaterThan(known);
      expect(out.slice(known, none)).to.include(
        `consumer: ${BROKEN} reads \`nextCursor\` (type matcher), which the revision removes (${PAGE})`,
      );
      expect(out.slice(none)).to.include('GET /openapi.json').and.to.include('no known consumer uses this');
      expect(out).to.include(
        `pacts:   1 pact, ${INTERACTIONS} interactions checked against both versions; 1 broken by the revision`,
      );
      expect(out).to.not.include('gate:');
    },
  );

  it('every format carries the consumers', async () => {
    const md = await cli(['diff', BASE, V2, '--pacts', 'pacts', '--format', 'markdown']);
    expect(md.code).to.equal(0);
    expect(md.out)
      .to.include('#### Breaking changes that break known consumers (1)')
      .and.to.include('#### Breaking changes that break no known consumer (1)');
    expect(md.out).to.include('_no known consumer uses this_');
    const gh = await cli(['gate', BASE, V2, '--pacts', 'pacts', '--policy', 'consumers', '--format', 'github']);
    expect(gh.code).to.equal(1);
    expect(gh.out).to.include(
      'title=response-required-property-removed (breaks ServiceA)::GET ' +
        '/users: removed the required property `nextCursor`',
    );
    // Under the consumers policy the unused break is a warning, not an error.
    expect(gh.out).to.match(
      /^::warning file=provider\/examples\/openapi\.v2-breaking\.yaml,title=api-path-removed-without-deprecation::/m,
    );
    const junit = await cli(['gate', BASE, V2, '--pacts', 'pacts', '--policy', 'consumers', '--format', 'junit']);
    expect(junit.out.match(/<failure /g)).to.have.length(1);
    expect(junit.out).to.include('name="response-required-property-removed"');
    const semverJunit = await cli(['gate', BASE, V2, '--pacts', 'pacts', '--format', 'junit']);
    expect(semverJunit.out).to.not.include('<failure ');
  });

  it(
    '--policy consumers without --pacts, and --pacts broker without its ' +
      'environment, are one-line usage errors (exit 2)',
    async () => {
      const noPacts = await cli(['gate', BASE, V2, '--policy', 'consumers']);
      expect(noPacts.code).to.equal(2);
      expect(noPacts.err.trimEnd().split('\n')).to.have.length(1);
      const noEnv = await cli(['gate', BASE, V2, '--pacts', 'broker', '--provider', 'ServiceB']);
      expect(noEnv.code).to.equal(2);
      expect(noEnv.err).to.match(/^contract-kit: --pacts broker needs PACT_BROKER_BASE_URL.*\n$/);
    },
  );

  it(
    '--pacts broker fetches the pacts from the broker (a local stub of its ' + 'documented endpoints, not a broker)',
    async () => {
      const body = JSON.parse(await readFile(path.join(REPO, 'pacts/ServiceA-ServiceB.json'), 'utf8')) as object;
      const stub = await startStubBroker({
        authorization: 'Bearer t0ken',
        pacts: [{ consumer: 'ServiceA', provider: 'ServiceB', body }],
      });
      try {
        const r = await cli(
          [
            'gate',
            BASE,
            V2,
            '--pacts',
            'broker',
            '--provider',
            'ServiceB',
            '--policy',
            'consumers',
            '--format',
            'json',
          ],
          {
            PACT_BROKER_BASE_URL: stub.url,
            PACT_BROKER_TOKEN: 't0ken',
          },
        );
        expect(r.err).to.equal('');
        expect(r.code).to.equal(1);
        const report = JSON.parse(r.out) as JsonReport;
        expect(report.gate?.reasons).to.deep.equal([
          `1 breaking change breaks ${BROKEN} (accept it in the config or fix it)`,
        ]);
        const locations = report.changes.flatMap((c) =>
          c.occurrences.flatMap((o) => o.consumers.map((k) => k.pactLocation)),
        );
        expect(locations[0]).to.match(
          new RegExp(`^http://127\\.0\\.0\\.1:\\d+/.*#/interactions/${PAGE.split('/').pop()}$`),
        );
      } finally {
        await stub.close();
      }
    },
  );
});

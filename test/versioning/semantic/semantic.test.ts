/**
 * `--semantic`: openapi-diff's second opinion on composed bodies, as notes, verdicts unchanged.
 * Fixtures in test/fixtures/semantic/: a oneOf turned into an anyOf with one more alternative in
 * a request (judged as alternatives removed and added: contract-kit says breaking, openapi-diff
 * not; a plain swap is `*-one-of-became-any-of` now, on which both agree), an allOf member removed from a response (the
 * other way round),
 * a change without composition (not compared), a recursive schema openapi-diff cannot read, and
 * a document its validator rejects.
 */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../../versioning/cli/program.ts';
import { loadSpec } from '../../../versioning/load/index.ts';
import type { JsonReport } from '../../../versioning/report/index.ts';
import { SEMANTIC_PREFIX, semanticCrossCheck, usesComposition } from '../../../versioning/semantic/index.ts';
import { fakeIo } from '../cli/fake-io.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const F = 'test/fixtures/semantic';
const NOW = () => new Date('2026-06-15T00:00:00Z');

async function cli(argv: string[]) {
  const io = fakeIo({ cwd: REPO });
  const code = await run(argv, io, { now: NOW });
  return { code, out: io.out(), err: io.err() };
}

async function report(argv: string[]): Promise<{ code: number; report: JsonReport }> {
  const r = await cli([...argv, '--format', 'json']);
  expect(r.err).to.equal('');
  return { code: r.code, report: JSON.parse(r.out) as JsonReport };
}

describe('--semantic: openapi-diff cross-check on composed bodies', function () {
  this.timeout(60_000);

  it('adds a note per disagreement, names both verdicts, and leaves changes, bump and gate as they were', async () => {
    const plain = await report(['diff', `${F}/base.yaml`, `${F}/revision.yaml`, '--fail-on', 'breaking']);
    const semantic = await report([
      'diff',
      `${F}/base.yaml`,
      `${F}/revision.yaml`,
      '--fail-on',
      'breaking',
      '--semantic',
    ]);
    expect(semantic.code).to.equal(plain.code);
    expect(semantic.report.changes).to.deep.equal(plain.report.changes);
    expect(semantic.report.bump).to.equal(plain.report.bump);
    expect(semantic.report.gate).to.deep.equal(plain.report.gate);
    const notes = semantic.report.notes.filter((n) => n.startsWith(SEMANTIC_PREFIX));
    expect(notes).to.deep.equal([
      `${SEMANTIC_PREFIX}: compared 2 bodies with allOf/oneOf/anyOf in 2 operations; 2 disagreements`,
      `${SEMANTIC_PREFIX}: request body of POST /pets: openapi-diff ` +
        `says not breaking (request.body.scope.add), contract-kit says ` +
        `breaking (request-body-one-of-removed); the verdict stays contract-kit's`,
      `${SEMANTIC_PREFIX}: response body (200) of GET /pets/{petId}: ` +
        `openapi-diff says breaking (response.body.scope.add), contract-kit ` +
        `says not breaking (response-optional-property-removed); the ` +
        `verdict stays contract-kit's`,
    ]);
  });

  it('says so when nothing composed changed', async () => {
    const { report: r } = await report(['diff', `${F}/base.yaml`, `${F}/base.yaml`, '--semantic']);
    expect(r.notes).to.deep.equal([
      `${SEMANTIC_PREFIX}: no changed request or response body uses allOf/oneOf/anyOf; nothing to compare`,
    ]);
  });

  it('turns an openapi-diff failure (a circular $ref) into a note, not a crash', async () => {
    const { code, report: r } = await report([
      'gate',
      `${F}/circular.yaml`,
      `${F}/circular-revision.yaml`,
      '--semantic',
    ]);
    expect(code).to.equal(0);
    expect(r.notes).to.have.length(2);
    expect(r.notes[0]).to.equal(
      `${SEMANTIC_PREFIX}: compared 0 bodies with allOf/oneOf/anyOf ` +
        `in 0 operations; no disagreement; 1 operation not judged`,
    );
    expect(r.notes[1]).to.equal(
      'semantic cross-check (openapi-diff): cannot judge POST /nodes: a recursive schema ' +
        '(#/components/schemas/Node -> #/components/schemas/Node); openapi-diff does not follow circular $refs',
    );
  });

  it(
    'turns an error of openapi-diff itself (its validator rejects ' + '`required: []`) into a note per operation',
    async () => {
      const { report: r } = await report(['diff', `${F}/base.yaml`, `${F}/rejected-revision.yaml`, '--semantic']);
      const notes = r.notes.filter((n) => n.startsWith(SEMANTIC_PREFIX));
      expect(notes[0]).to.equal(
        `${SEMANTIC_PREFIX}: compared 1 body with allOf/oneOf/anyOf ` +
          `in 1 operation; 1 disagreement; 1 operation not judged`,
      );
      expect(notes.slice(1).map((n) => n.slice(0, 90))).to.deep.equal([
        (
          `${SEMANTIC_PREFIX}: response body (200) of GET /pets/{petId}: ` +
          `openapi-diff says breaking (response.body.scope.add), contract-kit ` +
          `says not breaking (response-optional-property-removed); the ` +
          `verdict stays contract-kit's`
        ).slice(0, 90),
        `${SEMANTIC_PREFIX}: cannot judge POST /pets: Validation errors in "revision"`.slice(0, 90),
      ]);
    },
  );

  it('gives up after the timeout with a note', async () => {
    const base = await loadSpec(`${F}/base.yaml`, { cwd: REPO });
    const revision = await loadSpec(`${F}/revision.yaml`, { cwd: REPO });
    const notes = await semanticCrossCheck(base, revision, [], { timeoutMs: 1 });
    expect(notes).to.deep.equal([
      `${SEMANTIC_PREFIX}: compared 0 bodies with allOf/oneOf/anyOf ` +
        `in 0 operations; no disagreement; stopped after 0 of 2 operations: ` +
        `no answer within the 0.001 s budget (raise --semantic-timeout)`,
    ]);
  });

  it('rejects a bad --semantic-timeout with one line and exit 2', async () => {
    const r = await cli(['diff', `${F}/base.yaml`, `${F}/revision.yaml`, '--semantic', '--semantic-timeout', 'soon']);
    expect(r.code).to.equal(2);
    expect(r.err).to.match(/--semantic-timeout soon: give a positive number of seconds/);
    expect(r.err.trim().split('\n')).to.have.length(1);
  });

  it('finds compositions through properties, items and cycles', () => {
    const node: Record<string, unknown> = { type: 'object', properties: {} };
    (node.properties as Record<string, unknown>).self = node;
    expect(usesComposition(node)).to.equal(false);
    (node.properties as Record<string, unknown>).list = { type: 'array', items: { anyOf: [{ type: 'string' }] } };
    expect(usesComposition(node)).to.equal(true);
  });
});

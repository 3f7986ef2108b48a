/** The impact analysis beyond the fixtures: unmapped breaks, classification, pact sources. */
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePact } from '../../../versioning/crosscheck/pacts.ts';
import type { CrossCheckFinding } from '../../../versioning/crosscheck/types.ts';
import { analyzeImpact, classify, loadPacts, onOperation, propertyPathOf } from '../../../versioning/impact/index.ts';
import { loadSpec } from '../../../versioning/load/index.ts';
import { InputError, type Change } from '../../../versioning/model.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function finding(
  code: string,
  message: string,
  field?: string,
  value?: CrossCheckFinding['pact']['value'],
): CrossCheckFinding {
  const pact: CrossCheckFinding['pact'] = {
    consumer: 'A',
    provider: 'B',
    interaction: 'i',
    index: 0,
    file: 'p.json',
    pointer: '/interactions/0',
    location: 'p.json#/interactions/0',
  };
  if (field !== undefined) pact.field = field;
  if (value !== undefined) pact.value = value;
  return { code, level: 'error', message, pact, spec: { pointer: '', file: 'x.yaml', line: 1, column: 1 } };
}

describe('impact: analyzeImpact', function () {
  this.timeout(20_000);

  it('reports a broken interaction that no change explains (never drops it)', async () => {
    const dir = path.join(REPO, 'test/fixtures/impact/response-field-removed-read');
    const base = await loadSpec('base.yaml', { cwd: dir });
    const revision = await loadSpec('revision.yaml', { cwd: dir });
    const pact = parsePact(await readFile(path.join(dir, 'pact.json'), 'utf8'), 'pact.json');
    // No changes at all: the interaction still breaks, and must be reported as unmapped.
    const result = await analyzeImpact([], { base, revision }, { pacts: [pact], cwd: dir });
    expect(result.summary.broken).to.equal(1);
    expect(result.summary.unmapped.map((k) => [k.interaction, k.pactLocation])).to.deep.equal([
      ['a request for an existing item', 'pact.json#/interactions/0'],
    ]);
    expect(result.summary.unmapped[0]!.reason).to.equal(
      "Shop 'a request for an existing item' reads `price` (type matcher), which the revision removes",
    );
    expect(result.notes).to.have.length(1);
    expect(result.notes[0]).to.include('no change could be tied to it');
  });
});

describe('impact: classify', () => {
  it('reads a removed response property from an additionalProperties error', () => {
    expect(
      classify(
        finding(
          'response.body.incompatible',
          'Response body is incompatible with the response body schema in the ' +
            'spec file: must NOT have additional properties - price',
          'response.body.items.0',
        ),
      ),
    ).to.deep.equal({
      kind: 'body',
      side: 'response',
      property: 'items[].price',
      problem: 'extra',
    });
  });
  it('reads a newly required request property', () => {
    expect(
      classify(
        finding(
          'request.body.incompatible',
          'Request body is incompatible with the request body schema in the spec ' +
            "file: must have required property 'role'",
          'request.body',
        ),
      ),
    ).to.deep.equal({
      kind: 'body',
      side: 'request',
      property: 'role',
      problem: 'missing',
    });
  });
  it('reads a missing query parameter and an unknown one', () => {
    expect(
      classify(
        finding(
          'request.query.incompatible',
          'Value is incompatible with the parameter defined in the spec file: ' +
            'must have required property (the pact sends no query parameter ' +
            '"tenant", which the spec requires)',
          'request.query.tenant',
        ),
      ),
    ).to.deep.equal({
      kind: 'parameter',
      in: 'query',
      name: 'tenant',
      problem: 'missing',
    });
    expect(
      classify(
        finding(
          'request.query.unknown',
          'Query parameter is not defined in the spec file: page',
          'request.query.page',
          '2',
        ),
      ),
    ).to.deep.equal({
      kind: 'parameter',
      in: 'query',
      name: 'page',
      problem: 'unknown',
      value: '2',
    });
  });
  it('reads a removed operation and a removed status', () => {
    expect(
      classify(finding('request.path-or-method.unknown', 'Path or method not defined in spec file: DELETE /items/1')),
    ).to.deep.equal({ kind: 'operation', pathParameter: false });
    expect(
      classify(
        finding(
          'response.status.unknown',
          'Response status code not defined in spec file: 404',
          'response.status',
          404,
        ),
      ),
    ).to.deep.equal({ kind: 'status' });
  });
  it('writes property paths as the rules do', () => {
    expect(propertyPathOf(['items', '0', 'tags', '3', 'name'])).to.equal('items[].tags[].name');
    expect(propertyPathOf(['0', 'id'])).to.equal('[].id');
  });
});

describe('impact: loadPacts', () => {
  it('--pacts broker without PACT_BROKER_BASE_URL is an InputError naming the variables', async () => {
    const err = await loadPacts('broker', { cwd: REPO, env: {}, provider: 'ServiceB' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(InputError);
    expect((err as Error).message).to.match(/^--pacts broker needs PACT_BROKER_BASE_URL/);
  });
  it('--pacts broker without --provider is an InputError', async () => {
    const err = await loadPacts('broker', { cwd: REPO, env: { PACT_BROKER_BASE_URL: 'http://127.0.0.1:9' } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((err as Error).message).to.match(/needs --provider/);
  });
  it('reads a folder of pacts', async () => {
    const pacts = await loadPacts('pacts', { cwd: REPO, env: {} });
    expect(pacts.map((p) => p.source)).to.deep.equal(['pacts/ServiceA-ServiceB.json']);
  });
});

describe('impact: callbacks and webhooks', () => {
  const change = (operation: string, path: string): Change => ({
    id: 'payload-media-type-removed',
    level: 'breaking',
    defaultLevel: 'breaking',
    pointer: '',
    location: { file: 'openapi.yaml', line: 1 },
    message: `${operation}: payload media type removed`,
    operation,
    details: { method: 'post', path },
  });

  it('ties no consumer interaction to what the API sends: HTTP pacts record what consumers send it', () => {
    const facts = { method: 'POST', path: '/hooks/42' };
    expect(onOperation(change('POST /hooks/{id}', '/hooks/{id}'), facts)).to.equal(true);
    expect(
      onOperation(change('POST /subscriptions -> callback onEvent -> POST /hooks/{id}', '/hooks/{id}'), facts),
    ).to.equal(false);
    expect(onOperation(change('WEBHOOK /hooks/{id}', '/hooks/{id}'), facts)).to.equal(false);
  });
});

/** What an interaction reads (versioning/crosscheck/reads.ts), and check-pacts' warnings for reads the spec does not
 * guarantee. */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { checkPacts } from '../../../versioning/crosscheck/check.ts';
import { guaranteeOf } from '../../../versioning/crosscheck/guarantees.ts';
import { loadSpec } from '../../../versioning/load/index.ts';
import { parsePath, responseReads, type FieldRead } from '../../../versioning/crosscheck/reads.ts';
import type { JsonObject } from '../../../versioning/model.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function fields(interaction: JsonObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const read of responseReads(interaction)) {
    if (read.kind === 'field')
      out[read.property] = (read as FieldRead).matchers.map((m) => m.kind + (m.regex ? `:${m.regex}` : '')).join('+');
  }
  return out;
}

const body = {
  id: 'o-1',
  total: 2.5,
  lines: [
    { sku: 'A-1', qty: 2 },
    { sku: 'B-2', qty: 1 },
  ],
  customer: { name: 'Ada' },
};

describe('crosscheck: reads of a pact interaction', () => {
  it('parses Pact path expressions', () => {
    expect(parsePath('$.lines[*].sku')).to.deep.equal([
      { kind: 'root' },
      { kind: 'field', name: 'lines' },
      { kind: 'star' },
      { kind: 'field', name: 'sku' },
    ]);
    expect(parsePath("$['x-y'][0].*")).to.deep.equal([
      { kind: 'root' },
      { kind: 'field', name: 'x-y' },
      { kind: 'index', index: 0 },
      { kind: 'star' },
    ]);
    expect(parsePath('lines')).to.equal(undefined);
  });

  it('V2: `$.body` paths; a min/type rule on an array cascades to its items by type; no rule means exact', () => {
    const interaction = {
      request: { method: 'GET', path: '/orders/o-1' },
      response: {
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body,
        matchingRules: { '$.body.id': { match: 'regex', regex: '^o-' }, '$.body.lines': { min: 1, match: 'type' } },
      },
    };
    expect(fields(interaction)).to.deep.equal({
      id: 'regex:^o-',
      total: 'exact',
      lines: 'type',
      'lines[].sku': 'type',
      'lines[].qty': 'type',
      customer: 'exact',
      'customer.name': 'exact',
    });
    const reads = responseReads(interaction);
    expect(reads[0]).to.deep.equal({ kind: 'status', status: 200 });
    expect(reads[1]).to.deep.equal({ kind: 'media-type', status: 200, mediaType: 'application/json; charset=utf-8' });
  });

  it(
    'V3/V4: `body` categories; the most specific rule wins (a `[*]` rule on ' + 'an item field over the array rule)',
    () => {
      const interaction = {
        type: 'Synchronous/HTTP',
        request: { method: 'GET', path: '/orders/o-1' },
        response: {
          status: 200,
          headers: { 'Content-Type': ['application/json'], 'X-Request-Id': ['r-1'] },
          body: { content: body, contentType: 'application/json', encoded: false },
          matchingRules: {
            body: {
              $: { combine: 'AND', matchers: [{ match: 'type' }] },
              '$.lines[*].sku': { combine: 'AND', matchers: [{ match: 'regex', regex: '^[A-Z]' }] },
              '$.total': { combine: 'AND', matchers: [{ match: 'decimal' }] },
            },
            header: { 'X-Request-Id': { combine: 'AND', matchers: [{ match: 'regex', regex: '^r-' }] } },
          },
        },
      };
      expect(fields(interaction)).to.deep.equal({
        id: 'type',
        total: 'decimal',
        lines: 'type',
        'lines[].sku': 'regex:^[A-Z]',
        'lines[].qty': 'type',
        customer: 'type',
        'customer.name': 'type',
      });
      const header = responseReads(interaction).find((r) => r.kind === 'header');
      expect(header).to.deep.include({ name: 'X-Request-Id', value: 'r-1', combine: 'AND' });
    },
  );

  it('an exact index rule outweighs a wildcard; equality inherited from a parent stays exact', () => {
    const interaction = {
      request: { method: 'GET', path: '/x' },
      response: {
        status: 200,
        body: { a: [{ b: 1 }], c: { d: 'x' } },
        matchingRules: {
          body: {
            '$.a[*].b': { matchers: [{ match: 'type' }] },
            '$.a[0].b': { matchers: [{ match: 'integer' }] },
            '$.c': { matchers: [{ match: 'equality' }] },
          },
        },
      },
    };
    expect(fields(interaction)).to.deep.include({ 'a[].b': 'integer', c: 'exact', 'c.d': 'exact' });
  });
});

describe('check-pacts: reads the spec does not guarantee are warnings', function () {
  this.timeout(30_000);

  it('names the field, the matcher and why, and never fails the check', async () => {
    const dir = path.join(REPO, 'test/fixtures/impact/base-does-not-guarantee-at-risk-v4');
    const result = await checkPacts({ spec: 'base.yaml', pacts: 'pact.json', cwd: dir });
    expect(result.ok).to.equal(true);
    const warnings = result.findings.filter((f) => f.code === 'response.read.unguaranteed');
    expect(warnings.map((f) => [f.pact.field, f.message.replace(/;.*$/, '')])).to.deep.equal([
      ['response.body.note', 'reads `note` (type matcher), which the spec does not guarantee (optional)'],
    ]);
    expect(warnings[0]!.spec.operation).to.equal('GET /orders/{id}');
  });

  it('our own spec promises `detail` of the problem body, which ServiceA reads', async () => {
    const result = await checkPacts({ spec: 'provider/openapi.yaml', pacts: 'pacts', cwd: REPO });
    expect(result.ok).to.equal(true);
    const fieldsWarned = result.findings
      .filter((f) => f.code === 'response.read.unguaranteed')
      .map((f) => f.pact.field);
    expect(fieldsWarned).to.not.include('response.body.detail');
  });
});

describe('crosscheck: guarantees on compositions that refer to themselves', () => {
  it('ends instead of looping, and still judges what the other branches promise', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'contract-kit-selfref-'));
    try {
      const yaml = [
        'openapi: 3.0.3',
        'info: {title: X, version: 1.0.0}',
        'paths:',
        '  /a:',
        '    get:',
        '      responses:',
        "        '200':",
        '          description: ok',
        '          content:',
        '            application/json:',
        "              schema: {$ref: '#/components/schemas/A'}",
        'components:',
        '  schemas:',
        '    A:',
        '      allOf:',
        "        - $ref: '#/components/schemas/A'",
        '        - {type: object, required: [x], properties: {x: {type: string}, y: {type: string}}}',
      ].join('\n');
      await writeFile(path.join(dir, 'a.yaml'), yaml);
      const spec = await loadSpec('a.yaml', { cwd: dir });
      const interaction = {
        request: { method: 'GET', path: '/a' },
        response: {
          status: 200,
          body: { x: '1', y: '2' },
          matchingRules: { body: { $: { matchers: [{ match: 'type' }] } } },
        },
      };
      const reads = responseReads(interaction);
      const gaps = reads.map((read) => [
        read.kind === 'field' ? read.property : read.kind,
        guaranteeOf(spec, 'GET', '/a', read) ?? 'ok',
      ]);
      expect(gaps).to.deep.equal([
        ['status', 'ok'],
        ['x', 'ok'],
        ['y', 'optional'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Pacts vs OpenAPI. Fixture folders in the comparator's own style:
 * test/fixtures/crosscheck/<case>/{oas.yaml, pact.json, expected.json}.
 */

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import * as comparatorModule from '@pactflow/openapi-pact-comparator';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../../../versioning/model.ts';
import type { JsonObject } from '../../../versioning/model.ts';
import { checkPacts, parsePact, readPactFiles } from '../../../versioning/crosscheck/index.ts';
import type { CrossCheckFinding, PactFile } from '../../../versioning/crosscheck/index.ts';
import { createComparator } from '../../../versioning/crosscheck/comparator.ts';
import type { ComparatorResult } from '../../../versioning/crosscheck/comparator.ts';
import { bundle, hasExternalRef } from '../../../versioning/crosscheck/spec.ts';
import { loadSpec } from '../../../versioning/load/index.ts';
import { readPactFiles as readPacts } from '../../../versioning/crosscheck/pacts.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const fixtures = path.join(repoRoot, 'test/fixtures/crosscheck');

interface ExpectedFinding {
  code: string;
  level: 'error' | 'warning';
  messageIncludes: string;
  interaction: string;
  providerState?: string;
  pactLocation: string;
  field?: string;
  operation?: string;
  specPointer: string;
  specLocation: string;
}

function project(finding: CrossCheckFinding): Omit<ExpectedFinding, 'messageIncludes'> {
  return {
    code: finding.code,
    level: finding.level,
    interaction: finding.pact.interaction,
    ...(finding.pact.providerState !== undefined ? { providerState: finding.pact.providerState } : {}),
    pactLocation: finding.pact.location,
    ...(finding.pact.field !== undefined ? { field: finding.pact.field } : {}),
    ...(finding.spec.operation !== undefined ? { operation: finding.spec.operation } : {}),
    specPointer: finding.spec.pointer,
    specLocation: `${finding.spec.file}:${finding.spec.line}`,
  };
}

/** Every finding must name both sides. */
function expectBothSidesNamed(finding: CrossCheckFinding): void {
  expect(finding.pact.consumer, 'consumer').to.be.a('string').and.not.equal('');
  expect(finding.pact.interaction, 'interaction description').to.be.a('string').and.not.equal('');
  expect(finding.pact.location, 'pact location').to.match(/^[^#]+\.json#\/interactions\/\d+$/);
  expect(finding.pact.line, 'pact line').to.be.a('number').and.above(0);
  expect(finding.spec.file, 'spec file').to.match(/\.ya?ml$/);
  expect(finding.spec.line, 'spec line').to.be.above(0);
  expect(finding.spec.pointer, 'spec pointer').to.match(/^\/(paths|components)/);
  if (finding.code !== 'request.path-or-method.unknown') {
    expect(finding.spec.operation, 'spec operation').to.match(/^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \//);
  }
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

describe('crosscheck: fixture cases (oas.yaml + pact.json -> expected.json)', () => {
  const cases = readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it('has the cases the cross-check promises to catch', () => {
    expect(cases).to.include.members([
      'valid-interaction',
      'unknown-path',
      'wrong-method',
      'missing-required-query',
      'invalid-request-body',
      'undocumented-response-status',
      'response-body-wrong-type',
      'response-body-partial',
      'response-body-undocumented-field',
      'matcher-example-wrong-type',
      'header-mismatch',
      'multi-interaction-one-bad',
      'pact-v4-format',
      'multi-file-spec',
    ]);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(fixtures, name);
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
        description: string;
        findings: ExpectedFinding[];
      };
      const result = await checkPacts({ spec: 'oas.yaml', pacts: 'pact.json', cwd: dir });

      expect(result.findings.map(project)).to.deep.equal(
        expected.findings.map(({ messageIncludes: _, ...rest }) => rest),
      );
      result.findings.forEach((finding, index) => {
        expect(finding.message).to.include(expected.findings[index]!.messageIncludes);
        expectBothSidesNamed(finding);
      });
      const errors = expected.findings.filter((finding) => finding.level === 'error').length;
      expect(result.ok).to.equal(errors === 0);
      expect(result.summary.errors).to.equal(errors);
      expect(result.spec.file).to.equal('oas.yaml');
    });
  }

  it('multi-interaction file: only the bad interaction is reported, the others are listed as checked', async () => {
    const result = await checkPacts({
      spec: 'oas.yaml',
      pacts: 'pact.json',
      cwd: path.join(fixtures, 'multi-interaction-one-bad'),
    });
    expect(result.summary.interactions).to.equal(4);
    expect(result.pacts[0]?.interactions.map((interaction) => interaction.index)).to.deep.equal([0, 1, 2, 3]);
    expect(new Set(result.findings.map((finding) => finding.pact.index))).to.deep.equal(new Set([2]));
    // The line of the interaction's opening brace in pact.json.
    const text = readFileSync(path.join(fixtures, 'multi-interaction-one-bad/pact.json'), 'utf8').split('\n');
    expect(text[result.findings[0]!.pact.line! - 1]?.trim()).to.equal('{');
    expect(text[result.findings[0]!.pact.line!]).to.include('"description": "a request to delete user 1"');
  });

  it('a V4 pact: message interactions are counted as skipped, not compared', async () => {
    const result = await checkPacts({
      spec: 'oas.yaml',
      pacts: 'pact.json',
      cwd: path.join(fixtures, 'pact-v4-format'),
    });
    expect(result.pacts[0]?.skipped).to.equal(1);
    expect(result.summary.interactions).to.equal(2);
  });

  it('bundling the loaded document gives the comparator the same answers as the raw single-file spec', async () => {
    for (const name of cases.filter((entry) => entry !== 'multi-file-spec')) {
      const dir = path.join(fixtures, name);
      const spec = await loadSpec('oas.yaml', { cwd: dir });
      const [pact] = await readPacts('pact.json', dir);
      const run = async (oas: JsonObject): Promise<string[]> => {
        const out: string[] = [];
        for await (const result of (await createComparator(oas)).comparator.compare(pact!.pact))
          out.push(`${result.code} ${result.mockDetails?.location}`);
        return out;
      };
      expect(await run(bundle(spec.document)), name).to.deep.equal(await run(spec.raw()));
    }
  });

  it('bundle: a shared node is copied once and referenced after; a cycle becomes a $ref', () => {
    const shared: Record<string, unknown> = { type: 'object', properties: {} };
    (shared['properties'] as Record<string, unknown>)['self'] = shared;
    const document = { paths: { '/a/{id}': { get: { schema: shared } }, '/b%': { get: { schema: shared } } } };
    const bundled = bundle(document) as { paths: Record<string, { get: { schema: JsonObject } }> };
    expect(bundled.paths['/a/{id}']!.get.schema).to.deep.equal({
      type: 'object',
      properties: { self: { $ref: '#/paths/~1a~1{id}/get/schema' } },
    });
    expect(bundled.paths['/b%']!.get.schema).to.deep.equal({ $ref: '#/paths/~1a~1{id}/get/schema' });
    expect(JSON.stringify(bundled)).to.be.a('string'); // no cycle left
  });

  it('a multi-file spec has external refs (so it must be bundled), a single-file one does not', () => {
    const multi = parseYaml(readFileSync(path.join(fixtures, 'multi-file-spec/oas.yaml'), 'utf8')) as unknown;
    const single = parseYaml(readFileSync(path.join(fixtures, 'valid-interaction/oas.yaml'), 'utf8')) as unknown;
    expect(hasExternalRef(multi)).to.equal(true);
    expect(hasExternalRef(single)).to.equal(false);
  });
});

describe('crosscheck: the comparator is used through its 2.x API', () => {
  const oas = parseYaml(readFileSync(path.join(fixtures, 'valid-interaction/oas.yaml'), 'utf8')) as JsonObject;
  const good = JSON.parse(readFileSync(path.join(fixtures, 'valid-interaction/pact.json'), 'utf8')) as PactFile['pact'];
  const bad = JSON.parse(
    readFileSync(path.join(fixtures, 'undocumented-response-status/pact.json'), 'utf8'),
  ) as PactFile['pact'];
  const collect = async (iterable: AsyncIterable<ComparatorResult>): Promise<ComparatorResult[]> => {
    const results: ComparatorResult[] = [];
    for await (const result of iterable) results.push(result);
    return results;
  };

  it('an obviously valid interaction yields no result', async () => {
    expect(await collect((await createComparator(oas)).comparator.compare(good))).to.deep.equal([]);
  });

  it('an obviously wrong interaction yields exactly one result, with both locations', async () => {
    const results = await collect((await createComparator(oas)).comparator.compare(bad));
    expect(results.map((result) => result.code)).to.deep.equal(['response.status.unknown']);
    expect(results[0]?.mockDetails?.location).to.equal('[root].interactions[0].response.status');
    expect(results[0]?.specDetails?.pathName).to.equal('/users/{id}');
  });

  it('runs spec patterns on RE2: the engine decides, and a catastrophic pattern completes', async () => {
    const pattern = (value: string): JsonObject => ({
      openapi: '3.0.3',
      info: { title: 'p', version: '1' },
      paths: {
        '/x': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { type: 'object', properties: { id: { type: 'string', pattern: value } } },
                  },
                },
              },
            },
          },
        },
      },
    });
    const pactWith = (id: string): PactFile['pact'] => ({
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [
        {
          description: 'x',
          request: { method: 'GET', path: '/x' },
          response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id } },
        },
      ],
      metadata: { pactSpecification: { version: '3.0.0' } },
    });
    const codes = async (value: string, id: string): Promise<string[]> => {
      const { comparator, linear } = await createComparator(pattern(value));
      expect(linear).to.equal(true);
      return (await collect(comparator.compare(pactWith(id)))).map((result) => result.code);
    };
    // JavaScript's \s matches U+00A0, RE2's does not: only RE2 finds the body incompatible.
    expect(new RegExp('^\\s$', 'u').test('\u00a0')).to.equal(true);
    expect(await codes('^\\s$', '\u00a0')).to.deep.equal(['response.body.incompatible']);
    expect(await codes('^\\s$', ' ')).to.deep.equal([]);
    // Exponential on a backtracking engine (34 a's and a '!'), linear on RE2.
    expect(await codes('^(a+)+$', 'a'.repeat(34) + '!')).to.deep.equal(['response.body.incompatible']);
    expect(await codes('^(a+)+$', 'a'.repeat(34))).to.deep.equal([]);
    expect(Object.hasOwn(Object.prototype, 'code')).to.equal(false);
  });

  it(
    '(why the guard exists) the 1.x form new Comparator(oas) reports every ' + 'interaction as request.spec.missing',
    async () => {
      const { Comparator } = comparatorModule as unknown as {
        Comparator: new (options: unknown) => { compare(pact: unknown): AsyncIterable<ComparatorResult> };
      };
      const results = await collect(new Comparator(oas).compare(good));
      expect(results.map((result) => result.code)).to.deep.equal(['request.spec.missing']);
    },
  );
});

describe('crosscheck: provider filter', () => {
  const dir = path.join(fixtures, 'valid-interaction');
  const text = readFileSync(path.join(dir, 'pact.json'), 'utf8');
  const usersPact = parsePact(text, 'pacts/WebApp-Users.json');
  const otherPact = parsePact(
    text.replace('"name": "Users"', '"name": "Orders"').replace('"/users/1"', '"/nowhere"'),
    'pacts/WebApp-Orders.json',
  );

  it('checks only pacts for the named provider', async () => {
    const result = await checkPacts({ spec: 'oas.yaml', pacts: [usersPact, otherPact], provider: 'Users', cwd: dir });
    expect(result.pacts.map((pact) => pact.source)).to.deep.equal(['pacts/WebApp-Users.json']);
    expect(result.ok).to.equal(true);
    expect(result.provider).to.equal('Users');
  });

  it("without a provider, checks every pact (and so finds the other provider's unknown path)", async () => {
    const result = await checkPacts({ spec: 'oas.yaml', pacts: [usersPact, otherPact], cwd: dir });
    expect(result.summary.pacts).to.equal(2);
    expect(result.findings.map((finding) => `${finding.code} ${finding.pact.location}`)).to.deep.equal([
      'request.path-or-method.unknown pacts/WebApp-Orders.json#/interactions/0',
    ]);
  });

  it('accepts an already loaded spec (LoadedSpec) and pacts in memory', async () => {
    const spec = await loadSpec('oas.yaml', { cwd: dir });
    const result = await checkPacts({ spec, pacts: [{ source: otherPact.source, pact: otherPact.pact }], cwd: dir });
    expect(result.findings).to.have.length(1);
    expect(result.findings[0]?.spec.file).to.equal('oas.yaml');
    expect(result.findings[0]?.pact.line, 'no text, no line').to.equal(undefined);
  });

  it('a provider no pact names is an InputError listing the names found', async () => {
    const error = await rejection(checkPacts({ spec: 'oas.yaml', pacts: [usersPact], provider: 'Billing', cwd: dir }));
    expect(error).to.be.instanceOf(InputError);
    expect(error.message).to.equal(
      'no pact for provider "Billing" (the pacts name Users); pass --provider with the provider\'s pact name',
    );
  });
});

describe('crosscheck: bad input is an InputError naming the file and the fix', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-'));
    writeFileSync(path.join(scratch, 'oas.yaml'), readFileSync(path.join(fixtures, 'valid-interaction/oas.yaml')));
    mkdirSync(path.join(scratch, 'pacts'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  const expectInputError = async (promise: Promise<unknown>, ...fragments: string[]): Promise<void> => {
    const error = await rejection(promise);
    expect(error, error.stack).to.be.instanceOf(InputError);
    expect(error.message).not.to.include('\n');
    for (const fragment of fragments) expect(error.message).to.include(fragment);
  };

  it('missing spec', async () => {
    await expectInputError(
      checkPacts({ spec: 'nope.yaml', pacts: 'pacts', cwd: scratch }),
      'nope.yaml',
      'no such file',
    );
  });

  it('a spec that is not OpenAPI 3', async () => {
    writeFileSync(path.join(scratch, 'swagger.yaml'), 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n');
    await expectInputError(
      checkPacts({ spec: 'swagger.yaml', pacts: 'pacts', cwd: scratch }),
      'swagger.yaml',
      'OpenAPI 3',
    );
  });

  it('a spec that is not YAML', async () => {
    writeFileSync(path.join(scratch, 'broken.yaml'), 'openapi: 3.0.3\npaths: [\n');
    await expectInputError(checkPacts({ spec: 'broken.yaml', pacts: 'pacts', cwd: scratch }), 'broken.yaml');
  });

  it('no pact files in the folder', async () => {
    await expectInputError(
      checkPacts({ spec: 'oas.yaml', pacts: 'pacts', cwd: scratch }),
      'pacts: no pact files',
      'npm run test:consumer',
    );
  });

  it('a pact folder that does not exist', async () => {
    await expectInputError(
      checkPacts({ spec: 'oas.yaml', pacts: 'missing', cwd: scratch }),
      'missing: no such pact file or folder',
      '--pacts',
    );
  });

  it('a pact given in memory is checked for shape too', async () => {
    const odd = {
      source: 'memory.json',
      pact: { consumer: { name: 'A' }, provider: { name: 'B' }, interactions: [42] },
    } as unknown as PactFile;
    await expectInputError(
      checkPacts({ spec: 'oas.yaml', pacts: [odd], cwd: scratch }),
      'memory.json: not a pact file: "interactions[0]" is not an object',
    );
  });

  it('no pacts given in memory', async () => {
    await expectInputError(checkPacts({ spec: 'oas.yaml', pacts: [], cwd: scratch }), 'no pact files');
  });

  it('malformed pact JSON names the file, line and column', async () => {
    writeFileSync(
      path.join(scratch, 'pacts/bad.json'),
      '{\n  "consumer": {"name": "A"},\n  "provider": {"name": "B"}\n  "interactions": []\n}\n',
    );
    const error = await rejection(readPactFiles('pacts', scratch));
    expect(error).to.be.instanceOf(InputError);
    expect(error.message).to.match(/^pacts\/bad\.json:4:3: not valid JSON \(.+\); fix the file or regenerate it/);
  });

  it('JSON that is not a pact names what is missing', async () => {
    writeFileSync(path.join(scratch, 'pacts/odd.json'), JSON.stringify({ consumer: { name: 'A' }, interactions: [] }));
    await expectInputError(
      readPactFiles('pacts', scratch),
      'pacts/odd.json: not a pact file: "provider.name" is missing',
    );
  });

  it('an interaction without a status', async () => {
    writeFileSync(
      path.join(scratch, 'pacts/odd.json'),
      JSON.stringify({
        consumer: { name: 'A' },
        provider: { name: 'B' },
        interactions: [{ description: 'x', request: { method: 'GET', path: '/' }, response: {} }],
      }),
    );
    await expectInputError(
      readPactFiles('pacts', scratch),
      'pacts/odd.json',
      '"interactions[0].response.status" is not a number',
    );
  });

  it('a spec $ref to a missing file', async () => {
    writeFileSync(
      path.join(scratch, 'split.yaml'),
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n   ' +
        '   responses:\n        "200": {description: ok, content: ' +
        '{application/json: {schema: {$ref: "gone.yaml"}}}}\n',
    );
    writeFileSync(path.join(scratch, 'pacts/p.json'), readFileSync(path.join(fixtures, 'valid-interaction/pact.json')));
    await expectInputError(
      checkPacts({ spec: 'split.yaml', pacts: 'pacts', cwd: scratch }),
      'split.yaml:7:',
      'gone.yaml',
    );
  });
});

describe("crosscheck: the repo's own pacts against provider/openapi.yaml", () => {
  const pactsDir = path.join(repoRoot, 'pacts');
  const hasPacts = existsSync(pactsDir) && readdirSync(pactsDir).some((name) => name.endsWith('.json'));

  it('has zero error-level findings', async function () {
    if (!hasPacts) {
      this.skip(); // pacts/ has no pact yet: run npm run test:consumer to record pacts/ServiceA-ServiceB.json
    }
    const result = await checkPacts({ spec: 'provider/openapi.yaml', pacts: 'pacts', cwd: repoRoot });
    const errors = result.findings.filter((finding) => finding.level === 'error');
    expect(errors.map((finding) => `${finding.pact.location} ${finding.code}: ${finding.message}`)).to.deep.equal([]);
    expect(result.summary.interactions).to.be.above(0);
  });

  it('catches a deliberately broken copy of our pact (so the zero above means something)', async function () {
    if (!hasPacts) this.skip();
    const files = await readPactFiles('pacts', repoRoot);
    const broken = files.map((file): PactFile => {
      const pact = JSON.parse(JSON.stringify(file.pact)) as PactFile['pact'];
      const first = pact.interactions[0] as { response: { status: number } };
      first.response.status = 418;
      return { source: file.source, pact };
    });
    const result = await checkPacts({ spec: 'provider/openapi.yaml', pacts: broken, cwd: repoRoot });
    const statusFindings = result.findings.filter((finding) => finding.code === 'response.status.unknown');
    expect(statusFindings.map((finding) => finding.pact.index)).to.include(0);
    expect(statusFindings[0]?.spec.file).to.equal('provider/openapi.yaml');
    expect(statusFindings[0]?.spec.operation).to.match(/^[A-Z]+ \//);
  });
});

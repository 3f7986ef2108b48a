import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { getAtPointer, loadSpec, loadSpecFromText } from '../../../versioning/load/index.ts';
import { fixture, inputError, lineOf, ROOT } from './helpers.ts';

/** Shorthand for deep property access into loaded documents in assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions walk untyped document trees
type Loose = any;

const load = (name: string) => loadSpec(fixture(name), { cwd: ROOT });
const schemaLine = (name: string) => lineOf(name, /\$ref:/);

describe('load: $ref errors', () => {
  it('names a pure A -> B -> A cycle', async () => {
    const error = await inputError(load('cycle.yaml'));
    expect(error.message).to.include(
      '$ref cycle with no content: #/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A',
    );
    expect(error.message).to.match(
      new RegExp(`^test/fixtures/load/cycle\\.yaml:${lineOf('cycle.yaml', /^ {4}A:/) + 1}:7: `),
    );
    expect(error.file).to.equal('test/fixtures/load/cycle.yaml');
  });

  it('names a self-reference A -> A', async () => {
    const error = await inputError(load('self-cycle.yaml'));
    expect(error.message).to.include('#/components/schemas/Loop -> #/components/schemas/Loop');
  });

  it('refuses a $ref that leaves the spec folder', async () => {
    const error = await inputError(load('outside/inner/spec.yaml'));
    expect(error.message).to.match(/^test\/fixtures\/load\/outside\/inner\/spec\.yaml:\d+:\d+: /);
    expect(error.message).to.include(
      "$ref '../shared.yaml#/Thing' leaves the spec's folder (test/fixtures/load/outside/inner)",
    );
    expect(error.location).to.deep.include({ line: lineOf('outside/inner/spec.yaml', /\$ref/) });
  });

  it('refuses an absolute-path $ref', async () => {
    const error = await inputError(load('absolute-ref.yaml'));
    expect(error.message).to.include("$ref '/etc/passwd#/Thing' is an absolute path");
    expect(error.message).to.include('relative');
  });

  it('refuses a remote $ref unless allowed, naming the place and the fix', async () => {
    const error = await inputError(load('remote-ref.yaml'));
    expect(error.message).to.include(`test/fixtures/load/remote-ref.yaml:${schemaLine('remote-ref.yaml')}:`);
    expect(error.message).to.include("remote $ref 'https://example.com/schemas/thing.yaml#/Thing' is refused");
    expect(error.message).to.include('(at #/paths/~1x/get/responses/200/content/application~1json/schema)');
    expect(error.message).to.include('allowRemote');
  });

  it('names the file, the $ref pointer and the missing target', async () => {
    const error = await inputError(load('missing-target.yaml'));
    expect(error.message).to.match(
      new RegExp(`^test/fixtures/load/missing-target\\.yaml:${schemaLine('missing-target.yaml')}:\\d+: `),
    );
    expect(error.message).to.include(
      "$ref '#/components/schemas/Usr' points to a missing target " +
        "#/components/schemas/Usr (no 'Usr' in /components/schemas)",
    );
    expect(error.message).to.include('(at #/paths/~1x/get/responses/200/content/application~1json/schema)');
  });

  it('names a missing referenced file', async () => {
    const error = await inputError(load('missing-file.yaml'));
    expect(error.message).to.include(
      "$ref './nowhere.yaml#/Ok' points to test/fixtures/load/nowhere.yaml, which cannot be read (no such file)",
    );
    expect(error.message).to.include('(at #/paths/~1x/get/responses/200)');
  });

  it('names a missing pointer inside another file', async () => {
    const text = [
      'openapi: 3.0.3',
      'info: { title: t, version: "1" }',
      'paths:',
      '  /u:',
      '    get:',
      '      responses:',
      "        '200': { $ref: 'common.yaml#/responses/Gone' }",
    ].join('\n');
    const error = await inputError(loadSpecFromText(text, 'test/fixtures/load/multi/inline.yaml', { cwd: ROOT }));
    expect(error.message).to.match(/^test\/fixtures\/load\/multi\/inline\.yaml:7:\d+: /);
    expect(error.message).to.include(
      "points to a missing target test/fixtures/load/multi/common.yaml#/responses/Gone (no 'Gone' in /responses)",
    );
  });

  it('refuses plain-name fragments and non-string $refs', async () => {
    const base = 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n';
    const anchor = await inputError(loadSpecFromText(base + "    A: { $ref: '#Foo' }\n", 'a.yaml', { cwd: ROOT }));
    expect(anchor.message).to.include("plain-name fragment '#Foo'");
    const notString = await inputError(loadSpecFromText(base + '    A: { $ref: 42 }\n', 'a.yaml', { cwd: ROOT }));
    expect(notString.message).to.include('$ref must be a string, found the number 42');
    const scheme = await inputError(
      loadSpecFromText(base + "    A: { $ref: 'file:///etc/passwd' }\n", 'a.yaml', { cwd: ROOT }),
    );
    expect(scheme.message).to.include("unsupported scheme 'file:'");
  });
});

describe('load: where $ref is resolved', () => {
  it('follows chains of references and pointers through references', async () => {
    const text = JSON.stringify({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': { get: { responses: { '200': { $ref: '#/components/responses/Alias' } } } },
        '/b': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Wrapper/properties/inner' } } },
              },
            },
          },
        },
      },
      components: {
        responses: { Alias: { $ref: '#/components/responses/Real' }, Real: { description: 'real' } },
        schemas: {
          Wrapper: { $ref: '#/components/schemas/Outer' },
          Outer: { type: 'object', properties: { inner: { type: 'string', maxLength: 3 } } },
        },
      },
    });
    const spec = await loadSpecFromText(text, 'chain.json', { cwd: ROOT });
    const doc = spec.document as Loose;
    expect(doc.paths['/a'].get.responses['200']).to.equal(doc.components.responses.Real);
    expect(doc.components.responses.Alias).to.equal(doc.components.responses.Real);
    const inner = doc.paths['/b'].get.responses['200'].content['application/json'].schema;
    expect(inner).to.equal(doc.components.schemas.Outer.properties.inner);
    expect(spec.originOf(inner)).to.deep.equal({
      file: 'chain.json',
      pointer: '/components/schemas/Outer/properties/inner',
    });
  });

  it('resolves refs in parameters, headers, links, callbacks, security schemes and schema applicators', async () => {
    const text =
      `
openapi: 3.1.0
info: { title: t, version: "1" }
paths:
  /hooks:
    post:
      parameters:
        - $ref: '#/components/parameters/Q'
      requestBody: { $ref: '#/components/requestBodies/Body' }
      callbacks:
        onEvent: { $ref: '#/components/callbacks/Event' }
      responses:
        '200':
          description: ok
          headers:
            X-Rate: { $ref: '#/components/headers/Rate' }
          links:
            self: { $ref: '#/components/links/Self' }
components:
  securitySchemes:
    key: { $ref: '#/components/securitySchemes/real' }
    real: { type: apiKey, in: header, name: X-Key }
  parameters:
    Q: { name: q, in: query, content: { application/json: { schema: { $ref: '#/components/schemas/S' } } } }
  requestBodies:
    Body: { content: { application/json: { schema: { $ref: '#/components/schemas/S' } } } }
  headers:
    Rate: { schema: { type: integer } }
  links:
    Self: { operationId: x, parameters: { id: '$response.body#/id' } }
  callbacks:
    Event:
      '{$request.body#/url}':
        post:
          responses: { '200': { description: ok } }
  schemas:
    S:
      type: object
      properties:
        a: { anyOf: [ { $ref: '#/components/schemas/T' }, { type: 'null' } ] }
        b: { oneOf: [ { $ref: '#/components/schemas/T' } ] }
        c: { not: { $ref: '#/components/schemas/T' } }
        d: { type: object, additionalProperties: { $ref: '#/components/schemas/T' } }
        e: { prefixItems: [ { $ref: '#/components/schemas/T' } ], items: false }
        f: { if: { $ref: '#/components/schemas/T' }, then: { $ref: '#/components/schemas/T' }, ` +
      `else: { $ref: '#/components/schemas/T' } }
        g: { patternProperties: { '^x': { $ref: '#/components/schemas/T' } } }
        h: { $defs: { inner: { $ref: '#/components/schemas/T' } }, ` +
      `dependentSchemas: { a: { $ref: '#/components/schemas/T' } } }
        i: { discriminator: { propertyName: kind, mapping: { t: '#/components/schemas/T' } }, ` +
      `oneOf: [ { $ref: '#/components/schemas/T' } ] }
    T: { type: string }
`;
    const spec = await loadSpecFromText(text, 'all.yaml', { cwd: ROOT });
    const doc = spec.document as Loose;
    const c = doc.components;
    const op = doc.paths['/hooks'].post;
    expect(op.parameters[0]).to.equal(c.parameters.Q);
    expect(op.requestBody).to.equal(c.requestBodies.Body);
    expect(op.callbacks.onEvent).to.equal(c.callbacks.Event);
    expect(op.responses['200'].headers['X-Rate']).to.equal(c.headers.Rate);
    expect(op.responses['200'].links.self).to.equal(c.links.Self);
    expect(c.securitySchemes.key).to.equal(c.securitySchemes.real);
    expect(c.parameters.Q.content['application/json'].schema).to.equal(c.schemas.S);
    const T = c.schemas.T;
    const p = c.schemas.S.properties;
    expect(p.a.anyOf[0]).to.equal(T);
    expect(p.b.oneOf[0]).to.equal(T);
    expect(p.c.not).to.equal(T);
    expect(p.d.additionalProperties).to.equal(T);
    expect(p.e.prefixItems[0]).to.equal(T);
    expect(p.e.items).to.equal(false);
    expect([p.f.if, p.f.then, p.f.else]).to.deep.equal([T, T, T]);
    expect(p.g.patternProperties['^x']).to.equal(T);
    expect(p.h.$defs.inner).to.equal(T);
    expect(p.h.dependentSchemas.a).to.equal(T);
    expect(p.i.discriminator.mapping.t).to.equal('#/components/schemas/T');
    expect(c.links.Self.parameters.id).to.equal('$response.body#/id');
  });

  it('does not resolve (or refuse) remote $refs inside example values', async () => {
    const text = `
openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /x:
    get:
      parameters:
        - name: q
          in: query
          schema: { type: string }
          example: { $ref: 'https://example.com/a' }
          examples:
            one: { value: { $ref: 'https://example.com/b' } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                default: { $ref: 'https://example.com/c' }
                enum: [ { $ref: 'https://example.com/d' } ]
                x-extra: { $ref: 'https://example.com/e' }
              example: { $ref: 'https://example.com/f' }
`;
    const spec = await loadSpecFromText(text, 'examples.yaml', { cwd: ROOT });
    const doc = spec.document as Loose;
    const parameter = doc.paths['/x'].get.parameters[0];
    expect(parameter.example).to.deep.equal({ $ref: 'https://example.com/a' });
    expect(parameter.examples.one.value).to.deep.equal({ $ref: 'https://example.com/b' });
    const media = doc.paths['/x'].get.responses['200'].content['application/json'];
    expect(media.schema.default.$ref).to.equal('https://example.com/c');
    expect(media.schema.enum[0].$ref).to.equal('https://example.com/d');
    expect(media.schema['x-extra'].$ref).to.equal('https://example.com/e');
    expect(media.example.$ref).to.equal('https://example.com/f');
  });
});

describe('load: references across files (temporary folder)', () => {
  let dir: string;
  const write = (name: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  };
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'contract-kit-refs-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies 3.1 siblings to targets in other files', async () => {
    write(
      'pets.yaml',
      'Pet:\n  type: object\n  properties:\n    id: { type: integer }\nOk:\n  description: from file\n',
    );
    write(
      'api.yaml',
      [
        'openapi: 3.1.0',
        'info: { title: t, version: "1" }',
        'paths:',
        '  /p:',
        '    get:',
        '      responses:',
        "        '200': { $ref: 'pets.yaml#/Ok', description: local }",
        '        default:',
        '          description: d',
        '          content:',
        '            application/json:',
        "              schema: { $ref: 'pets.yaml#/Pet', description: annotated }",
        '            application/xml:',
        "              schema: { $ref: 'pets.yaml#/Pet', required: [id] }",
      ].join('\n'),
    );
    const spec = await loadSpec('api.yaml', { cwd: dir });
    const responses = spec.document.paths!['/p']!.get!.responses as Loose;
    expect(responses['200'].description).to.equal('local');
    expect(spec.originOf(responses['200'])).to.deep.equal({ file: 'pets.yaml', pointer: '/Ok' });
    const json = responses.default.content['application/json'].schema;
    expect(json.description).to.equal('annotated');
    expect(json.properties.id).to.deep.equal({ type: 'integer' });
    const xml = responses.default.content['application/xml'].schema;
    expect(xml.required).to.deep.equal(['id']);
    expect(xml.allOf[0].properties).to.equal(json.properties);
  });

  it('names a pure cycle that crosses files', async () => {
    write('a.yaml', "A:\n  $ref: 'b.yaml#/B'\n");
    write('b.yaml', "B:\n  $ref: 'a.yaml#/A'\n");
    write(
      'cyc.yaml',
      "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n " +
        " schemas:\n    X: { $ref: 'a.yaml#/A' }\n",
    );
    const error = await inputError(loadSpec('cyc.yaml', { cwd: dir }));
    expect(error.message).to.match(/^a\.yaml:2:3: \$ref cycle with no content: #\/A -> b\.yaml#\/B -> #\/A/);
  });

  it('reuses one object for a whole-file target referenced twice', async () => {
    write('shared/thing.json', '{ "type": "string", "maxLength": 3 }');
    write(
      'twice.yaml',
      "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n " +
        " schemas:\n    A: { $ref: './shared/thing.json' }\n    B: { $ref: " +
        "'shared/thing.json#' }\n",
    );
    const spec = await loadSpec(path.join(dir, 'twice.yaml'), { cwd: dir });
    const schemas = spec.document.components!.schemas as Loose;
    expect(schemas.A).to.equal(schemas.B);
    expect(spec.originOf(schemas.A)).to.deep.equal({ file: 'shared/thing.json', pointer: '' });
  });

  it('gives every subschema of a JSON spec its origin (deep $ref targets, 3.1 overlays, boolean targets)', async () => {
    write(
      'parts/other.json',
      JSON.stringify({ Thing: { type: 'object', properties: { t: { type: 'string', not: { type: 'integer' } } } } }),
    );
    const schema = {
      type: 'object',
      properties: {
        deep: { $ref: '#/components/schemas/A/properties/list/items' },
        over: { $ref: '#/components/schemas/A', description: 'laid over' },
        bool: { $ref: '#/components/schemas/T', title: 'a boolean target' },
        both: { $ref: '#/components/schemas/A', minimum: 3 },
        file: { $ref: 'parts/other.json#/Thing' },
      },
    };
    const A = {
      type: 'object',
      properties: { list: { type: 'array', items: { properties: { q: { type: 'string' } } } } },
      example: { $ref: 'not followed' },
    };
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: { responses: { '200': { description: 'ok', content: { 'a/b': { schema } } } } } } },
      components: { schemas: { A, T: true } },
    };
    write('walk.json', JSON.stringify(document, null, 1));
    const media = '/paths/~1a/get/responses/200/content/a~1b/schema';
    const expected: Array<[string, string | undefined]> = [
      [media, `#${media}`],
      [`${media}/properties`, `#${media}/properties`],
      [`${media}/properties/deep`, '#/components/schemas/A/properties/list/items'],
      [`${media}/properties/deep/properties/q`, '#/components/schemas/A/properties/list/items/properties/q'],
      [`${media}/properties/over`, '#/components/schemas/A'],
      [`${media}/properties/over/properties/list`, '#/components/schemas/A/properties/list'],
      [`${media}/properties/bool`, undefined],
      [`${media}/properties/both/allOf`, `#${media}/properties/both/allOf`],
      [`${media}/properties/both/allOf/0/properties/list/items`, '#/components/schemas/A/properties/list/items'],
      [`${media}/properties/file/properties/t/not`, 'parts/other.json#/Thing/properties/t/not'],
      ['/components/schemas/A/example', undefined],
    ];
    const spec = await loadSpec(path.join(dir, 'walk.json'), { cwd: dir });
    for (const [pointer, origin] of expected) {
      const found = spec.originOf(getAtPointer(spec.document, pointer) as object);
      const shown = found && (found.file === 'walk.json' ? '' : found.file) + '#' + found.pointer;
      expect(shown, pointer).to.equal(origin);
    }
  });
});

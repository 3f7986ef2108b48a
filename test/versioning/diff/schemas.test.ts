import { expect } from 'chai';
import type { SchemaDiff, SpecDiff } from '../../../versioning/model.ts';
import { diffFixture, diffYaml, op } from './helpers.ts';

function responseSchema(d: SpecDiff, method: string, path: string, status = '200'): SchemaDiff | undefined {
  const r = op(d, method, path).responses.find((x) => x.status === status);
  return r?.content[0]?.schema;
}

function requestSchema(d: SpecDiff, method: string, path: string): SchemaDiff {
  return op(d, method, path).requestBody!.content[0]!.schema!;
}

const doc31 = (schema: string) => `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /x:
    post:
      requestBody:
        content:
          application/json:
            schema: ${schema}
      responses:
        '200': { description: ok }
`;

describe('diff: schemas', () => {
  it('normalises 3.0 nullable and 3.1 type lists (and boolean exclusive bounds): no change', async () => {
    const d = await diffFixture('nullable');
    const root = responseSchema(d, 'get', '/pets')!;
    // name: {string, nullable} -> [string, null]; age: minimum+exclusiveMinimum:true -> exclusiveMinimum;
    // owner: nullable: false -> absent. None of them is a change; only `tag` really became nullable.
    expect(Object.keys(root.properties!.modified)).to.deep.equal(['tag']);
    const tag = root.properties!.modified.tag!;
    expect(tag.type).to.deep.equal({ added: ['null'], deleted: [], from: ['string'], to: ['null', 'string'] });
    expect(tag.keywords).to.deep.equal({ nullable: { from: false, to: true } });
    expect(d.other['/openapi']).to.deep.equal({ from: '3.0.3', to: '3.1.0' });
  });

  it('merges allOf into the effective properties: refactoring into allOf changes no property', async () => {
    const d = await diffFixture('allof-refactor');
    const s = requestSchema(d, 'post', '/pets');
    expect(s.properties).to.equal(undefined);
    expect(s.required).to.equal(undefined);
    expect(s.type).to.equal(undefined); // the members' type is the effective type
    // ... while the allOf list itself is reported.
    expect(s.allOf!.added.map((x) => x.origin!.pointer)).to.deep.equal([
      '/components/schemas/Entity',
      '/components/schemas/Pet/allOf/1',
    ]);
    expect(s.allOf!.deleted).to.deep.equal([]);
  });

  it('terminates on recursive schemas and yields a cyclic SchemaDiff graph', async () => {
    const d = await diffFixture('recursive');
    const forest = responseSchema(d, 'get', '/forest')!;
    const node = forest.items!;
    expect(node.base!.origin!.pointer).to.equal('/components/schemas/Node');
    expect(node.properties!.modified.value!.keywords.maxLength).to.deep.equal({ from: undefined, to: 10 });
    // parent -> Node and children[] -> Node are the very same diff object.
    expect(node.properties!.modified.parent).to.equal(node);
    expect(node.properties!.modified.children!.items).to.equal(node);
    // The same pair reached from another operation is the same object (compared once).
    expect(responseSchema(d, 'get', '/tree')).to.equal(node);
    // A recursive pair of schemas that differ only in key order is unchanged.
    expect(d.operations.find((o) => o.path === '/same')).to.equal(undefined);
  });

  it('reports enum values added and deleted; from/to undefined when a side has no enum', async () => {
    const d = await diffFixture('enum');
    const params = Object.fromEntries(op(d, 'get', '/orders').parameters.map((p) => [p.name, p.schema!.enum]));
    expect(params.status).to.deep.equal({
      added: ['pending'],
      deleted: ['void'],
      from: ['open', 'closed', 'void'],
      to: ['open', 'closed', 'pending'],
    });
    expect(params.level).to.deep.equal({ added: [4], deleted: [], from: [1, 2, 3], to: [1, 2, 3, 4] });
    expect(params.kind).to.deep.equal({ added: [], deleted: [], from: undefined, to: ['x', 'y'] });
    expect(params.mode).to.deep.equal({ added: [], deleted: [], from: ['a', 'b'], to: undefined });
    expect(params).to.not.have.property('sort'); // reordered only
  });

  it('gives logical pointers and definition origins through $ref (also across files)', async () => {
    const d = await diffFixture('refs');
    const get = op(d, 'get', '/users/{id}');
    const param = get.parameters[0]!;
    expect(param.base!.pointer).to.equal('/paths/~1users~1{id}/get/parameters/0');
    expect(param.base!.origin).to.deep.equal({ file: 'refs/base.yaml', pointer: '/components/parameters/UserId' });
    expect(param.schema!.revision!.pointer).to.equal('/paths/~1users~1{id}/get/parameters/0/schema');
    expect(param.schema!.revision!.origin).to.deep.equal({
      file: 'refs/revision.yaml',
      pointer: '/components/parameters/UserId/schema',
    });

    const root = responseSchema(d, 'get', '/users/{id}')!;
    const P = '/paths/~1users~1{id}/get/responses/200/content/application~1json/schema';
    expect(root.base!.origin!.pointer).to.equal('/components/schemas/User');
    expect(root.revision!.origin!.pointer).to.equal('/components/schemas/Account');
    const email = root.properties!.modified.email!;
    expect(email.base!.pointer).to.equal(P + '/properties/email');
    expect(email.revision!.pointer).to.equal(P + '/properties/email');
    expect(email.base!.origin).to.deep.equal({
      file: 'refs/base.yaml',
      pointer: '/components/schemas/User/properties/email',
    });
    expect(email.revision!.origin).to.deep.equal({
      file: 'refs/revision.yaml',
      pointer: '/components/schemas/Account/properties/email',
    });
    expect(email.keywords.format).to.deep.equal({ from: undefined, to: 'email' });
    const zip = root.properties!.modified.address!.properties!.modified.zip!;
    expect(zip.revision!.pointer).to.equal(P + '/properties/address/properties/zip');
    expect(zip.revision!.origin).to.deep.equal({
      file: 'refs/revision-common.yaml',
      pointer: '/Address/properties/zip',
    });
    expect(zip.keywords.pattern).to.deep.equal({ from: undefined, to: '^[0-9]{5}$' });
  });

  it('matches oneOf members by $ref target, then structure, then position', async () => {
    const d = await diffFixture('oneof');
    const s = responseSchema(d, 'get', '/animals')!;
    const one = s.oneOf!;
    // Dog and Bird are different components: deleted + added, never "modified".
    expect(one.deleted.map((x) => x.origin!.pointer)).to.deep.equal(['/components/schemas/Dog']);
    expect(one.added.map((x) => x.origin!.pointer)).to.deep.equal(['/components/schemas/Bird']);
    // Modified, in revision order: string -> integer (position), Fish (similar inline), Cat (same $ref).
    const mods = one.modified.map((m) => [m.base!.pointer.split('/').pop(), m.revision!.pointer.split('/').pop()]);
    expect(mods).to.deep.equal([
      ['3', '0'],
      ['2', '1'],
      ['0', '3'],
    ]);
    expect(one.modified[0]!.type).to.deep.include({ from: ['string'], to: ['integer'] });
    expect(Object.keys(one.modified[1]!.properties!.added)).to.deep.equal(['gills']);
    expect(Object.keys(one.modified[2]!.properties!.added)).to.deep.equal(['purr']);
  });

  it('compares value keywords, bounds, required, additionalProperties and 2020-12 keywords', async () => {
    const d = await diffFixture('keywords');
    const s = requestSchema(d, 'post', '/k');
    expect(s.keywords).to.deep.equal({ title: { from: 'Thing', to: 'Thing v2' } });
    expect(s.required).to.deep.equal({ added: ['c'], deleted: ['b'] });
    expect(s.additionalPropertiesValue).to.deep.equal({ from: false, to: 'schema' });
    expect(s.additionalProperties!.kind).to.equal('added');
    const p = s.properties!.modified;
    expect(p.a!.keywords).to.deep.equal({
      format: { from: 'email', to: 'uri' },
      pattern: { from: '^a', to: '^b' },
      minLength: { from: 1, to: 2 },
    });
    expect(p.b!.keywords).to.deep.equal({
      minimum: { from: 0, to: undefined },
      maximum: { from: 100, to: 50 },
      exclusiveMinimum: { from: undefined, to: 0 },
    });
    expect(p.c!.keywords).to.deep.equal({ uniqueItems: { from: true, to: undefined } });
    expect(p.c!.items!.type!.to).to.deep.equal(['integer']);
    expect(p.d!.additionalPropertiesValue).to.deep.equal({ from: 'schema', to: false });
    expect(p.d!.additionalProperties!.kind).to.equal('deleted');
    expect(p.e!.keywords).to.deep.equal({
      readOnly: { from: true, to: undefined },
      writeOnly: { from: undefined, to: true },
      deprecated: { from: false, to: true },
      'x-extensible-enum': { from: ['p', 'q'], to: ['p', 'q', 'r'] },
    });
    expect(p.f!.keywords).to.deep.equal({ const: { from: 'fixed', to: 'other' } });
    expect(p.g!.keywords).to.deep.equal({ minContains: { from: 1, to: 2 } });
    expect(p.g!.contains!.type!.to).to.deep.equal(['integer']);
    expect(p.g!.prefixItems!.added.map((x) => x.pointer.split('/').pop())).to.deep.equal(['2']);
    expect(p.g!.prefixItems!.modified).to.have.length(1);
    expect(p.h!.if!.properties!.modified.kind!.keywords.const).to.deep.equal({ from: 'x', to: 'z' });
    expect(p.h!.then).to.equal(undefined);
    expect(p.h!.else!.required).to.deep.equal({ added: ['w'], deleted: [] });
    expect(p.i!.dependentRequired).to.deep.equal({
      added: { b: ['a'] },
      deleted: { a: ['b'] },
      modified: { card: { added: ['zip'], deleted: [] } },
    });
    expect(Object.keys(p.i!.patternProperties!.added)).to.deep.equal(['^y-']);
    expect(Object.keys(p.i!.patternProperties!.modified)).to.deep.equal(['^x-']);
    expect(p.i!.propertyNames!.keywords.maxLength).to.deep.equal({ from: 20, to: 30 });
    // Like its twin additionalProperties: a boolean change is a value change, not a subschema.
    expect(p.i!.unevaluatedPropertiesValue).to.deep.equal({ from: false, to: undefined });
    expect(p.i!.unevaluatedProperties).to.equal(undefined);
    expect(p.i!.other).to.deep.equal({ 'x-internal': { from: true, to: false } });
    expect(p.j!.keywords).to.deep.equal({ contentMediaType: { from: 'application/json', to: 'application/xml' } });
    expect(p.j!.contentSchema!.type!.to).to.deep.equal(['array']);
  });

  it('treats a property defined in both the schema and an allOf member as one merged property', async () => {
    const base = doc31(
      `{ allOf: [{ properties: { kind: { type: string } } }, { properties: { kind: { enum: [cat] } } }] }`,
    );
    const same = doc31(
      `{ properties: { kind: { type: string } }, allOf: [{ properties: { kind: { enum: [cat] } } }] }`,
    );
    const changed = doc31(
      `{ allOf: [{ properties: { kind: { type: string } } }, { properties: { kind: { enum: [cat, dog] } } }] }`,
    );
    const d1 = await diffYaml(base, changed);
    const kind = requestSchema(d1, 'post', '/x').properties!.modified.kind!;
    // The merged property is compared through its definitions: the enum change is found.
    expect(kind.allOf!.modified[0]!.enum!.added).to.deep.equal(['dog']);
    // Moving one definition from allOf into the own properties is not a property change.
    const d2 = await diffYaml(base, same);
    const s2 = op(d2, 'post', '/x').requestBody?.content[0]?.schema;
    expect(s2?.properties).to.equal(undefined);
  });

  it('counts a property restated with the same content in several allOf members once', async () => {
    const member = (name: string) => `{ title: ${name}, type: object, properties: { name: { type: string } } }`;
    const d = await diffYaml(
      doc31(`{ allOf: [${member('Dog')}, ${member('Cat')}] }`),
      doc31(`{ allOf: [${member('Dog')}, ${member('Cat')}, ${member('Rabbit')}] }`),
    );
    const s = requestSchema(d, 'post', '/x');
    expect(s.properties).to.equal(undefined);
    expect(s.allOf!.added.map((x) => x.node.title)).to.deep.equal(['Rabbit']);
    expect(s.allOf!.modified).to.deep.equal([]);
  });

  it('compares boolean schemas (3.1) as schemas', async () => {
    const d = await diffYaml(doc31(`{ type: array, items: true }`), doc31(`{ type: array, items: { type: string } }`));
    const items = requestSchema(d, 'post', '/x').items!;
    expect(items.kind).to.equal('modified');
    expect(items.type).to.deep.equal({ added: ['string'], deleted: [], from: [], to: ['string'] });
  });

  it('reports unknown keywords and extensions in other', async () => {
    const d = await diffYaml(
      doc31(`{ type: object, xml: { name: a }, x-go-type: A }`),
      doc31(`{ type: object, xml: { name: b } }`),
    );
    expect(requestSchema(d, 'post', '/x').other).to.deep.equal({
      'x-go-type': { from: 'A', to: undefined },
      xml: { from: { name: 'a' }, to: { name: 'b' } },
    });
  });
});

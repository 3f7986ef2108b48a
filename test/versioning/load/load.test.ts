import { expect } from 'chai';
import { loadSpec } from '../../../versioning/load/index.ts';
import type { LoadedSpec, SchemaObject } from '../../../versioning/model.ts';
import { fixture, lineOf, ROOT } from './helpers.ts';

const load = (name: string): Promise<LoadedSpec> => loadSpec(fixture(name), { cwd: ROOT });

/** Shorthand for deep property access in assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions walk untyped document trees
type Loose = any;

describe('load: YAML, OpenAPI 3.0', () => {
  let spec: LoadedSpec;
  let doc: Loose;
  before(async () => {
    spec = await load('petstore-30.yaml');
    doc = spec.document;
  });

  it('names the input, the file and the dialect', () => {
    expect(spec.source).to.equal('test/fixtures/load/petstore-30.yaml');
    expect(spec.file).to.equal('test/fixtures/load/petstore-30.yaml');
    expect(spec.dialect).to.equal('3.0');
    expect(doc.info.version).to.equal('1.2.0');
  });

  it('replaces $refs by the same target object everywhere', () => {
    const pet = doc.components.schemas.Pet;
    expect(doc.paths['/pets/{petId}'].get.responses['200'].content['application/json'].schema).to.equal(pet);
    expect(doc.components.responses.PetList.content['application/json'].schema.items).to.equal(pet);
    expect(doc.paths['/pets'].get.responses['200']).to.equal(doc.components.responses.PetList);
    expect(doc.paths['/pets'].parameters[0]).to.equal(doc.components.parameters.Limit);
    expect(doc.paths['/pets'].get.responses.default.content['application/json'].schema).to.equal(
      doc.components.schemas.Error,
    );
    expect(pet.properties.tags.items).to.equal(doc.components.schemas.Tag);
  });

  it('makes recursive schemas cyclic', () => {
    const pet = doc.components.schemas.Pet;
    expect(pet.properties.parent).to.equal(pet);
    expect(pet.properties.parent.properties.parent.properties.id).to.deep.equal({ type: 'integer' });
  });

  it('ignores $ref siblings in 3.0', () => {
    const schema = doc.paths['/pets/{petId}'].get.responses['200'].content['application/json'].schema as SchemaObject;
    expect(schema.description).to.equal(undefined);
    expect(schema).to.not.have.property('$ref');
  });

  it('treats property names as names, not keywords', () => {
    const pet = doc.components.schemas.Pet;
    expect(pet.properties.example).to.equal(doc.components.schemas.Tag);
    expect(pet.properties.default).to.deep.equal({ type: 'string' });
  });

  it('resolves Example Objects but leaves values, enums, defaults and extensions alone', () => {
    const media = doc.paths['/pets/{petId}'].get.responses['200'].content['application/json'];
    expect(media.example.owner).to.deep.equal({ $ref: 'https://example.com/not-a-reference' });
    expect(media.examples.cat).to.equal(doc.components.examples.Cat);
    expect(media.examples.cat.value.friends[0]).to.deep.equal({ $ref: 'http://example.com/pets/3' });
    expect(doc.components.parameters.Limit.schema.default).to.deep.equal({ $ref: '#/not/a/reference' });
    expect(doc.components.schemas.Pet.example.nested).to.deep.equal({ $ref: '#/components/schemas/DoesNotExist' });
    expect(doc.components.schemas.Pet['x-internal']).to.deep.equal({ $ref: 'https://example.com/extension' });
    expect(doc.components.schemas.Tag.enum[1]).to.deep.equal({ $ref: 'enum value, not a reference' });
  });

  it('gives origins and line/column for nodes, targets and inline nodes', () => {
    const file = 'test/fixtures/load/petstore-30.yaml';
    const pet = doc.components.schemas.Pet;
    expect(spec.originOf(pet)).to.deep.equal({ file, pointer: '/components/schemas/Pet' });
    expect(spec.locate(spec.originOf(pet)!)).to.deep.equal({
      file,
      line: lineOf('petstore-30.yaml', /^ {4}Pet:/),
      column: 5,
    });

    const viaRef = doc.paths['/pets/{petId}'].get.responses['200'].content['application/json'].schema;
    expect(spec.originOf(viaRef)).to.deep.equal({ file, pointer: '/components/schemas/Pet' });

    const param = doc.paths['/pets/{petId}'].get.parameters[0];
    const origin = spec.originOf(param)!;
    expect(origin.pointer).to.equal('/paths/~1pets~1{petId}/get/parameters/0');
    expect(spec.locate(origin).line).to.equal(lineOf('petstore-30.yaml', /- name: petId/));

    const operation = doc.paths['/pets'].get;
    expect(spec.locate(spec.originOf(operation)!)).to.deep.equal({
      file,
      line: lineOf('petstore-30.yaml', /^ {4}get:/),
      column: 5,
    });
  });

  it('locates the nearest existing ancestor of a missing pointer', () => {
    const file = 'test/fixtures/load/petstore-30.yaml';
    const location = spec.locate({ file, pointer: '/components/schemas/Pet/properties/nothing/deeper' });
    const petLine = lineOf('petstore-30.yaml', /^ {4}Pet:/);
    expect(location.line).to.equal(petLine + 3); // `properties:` under Pet
    expect(spec.locate({ file, pointer: '' })).to.deep.equal({ file, line: 1, column: 1 });
    expect(spec.locate({ file: 'unknown.yaml', pointer: '/x' })).to.deep.equal({
      file: 'unknown.yaml',
      line: 1,
      column: 1,
    });
  });

  it('raw() is a fresh parse with $refs untouched', () => {
    const a = spec.raw() as Loose;
    const b = spec.raw() as Loose;
    expect(a).to.not.equal(b);
    expect(a.components.schemas.Pet.properties.parent).to.deep.equal({ $ref: '#/components/schemas/Pet' });
    a.info.title = 'changed';
    expect(b.info.title).to.equal('Petstore');
    expect(spec.document.info.title).to.equal('Petstore');
    expect(JSON.stringify(a)).to.be.a('string');
  });
});

describe('load: JSON, OpenAPI 3.1', () => {
  let spec: LoadedSpec;
  let doc: Loose;
  before(async () => {
    spec = await load('petstore-31.json');
    doc = spec.document;
  });

  it('reads the dialect', () => {
    expect(spec.dialect).to.equal('3.1');
  });

  it('lets summary/description siblings override a Reference Object target', () => {
    const response = doc.paths['/pets'].get.responses['200'];
    const target = doc.components.responses.PetList;
    expect(response.description).to.equal('overridden description');
    expect(target.description).to.equal('original description');
    expect(response.content).to.equal(target.content);
    expect(spec.originOf(response)).to.deep.equal(spec.originOf(target));
  });

  it('lays annotation-only schema siblings over the target', () => {
    const named = doc.components.schemas.NamedPet;
    const pet = doc.components.schemas.Pet;
    expect(named).to.not.equal(pet);
    expect(named.description).to.equal('a pet with a name');
    expect(pet.description).to.equal(undefined);
    expect(named.type).to.equal('object');
    expect(named.properties).to.equal(pet.properties);
    expect(doc.components.responses.PetList.content['application/json'].schema.items).to.equal(named);
  });

  it('applies other schema siblings together with the target through allOf', () => {
    const schema = doc.paths['/pets'].post.requestBody.content['application/json'].schema;
    expect(schema).to.not.have.property('$ref');
    expect(schema.allOf).to.have.length(1);
    expect(schema.allOf[0]).to.equal(doc.components.schemas.Pet);
    expect(schema.required).to.deep.equal(['name']);
    expect(schema.properties.extra).to.deep.equal({ type: 'boolean' });
    expect(spec.originOf(schema)!.pointer).to.equal('/paths/~1pets/post/requestBody/content/application~1json/schema');
  });

  it('resolves webhooks and components.pathItems, keeps boolean schemas and schema examples', () => {
    const pet = doc.components.schemas.Pet;
    expect(doc.webhooks.newPet).to.equal(doc.components.pathItems.NewPet);
    expect(doc.webhooks.newPet.post.requestBody.content['application/json'].schema).to.equal(pet);
    expect(pet.properties.anything).to.equal(true);
    expect(pet.properties.children.items).to.equal(pet);
    expect(pet.examples[0]).to.deep.equal({ id: 1, $ref: '#/components/schemas/Nope' });
    expect(pet.const).to.equal(null);
  });

  it('locates nodes in JSON text', () => {
    const file = 'test/fixtures/load/petstore-31.json';
    const pet = doc.components.schemas.Pet;
    expect(spec.locate(spec.originOf(pet)!)).to.deep.equal({
      file,
      line: lineOf('petstore-31.json', /^ {6}"Pet": \{/),
      column: 7,
    });
    const children = pet.properties.children;
    expect(spec.locate(spec.originOf(children)!).line).to.equal(lineOf('petstore-31.json', /"children":/));
    expect(spec.locate({ file, pointer: '/paths/~1pets/post/responses/201/description' }).line).to.equal(
      lineOf('petstore-31.json', /"201":/),
    );
  });
});

describe('load: relative $refs across files', () => {
  let spec: LoadedSpec;
  let doc: Loose;
  before(async () => {
    spec = await load('multi/openapi.yaml');
    doc = spec.document;
  });

  it('resolves refs to other files, relative to the file that holds them', () => {
    const user = doc.components.schemas.User;
    expect(doc.paths['/users/{id}'].get.responses['200'].content['application/json'].schema).to.equal(user);
    expect(doc.paths['/users'].get.responses['200'].content['application/json'].schema.items).to.equal(user);
    expect(user.properties.manager).to.equal(user);
    expect(user.properties.address.properties.city).to.deep.equal({ type: 'string' });
    expect(doc.paths['/users/{id}'].get.parameters[0].name).to.equal('id');
    expect(
      doc.paths['/users/{id}'].get.responses['404'].content['application/json'].schema.properties.title,
    ).to.deep.equal({ type: 'string' });
  });

  it('keeps the file and line of nodes from each file', () => {
    const user = doc.components.schemas.User;
    const userFile = 'test/fixtures/load/multi/schemas/user.yaml';
    expect(spec.originOf(user)).to.deep.equal({ file: userFile, pointer: '/User' });
    expect(spec.locate(spec.originOf(user)!)).to.deep.equal({
      file: userFile,
      line: lineOf('multi/schemas/user.yaml', /^User:/),
      column: 1,
    });
    expect(spec.locate(spec.originOf(user.properties.name)!).line).to.equal(
      lineOf('multi/schemas/user.yaml', /^ {4}name:/),
    );

    const addressFile = 'test/fixtures/load/multi/schemas/nested/address.json';
    const address = user.properties.address;
    expect(spec.originOf(address)).to.deep.equal({ file: addressFile, pointer: '' });
    expect(spec.locate(spec.originOf(address.properties.city)!)).to.deep.equal({
      file: addressFile,
      line: lineOf('multi/schemas/nested/address.json', /"city"/),
      column: 5,
    });

    const commonFile = 'test/fixtures/load/multi/common.yaml';
    const parameter = doc.paths['/users/{id}'].get.parameters[0];
    expect(spec.originOf(parameter)).to.deep.equal({ file: commonFile, pointer: '/parameters/Id' });
    expect(spec.locate(spec.originOf(parameter)!).line).to.equal(lineOf('multi/common.yaml', /^ {2}Id:/));
    const problem = doc.paths['/users/{id}'].get.responses['404'].content['application/json'].schema;
    expect(spec.originOf(problem)).to.deep.equal({ file: commonFile, pointer: '/schemas/Problem' });
    expect(spec.locate(spec.originOf(problem)!).line).to.equal(lineOf('multi/common.yaml', /^ {2}Problem:/));

    const rootFile = 'test/fixtures/load/multi/openapi.yaml';
    expect(spec.locate(spec.originOf(doc.paths['/users'])!)).to.deep.equal({
      file: rootFile,
      line: lineOf('multi/openapi.yaml', /^ {2}\/users:/),
      column: 3,
    });
  });
});

describe('load: YAML anchors and merge keys', () => {
  it('expands modest aliases and merge keys, and locates through them', async () => {
    const spec = await load('anchors.yaml');
    const doc: Loose = spec.document;
    expect(doc.paths['/b'].get.responses['200']).to.deep.equal({ description: 'ok' });
    expect(doc.components.schemas.Derived).to.deep.equal({
      type: 'object',
      properties: { id: { type: 'string' } },
      description: 'merged',
    });
    const location = spec.locate({ file: spec.file, pointer: '/components/schemas/Derived/properties/id' });
    expect(location.line).to.equal(lineOf('anchors.yaml', /^ {8}id:/));
  });
});

import { expect } from 'chai';
import { loadOpenApiDocument } from '../../provider/spec.ts';
import { specValidator } from './support/spec-schemas.ts';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Resolve a local `#/...` $ref inside the document (one level; refs to refs are followed). */
function deref(doc: Json, node: unknown): Json {
  let current = node as Json;
  for (let i = 0; i < 10 && typeof current?.$ref === 'string'; i++) {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce<unknown>((acc, key) => (acc as Json)[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc) as Json;
  }
  return current;
}

/** Every JSON pointer of a media type object (with a schema) in the document: request bodies, responses. */
function mediaTypes(doc: Json): Array<{ where: string; pointer: string; media: Json }> {
  const found: Array<{ where: string; pointer: string; media: Json }> = [];
  const visitContent = (content: unknown, pointer: string, where: string) => {
    for (const [type, media] of Object.entries((content ?? {}) as Json)) {
      const escaped = type.replace(/~/g, '~0').replace(/\//g, '~1');
      found.push({ where: `${where} ${type}`, pointer: `${pointer}/content/${escaped}`, media: media as Json });
    }
  };
  for (const [name, response] of Object.entries(((doc.components as Json).responses ?? {}) as Json)) {
    visitContent((response as Json).content, `/components/responses/${name}`, `components.responses.${name}`);
  }
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    const escapedPath = path.replace(/~/g, '~0').replace(/\//g, '~1');
    for (const method of METHODS) {
      const op = (item as Json)[method] as Json | undefined;
      if (!op) continue;
      const base = `/paths/${escapedPath}/${method}`;
      const body = op.requestBody as Json | undefined;
      if (body && !body.$ref)
        visitContent(body.content, `${base}/requestBody`, `${method.toUpperCase()} ${path} request`);
      for (const [status, response] of Object.entries((op.responses ?? {}) as Json)) {
        if (!(response as Json).$ref)
          visitContent(
            (response as Json).content,
            `${base}/responses/${status}`,
            `${method.toUpperCase()} ${path} ${status}`,
          );
      }
    }
  }
  return found;
}

describe('provider/openapi.yaml (contract of record)', () => {
  const doc = loadOpenApiDocument() as unknown as Json;

  it('is OpenAPI 3.1 with a unique operationId on every operation', () => {
    expect(doc.openapi).to.match(/^3\.1\./);
    const ids: string[] = [];
    for (const item of Object.values(doc.paths as Json)) {
      for (const method of METHODS) {
        const op = (item as Json)[method] as Json | undefined;
        if (op) ids.push(op.operationId as string);
      }
    }
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).to.equal(true);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.include.members([
      'processData',
      'listUsers',
      'createUser',
      'getUser',
      'replaceUser',
      'deleteUser',
      'getOpenApiDocument',
    ]);
  });

  it('documents every error as application/problem+json with the Problem schema (or allOf it)', () => {
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      for (const method of METHODS) {
        const op = (item as Json)[method] as Json | undefined;
        if (!op) continue;
        for (const [status, response] of Object.entries(op.responses as Json)) {
          if (Number(status) < 400) continue;
          const content = deref(doc, response).content as Json;
          expect(Object.keys(content), `${method} ${path} ${status}`).to.deep.equal(['application/problem+json']);
          // The Problem schema itself, or (validation problems) Problem with more required members.
          const schema = (content['application/problem+json'] as Json).schema as Json;
          const problem = { $ref: '#/components/schemas/Problem' };
          if ('allOf' in schema)
            expect((schema.allOf as Json[])[0], `${method} ${path} ${status}`).to.deep.equal(problem);
          else expect(schema, `${method} ${path} ${status}`).to.deep.equal(problem);
        }
      }
    }
  });

  it('has examples, and every example matches its schema', () => {
    const checked: string[] = [];
    for (const { where, pointer, media } of mediaTypes(doc)) {
      if (!media.schema) continue;
      const validate = specValidator(`${pointer}/schema`);
      const examples: Array<[string, unknown]> = [];
      if ('example' in media) examples.push(['example', media.example]);
      for (const [name, example] of Object.entries((media.examples ?? {}) as Json))
        examples.push([name, deref(doc, example).value]);
      for (const [name, value] of examples) {
        const ok = validate(value);
        expect(ok, `${where} example "${name}": ${JSON.stringify(validate.errors)}`).to.equal(true);
        checked.push(`${where} ${name}`);
      }
    }
    expect(checked.length).to.be.at.least(8);
  });

  it('declares the ETag, Location, Allow and Retry-After headers where the service sends them', () => {
    const op = (path: string, method: string) => ((doc.paths as Json)[path] as Json)[method] as Json;
    const headers = (response: unknown) => Object.keys((deref(doc, response).headers ?? {}) as Json);
    const responses = (path: string, method: string) => op(path, method).responses as Json;
    expect(headers(responses('/users/{id}', 'get')['200'])).to.include('ETag');
    expect(headers(responses('/users/{id}', 'get')['304'])).to.include('ETag');
    expect(headers(responses('/users', 'post')['201'])).to.include.members(['Location', 'ETag']);
    expect(headers(responses('/users/{id}', 'put')['200'])).to.include('ETag');
    expect(headers(responses('/users', 'get')['503'])).to.include('Retry-After');
    expect(headers((doc.components as Json & { responses: Json }).responses.MethodNotAllowed)).to.include('Allow');
  });
});

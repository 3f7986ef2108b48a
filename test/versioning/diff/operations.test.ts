import { expect } from 'chai';
import { diffFixture, diffYaml, op } from './helpers.ts';

describe('diff: paths and operations', () => {
  it('matches operations across a renamed path parameter and records the rename', async () => {
    const d = await diffFixture('renamed-path-param');
    // The renamed template is not a path added + deleted; only the genuinely new path is.
    expect(d.paths.map((p) => [p.kind, p.path])).to.deep.equal([['added', '/users/{id}/comments']]);
    const get = op(d, 'get', '/users/{userId}');
    expect(get.kind).to.equal('modified');
    expect(get.key).to.equal('GET /users/{}');
    expect(get.basePath).to.equal('/users/{id}');
    expect(get.revisionPath).to.equal('/users/{userId}');
    expect(get.renamedPathParameters).to.deep.equal({ id: 'userId' });
    // The path parameter `id` matched `userId`: only the rename, so no parameter diff.
    expect(get.parameters).to.deep.equal([]);
    const del = op(d, 'delete', '/users/{userId}');
    expect(del.parameters).to.have.length(1);
    expect(del.parameters[0]).to.include({ in: 'path', name: 'userId', kind: 'modified' });
    expect(del.parameters[0]!.schema!.keywords.format).to.deep.equal({ from: undefined, to: 'uuid' });
    expect(del.parameters[0]!.base!.pointer).to.equal('/paths/~1users~1{id}/delete/parameters/0');
    expect(del.parameters[0]!.revision!.pointer).to.equal('/paths/~1users~1{userId}/delete/parameters/0');
    // Unchanged operation (same template, same content) is absent.
    expect(d.operations.find((o) => o.path === '/users/{id}/posts/{postId}')).to.equal(undefined);
    expect(op(d, 'get', '/users/{id}/comments').kind).to.equal('added');
  });

  it('merges path-level parameters, with operation-level ones overriding them', async () => {
    const d = await diffFixture('path-level-params');
    // GET: `limit` moved from the path item into the operation and its maximum changed: one modified parameter.
    const get = op(d, 'get', '/items');
    expect(get.parameters.map((p) => [p.in, p.name, p.kind])).to.deep.equal([['query', 'limit', 'modified']]);
    const limit = get.parameters[0]!;
    expect(limit.base!.pointer).to.equal('/paths/~1items/parameters/0');
    expect(limit.revision!.pointer).to.equal('/paths/~1items/get/parameters/0');
    expect(limit.schema!.keywords.maximum).to.deep.equal({ from: 100, to: 50 });
    // POST overrode `limit` on both sides with the same definition: the path-level change does not leak in.
    expect(d.operations.find((o) => o.method === 'post')).to.equal(undefined);
  });

  it('matches header parameters and response headers case-insensitively', async () => {
    const d = await diffFixture('header-case');
    const get = op(d, 'get', '/ping');
    // X-Request-Id -> x-request-id is the same header; Trace -> trace is a different query parameter.
    expect(get.parameters.map((p) => [p.in, p.name, p.kind])).to.deep.equal([
      ['query', 'Trace', 'deleted'],
      ['query', 'trace', 'added'],
    ]);
    const headers = get.responses[0]!.headers;
    expect(headers.map((h) => [h.name, h.kind])).to.deep.equal([['x-rate-limit', 'modified']]);
    expect(headers[0]!.base!.pointer).to.equal('/paths/~1ping/get/responses/200/headers/X-Rate-Limit');
    expect(headers[0]!.revision!.pointer).to.equal('/paths/~1ping/get/responses/200/headers/x-rate-limit');
    expect(headers[0]!.schema!.type).to.deep.equal({
      added: ['string'],
      deleted: ['integer'],
      from: ['integer'],
      to: ['string'],
    });
  });

  it(
    'reports operation fields, parameter fields, request body fields, ' + 'added/deleted paths and documentation',
    async () => {
      const d = await diffFixture('operation');
      expect(d.paths.map((p) => [p.kind, p.path])).to.deep.equal([
        ['added', '/new'],
        ['deleted', '/old'],
      ]);
      // Sorted by path, then method order (get, put, post, delete, ...).
      expect(d.operations.map((o) => `${o.kind} ${o.method} ${o.path}`)).to.deep.equal([
        'added get /new',
        'deleted get /old',
        'deleted put /old',
        'modified get /things',
        'modified post /things',
        'added delete /things',
      ]);
      const get = op(d, 'get', '/things');
      expect(get.fields).to.deep.equal({
        deprecated: { from: undefined, to: true },
        operationId: { from: 'listThings', to: 'getThings' },
        tags: { from: ['things'], to: ['things', 'beta'] },
        'x-stability-level': { from: undefined, to: 'beta' },
        'x-sunset': { from: undefined, to: '2030-01-01' },
      });
      expect(get.parameters.map((p) => `${p.kind} ${p.in} ${p.name}`)).to.deep.equal([
        'deleted query gone',
        'modified query q',
        'added cookie added',
      ]);
      expect(get.parameters[1]!.fields).to.deep.equal({
        explode: { from: undefined, to: false },
        required: { from: false, to: true },
        style: { from: undefined, to: 'form' },
      });
      expect(get.responses).to.deep.equal([]);
      const post = op(d, 'post', '/things');
      expect(post.requestBody!.kind).to.equal('modified');
      expect(post.requestBody!.fields).to.deep.equal({ required: { from: false, to: true } });
      expect(post.requestBody!.content).to.deep.equal([]);
      expect(d.info).to.deep.equal({
        description: { from: 'first', to: 'second' },
        version: { from: '1.0.0', to: '2.0.0' },
      });
      expect(d.other).to.deep.equal({
        '/paths/~1things/summary': { from: 'Things', to: 'All things' },
        '/servers': { from: [{ url: 'https://api.example.com/v1' }], to: [{ url: 'https://api.example.com/v2' }] },
      });
    },
  );

  it('compares webhooks by name', async () => {
    const d = await diffFixture('webhooks');
    // newPet: its Pet schema gained a property; samePet: $ref to an identical schema under another name.
    expect(d.webhooks.map((w) => [w.name, w.kind])).to.deep.equal([
      ['newPet', 'modified'],
      ['oldPet', 'deleted'],
      ['petGone', 'added'],
    ]);
    expect(d.webhooks[0]!.revision!.pointer).to.equal('/webhooks/newPet');
    expect(d.operations).to.deep.equal([]);
  });

  it('is deterministic: the same inputs give the same order', async () => {
    const a = await diffFixture('operation');
    const b = await diffFixture('operation');
    expect(a.operations.map((o) => o.key + o.kind)).to.deep.equal(b.operations.map((o) => o.key + o.kind));
  });

  it('pairs colliding templates (same erased form) by exact text first', async () => {
    const doc = (paths: string) => `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n${paths}`;
    const d = await diffYaml(
      doc(
        `  /a/{x}:\n    get: { responses: { '200': { description: one ` +
          `} } }\n  /a/{y}:\n    get: { responses: { '200': { description: ` +
          `two } } }\n`,
      ),
      doc(
        `  /a/{y}:\n    get: { responses: { '200': { description: two ` +
          `} } }\n  /a/{x}:\n    get: { responses: { '200': { description: ` +
          `one } } }\n`,
      ),
    );
    expect(d.operations).to.deep.equal([]);
    expect(d.paths).to.deep.equal([]);
  });
});

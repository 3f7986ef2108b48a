import { expect } from 'chai';
import { matchMediaTypes } from '../../../versioning/diff/index.ts';
import { diffFixture, op } from './helpers.ts';

describe('diff: media types and responses', () => {
  it(
    'matches media types exactly first, then by essence, then by an ' + 'unambiguous wildcard/suffix fallback',
    async () => {
      const d = await diffFixture('media-types');
      const content = (method: string, path: string) => {
        const o = op(d, method, path);
        return (o.requestBody?.content ?? o.responses[0]!.content).map((m) => [
          m.kind,
          m.mediaType,
          m.fields.mediaType?.from,
        ]);
      };
      // application/json -> application/*: the one candidate on each side.
      expect(content('post', '/wild')).to.deep.equal([['modified', 'application/*', 'application/json']]);
      // application/problem+json -> application/json: structured suffix; the schema change is compared.
      expect(content('get', '/problem')).to.deep.equal([['modified', 'application/json', 'application/problem+json']]);
      expect(op(d, 'get', '/problem').responses[0]!.content[0]!.schema!.required).to.deep.equal({
        added: ['title'],
        deleted: [],
      });
      // Two base types could be application/*: ambiguous, so added + deleted.
      expect(content('get', '/ambiguous')).to.deep.equal([
        ['added', 'application/*', undefined],
        ['deleted', 'application/json', undefined],
        ['deleted', 'application/xml', undefined],
      ]);
      // Exact matches win over the wildcard.
      expect(content('get', '/exact')).to.deep.equal([['modified', 'application/json', undefined]]);
      // Parameters do not prevent a match.
      expect(content('get', '/charset')).to.deep.equal([
        ['modified', 'application/json', 'application/json; charset=utf-8'],
      ]);
    },
  );

  it('matchMediaTypes is conservative', () => {
    expect(matchMediaTypes(['text/plain'], ['application/json'])).to.deep.equal([]);
    expect(matchMediaTypes(['application/vnd.api+json'], ['application/problem+json'])).to.deep.equal([]);
    expect(matchMediaTypes(['Application/JSON'], ['application/json'])).to.deep.equal([
      ['Application/JSON', 'application/json'],
    ]);
    expect(matchMediaTypes(['*/*'], ['application/json'])).to.deep.equal([['*/*', 'application/json']]);
    expect(matchMediaTypes(['*/*'], ['application/json', 'text/plain'])).to.deep.equal([]);
  });

  it('matches responses by status as written: 2XX, default; 200 and 2XX stay distinct', async () => {
    const d = await diffFixture('statuses');
    const responses = op(d, 'get', '/things').responses;
    // 2xx -> 2XX is the same range (unchanged, absent); 200 was deleted, not merged into 2XX.
    expect(responses.map((r) => [r.status, r.kind])).to.deep.equal([
      ['200', 'deleted'],
      ['201', 'added'],
      ['4XX', 'added'],
      ['default', 'modified'],
    ]);
    expect(responses[3]!.fields).to.deep.equal({ description: { from: 'error', to: 'an error' } });
    expect(responses[3]!.revision!.pointer).to.equal('/paths/~1things/get/responses/default');
  });
});

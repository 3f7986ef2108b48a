import { expect } from 'chai';
import { diffFixture, op } from './helpers.ts';

describe('diff: security', () => {
  it('compares global and effective operation security, scopes, and security schemes', async () => {
    const d = await diffFixture('security');
    expect(d.security).to.deep.equal({ added: ['apiKey AND oauth'], deleted: ['apiKey'], scopes: [] });
    // /inherit has no own security: the global change applies to it.
    expect(op(d, 'get', '/inherit').security).to.deep.equal({
      added: ['apiKey AND oauth'],
      deleted: ['apiKey'],
      scopes: [],
    });
    // /oauth has its own: scopes changed within the `oauth` alternative, the global change does not apply.
    expect(op(d, 'get', '/oauth').security).to.deep.equal({
      added: [],
      deleted: [],
      scopes: [{ requirement: 'oauth', scheme: 'oauth', added: ['admin'], deleted: ['write'] }],
    });
    // /public opts out (security: []) on both sides: unchanged.
    expect(d.operations.find((o) => o.path === '/public')).to.equal(undefined);

    expect(d.securitySchemes.map((s) => [s.name, s.kind])).to.deep.equal([
      ['basic', 'deleted'],
      ['bearer', 'added'],
      ['oauth', 'modified'],
    ]);
    const oauth = d.securitySchemes[2]!;
    expect(Object.keys(oauth.fields)).to.deep.equal([
      'flows.authorizationCode.scopes',
      'flows.authorizationCode.tokenUrl',
    ]);
    expect(oauth.base!.pointer).to.equal('/components/securitySchemes/oauth');
  });
});

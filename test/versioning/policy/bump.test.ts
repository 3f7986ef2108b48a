import { expect } from 'chai';
import { changeBump, maxBump, rawBump, recommendBump } from '../../../versioning/policy/bump.ts';
import type { Bump, Change } from '../../../versioning/model.ts';
import { actionOf, change } from './helpers.ts';

describe('policy: recommendBump', () => {
  const table: Array<{ name: string; given: Change[]; base?: unknown; want: Bump }> = [
    { name: 'identical documents need nothing', given: [], base: '1.2.3', want: 'none' },
    {
      name: 'documentation only needs a patch',
      given: [change('operation-description-changed'), change('info-title-changed', { operation: undefined })],
      base: '1.2.3',
      want: 'patch',
    },
    {
      name: 'an addition needs a minor',
      given: [change('endpoint-added'), change('info-title-changed')],
      base: '1.2.3',
      want: 'minor',
    },
    {
      name: 'a non-breaking change (warning) needs a minor',
      given: [change('endpoint-deprecated')],
      base: '1.2.3',
      want: 'minor',
    },
    {
      name: 'a non-breaking removal needs a minor',
      given: [change('request-parameter-removed')],
      base: '1.2.3',
      want: 'minor',
    },
    {
      name: 'a breaking change needs a major',
      given: [change('endpoint-added'), change('response-property-removed')],
      base: '1.2.3',
      want: 'major',
    },
    {
      name: 'below 1.0.0 a breaking change needs a minor',
      given: [change('response-property-removed')],
      base: '0.4.1',
      want: 'minor',
    },
    {
      name: 'below 1.0.0 (coerced v0.4) a breaking change needs a minor',
      given: [change('response-property-removed')],
      base: 'v0.4',
      want: 'minor',
    },
    {
      name: 'below 1.0.0 a prerelease base counts too',
      given: [change('response-property-removed')],
      base: '0.9.0-rc.1',
      want: 'minor',
    },
    {
      name: 'below 1.0.0 documentation still needs a patch',
      given: [change('operation-description-changed')],
      base: '0.4.1',
      want: 'patch',
    },
    {
      name: 'a non-semver base gets no 0.x adjustment',
      given: [change('response-property-removed')],
      base: '2022-04-12',
      want: 'major',
    },
    {
      name: 'without a base version a break needs a major',
      given: [change('response-property-removed')],
      want: 'major',
    },
    {
      name: 'an accepted break counts by its action (remove -> minor)',
      given: [change('response-property-removed', { accepted: { reason: 'ok' } })],
      base: '1.2.3',
      want: 'minor',
    },
    {
      name: 'a break downgraded to warning by config needs a minor',
      given: [change('response-property-removed', { level: 'warning' })],
      base: '1.2.3',
      want: 'minor',
    },
    {
      name: 'an info change upgraded to breaking needs a major',
      given: [change('endpoint-added', { level: 'breaking' })],
      base: '1.2.3',
      want: 'major',
    },
  ];
  for (const t of table) {
    it(t.name, () => {
      expect(recommendBump(t.given, actionOf, t.base)).to.equal(t.want);
    });
  }

  it('a documentation rule that is breaking still needs a major (level first)', () => {
    expect(changeBump(change('operation-description-changed', { level: 'breaking' }), actionOf)).to.equal('major');
  });

  it('refuses a change whose rule has no action (a registry bug, not a silent patch)', () => {
    expect(() => rawBump([{ id: 'nope', level: 'info' }], actionOf)).to.throw(/no action known for rule nope/);
  });

  it('maxBump orders none < patch < minor < major', () => {
    expect(maxBump('patch', 'minor')).to.equal('minor');
    expect(maxBump('major', 'none')).to.equal('major');
    expect(maxBump('none', 'none')).to.equal('none');
  });
});

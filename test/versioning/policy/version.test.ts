import { expect } from 'chai';
import type { Change, VersionCheck } from '../../../versioning/model.ts';
import { checkVersion, isVersionCheckSkipped } from '../../../versioning/policy/version.ts';
import { parseVersion } from '../../../versioning/policy/version-parse.ts';
import { actionOf, change } from './helpers.ts';

const breaking = (n: number): Change[] =>
  Array.from({ length: n }, (_, i) => change('response-property-removed', { pointer: `/p${i}` }));

describe('policy: checkVersion', () => {
  const table: Array<{ name: string; base: unknown; revision: unknown; changes: Change[]; want: VersionCheck }> = [
    {
      name: 'two breaking changes without a major bump',
      base: '2.5.0',
      revision: '2.5.0',
      changes: breaking(2),
      want: {
        base: '2.5.0',
        revision: '2.5.0',
        required: '3.0.0',
        ok: false,
        message: '2 breaking changes need 3.0.0; info.version is 2.5.0',
      },
    },
    {
      name: 'one breaking change with only a minor bump',
      base: '2.5.0',
      revision: '2.6.0',
      changes: breaking(1),
      want: {
        base: '2.5.0',
        revision: '2.6.0',
        required: '3.0.0',
        ok: false,
        message: '1 breaking change needs 3.0.0; info.version is 2.6.0',
      },
    },
    {
      name: 'a major bump satisfies a break',
      base: '2.5.0',
      revision: '3.0.0',
      changes: breaking(1),
      want: { base: '2.5.0', revision: '3.0.0', required: '3.0.0', ok: true },
    },
    {
      name: 'more than needed is fine',
      base: '2.5.0',
      revision: '4.1.0',
      changes: breaking(1),
      want: { base: '2.5.0', revision: '4.1.0', required: '3.0.0', ok: true },
    },
    {
      name: 'a prerelease of the required version passes',
      base: '2.5.0',
      revision: '3.0.0-beta.1',
      changes: breaking(1),
      want: { base: '2.5.0', revision: '3.0.0-beta.1', required: '3.0.0', ok: true },
    },
    {
      name: 'a prerelease below the required version fails',
      base: '2.5.0',
      revision: '2.6.0-beta.1',
      changes: breaking(1),
      want: {
        base: '2.5.0',
        revision: '2.6.0-beta.1',
        required: '3.0.0',
        ok: false,
        message: '1 breaking change needs 3.0.0; info.version is 2.6.0-beta.1',
      },
    },
    {
      name: 'below 1.0.0 a break needs the next minor',
      base: '0.2.5',
      revision: '0.2.6',
      changes: breaking(1),
      want: {
        base: '0.2.5',
        revision: '0.2.6',
        required: '0.3.0',
        ok: false,
        message: '1 breaking change needs 0.3.0; info.version is 0.2.6',
      },
    },
    {
      name: 'below 1.0.0 the next minor is enough',
      base: '0.2.5',
      revision: '0.3.0',
      changes: breaking(3),
      want: { base: '0.2.5', revision: '0.3.0', required: '0.3.0', ok: true },
    },
    {
      name: 'additions need a minor',
      base: '1.4.2',
      revision: '1.4.3',
      changes: [
        change('endpoint-added'),
        change('response-property-added'),
        change('endpoint-deprecated'),
        change('info-title-changed'),
      ],
      want: {
        base: '1.4.2',
        revision: '1.4.3',
        required: '1.5.0',
        ok: false,
        message: '3 non-breaking API changes need 1.5.0; info.version is 1.4.3',
      },
    },
    {
      name: 'documentation needs a patch',
      base: '1.4.2',
      revision: '1.4.2',
      changes: [change('operation-description-changed')],
      want: {
        base: '1.4.2',
        revision: '1.4.2',
        required: '1.4.3',
        ok: false,
        message: '1 documentation change needs 1.4.3; info.version is 1.4.2',
      },
    },
    {
      name: 'no change, same version',
      base: '1.4.2',
      revision: '1.4.2',
      changes: [],
      want: { base: '1.4.2', revision: '1.4.2', required: '1.4.2', ok: true },
    },
    {
      name: 'no change, but the version went down',
      base: '1.4.2',
      revision: '1.4.1',
      changes: [],
      want: {
        base: '1.4.2',
        revision: '1.4.1',
        required: '1.4.2',
        ok: false,
        message: 'info.version 1.4.1 is lower than the base version 1.4.2; use at least 1.4.2',
      },
    },
    {
      name: 'a prerelease of the base version is lower than the base',
      base: '2.5.0',
      revision: '2.5.0-rc.1',
      changes: [],
      want: {
        base: '2.5.0',
        revision: '2.5.0-rc.1',
        required: '2.5.0',
        ok: false,
        message: 'info.version 2.5.0-rc.1 is lower than the base version 2.5.0; use at least 2.5.0',
      },
    },
    {
      name: 'an accepted break needs a minor, not a major',
      base: '1.0.0',
      revision: '1.1.0',
      changes: [change('response-property-removed', { accepted: { reason: 'agreed' } })],
      want: { base: '1.0.0', revision: '1.1.0', required: '1.1.0', ok: true },
    },
    {
      name: 'date versions: the check is skipped and says why',
      base: '2022-04-12',
      revision: '2022-05-01',
      changes: breaking(1),
      want: {
        base: '2022-04-12',
        revision: '2022-05-01',
        ok: true,
        message: 'version check skipped: the base info.version "2022-04-12" is a date, not semver',
      },
    },
    {
      name: 'v1 -> v2 is read as 1.0.0 -> 2.0.0',
      base: 'v1',
      revision: 'v2',
      changes: breaking(1),
      want: { base: 'v1', revision: 'v2', required: '2.0.0', ok: true },
    },
    {
      name: 'v1 -> v1 with a break names the version to use and how v1 was read',
      base: 'v1',
      revision: 'v1',
      changes: breaking(1),
      want: {
        base: 'v1',
        revision: 'v1',
        required: '2.0.0',
        ok: false,
        message: '1 breaking change needs 2.0.0; info.version is v1 (read as 1.0.0) (base v1 read as 1.0.0)',
      },
    },
    {
      name: 'a non-semver revision skips the check but names the needed version',
      base: '1.0.0',
      revision: 'latest',
      changes: breaking(1),
      want: {
        base: '1.0.0',
        revision: 'latest',
        required: '2.0.0',
        ok: true,
        message:
          'version check skipped: the revision info.version "latest" is not semver (x.y.z) (the changes need 2.0.0)',
      },
    },
    {
      name: 'four-part versions are not guessed at',
      base: '1.2.3.4',
      revision: '1.2.3.5',
      changes: [],
      want: {
        base: '1.2.3.4',
        revision: '1.2.3.5',
        ok: true,
        message: 'version check skipped: the base info.version "1.2.3.4" is not semver (x.y.z)',
      },
    },
    {
      name: 'a missing base version',
      base: undefined,
      revision: '1.0.0',
      changes: [],
      want: { revision: '1.0.0', ok: true, message: 'version check skipped: the base document has no info.version' },
    },
    {
      name: 'a missing revision version',
      base: '1.0.0',
      revision: undefined,
      changes: [change('endpoint-added')],
      want: {
        base: '1.0.0',
        required: '1.1.0',
        ok: true,
        message: 'version check skipped: the revision has no info.version (the changes need 1.1.0)',
      },
    },
    {
      name: 'a YAML number version (1.0 read as 1)',
      base: 1,
      revision: 2,
      changes: breaking(1),
      want: { base: '1', revision: '2', required: '2.0.0', ok: true },
    },
  ];
  for (const t of table) {
    it(t.name, () => {
      expect(checkVersion(t.base, t.revision, t.changes, actionOf)).to.deep.equal(t.want);
    });
  }

  it('marks skipped checks (ok with a message) apart from passes and failures', () => {
    expect(isVersionCheckSkipped(checkVersion('2022-01-01', '2022-02-01', [], actionOf))).to.equal(true);
    expect(isVersionCheckSkipped(checkVersion('1.0.0', '1.0.0', [], actionOf))).to.equal(false);
    expect(isVersionCheckSkipped(checkVersion('1.0.0', '1.0.0', breaking(1), actionOf))).to.equal(false);
  });
});

describe('policy: parseVersion', () => {
  const table: Array<[unknown, string | null]> = [
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['=1.2.3', '1.2.3'],
    ['1.2.3-rc.1+build.5', '1.2.3-rc.1'],
    ['v1', '1.0.0'],
    ['2', '2.0.0'],
    ['1.2', '1.2.0'],
    ['2022-04-12', null],
    ['20220412', '20220412.0.0'],
    ['1.2.3.4', null],
    ['latest', null],
    ['1.0-beta', null],
    ['', null],
  ];
  for (const [given, want] of table) {
    it(`${JSON.stringify(given)} -> ${want ?? 'not semver'}`, () => {
      const parsed = parseVersion(given);
      expect(parsed.ok ? parsed.version : null).to.equal(want);
    });
  }

  it('notes a reinterpretation (v1 -> 1.0.0) but not dropped build metadata', () => {
    const v1 = parseVersion('v1');
    const build = parseVersion('1.2.3+build.5');
    expect(v1.ok && v1.coerced).to.equal('1.0.0');
    expect(build.ok && build.coerced).to.equal(undefined);
  });
});

import { expect } from 'chai';
import type { Change, ImpactSummary, VersionCheck } from '../../../versioning/model.ts';
import { evaluateGate, failsGate, type GateOptions } from '../../../versioning/policy/gate.ts';
import { change } from './helpers.ts';

const okVersion: VersionCheck = { base: '1.0.0', revision: '2.0.0', required: '2.0.0', ok: true };
const badVersion: VersionCheck = {
  base: '1.0.0',
  revision: '1.0.0',
  required: '2.0.0',
  ok: false,
  message: '1 breaking change needs 2.0.0; info.version is 1.0.0',
};
/** An explicit fail-on level (flag or config). */
const semver = (failOn: GateOptions['failOn'], checkVersion = true): GateOptions => ({
  failOn,
  failOnExplicit: true,
  policy: 'semver',
  checkVersion,
});
/** No fail-on level given: the default gate. */
const semverDefault: GateOptions = { failOn: 'breaking', failOnExplicit: false, policy: 'semver', checkVersion: true };

describe('policy: evaluateGate (semver, default: the version check only)', () => {
  const table: Array<{ name: string; changes: Change[]; version: VersionCheck; ok: boolean; reasons: string[] }> = [
    { name: 'no changes pass', changes: [], version: okVersion, ok: true, reasons: [] },
    {
      name: 'a breaking change with the major bump it needs passes',
      changes: [change('response-property-removed')],
      version: okVersion,
      ok: true,
      reasons: [],
    },
    {
      name: 'warnings pass',
      changes: [change('endpoint-deprecated'), change('request-parameter-removed')],
      version: okVersion,
      ok: true,
      reasons: [],
    },
    {
      name: 'a breaking change without the major bump fails, with the version reason only',
      changes: [change('response-property-removed')],
      version: badVersion,
      ok: false,
      reasons: ['1 breaking change needs 2.0.0; info.version is 1.0.0'],
    },
    {
      name: 'a skipped version check does not fail',
      changes: [change('response-property-removed')],
      version: { base: '2022-01-01', revision: '2022-02-01', ok: true, message: 'version check skipped: ...' },
      ok: true,
      reasons: [],
    },
  ];
  for (const t of table) {
    it(t.name, () => {
      const gate = evaluateGate({ changes: t.changes, version: t.version }, semverDefault);
      expect(gate).to.deep.equal({
        ok: t.ok,
        failOn: 'breaking',
        failOnApplied: false,
        policy: 'semver',
        reasons: t.reasons,
      });
    });
  }
});

describe('policy: evaluateGate (semver, explicit fail-on)', () => {
  const table: Array<{
    name: string;
    changes: Change[];
    version: VersionCheck;
    options: GateOptions;
    ok: boolean;
    reasons: string[];
  }> = [
    { name: 'no changes pass', changes: [], version: okVersion, options: semver('breaking'), ok: true, reasons: [] },
    {
      name: 'a breaking change fails even with the right version',
      changes: [change('response-property-removed')],
      version: okVersion,
      options: semver('breaking'),
      ok: false,
      reasons: ['1 breaking change (fail-on breaking; accept them in the config or fix them)'],
    },
    {
      name: 'an accepted breaking change passes',
      changes: [change('response-property-removed', { accepted: { reason: 'agreed' } })],
      version: okVersion,
      options: semver('breaking'),
      ok: true,
      reasons: [],
    },
    {
      name: 'an expired acceptance counts again',
      changes: [
        change('response-property-removed', { expiredAcceptance: { reason: 'agreed', expires: '2020-01-01' } }),
      ],
      version: okVersion,
      options: semver('breaking'),
      ok: false,
      reasons: ['1 breaking change (fail-on breaking; accept them in the config or fix them)'],
    },
    {
      name: 'warnings pass with fail-on breaking',
      changes: [change('endpoint-deprecated'), change('request-parameter-removed')],
      version: okVersion,
      options: semver('breaking'),
      ok: true,
      reasons: [],
    },
    {
      name: 'warnings fail with fail-on warning, counted by level',
      changes: [
        change('response-property-removed'),
        change('endpoint-deprecated'),
        change('request-parameter-removed'),
        change('endpoint-added'),
      ],
      version: okVersion,
      options: semver('warning'),
      ok: false,
      reasons: ['1 breaking change and 2 warnings (fail-on warning; accept them in the config or fix them)'],
    },
    {
      name: 'fail-on info fails on any change',
      changes: [change('endpoint-added')],
      version: okVersion,
      options: semver('info'),
      ok: false,
      reasons: ['1 info change (fail-on info; accept them in the config or fix them)'],
    },
    {
      name: 'a version that is too low fails, first reason',
      changes: [change('response-property-removed')],
      version: badVersion,
      options: semver('breaking'),
      ok: false,
      reasons: [
        '1 breaking change needs 2.0.0; info.version is 1.0.0',
        '1 breaking change (fail-on breaking; accept them in the config or fix them)',
      ],
    },
    {
      name: 'a version that is too low fails with nothing else wrong',
      changes: [change('endpoint-added')],
      version: { ...badVersion, message: '1 non-breaking API change needs 1.1.0; info.version is 1.0.0' },
      options: semver('breaking'),
      ok: false,
      reasons: ['1 non-breaking API change needs 1.1.0; info.version is 1.0.0'],
    },
    {
      name: 'diff --fail-on ignores the version',
      changes: [change('endpoint-added')],
      version: badVersion,
      options: semver('breaking', false),
      ok: true,
      reasons: [],
    },
    {
      name: 'a skipped version check does not fail',
      changes: [],
      version: { base: '2022-01-01', revision: '2022-02-01', ok: true, message: 'version check skipped: ...' },
      options: semver('breaking'),
      ok: true,
      reasons: [],
    },
  ];
  for (const t of table) {
    it(t.name, () => {
      const gate = evaluateGate({ changes: t.changes, version: t.version }, t.options);
      expect(gate).to.deep.equal({
        ok: t.ok,
        failOn: t.options.failOn,
        failOnApplied: true,
        policy: 'semver',
        reasons: t.reasons,
      });
    });
  }
});

describe('policy: evaluateGate (consumers)', () => {
  const options: GateOptions = { failOn: 'breaking', failOnExplicit: false, policy: 'consumers', checkVersion: true };
  const consumer = (name: string, interaction = 'a request for user 1') => ({
    consumer: name,
    interaction,
    reason: `${name} '${interaction}' reads \`email\`, which the revision removes`,
  });
  const impact = (unmapped: ReturnType<typeof consumer>[] = []): ImpactSummary => ({
    pacts: 1,
    interactions: 3,
    broken: unmapped.length,
    unmapped,
    alreadyFailing: [],
  });

  it('passes a breaking change no known consumer depends on', () => {
    const gate = evaluateGate(
      { changes: [change('response-property-removed', { consumers: [] })], version: okVersion, impact: impact() },
      options,
    );
    expect(gate).to.deep.equal({
      ok: true,
      failOn: 'breaking',
      failOnApplied: false,
      policy: 'consumers',
      reasons: [],
    });
  });

  it('fails a breaking change that breaks a consumer, naming each broken interaction once', () => {
    const changes = [
      change('response-property-removed', { consumers: [consumer('ServiceA'), consumer('ServiceC', 'list users')] }),
      change('endpoint-removed', { consumers: [consumer('ServiceA')] }),
    ];
    const gate = evaluateGate({ changes, version: okVersion }, options);
    expect(gate).to.deep.equal({
      ok: false,
      failOn: 'breaking',
      failOnApplied: false,
      policy: 'consumers',
      reasons: [
        "2 breaking changes break ServiceA 'a request for user 1' and ServiceC " +
          "'list users' (accept them in the config or fix them)",
      ],
    });
  });

  it('does not fail on an accepted change, even if it breaks a consumer', () => {
    const changes = [
      change('response-property-removed', { accepted: { reason: 'agreed' }, consumers: [consumer('ServiceA')] }),
    ];
    expect(evaluateGate({ changes, version: okVersion }, options).ok).to.equal(true);
  });

  it(
    'fails on a change that breaks a consumer whatever its level (the pact ' + 'proves the break), and ignores fail-on',
    () => {
      const changes = [
        change('endpoint-deprecated', { consumers: [consumer('ServiceA')] }),
        change('response-property-removed', { consumers: [] }),
      ];
      for (const o of [options, { ...options, failOn: 'warning' as const, failOnExplicit: true }]) {
        expect(evaluateGate({ changes, version: okVersion }, o).reasons).to.deep.equal([
          "1 warning breaks ServiceA 'a request for user 1' (accept it in the config or fix it)",
        ]);
      }
    },
  );

  it('reports the version check but does not fail on it', () => {
    expect(
      evaluateGate({ changes: [change('response-property-removed', { consumers: [] })], version: badVersion }, options)
        .ok,
    ).to.equal(true);
  });

  it('fails when a pact interaction newly fails and no change is tied to it', () => {
    const gate = evaluateGate(
      { changes: [], version: okVersion, impact: impact([consumer('ServiceA', 'get a user')]) },
      options,
    );
    expect(gate.reasons).to.deep.equal([
      "1 pact interaction newly fails against the revision with no change tied to it: ServiceA 'get a user'",
    ]);
  });
});

describe('policy: failsGate (which changes count, as JUnit shows them)', () => {
  const broken = change('response-property-removed', {
    consumers: [{ consumer: 'ServiceA', interaction: 'x', reason: 'r' }],
  });
  const unused = change('response-property-removed', { consumers: [] });
  it('semver without an explicit fail-on: no change counts (only the version does)', () => {
    expect(failsGate(broken, { policy: 'semver', failOn: 'breaking', failOnApplied: false })).to.equal(false);
  });
  it('semver with fail-on: every unaccepted change at or above it', () => {
    expect(failsGate(unused, { policy: 'semver', failOn: 'breaking', failOnApplied: true })).to.equal(true);
  });
  it('consumers: only changes that break a known consumer, whatever their level', () => {
    expect(failsGate(broken, { policy: 'consumers', failOn: 'breaking', failOnApplied: false })).to.equal(true);
    expect(
      failsGate({ ...broken, level: 'info' }, { policy: 'consumers', failOn: 'breaking', failOnApplied: false }),
    ).to.equal(true);
    expect(failsGate(unused, { policy: 'consumers', failOn: 'breaking', failOnApplied: false })).to.equal(false);
  });
});

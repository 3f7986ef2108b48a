import { expect } from 'chai';
import type { Change, VersionCheck } from '../../../versioning/model.ts';
import { evaluateGate, type GateOptions } from '../../../versioning/policy/gate.ts';
import { change } from './helpers.ts';

const okVersion: VersionCheck = { base: '1.0.0', revision: '2.0.0', required: '2.0.0', ok: true };
const badVersion: VersionCheck = { base: '1.0.0', revision: '1.0.0', required: '2.0.0', ok: false, message: '1 breaking change needs 2.0.0; info.version is 1.0.0' };
const semver = (failOn: GateOptions['failOn'], checkVersion = true): GateOptions => ({ failOn, policy: 'semver', checkVersion });

describe('policy: evaluateGate (semver)', () => {
  const table: Array<{ name: string; changes: Change[]; version: VersionCheck; options: GateOptions; ok: boolean; reasons: string[] }> = [
    { name: 'no changes pass', changes: [], version: okVersion, options: semver('breaking'), ok: true, reasons: [] },
    {
      name: 'a breaking change fails even with the right version',
      changes: [change('response-property-removed')], version: okVersion, options: semver('breaking'), ok: false,
      reasons: ['1 breaking change (fail-on breaking; accept them in the config or fix them)'],
    },
    { name: 'an accepted breaking change passes', changes: [change('response-property-removed', { accepted: { reason: 'agreed' } })], version: okVersion, options: semver('breaking'), ok: true, reasons: [] },
    {
      name: 'an expired acceptance counts again',
      changes: [change('response-property-removed', { expiredAcceptance: { reason: 'agreed', expires: '2020-01-01' } })], version: okVersion, options: semver('breaking'), ok: false,
      reasons: ['1 breaking change (fail-on breaking; accept them in the config or fix them)'],
    },
    { name: 'warnings pass with fail-on breaking', changes: [change('endpoint-deprecated'), change('request-parameter-removed')], version: okVersion, options: semver('breaking'), ok: true, reasons: [] },
    {
      name: 'warnings fail with fail-on warning, counted by level',
      changes: [change('response-property-removed'), change('endpoint-deprecated'), change('request-parameter-removed'), change('endpoint-added')], version: okVersion, options: semver('warning'), ok: false,
      reasons: ['1 breaking change and 2 warnings (fail-on warning; accept them in the config or fix them)'],
    },
    {
      name: 'fail-on info fails on any change',
      changes: [change('endpoint-added')], version: okVersion, options: semver('info'), ok: false,
      reasons: ['1 info change (fail-on info; accept them in the config or fix them)'],
    },
    {
      name: 'a version that is too low fails, first reason',
      changes: [change('response-property-removed')], version: badVersion, options: semver('breaking'), ok: false,
      reasons: ['1 breaking change needs 2.0.0; info.version is 1.0.0', '1 breaking change (fail-on breaking; accept them in the config or fix them)'],
    },
    {
      name: 'a version that is too low fails with nothing else wrong',
      changes: [change('endpoint-added')], version: { ...badVersion, message: '1 non-breaking API change needs 1.1.0; info.version is 1.0.0' }, options: semver('breaking'), ok: false,
      reasons: ['1 non-breaking API change needs 1.1.0; info.version is 1.0.0'],
    },
    { name: 'diff --fail-on ignores the version', changes: [change('endpoint-added')], version: badVersion, options: semver('breaking', false), ok: true, reasons: [] },
    {
      name: 'a skipped version check does not fail',
      changes: [], version: { base: '2022-01-01', revision: '2022-02-01', ok: true, message: 'version check skipped: ...' }, options: semver('breaking'), ok: true, reasons: [],
    },
  ];
  for (const t of table) {
    it(t.name, () => {
      const gate = evaluateGate({ changes: t.changes, version: t.version }, t.options);
      expect(gate).to.deep.equal({ ok: t.ok, failOn: t.options.failOn, policy: 'semver', reasons: t.reasons });
    });
  }
});

describe('policy: evaluateGate (consumers)', () => {
  const options: GateOptions = { failOn: 'breaking', policy: 'consumers', checkVersion: true };
  const consumer = (name: string) => ({ consumer: name, interaction: 'a request for user 1', reason: 'reads `email`' });

  it('passes a breaking change no known consumer depends on', () => {
    const gate = evaluateGate({ changes: [change('response-property-removed', { consumers: [] })], version: okVersion }, options);
    expect(gate.ok).to.equal(true);
  });

  it('fails a breaking change that breaks a consumer, naming the consumers', () => {
    const changes = [change('response-property-removed', { consumers: [consumer('ServiceA'), consumer('ServiceC')] }), change('endpoint-removed', { consumers: [consumer('ServiceA')] })];
    const gate = evaluateGate({ changes, version: okVersion }, options);
    expect(gate).to.deep.equal({ ok: false, failOn: 'breaking', policy: 'consumers', reasons: ['2 breaking changes break ServiceA, ServiceC (fail-on breaking)'] });
  });

  it('still checks the version', () => {
    expect(evaluateGate({ changes: [], version: badVersion }, options).reasons).to.deep.equal([badVersion.message]);
  });
});

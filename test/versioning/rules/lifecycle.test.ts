/**
 * Lifecycle edge cases beyond the fixtures: how `x-sunset` and `x-stability-level` are read
 * (versioning/rules/sunset.ts), the day on which a removal turns from breaking into a warning
 * (injected `now`), and that the deprecation policy yields one verdict per removed parameter
 * when every family runs.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { loadSpec } from '../../../versioning/load/index.ts';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import { family as endpoints } from '../../../versioning/rules/endpoints.ts';
import { runRules } from '../../../versioning/rules/registry.ts';
import {
  belowThreshold,
  parseSunset,
  readStability,
  removalVerdict,
  stabilityRank,
} from '../../../versioning/rules/sunset.ts';
import { FIXTURES } from './harness.ts';

const at = (iso: string) => new Date(iso);

async function diffOf(fixture: string) {
  const dir = join(FIXTURES, fixture);
  const [base, revision] = await Promise.all([loadSpec(join(dir, 'base.yaml')), loadSpec(join(dir, 'revision.yaml'))]);
  return diffSpecs(base, revision);
}

describe('lifecycle: x-sunset and x-stability-level', () => {
  it('accepts RFC 3339 full-dates and date-times, keeping the day as written', () => {
    expect(parseSunset('2030-01-31')).to.deep.equal({ kind: 'date', date: '2030-01-31', text: '2030-01-31' });
    expect(parseSunset('2024-02-29')).to.include({ kind: 'date' });
    expect(parseSunset('2000-02-29')).to.include({ kind: 'date' });
    expect(parseSunset('2030-01-31T23:59:59.5-08:00')).to.include({ kind: 'date', date: '2030-01-31' });
    expect(parseSunset('2030-01-31t00:00:00z')).to.include({ kind: 'date', date: '2030-01-31' });
  });

  it('rejects values that are not calendar dates', () => {
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2030-13-01',
      '2030-04-31',
      '2030-1-5',
      '31/12/2030',
      'soon',
      '2030-01-31T24:00:00Z',
      '2030-01-31T10:00:00',
      '2030-01-31 10:00:00Z',
      '',
    ]) {
      expect(parseSunset(bad), bad).to.deep.equal({ kind: 'invalid', value: bad });
    }
    expect(parseSunset(20300131)).to.deep.equal({ kind: 'invalid', value: 20300131 });
    expect(parseSunset(undefined)).to.deep.equal({ kind: 'absent' });
  });

  it('removal is breaking until the sunset day starts (UTC), then a warning', () => {
    const node = { deprecated: true, 'x-sunset': '2026-06-01' };
    expect(removalVerdict(node, at('2026-05-31T23:59:59Z'))).to.deep.equal({
      kind: 'before-sunset',
      sunset: '2026-06-01',
    });
    expect(removalVerdict(node, at('2026-06-01T00:00:00Z'))).to.deep.equal({
      kind: 'deprecated',
      sunset: '2026-06-01',
    });
    expect(removalVerdict({ deprecated: true }, at('2026-06-01T00:00:00Z'))).to.deep.equal({ kind: 'deprecated' });
    expect(removalVerdict({ 'x-sunset': '2020-01-01' }, at('2026-06-01T00:00:00Z'))).to.deep.equal({
      kind: 'not-deprecated',
    });
    expect(removalVerdict({ deprecated: true, 'x-sunset': 'later' }, at('2026-06-01T00:00:00Z'))).to.deep.equal({
      kind: 'sunset-invalid',
      value: 'later',
    });
  });

  it('reads stability levels, absent meaning stable, and exempts draft and alpha', () => {
    expect(readStability({})).to.deep.equal({ ok: true, level: undefined });
    expect(readStability({ 'x-stability-level': 'beta' })).to.deep.equal({ ok: true, level: 'beta' });
    expect(readStability({ 'x-stability-level': 'Beta' })).to.deep.equal({ ok: false, value: 'Beta' });
    expect(readStability({ 'x-stability-level': 2 })).to.deep.equal({ ok: false, value: 2 });
    expect(stabilityRank(undefined)).to.equal(stabilityRank('stable'));
    expect(
      ['draft', 'alpha', 'beta', 'stable'].map((l) => belowThreshold(readStability({ 'x-stability-level': l }))),
    ).to.deep.equal([true, true, false, false]);
    expect(belowThreshold(readStability({ 'x-stability-level': 'nope' }))).to.equal(false);
  });

  it(
    'the endpoints family follows the injected date: the same removal is ' + 'breaking the day before the sunset',
    async () => {
      const diff = await diffOf('api-removed-with-deprecation--sunset-is-today');
      const before = endpoints.check(diff, { now: at('2026-05-31T12:00:00Z') }).map((f) => f.id);
      const onTheDay = endpoints.check(diff, { now: at('2026-06-01T12:00:00Z') }).map((f) => f.id);
      expect(before).to.deep.equal(['api-removed-before-sunset']);
      expect(onTheDay).to.deep.equal(['api-removed-with-deprecation']);
    },
  );

  it('all families together give one verdict for a removed deprecated parameter', async () => {
    const diff = await diffOf('request-parameter-removed-with-deprecation');
    const ids = runRules(diff, { now: at('2026-06-01T00:00:00Z') }).map((f) => f.id);
    expect(ids.filter((id) => id.startsWith('request-parameter-removed'))).to.deep.equal([
      'request-parameter-removed-with-deprecation',
    ]);
  });
});

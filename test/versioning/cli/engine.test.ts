/** analyze() on real files: the impact hook and the consumers policy plug-in point. */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, type ImpactStep } from '../../../versioning/engine.ts';
import { InputError } from '../../../versioning/model.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const base = 'test/fixtures/cli/base.yaml';
const breaking = 'test/fixtures/cli/breaking-major.yaml';
const load = { cwd: REPO };

describe('engine: analyze', () => {
  it('refuses the consumers policy without an impact analysis (it could only pass silently)', async () => {
    const err = await analyze(base, breaking, { load, gate: { policy: 'consumers' } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(InputError);
    expect((err as Error).message).to.match(/consumers policy needs the impact analysis/);
  });

  it('fills the timings it is given, one entry per phase, and reports the same with or without them', async () => {
    const timings = {};
    const timed = await analyze(base, breaking, { load, timings });
    expect(Object.keys(timings)).to.deep.equal(['load', 'diff', 'rules', 'changes', 'report']);
    for (const ms of Object.values(timings)) expect(ms).to.be.a('number').and.to.be.at.least(0);
    expect(timed).to.deep.equal(await analyze(base, breaking, { load }));
  });

  it('runs the impact step before the policy, so the consumers policy sees it', async () => {
    const impact: ImpactStep = (changes) =>
      changes.map((c) =>
        c.level === 'breaking'
          ? { ...c, consumers: [{ consumer: 'ServiceA', interaction: 'get user 1', reason: 'reads `name`' }] }
          : c,
      );
    const hit = await analyze(base, breaking, { load, gate: { policy: 'consumers' }, impact });
    expect(hit.gate).to.deep.equal({
      ok: false,
      failOn: 'breaking',
      failOnApplied: false,
      policy: 'consumers',
      reasons: ["1 breaking change breaks ServiceA 'get user 1' (accept it in the config or fix it)"],
    });
    const miss = await analyze(base, breaking, { load, gate: { policy: 'consumers' }, impact: (changes) => changes });
    expect(miss.gate?.ok).to.equal(true);
    // The default semver gate passes it (2.0.0 is the major bump it needs); with fail-on it fails regardless of
    // consumers.
    expect((await analyze(base, breaking, { load, gate: {} })).gate?.ok).to.equal(true);
    expect((await analyze(base, breaking, { load, gate: { failOn: 'breaking' } })).gate?.ok).to.equal(false);
  });

  it('locates changes through the loaded spec (file and line of the removed property)', async () => {
    const r = await analyze(base, breaking, { load });
    expect(r.changes.map((c) => [c.level, c.location])).to.deep.equal([['breaking', { file: base, line: 33 }]]);
    expect(r.version).to.deep.equal({ base: '1.0.0', revision: '2.0.0', required: '2.0.0', ok: true });
  });
});

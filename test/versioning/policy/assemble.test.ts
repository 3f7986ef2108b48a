import { expect } from 'chai';
import { actionLookup, assembleReport, type AssembleInput } from '../../../versioning/engine.ts';
import { change, TEST_RULES } from './helpers.ts';

function input(overrides: Partial<AssembleInput> = {}): AssembleInput {
  return {
    base: { source: 'HEAD~1:a.yaml', file: 'HEAD~1:a.yaml', version: '1.2.0' },
    revision: { source: 'a.yaml', file: 'a.yaml', version: '1.3.0' },
    changes: [],
    actionOf: actionLookup(TEST_RULES),
    ...overrides,
  };
}

describe('engine: assembleReport', () => {
  it('identical documents: bump none, nothing to count, no gate unless asked', () => {
    expect(assembleReport(input({ revision: { source: 'a.yaml', file: 'a.yaml', version: '1.2.0' } }))).to.deep.equal({
      base: { source: 'HEAD~1:a.yaml', file: 'HEAD~1:a.yaml' },
      revision: { source: 'a.yaml', file: 'a.yaml' },
      bump: 'none',
      version: { base: '1.2.0', revision: '1.2.0', required: '1.2.0', ok: true },
      changes: [],
      summary: { breaking: 0, warning: 0, info: 0, accepted: 0 },
    });
  });

  it('counts levels (accepted included) and accepted, and sorts the changes', () => {
    const r = assembleReport(
      input({
        changes: [
          change('endpoint-added'),
          change('response-property-removed', { accepted: { reason: 'ok' } }),
          change('endpoint-deprecated'),
          change('endpoint-removed'),
        ],
      }),
    );
    expect(r.summary).to.deep.equal({ breaking: 2, warning: 1, info: 1, accepted: 1 });
    expect(r.changes.map((c) => c.id)).to.deep.equal([
      'endpoint-removed',
      'response-property-removed',
      'endpoint-deprecated',
      'endpoint-added',
    ]);
    expect(r.bump).to.equal('major');
    expect(r.version.message).to.equal('1 breaking change needs 2.0.0; info.version is 1.3.0');
  });

  it('takes the gate threshold from the request, else the config, else breaking', () => {
    const changes = [change('endpoint-deprecated')];
    // No level anywhere: breaking, not applied by the semver policy (the version check decides).
    expect(assembleReport(input({ changes, gate: {} })).gate).to.deep.equal({
      ok: true,
      failOn: 'breaking',
      failOnApplied: false,
      policy: 'semver',
      reasons: [],
    });
    // 1.3.0 is too low
    expect(assembleReport(input({ changes: [change('endpoint-removed')], gate: {} })).gate?.ok).to.equal(false);
    expect(assembleReport(input({ changes, gate: {}, config: { failOn: 'warning' } })).gate).to.deep.include({
      failOn: 'warning',
      failOnApplied: true,
    });
    expect(
      assembleReport(input({ changes, gate: { failOn: 'info' }, config: { failOn: 'warning' } })).gate?.failOn,
    ).to.equal('info');
    expect(assembleReport(input({ changes, gate: {}, config: { failOn: 'warning' } })).gate?.ok).to.equal(false);
  });

  it('carries notes when there are some', () => {
    expect(assembleReport(input({ notes: ['stale acceptance'] })).notes).to.deep.equal(['stale acceptance']);
    expect(assembleReport(input({ notes: [] }))).to.not.have.property('notes');
  });

  it("does not reorder the caller's array", () => {
    const changes = [change('endpoint-added'), change('endpoint-removed')];
    assembleReport(input({ changes }));
    expect(changes.map((c) => c.id)).to.deep.equal(['endpoint-added', 'endpoint-removed']);
  });
});

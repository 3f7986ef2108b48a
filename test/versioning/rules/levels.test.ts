/**
 * Levels chosen on purpose (see the rules' descriptions in versioning/README.md), checked through
 * the whole engine on the rule fixtures, where the fixtures themselves only check ids and messages.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { analyze } from '../../../versioning/engine.ts';
import { FIXTURES, NOW } from './harness.ts';

async function levels(fixture: string, ext = 'yaml'): Promise<Record<string, string>> {
  const dir = join(FIXTURES, fixture);
  const report = await analyze(join(dir, `base.${ext}`), join(dir, `revision.${ext}`), { now: NOW });
  return Object.fromEntries(report.changes.map((c) => [c.id, c.level]));
}

describe('levels that must not mislead', () => {
  it('a request property that becomes readOnly is a warning: validating servers reject requests that carry it', async () => {
    expect((await levels('request-required-property-became-read-only'))['request-required-property-became-read-only']).to.equal('warning');
    expect((await levels('request-optional-property-became-read-only'))['request-optional-property-became-read-only']).to.equal('warning');
  });

  it('a server base path that moves is breaking; a host change keeps every path and is not', async () => {
    expect(await levels('api-server-base-path-changed')).to.include({ 'api-server-base-path-changed': 'breaking' });
    const host = await levels('api-server-removed--host-change-keeps-the-base-path');
    expect(Object.values(host)).to.not.include('breaking');
  });

  it('a removed callback is breaking and an added one is not', async () => {
    expect(await levels('callback-removed')).to.include({ 'callback-removed': 'breaking' });
    expect(await levels('callback-added')).to.include({ 'callback-added': 'info' });
  });
});

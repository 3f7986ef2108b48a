/**
 * Levels chosen on purpose (see the rules' descriptions in versioning/README.md), checked through
 * the whole engine on the rule fixtures, where the fixtures themselves only check ids and messages.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../../versioning/config/index.ts';
import { analyze } from '../../../versioning/engine.ts';
import { RULES } from '../../../versioning/rules/registry.ts';
import { FIXTURES, NOW } from './harness.ts';

async function levels(fixture: string, ext = 'yaml'): Promise<Record<string, string>> {
  const dir = join(FIXTURES, fixture);
  const report = await analyze(join(dir, `base.${ext}`), join(dir, `revision.${ext}`), { now: NOW });
  return Object.fromEntries(report.changes.map((c) => [c.id, c.level]));
}

describe('levels that must not mislead', () => {
  it(
    'a request property that becomes readOnly is a warning: validating ' + 'servers reject requests that carry it',
    async () => {
      expect(
        (await levels('request-required-property-became-read-only'))['request-required-property-became-read-only'],
      ).to.equal('warning');
      expect(
        (await levels('request-optional-property-became-read-only'))['request-optional-property-became-read-only'],
      ).to.equal('warning');
    },
  );

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

describe('the deprecation policy (.contract-kit.yaml deprecation)', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'contract-kit-policy-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const config = (text: string) =>
    parseConfig(
      text,
      '.contract-kit.yaml',
      RULES.map((r) => r.id),
    );
  const run = async (fixture: string, text?: string) => {
    const at = join(FIXTURES, fixture);
    const report = await analyze(
      join(at, 'base.yaml'),
      join(at, 'revision.yaml'),
      text === undefined ? { now: NOW } : { now: NOW, config: config(text) },
    );
    return Object.fromEntries(report.changes.map((c) => [c.id, c.level]));
  };

  it('reads minDays and stability, with defaults, and refuses bad values with the line', () => {
    expect(config('deprecation:\n  minDays: 90\n').deprecation).to.deep.equal({ minDays: 90, stability: 'beta' });
    expect(config('deprecation: {}\n').deprecation).to.deep.equal({ minDays: 0, stability: 'beta' });
    expect(() => config('deprecation:\n  minDays: -1\n')).to.throw(/\.contract-kit\.yaml:2:/);
    expect(() => config('deprecation:\n  stability: gamma\n')).to.throw(/\.contract-kit\.yaml:2:/);
  });

  it(
    'by default a deprecated operation removed without x-sunset is a ' + 'warning; under a window it is breaking',
    async () => {
      expect(await run('api-removed-with-deprecation--no-sunset')).to.include({
        'api-removed-with-deprecation': 'warning',
      });
      const strict = await run('api-removed-with-deprecation--no-sunset', 'deprecation:\n  minDays: 90\n');
      expect(strict).to.include({ 'api-removed-deprecated-without-sunset': 'breaking' });
      expect(strict).to.not.have.property('api-removed-with-deprecation');
      // A passed x-sunset is the notice the window asks for.
      expect(await run('api-removed-with-deprecation', 'deprecation:\n  minDays: 90\n')).to.include({
        'api-removed-with-deprecation': 'warning',
      });
    },
  );

  it(
    'stability: stable exempts beta operations from breaking and warning ' + 'rules, not from stability changes',
    async () => {
      const spec = (level: string, required: string) =>
        `openapi: 3.0.3
info: { title: stability, version: 1.0.0 }
paths:
  /books:
    get:
      x-stability-level: ${level}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { type: object, required: [${required}], ` +
        `properties: { id: { type: string }, title: { type: string } } }
`;
      const base = join(dir, 'base.yaml');
      const beta = join(dir, 'beta.yaml');
      writeFileSync(base, spec('beta', 'id, title'));
      writeFileSync(beta, spec('beta', 'id'));
      const levelsOf = async (rev: string, text?: string) =>
        (await analyze(base, rev, text === undefined ? { now: NOW } : { now: NOW, config: config(text) })).changes.map(
          (c) => `${c.id}:${c.level}`,
        );
      expect(await levelsOf(beta)).to.include('response-property-became-optional:breaking');
      expect(await levelsOf(beta, 'deprecation:\n  stability: stable\n')).to.deep.equal([]);
      const stable = join(dir, 'stable.yaml');
      writeFileSync(stable, spec('stable', 'id, title'));
      const decreased = await analyze(stable, beta, {
        now: NOW,
        config: config('deprecation:\n  stability: stable\n'),
      });
      expect(decreased.changes.map((c) => `${c.id}:${c.level}`)).to.include('api-stability-decreased:breaking');
    },
  );
});

/**
 * `npm run publish:pacts` and `npm run can-i-deploy`: argument building, refusals, and the real
 * pact-broker CLI (@pact-foundation/pact-cli) run end to end against a local stub broker.
 */

import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import {
  ScriptError,
  canIDeployArgs,
  gitBranch,
  gitSha,
  pactFilesIn,
  publishArgs,
  requireBroker,
} from '../../../scripts/pact-broker.ts';
import { startStubBroker } from './stub-broker.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const fixtures = path.join(repoRoot, 'test/fixtures/crosscheck');

/** The environment without any broker settings (so tests never talk to a real broker). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PACT_DO_NOT_TRACK: 'true' };
  for (const name of Object.keys(env)) {
    if (
      name.startsWith('PACT_BROKER_') ||
      [
        'PACT_BRANCH',
        'PACT_CONSUMER_APP_VERSION',
        'PACTICIPANT',
        'PACT_ENVIRONMENT',
        'GITHUB_HEAD_REF',
        'GITHUB_REF_NAME',
      ].includes(name)
    ) {
      delete env[name];
    }
  }
  return { ...env, ...extra };
}

/** Runs a script asynchronously (the stub broker lives in this process, so the event loop must keep running). */
function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'scripts', script), ...args],
      { cwd: repoRoot, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('scripts: pact-broker arguments', () => {
  it('publish: pacts folder, git sha as consumer version, branch', () => {
    expect(publishArgs({ pactsDir: 'pacts', version: 'abc123', branch: 'main' })).to.deep.equal([
      'publish',
      'pacts',
      '--consumer-app-version',
      'abc123',
      '--branch',
      'main',
    ]);
  });

  it('can-i-deploy: pacticipant, version, environment, optional polling', () => {
    expect(canIDeployArgs({ pacticipant: 'ServiceA', version: 'abc', environment: 'production' })).to.deep.equal([
      'can-i-deploy',
      '--pacticipant',
      'ServiceA',
      '--version',
      'abc',
      '--to-environment',
      'production',
    ]);
    expect(
      canIDeployArgs({
        pacticipant: 'A',
        version: 'v',
        environment: 'e',
        retryWhileUnknown: 6,
        retryInterval: 10,
      }).slice(-4),
    ).to.deep.equal(['--retry-while-unknown', '6', '--retry-interval', '10']);
  });

  it('refuses without PACT_BROKER_BASE_URL', () => {
    expect(() => requireBroker({}, 'publish:pacts')).to.throw(
      ScriptError,
      'publish:pacts: PACT_BROKER_BASE_URL is not set',
    );
    expect(requireBroker({ PACT_BROKER_BASE_URL: 'https://b' }, 'x')).to.equal('https://b');
  });

  it('version and branch: env overrides first, then git', () => {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    expect(gitSha(repoRoot, {})).to.equal(sha);
    expect(gitSha(repoRoot, { PACT_CONSUMER_APP_VERSION: '1.2.3' })).to.equal('1.2.3');
    expect(gitBranch(repoRoot, { PACT_BRANCH: 'feat', GITHUB_REF_NAME: 'main' })).to.equal('feat');
    expect(gitBranch(repoRoot, { GITHUB_HEAD_REF: 'pr-branch', GITHUB_REF_NAME: '12/merge' })).to.equal('pr-branch');
    const branch = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim();
    if (branch !== 'HEAD') expect(gitBranch(repoRoot, {})).to.equal(branch);
  });

  it('outside a git checkout: says to set the variable', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'nogit-'));
    try {
      expect(() => gitSha(outside, {})).to.throw(ScriptError, 'PACT_CONSUMER_APP_VERSION');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses an empty or missing pacts folder', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'pacts-'));
    try {
      expect(() => pactFilesIn(empty, repoRoot)).to.throw(ScriptError, 'no pact files');
      expect(() => pactFilesIn('no/such/dir', repoRoot)).to.throw(ScriptError, 'no such folder');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('scripts: publish:pacts and can-i-deploy, run for real', function () {
  this.timeout(120_000);
  let scratch: string;
  before(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'publish-'));
    mkdirSync(path.join(scratch, 'pacts'));
    copyFileSync(path.join(fixtures, 'valid-interaction/pact.json'), path.join(scratch, 'pacts/WebApp-Users.json'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('publish:pacts refuses clearly (exit 2) when PACT_BROKER_BASE_URL is unset', async () => {
    const run = await runScript('publish-pacts.ts', [], cleanEnv());
    expect(run.code).to.equal(2);
    expect(run.stderr.trim()).to.equal(
      'publish:pacts: PACT_BROKER_BASE_URL is not set; set it to your Pact ' +
        'Broker (and PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME and ' +
        'PACT_BROKER_PASSWORD) to use publish:pacts',
    );
  });

  it('can-i-deploy refuses clearly (exit 2) without a broker, a pacticipant or an environment', async () => {
    expect((await runScript('can-i-deploy.ts', [], cleanEnv())).code).to.equal(2);
    const noName = await runScript('can-i-deploy.ts', [], cleanEnv({ PACT_BROKER_BASE_URL: 'http://127.0.0.1:1' }));
    expect(noName.code).to.equal(2);
    expect(noName.stderr).to.include('--pacticipant');
    const noEnv = await runScript(
      'can-i-deploy.ts',
      ['--pacticipant', 'WebApp'],
      cleanEnv({ PACT_BROKER_BASE_URL: 'http://127.0.0.1:1' }),
    );
    expect(noEnv.code).to.equal(2);
    expect(noEnv.stderr).to.include('--to-environment');
  });

  it('publish:pacts sends the pacts with the git sha and branch (pact-broker CLI against a stub broker)', async () => {
    const broker = await startStubBroker({ authorization: 'Bearer pub-token' });
    try {
      const env = cleanEnv({
        PACT_BROKER_BASE_URL: broker.url,
        PACT_BROKER_TOKEN: 'pub-token',
        PACT_BRANCH: 'feature-x',
      });
      const run = await runScript('publish-pacts.ts', ['--dir', path.join(scratch, 'pacts')], env);
      expect(run.code, run.stderr + run.stdout).to.equal(0);
      const publish = broker.requests.find(
        (request) => request.method === 'POST' && request.url === '/contracts/publish',
      );
      expect(publish, JSON.stringify(broker.requests)).to.not.equal(undefined);
      const body = JSON.parse(publish!.body) as {
        pacticipantName: string;
        pacticipantVersionNumber: string;
        branch: string;
        contracts: Array<{ consumerName: string; providerName: string; content: string }>;
      };
      const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
      expect(body.pacticipantName).to.equal('WebApp');
      expect(body.pacticipantVersionNumber).to.equal(sha);
      expect(body.branch).to.equal('feature-x');
      expect(body.contracts.map((contract) => `${contract.consumerName}->${contract.providerName}`)).to.deep.equal([
        'WebApp->Users',
      ]);
      const content = JSON.parse(Buffer.from(body.contracts[0]!.content, 'base64').toString('utf8')) as {
        interactions: unknown[];
      };
      expect(content.interactions).to.have.length(1);
      expect(publish!.authorization).to.equal('Bearer pub-token');
    } finally {
      await broker.close();
    }
  });

  it('can-i-deploy asks the matrix for this version and environment, and passes on the answer', async () => {
    const broker = await startStubBroker();
    try {
      const env = cleanEnv({ PACT_BROKER_BASE_URL: broker.url, PACT_ENVIRONMENT: 'production' });
      const yes = await runScript('can-i-deploy.ts', ['--pacticipant', 'WebApp', '--version', 'v1'], env);
      expect(yes.code, yes.stderr + yes.stdout).to.equal(0);
      const no = await runScript('can-i-deploy.ts', ['--pacticipant', 'WebApp', '--version', 'not-deployable'], env);
      expect(no.code).to.equal(1);
      const queries = broker.requests
        .filter((request) => request.url.startsWith('/matrix'))
        .map((request) => decodeURIComponent(request.url));
      expect(queries).to.have.length(2);
      expect(queries[0])
        .to.include('[pacticipant]=WebApp')
        .and.to.include('[version]=v1')
        .and.to.include('environment=production');
    } finally {
      await broker.close();
    }
  });
});

/**
 * Shared by `npm run publish:pacts` and `npm run can-i-deploy`: the arguments for the
 * `pact-broker` CLI (@pact-foundation/pact-cli), built by pure functions, and the git facts
 * they need. The CLI reads PACT_BROKER_BASE_URL, PACT_BROKER_TOKEN, PACT_BROKER_USERNAME and
 * PACT_BROKER_PASSWORD from the environment itself, so no secret is ever put on a command line.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

/** Usage or configuration error: the script prints the message and exits 2. */
export class ScriptError extends Error {
  override readonly name = 'ScriptError';
}

/** Refuses clearly when no broker is configured (nothing is sent anywhere by default). */
export function requireBroker(env: Env, script: string): string {
  const baseUrl = env['PACT_BROKER_BASE_URL']?.trim();
  if (!baseUrl) {
    throw new ScriptError(
      `${script}: PACT_BROKER_BASE_URL is not set; set it to your ` +
        `Pact Broker (and PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME ` +
        `and PACT_BROKER_PASSWORD) to use ${script}`,
    );
  }
  return baseUrl;
}

/** The commit being published: PACT_CONSUMER_APP_VERSION when set, else `git rev-parse HEAD`. */
export function gitSha(cwd: string, env: Env): string {
  const override = env['PACT_CONSUMER_APP_VERSION']?.trim();
  if (override) return override;
  return git(
    ['rev-parse', 'HEAD'],
    cwd,
    'the version is the git commit; run inside the git checkout or set PACT_CONSUMER_APP_VERSION',
  );
}

/**
 * The branch: PACT_BRANCH, then GitHub Actions' GITHUB_HEAD_REF (pull requests) / GITHUB_REF_NAME,
 * then `git rev-parse --abbrev-ref HEAD`. A detached HEAD has no branch: say how to name one.
 */
export function gitBranch(cwd: string, env: Env): string {
  for (const name of ['PACT_BRANCH', 'GITHUB_HEAD_REF', 'GITHUB_REF_NAME']) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  const branch = git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd, 'set PACT_BRANCH to the branch name');
  if (branch === 'HEAD')
    throw new ScriptError('the git checkout is on a detached HEAD, so it has no branch name; set PACT_BRANCH');
  return branch;
}

function git(args: string[], cwd: string, fix: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    throw new ScriptError(`git ${args.join(' ')} failed in ${cwd}; ${fix}`);
  }
}

/** The pact files a publish would send; refuses an empty or missing folder. */
export function pactFilesIn(dir: string, cwd: string): string[] {
  const absolute = path.resolve(cwd, dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    throw new ScriptError(`${dir}: no such folder; run the consumer tests (npm run test:consumer) to write the pacts`);
  }
  const files = readdirSync(absolute)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0)
    throw new ScriptError(`${dir}: no pact files (*.json); run the consumer tests (npm run test:consumer) first`);
  return files.map((name) => path.join(dir, name));
}

export function publishArgs(options: { pactsDir: string; version: string; branch: string }): string[] {
  return ['publish', options.pactsDir, '--consumer-app-version', options.version, '--branch', options.branch];
}

export interface CanIDeployOptions {
  pacticipant: string;
  version: string;
  environment: string;
  /** Poll while verification results are missing: `--retry-while-unknown N --retry-interval S`. */
  retryWhileUnknown?: number;
  retryInterval?: number;
}

export function canIDeployArgs(options: CanIDeployOptions): string[] {
  const args = [
    'can-i-deploy',
    '--pacticipant',
    options.pacticipant,
    '--version',
    options.version,
    '--to-environment',
    options.environment,
  ];
  if (options.retryWhileUnknown !== undefined) args.push('--retry-while-unknown', String(options.retryWhileUnknown));
  if (options.retryInterval !== undefined) args.push('--retry-interval', String(options.retryInterval));
  return args;
}

/** The `pact-broker` executable installed by @pact-foundation/pact-cli. */
export function pactBrokerBin(cwd: string): string {
  const bin = path.resolve(
    cwd,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'pact-broker.cmd' : 'pact-broker',
  );
  if (!existsSync(bin))
    throw new ScriptError(
      'node_modules/.bin/pact-broker is missing; run npm ci (it comes with @pact-foundation/pact-cli)',
    );
  return bin;
}

import './env.ts';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Verifier } from '@pact-foundation/pact';
import type { VerifierOptions } from '@pact-foundation/pact';
import type { StateHandlers } from './states.ts';

export const PROVIDER_NAME = 'ServiceB';
export const PACTS_DIR = resolve(import.meta.dirname, '../../../pacts');

/** Every pact file in pacts/ naming this provider, as absolute paths, sorted. */
export function localPactFiles(dir = PACTS_DIR): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new Error(`${dir}: no pacts directory; run "npm run test:consumer" to record the consumer contracts first`);
  }
  const files = names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => join(dir, n));
  if (files.length === 0) throw new Error(`${dir}: no pact files (*.json); run "npm run test:consumer" first`);
  return files;
}

/** Where the verification gets its pacts and whether it reports back, from the environment. */
export type PactSource =
  | { kind: 'local'; pactUrls: string[] }
  | {
      kind: 'broker';
      options: Pick<
        VerifierOptions,
        | 'pactBrokerUrl'
        | 'pactBrokerToken'
        | 'pactBrokerUsername'
        | 'pactBrokerPassword'
        | 'consumerVersionSelectors'
        | 'enablePending'
        | 'includeWipPactsSince'
        | 'publishVerificationResult'
        | 'providerVersion'
        | 'providerVersionBranch'
        | 'buildUrl'
      >;
    };

export interface GitInfo {
  sha: () => string;
  branch: () => string;
}

const git: GitInfo = {
  sha: () => execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
  branch: () => execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { encoding: 'utf8' }).trim(),
};

/**
 * PACT_BROKER_BASE_URL unset: verify the committed pacts/ files.
 * Set: fetch pacts from the broker (main branch + deployed/released consumer versions,
 * pending pacts on) and, only when CI=true, publish the results with provider
 * version = git SHA and branch = git branch.
 */
export function pactSourceFromEnv(env: NodeJS.ProcessEnv, gitInfo: GitInfo = git): PactSource {
  const brokerUrl = env.PACT_BROKER_BASE_URL?.trim();
  if (!brokerUrl) return { kind: 'local', pactUrls: localPactFiles() };
  try {
    new URL(brokerUrl);
  } catch {
    throw new Error(
      `PACT_BROKER_BASE_URL=${brokerUrl} is not a URL; set it like ` +
        `https://broker.example.com or unset it to verify pacts/`,
    );
  }
  const publish = env.CI === 'true';
  const options: Extract<PactSource, { kind: 'broker' }>['options'] = {
    pactBrokerUrl: brokerUrl,
    consumerVersionSelectors: [{ mainBranch: true }, { deployedOrReleased: true }, { matchingBranch: true }],
    enablePending: true,
    publishVerificationResult: publish,
  };
  if (env.PACT_BROKER_TOKEN) options.pactBrokerToken = env.PACT_BROKER_TOKEN;
  else if (env.PACT_BROKER_USERNAME) {
    options.pactBrokerUsername = env.PACT_BROKER_USERNAME;
    options.pactBrokerPassword = env.PACT_BROKER_PASSWORD ?? '';
  }
  if (env.PACT_INCLUDE_WIP_PACTS_SINCE) options.includeWipPactsSince = env.PACT_INCLUDE_WIP_PACTS_SINCE;
  // The provider version/branch are needed for pending pacts and matchingBranch even when not publishing.
  options.providerVersion = env.PACT_PROVIDER_APP_VERSION || env.GITHUB_SHA || gitInfo.sha();
  const branch = env.PACT_BRANCH || env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || gitInfo.branch();
  if (branch === 'HEAD')
    throw new Error('the git checkout is on a detached HEAD, so it has no branch name; set PACT_BRANCH');
  options.providerVersionBranch = branch;
  if (publish && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    options.buildUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  return { kind: 'broker', options };
}

export interface VerifyOptions {
  providerBaseUrl: string;
  stateHandlers: StateHandlers;
  source: PactSource;
  logLevel?: VerifierOptions['logLevel'];
  beforeEach?: () => Promise<unknown>;
}

/** Replay the pacts against a running provider. Rejects when any interaction fails. */
export function verifyPacts(options: VerifyOptions): Promise<string> {
  const base: VerifierOptions = {
    provider: PROVIDER_NAME,
    providerBaseUrl: options.providerBaseUrl,
    stateHandlers: options.stateHandlers,
    logLevel: options.logLevel ?? 'warn',
    failIfNoPactsFound: true,
    ...(options.beforeEach ? { beforeEach: options.beforeEach } : {}),
  };
  const source = options.source;
  const opts: VerifierOptions =
    source.kind === 'local' ? { ...base, pactUrls: source.pactUrls } : { ...base, ...source.options };
  return new Verifier(opts).verifyProvider();
}

/** Every provider state named in the given pact files. */
export function statesInPacts(
  pact: { interactions?: Array<{ providerStates?: Array<{ name: string }> }> }[],
): string[] {
  const names = new Set<string>();
  for (const file of pact)
    for (const i of file.interactions ?? []) for (const s of i.providerStates ?? []) names.add(s.name);
  return [...names].sort();
}

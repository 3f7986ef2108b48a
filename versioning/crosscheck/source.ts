/**
 * Where pacts come from: `--pacts DIR|FILE|broker` (check-pacts, and diff/gate through the impact
 * analysis). A folder or file is read from disk; `broker` fetches the pacts for verification from
 * the Pact Broker named by PACT_BROKER_BASE_URL.
 */
import { brokerConfigFromEnv, fetchPactsFromBroker, type FetchLike } from '../broker/index.ts';
import { InputError } from '../model.ts';
import { readPactFiles } from './pacts.ts';
import type { PactFile } from './types.ts';
import type { InputLimits } from '../model.ts';

export interface PactSourceOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The provider's pacticipant name (needed for `broker`). */
  provider?: string;
  fetch?: FetchLike;
  /** The input limits (size cap, network budget); defaults when absent. */
  limits?: InputLimits;
}

/** `--pacts DIR|FILE|broker`: read the pact files, or fetch them from the Pact Broker named by PACT_BROKER_BASE_URL. */
export async function loadPacts(source: string, options: PactSourceOptions): Promise<PactFile[]> {
  if (source !== 'broker') return readPactFiles(source, options.cwd, options.limits?.maxBytes);
  const config = brokerConfigFromEnv(options.env);
  if (!config) {
    throw new InputError(
      '--pacts broker needs PACT_BROKER_BASE_URL (and PACT_BROKER_TOKEN, or ' +
        'PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD); set it, or pass ' +
        '--pacts <pact file or folder>',
    );
  }
  if (!options.provider) {
    throw new InputError(
      "--pacts broker needs --provider <name>: the provider's pacticipant " +
        'name in the broker (provider.name in its pacts)',
    );
  }
  return fetchPactsFromBroker({
    baseUrl: config.baseUrl,
    provider: options.provider,
    ...(config.auth ? { auth: config.auth } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.limits ? { timeoutMs: options.limits.networkTimeoutMs, maxBytes: options.limits.maxBytes } : {}),
  });
}

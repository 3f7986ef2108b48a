/**
 * npm run publish:pacts [-- --dir pacts]
 *
 * Publishes the consumer pacts to the Pact Broker named by PACT_BROKER_BASE_URL:
 *   pact-broker publish pacts --consumer-app-version <git sha> --branch <git branch>
 * Refuses (exit 2) when PACT_BROKER_BASE_URL is unset or there is nothing to publish.
 */

import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import {
  ScriptError,
  gitBranch,
  gitSha,
  pactBrokerBin,
  pactFilesIn,
  publishArgs,
  requireBroker,
} from './pact-broker.ts';

function main(): number {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'pacts' } }, allowPositionals: false });
  const cwd = process.cwd();
  const env = process.env;
  requireBroker(env, 'publish:pacts');
  const pactsDir = values.dir;
  const files = pactFilesIn(pactsDir, cwd);
  const args = publishArgs({ pactsDir, version: gitSha(cwd, env), branch: gitBranch(cwd, env) });
  process.stdout.write(`publish:pacts: ${files.length} pact file(s) from ${pactsDir}: pact-broker ${args.join(' ')}\n`);
  const run = spawnSync(pactBrokerBin(cwd), args, { stdio: 'inherit', env: { ...env, PACT_DO_NOT_TRACK: 'true' } });
  if (run.error) throw new ScriptError(`could not run pact-broker: ${run.error.message}`);
  return run.status ?? 1;
}

try {
  process.exitCode = main();
} catch (error) {
  if (
    error instanceof ScriptError ||
    (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}

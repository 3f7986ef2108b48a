/**
 * npm run can-i-deploy -- --pacticipant ServiceA --to-environment production
 *
 * Asks the Pact Broker whether this commit of an application can be deployed:
 *   pact-broker can-i-deploy --pacticipant <name> --version <git sha> --to-environment <env>
 * The pacticipant comes from --pacticipant or PACTICIPANT; the environment from --to-environment
 * or PACT_ENVIRONMENT; the version from --version, PACT_CONSUMER_APP_VERSION or the git commit.
 * Exit code: pact-broker's (0 = yes, 1 = no); 2 when the configuration is incomplete.
 */

import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ScriptError, canIDeployArgs, gitSha, pactBrokerBin, requireBroker } from './pact-broker.ts';

function main(): number {
  const { values } = parseArgs({
    options: {
      pacticipant: { type: 'string' },
      version: { type: 'string' },
      'to-environment': { type: 'string' },
      'retry-while-unknown': { type: 'string' },
      'retry-interval': { type: 'string' },
    },
    allowPositionals: false,
  });
  const cwd = process.cwd();
  const env = process.env;
  requireBroker(env, 'can-i-deploy');
  const pacticipant = values.pacticipant ?? env['PACTICIPANT'];
  if (!pacticipant)
    throw new ScriptError('can-i-deploy: name the application: --pacticipant ServiceA (or set PACTICIPANT)');
  const environment = values['to-environment'] ?? env['PACT_ENVIRONMENT'];
  if (!environment)
    throw new ScriptError(
      'can-i-deploy: name the target environment: --to-environment production (or set PACT_ENVIRONMENT)',
    );
  const count = (name: 'retry-while-unknown' | 'retry-interval'): number | undefined => {
    const value = values[name];
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new ScriptError(`can-i-deploy: --${name} must be a whole number, not "${value}"`);
    return Number(value);
  };
  const retryWhileUnknown = count('retry-while-unknown');
  const retryInterval = count('retry-interval');
  const args = canIDeployArgs({
    pacticipant,
    version: values.version ?? gitSha(cwd, env),
    environment,
    ...(retryWhileUnknown !== undefined ? { retryWhileUnknown } : {}),
    ...(retryInterval !== undefined ? { retryInterval } : {}),
  });
  process.stdout.write(`can-i-deploy: pact-broker ${args.join(' ')}\n`);
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

/**
 * `contract-kit check-pacts`: argument parsing, input, output and the exit code, with every effect
 * passed in (`io`), so the CLI only delegates: `process.exitCode = await runCheckPacts(argv, io)`.
 *
 * Exit codes: 0 = every interaction promised, 1 = an error-level finding, 2 = bad input or usage.
 */

import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../model.ts';
import { brokerConfigFromEnv, fetchPactsFromBroker } from '../broker/index.ts';
import type { FetchLike } from '../broker/index.ts';
import { checkPacts } from './check.ts';
import { CROSSCHECK_FORMATS, renderCrossCheck } from './report.ts';
import type { CrossCheckFormat } from './report.ts';
import type { PactFile } from './types.ts';

export interface Writer {
  write(text: string): unknown;
}

export interface CheckPactsIo {
  stdout: Writer;
  stderr: Writer;
  /** Working directory for relative paths. */
  cwd: string;
  /** Environment (for `--pacts broker`: PACT_BROKER_BASE_URL, PACT_BROKER_TOKEN, ...). Default: none. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Colours in the text format (the CLI passes `stdout.isTTY && !NO_COLOR`). */
  color?: boolean;
  /** Injected for tests of `--pacts broker`. */
  fetch?: FetchLike;
}

interface Flags {
  spec: string;
  pacts: string;
  provider?: string;
  format: CrossCheckFormat;
}

/** Builds the `check-pacts` command (also usable by the CLI to show help in its own program). */
export function checkPactsCommand(): Command {
  return new Command('check-pacts')
    .description("check that every consumer pact interaction is promised by the provider's OpenAPI document")
    .requiredOption('--spec <file>', 'the OpenAPI document, e.g. provider/openapi.yaml')
    .option('--pacts <path|broker>', 'a pact file, a folder of pact files, or "broker" (needs PACT_BROKER_BASE_URL)', 'pacts')
    .option('--provider <name>', "only pacts whose provider.name is this (required with --pacts broker)")
    .addOption(new Option('--format <format>', 'output format').choices([...CROSSCHECK_FORMATS]).default('text'))
    .helpOption('-h, --help', 'show this help');
}

/** Runs `check-pacts` with `args` (the words after `check-pacts`). Resolves to the exit code; never calls process.exit. */
export async function runCheckPacts(args: readonly string[], io: CheckPactsIo): Promise<number> {
  const command = checkPactsCommand()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  let flags: Flags;
  try {
    command.parse([...args], { from: 'user' });
    flags = command.opts<Flags>();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }

  try {
    const pacts = flags.pacts === 'broker' ? await pactsFromBroker(flags, io) : flags.pacts;
    const result = await checkPacts({
      spec: flags.spec,
      pacts,
      cwd: io.cwd,
      ...(flags.provider !== undefined ? { provider: flags.provider } : {}),
    });
    io.stdout.write(renderCrossCheck(flags.format, result, { color: io.color ?? false }));
    return result.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`contract-kit check-pacts: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function pactsFromBroker(flags: Flags, io: CheckPactsIo): Promise<PactFile[]> {
  const config = brokerConfigFromEnv(io.env ?? {});
  if (!config) {
    throw new InputError(
      '--pacts broker needs PACT_BROKER_BASE_URL (and PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD); set it, or pass --pacts <pact file or folder>',
    );
  }
  if (!flags.provider) {
    throw new InputError('--pacts broker needs --provider <name>: the provider\'s pacticipant name in the broker (provider.name in its pacts)');
  }
  return fetchPactsFromBroker({
    baseUrl: config.baseUrl,
    provider: flags.provider,
    ...(config.auth ? { auth: config.auth } : {}),
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
}

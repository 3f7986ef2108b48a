/**
 * The `usage` command's arguments, apart from running it (./usage.ts): the CLI registers it for
 * `--help` and the generated docs without loading the spec and pact readers.
 */
import { Command, Option } from 'commander';
import { addLimitOptions } from '../load/input.ts';

export const USAGE_FORMATS = ['text', 'json', 'markdown'] as const;
export type UsageFormat = (typeof USAGE_FORMATS)[number];

/** Builds the `usage` command (also registered by the CLI for its help). */
export function usageCommand(): Command {
  const command = new Command('usage')
    .description(
      'who reads what: per operation and status, the fields and headers ' +
        'consumer pacts read (with consumers and interactions), and the ' +
        'documented response fields no consumer reads',
    )
    .requiredOption('--spec <file>', 'the OpenAPI document, e.g. provider/openapi.yaml')
    .option(
      '--pacts <path|broker>',
      'a pact file, a folder of pact files, or "broker" (needs PACT_BROKER_BASE_URL)',
      'pacts',
    )
    .option('--provider <name>', 'only pacts whose provider.name is this (required with --pacts broker)')
    .addOption(new Option('-f, --format <name>', 'output format').choices([...USAGE_FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the output to a file instead of stdout');
  return addLimitOptions(command).helpOption('-h, --help', 'display help for command');
}

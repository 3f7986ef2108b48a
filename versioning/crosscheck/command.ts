/**
 * The `check-pacts` command's arguments, apart from running it (./run.ts): the CLI registers it
 * for `--help` and the generated docs without loading the comparator.
 */
import { Command, Option } from 'commander';
import { addLimitOptions } from '../load/input.ts';
import { CROSSCHECK_FORMATS } from './report.ts';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Builds the `check-pacts` command (also usable by the CLI to show help in its own program). */
export function checkPactsCommand(): Command {
  const command = new Command('check-pacts')
    .description("check that every consumer pact interaction is promised by the provider's OpenAPI document")
    .requiredOption('--spec <file>', 'the OpenAPI document, e.g. provider/openapi.yaml')
    .option(
      '--pacts <path|broker>',
      'a pact file, a folder of pact files, or "broker" (needs PACT_BROKER_BASE_URL)',
      'pacts',
    )
    .option('--provider <name>', 'only pacts whose provider.name is this (required with --pacts broker)')
    .addOption(
      new Option(
        '-f, --format <format[=file]>',
        `output format: ${CROSSCHECK_FORMATS.join(', ')}; repeat for several, each with its own =file`,
      )
        .argParser(collect)
        .default([], 'text'),
    )
    .option('-o, --output <file>', 'write the output to a file instead of stdout');
  return addLimitOptions(command).helpOption('-h, --help', 'display help for command');
}

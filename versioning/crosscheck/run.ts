/**
 * `contract-kit check-pacts`: argument parsing, input, output and the exit code, with every effect
 * passed in (`io`), so the CLI only delegates: `process.exitCode = await runCheckPacts(argv, io)`.
 *
 * Exit codes: 0 = every interaction promised, 1 = an error-level finding, 2 = bad input or usage.
 */

import { CommanderError } from 'commander';
import { InputError } from '../model.ts';
import { oneLine } from '../cli/errors.ts';
import { LimitFlagError, limitsFromFlags, type LimitFlags } from '../load/input.ts';
import type { FetchLike } from '../broker/index.ts';
import { checkPacts } from './check.ts';
import { loadPacts } from './source.ts';
import { checkPactsCommand } from './command.ts';
import { CROSSCHECK_FORMATS, renderCrossCheck } from './report.ts';
import type { CrossCheckFormat } from './report.ts';

export { checkPactsCommand } from './command.ts';

export interface Writer {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Everything `check-pacts` may touch. The CLI's `Io` (versioning/cli/io.ts) fits as is. */
export interface CheckPactsIo {
  stdout: Writer;
  stderr: Writer;
  /** Working directory for relative paths. */
  cwd: string;
  /** Environment: PACT_BROKER_* for `--pacts broker`; FORCE_COLOR / NO_COLOR. Default: none. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Writes `--format NAME=FILE` / `--output FILE` outputs (relative to `cwd`); without it, only stdout is allowed. */
  writeFile?(file: string, text: string): Promise<void>;
  /** Force colours on or off in text output (default: FORCE_COLOR, then NO_COLOR, then stdout.isTTY). */
  color?: boolean;
  /** Injected for tests of `--pacts broker`. */
  fetch?: FetchLike;
}

interface Flags extends LimitFlags {
  spec: string;
  pacts: string;
  provider?: string;
  format: string[];
  output?: string;
}

/** Usage errors: exit 2 with the message. */
class UsageError extends Error {}

interface Target {
  format: CrossCheckFormat;
  /** undefined = stdout */
  file?: string;
}

/** `--format NAME[=FILE]` (repeatable) and `--output FILE`, with the same rules as the other contract-kit commands. */
export function parseFormatTargets(values: readonly string[], output: string | undefined): Target[] {
  const specs = values.length > 0 ? values : ['text'];
  const targets: Target[] = [];
  const destinations = new Map<string, string>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const name = (eq === -1 ? spec : spec.slice(0, eq)).trim();
    const file = eq === -1 ? output : spec.slice(eq + 1).trim();
    if (!(CROSSCHECK_FORMATS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown format "${name}" (formats: ${CROSSCHECK_FORMATS.join(', ')})`);
    }
    if (file === '') throw new UsageError(`--format ${spec}: missing file name after "="`);
    const destination = file === undefined || file === '-' ? '-' : file;
    const clash = destinations.get(destination);
    if (clash !== undefined) {
      const ext = name === 'json' ? 'json' : name === 'junit' ? 'xml' : name === 'markdown' ? 'md' : 'txt';
      throw new UsageError(
        `--format ${clash} and --format ${name} both write to ${destination === '-' ? 'stdout' : destination}; ` +
          `give one its own file, e.g. --format ${name}=pacts-check.${ext}`,
      );
    }
    destinations.set(destination, name);
    targets.push(
      destination === '-'
        ? { format: name as CrossCheckFormat }
        : { format: name as CrossCheckFormat, file: destination },
    );
  }
  return targets;
}

function wantsColor(io: CheckPactsIo): boolean {
  if (io.color !== undefined) return io.color;
  const force = io.env?.['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  const no = io.env?.['NO_COLOR'];
  if (no !== undefined && no !== '') return false;
  return io.stdout.isTTY === true;
}

/** Runs `check-pacts` with `args` (the words after `check-pacts`). Resolves to the exit code; never calls process.exit.
 * */
export async function runCheckPacts(args: readonly string[], io: CheckPactsIo): Promise<number> {
  // Run on its own, the command still shows as `contract-kit check-pacts` in its usage line.
  const command = checkPactsCommand()
    .name('contract-kit check-pacts')
    .exitOverride()
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {},
    });
  let flags: Flags;
  try {
    command.parse([...args], { from: 'user' });
    flags = command.opts<Flags>();
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      // The same words as the other commands' usage errors (versioning/cli/errors.ts).
      io.stderr.write(`contract-kit: ${error.message.replace(/^error: /, '').split('\n')[0]} (see --help)\n`);
      return 2;
    }
    throw error;
  }

  try {
    const targets = parseFormatTargets(flags.format, flags.output);
    if (targets.some((target) => target.file !== undefined) && !io.writeFile) {
      throw new UsageError('writing a report to a file is not available here; print to stdout instead');
    }
    const limits = limitsFromFlags(flags);
    const pacts =
      flags.pacts === 'broker'
        ? await loadPacts('broker', {
            cwd: io.cwd,
            env: io.env ?? {},
            limits,
            ...(flags.provider !== undefined ? { provider: flags.provider } : {}),
            ...(io.fetch ? { fetch: io.fetch } : {}),
          })
        : flags.pacts;
    const result = await checkPacts({
      spec: flags.spec,
      pacts,
      cwd: io.cwd,
      limits,
      ...(flags.provider !== undefined ? { provider: flags.provider } : {}),
    });
    for (const target of targets) {
      const text = renderCrossCheck(target.format, result, { color: target.file === undefined && wantsColor(io) });
      if (target.file === undefined) {
        io.stdout.write(text);
        continue;
      }
      try {
        await io.writeFile!(target.file, text);
      } catch (error) {
        throw new InputError(
          `cannot write ${target.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; ` +
            `check the path`,
          target.file,
        );
      }
    }
    return result.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`contract-kit: ${oneLine(error.message)} (see --help)\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof LimitFlagError) {
      io.stderr.write(`contract-kit: ${oneLine(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

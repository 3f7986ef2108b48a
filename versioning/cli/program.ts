/**
 * The command line: `diff`, `gate`, `changelog`, `rules`, `check-pacts` and `usage`. Commands return an exit code
 * (0 ok, 1 gate or fail-on failed, 2 usage or input error); only main.ts touches `process`.
 */
import { Command, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { loadConfig } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import { isEmptyFilter, mergeFilters, type SpecFilter } from '../filter/spec-filter.ts';
import type { PactFile } from '../crosscheck/types.ts';
import { analyze, type AnalyzeOptions } from '../engine.ts';
import { InputError, LEVELS, type Level, type Report, type RuleDefinition } from '../model.ts';
import {
  FORMAT_NAMES,
  FORMATTERS,
  formatRules,
  RULE_FORMATS,
  type FormatName,
  type RuleFormat,
} from '../report/index.ts';
import type { GatePolicyName } from '../policy/gate.ts';
import { allRules } from '../rules/registry.ts';
import { EXIT, reportError, UsageError } from './errors.ts';
import { parseFormats, type OutputTarget } from './formats.ts';
import { wantsColor, type Io } from './io.ts';
import { addLimitOptions, limitsFromFlags, type LimitFlags } from '../load/input.ts';

export interface CliDeps {
  analyze: (base: string, revision: string, options: AnalyzeOptions) => Promise<Report>;
  rules: readonly RuleDefinition[];
  /** "Today" (tests inject it). */
  now: () => Date;
}

export interface CompareFlags extends LimitFlags {
  format: string[];
  output?: string;
  failOn?: Level;
  config?: string;
  allowRemote?: boolean;
  pacts?: string;
  provider?: string;
  policy?: GatePolicyName;
  semantic?: boolean;
  semanticTimeout?: string;
  perOperation?: boolean;
  includePath?: string[];
  excludePath?: string[];
  dropExtension?: string[];
  baseRef?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export async function writeOutputs<F extends string>(
  io: Io,
  targets: OutputTarget<F>[],
  render: (format: F, color: boolean) => string,
): Promise<void> {
  for (const t of targets) {
    const text = render(t.format, t.file === undefined && wantsColor(io));
    if (t.file === undefined) {
      io.stdout.write(text);
      continue;
    }
    try {
      await io.writeFile(t.file, text);
    } catch (err) {
      throw new InputError(
        `cannot write ${t.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; check the path`,
        t.file,
      );
    }
  }
}

async function readInputs(io: Io, base: string, revision: string, maxBytes: number): Promise<string | undefined> {
  if (base === '-' && revision === '-')
    throw new UsageError('BASE and REVISION cannot both be - (stdin); give one of them as a file');
  if (base !== '-' && revision !== '-') return undefined;
  if (io.stdinIsTTY)
    throw new UsageError(
      '- reads the spec from stdin, but stdin is a terminal; pipe a file in ' +
        '(cat spec.yaml | contract-kit diff - other.yaml) or give a path',
    );
  return io.readStdin(maxBytes);
}

export type CompareKind = 'diff' | 'gate' | 'changelog';

async function compare(
  kind: CompareKind,
  base: string | undefined,
  revision: string | undefined,
  flags: CompareFlags,
  io: Io,
  deps: CliDeps,
): Promise<number> {
  const defaultFormat: FormatName = kind === 'changelog' ? 'changelog' : 'text';
  const targets = parseFormats<FormatName>(flags.format, flags.output, defaultFormat, FORMAT_NAMES);
  if (flags.policy === 'consumers' && flags.pacts === undefined && base !== undefined) {
    throw new UsageError(
      '--policy consumers needs --pacts <folder|broker>: the pacts of the consumers whose interactions decide the gate',
    );
  }
  if (flags.policy !== undefined && kind === 'diff' && flags.failOn === undefined) {
    throw new UsageError(
      '--policy applies to the gate; on diff give --fail-on <level> with it, or use contract-kit gate',
    );
  }
  const notExtension = (flags.dropExtension ?? []).find((x) => !x.startsWith('x-'));
  if (notExtension !== undefined)
    throw new UsageError(
      `--drop-extension ${notExtension}: give an extension name starting with x-, e.g. --drop-extension x-internal`,
    );
  const limits = limitsFromFlags(flags);
  const config = await loadConfig(
    { cwd: io.cwd, maxBytes: limits.maxBytes, ...(flags.config !== undefined ? { file: flags.config } : {}) },
    () => deps.rules.map((r) => r.id),
  );
  if (base === undefined || revision === undefined) {
    if (base !== undefined)
      throw new UsageError(
        `give both BASE and REVISION, or neither to run every API listed ` +
          `in ${config.file ?? '.contract-kit.yaml'} (see --help)`,
      );
    return (await import('../multi/run.ts')).runApis(kind, targets, flags, config, io, deps);
  }
  if (flags.baseRef !== undefined)
    throw new UsageError(
      '--base-ref applies when no files are given (the APIs in .contract-kit.yaml); name the base as REF:path instead',
    );
  const stdin = await readInputs(io, base, revision, limits.maxBytes);
  // Pacts, the comparator and openapi-diff are loaded only for the flags that need them: a plain
  // diff starts without them.
  const pacts =
    flags.pacts !== undefined
      ? await (
          await import('../impact/index.ts')
        ).loadPacts(flags.pacts, {
          cwd: io.cwd,
          env: io.env,
          limits,
          ...(flags.provider !== undefined ? { provider: flags.provider } : {}),
        })
      : undefined;
  const options = await analyzeOptions(kind, flags, config, io, deps, pacts, stdin);
  const report = await deps.analyze(base, revision, options);
  const perOperation = flags.perOperation === true;
  await writeOutputs(io, targets, (format, color) => FORMATTERS[format](report, { color, perOperation }));
  return report.gate && !report.gate.ok ? EXIT.failed : EXIT.ok;
}

/** The engine's options for one comparison (one API), from the flags and the configuration. */
export async function analyzeOptions(
  kind: CompareKind,
  flags: CompareFlags,
  config: Config,
  io: Io,
  deps: CliDeps,
  pacts: PactFile[] | undefined,
  stdin?: string,
  apiFilter?: SpecFilter,
): Promise<AnalyzeOptions> {
  const limits = limitsFromFlags(flags);
  const options: AnalyzeOptions = {
    load: { cwd: io.cwd, allowRemote: flags.allowRemote === true, limits, ...(stdin !== undefined ? { stdin } : {}) },
    config,
    now: deps.now(),
  };
  const loaded = io.loaded;
  if (loaded !== undefined)
    options.onPhase = (phase) => {
      if (phase === 'base' || phase === 'load') loaded.call(io);
    };
  const filter = mergeFilters(config.filter, apiFilter, {
    includePaths: flags.includePath ?? [],
    excludePaths: flags.excludePath ?? [],
    dropExtensions: flags.dropExtension ?? [],
  });
  if (!isEmptyFilter(filter)) options.filter = filter;
  const policy = flags.policy ?? 'semver';
  // The semver gate applies a fail-on level only when one is set explicitly (flag or config).
  if (kind === 'gate')
    options.gate = { ...(flags.failOn !== undefined ? { failOn: flags.failOn } : {}), policy, checkVersion: true };
  if (kind === 'diff' && flags.failOn) options.gate = { failOn: flags.failOn, policy, checkVersion: false };
  if (pacts) {
    const { impactStep } = await import('../impact/index.ts');
    options.impact = impactStep({
      pacts,
      cwd: io.cwd,
      ...(flags.provider !== undefined ? { provider: flags.provider } : {}),
    });
  }
  if (flags.semantic || flags.semanticTimeout !== undefined) {
    const semantic = await import('../semantic/index.ts');
    const semanticTimeout = semantic.parseSemanticTimeout(flags.semanticTimeout);
    // Notes only: the openapi-diff second opinion never changes a verdict.
    if (flags.semantic) {
      options.secondOpinion = semantic.semanticStep(
        semanticTimeout !== undefined ? { timeoutMs: semanticTimeout } : {},
      );
    }
  }
  return options;
}

function addCompareOptions(cmd: Command, kind: CompareKind): Command {
  cmd
    .argument(
      kind === 'changelog' ? '<base>' : '[base]',
      `the base document: a path, - for stdin, or REF:path for a git revision${
        kind === 'changelog'
          ? ''
          : '; without BASE and REVISION, every API listed under apis: in ' + '.contract-kit.yaml against --base-ref'
      }`,
    )
    .argument(
      kind === 'changelog' ? '<revision>' : '[revision]',
      'the revised document: a path, - for stdin, or REF:path',
    );
  if (kind !== 'changelog') {
    cmd.addOption(
      new Option(
        '-f, --format <format[=file]>',
        `output format: ${FORMAT_NAMES.join(', ')}; repeat for several, each with its own =file`,
      )
        .argParser(collect)
        .default([], 'text'),
    );
  }
  cmd.option('-o, --output <file>', 'write the output to a file instead of stdout');
  if (kind !== 'changelog') {
    cmd.option(
      '--per-operation',
      'json: list every change once per operation it reaches (schemaVersion 1, the flat shape of oasdiff) ' +
        'instead of once per edit with its occurrences (schemaVersion 2)',
    );
  }
  if (kind !== 'changelog') {
    const failOn = new Option(
      '--fail-on <level>',
      kind === 'gate'
        ? 'semver policy: also fail on any change at or above this level that is ' +
            "not accepted (default: the config's failOn; without either, only the " +
            'version check decides)'
        : 'exit 1 when a change at or above this level is not accepted',
    ).choices([...LEVELS]);
    cmd.addOption(failOn);
  }
  if (kind !== 'changelog') {
    cmd.option(
      '--pacts <folder|broker>',
      'pact files (a folder or one file), or "broker" (PACT_BROKER_BASE_URL): ' +
        'list the consumer interactions each change breaks',
    );
    cmd.option('--provider <name>', 'only pacts whose provider.name is this (required with --pacts broker)');
    cmd.addOption(
      new Option(
        '--policy <policy>',
        kind === 'gate'
          ? 'semver: fail on a version too low for the changes (default); ' +
              'consumers: fail only when a known consumer breaks (needs --pacts)'
          : 'with --fail-on: semver (default) or consumers (fail only on changes ' +
              'that break a known consumer; needs --pacts)',
      ).choices(['semver', 'consumers']),
    );
  }
  if (kind !== 'changelog') {
    cmd.option(
      '--semantic',
      'second opinion from openapi-diff on changed bodies that use ' +
        'allOf/oneOf/anyOf: a note wherever its verdict differs (verdicts ' +
        'unchanged)',
    );
    cmd.option(
      '--semantic-timeout <seconds>',
      'give up the --semantic cross-check after this many seconds (default 30)',
    );
  }
  if (kind !== 'changelog') {
    cmd.option(
      '--base-ref <ref>',
      'without files: the git revision each API is compared with (default: ' +
        '$CONTRACT_KIT_BASE_REF, the pull request base, origin/main, or HEAD~1)',
    );
  }
  cmd.option(
    '--include-path <glob>',
    'compare only paths matching this glob (e.g. "/users/**"); repeatable',
    collect,
    [],
  );
  cmd.option('--exclude-path <glob>', 'leave out paths matching this glob; repeatable', collect, []);
  cmd.option(
    '--drop-extension <x-name>',
    'leave out operations carrying this extension with a truthy value (e.g. x-internal); repeatable',
    collect,
    [],
  );
  cmd.option(
    '-c, --config <file>',
    'configuration file (default: .contract-kit.yaml in the working directory, if present)',
  );
  cmd.option('--allow-remote', 'resolve $refs to http(s) URLs (off: no network by default)');
  return addLimitOptions(cmd);
}

/** The commands `run` can build alone (see `ProgramScope`). */
const SINGLE_COMMANDS: ReadonlySet<string> = new Set(['diff', 'gate', 'changelog', 'rules']);

/**
 * What `buildProgram` builds: one command only (`run` builds just the command its arguments start
 * with, since the other commands show only in the program's own help and in its errors about an
 * unknown command, which such a command line never reaches), or every command, with `others`
 * from `selfParsedCommands()`.
 */
export type ProgramScope = { only: string } | { others: readonly Command[] };

/**
 * `check-pacts` and `usage` parse their own arguments (versioning/crosscheck/run.ts,
 * versioning/impact/usage.ts; `run` hands them over); the program lists them for `--help`,
 * `help <command>` and the generated docs. Loaded only for the whole program.
 */
export async function selfParsedCommands(): Promise<Command[]> {
  const [{ checkPactsCommand }, { usageCommand }] = await Promise.all([
    import('../crosscheck/command.ts'),
    import('../impact/usage-command.ts'),
  ]);
  return [checkPactsCommand(), usageCommand()];
}

/** Build the commander program; `setCode` receives each command's exit code. */
export function buildProgram(io: Io, deps: CliDeps, setCode: (code: number) => void, scope: ProgramScope): Command {
  const only = 'only' in scope ? scope.only : undefined;
  const wants = (name: string) => only === undefined || only === name;
  const program = new Command('contract-kit')
    .description('Diff two OpenAPI documents, classify every change, derive the semver bump and gate CI.')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    })
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
    .addHelpText('after', '\nExit codes: 0 ok, 1 the gate or --fail-on failed, 2 usage or input error.');

  if (wants('diff'))
    addCompareOptions(
      program.command('diff').description('list the changes between BASE and REVISION, with the bump they need'),
      'diff',
    ).action(async (base: string | undefined, revision: string | undefined, flags: CompareFlags) =>
      setCode(await compare('diff', base, revision, flags, io, deps)),
    );
  if (wants('gate'))
    addCompareOptions(
      program
        .command('gate')
        .description(
          'fail (exit 1) when info.version is too low for the changes (or, with ' +
            '--fail-on, a change at or above it is not accepted); --policy ' +
            'consumers: only when a known consumer breaks',
        ),
      'gate',
    ).action(async (base: string | undefined, revision: string | undefined, flags: CompareFlags) =>
      setCode(await compare('gate', base, revision, flags, io, deps)),
    );
  if (wants('changelog'))
    addCompareOptions(
      program.command('changelog').description('release notes in Markdown, grouped by operation'),
      'changelog',
    ).action(async (base: string, revision: string, flags: Omit<CompareFlags, 'format'>) =>
      setCode(await compare('changelog', base, revision, { ...flags, format: [] }, io, deps)),
    );
  if (!wants('rules')) return program;
  program
    .command('rules')
    .description('list every rule: id, level, direction, action, description')
    .addOption(new Option('-f, --format <format>', 'catalogue format').choices([...RULE_FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the catalogue to a file instead of stdout')
    .action(async (flags: { format: RuleFormat; output?: string }) => {
      const targets: OutputTarget<RuleFormat>[] = [
        flags.output !== undefined && flags.output !== '-'
          ? { format: flags.format, file: flags.output }
          : { format: flags.format },
      ];
      await writeOutputs(io, targets, (format) => formatRules(deps.rules, format));
      setCode(EXIT.ok);
    });
  if (!('others' in scope)) return program;
  for (const command of scope.others) {
    command.copyInheritedSettings(program);
    program.addCommand(command);
  }
  return program;
}

/** The CLI's dependencies: those of `deps`, else the engine, the registry's rules and the clock. */
export function defaultDeps(deps: Partial<CliDeps> = {}): CliDeps {
  return {
    analyze: deps.analyze ?? analyze,
    // A getter: the ~680 rules are made only by a run that reads them (a config file, `rules`).
    get rules() {
      return deps.rules ?? allRules();
    },
    now: deps.now ?? (() => new Date()),
  };
}

/** Run the CLI with user arguments (no `node` / script); returns the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io, deps: Partial<CliDeps> = {}): Promise<number> {
  let code: number = EXIT.ok;
  try {
    if (argv[0] === 'check-pacts') return await (await import('../crosscheck/run.ts')).runCheckPacts(argv.slice(1), io);
    if (argv[0] === 'usage') return await (await import('../impact/usage.ts')).runUsage(argv.slice(1), io);
    // `-v` prints the version as `-V` does (commander takes one short flag per option).
    if (argv.length === 1 && argv[0] === '-v') argv = ['-V'];
    const scope: ProgramScope =
      argv[0] !== undefined && SINGLE_COMMANDS.has(argv[0])
        ? { only: argv[0] }
        : { others: await selfParsedCommands() };
    const program = buildProgram(
      io,
      defaultDeps(deps),
      (c) => {
        code = c;
      },
      scope,
    );
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    return reportError(err, io);
  }
}

/**
 * Several APIs in one run: `gate` / `diff` without files compare every API listed under `apis:` in
 * `.contract-kit.yaml` (its spec in the working tree against the same file at the base git ref),
 * each with its own pacts, and end with one summary table and one exit code (the worst).
 * An API whose spec is new at the base ref has nothing to compare and is listed as such.
 */
import path from 'node:path';
import type { ApiEntry, Config } from '../config/schema.ts';
import { InputError, type Report } from '../model.ts';
import { FORMATTERS, type FormatName } from '../report/index.ts';
import { toJsonReport } from '../report/json.ts';
import { analyzeOptions, writeOutputs, type CliDeps, type CompareFlags, type CompareKind } from '../cli/program.ts';
import { EXIT, UsageError } from '../cli/errors.ts';
import { limitsFromFlags } from '../load/input.ts';
import type { OutputTarget } from '../cli/formats.ts';
import type { Io } from '../cli/io.ts';
import { chooseBase, gitIn, hasObject } from './base.ts';

/** One API's outcome: a report, or why there is none. */
export interface ApiOutcome {
  api: ApiEntry;
  /** The spec relative to the working directory. */
  spec: string;
  report?: Report;
  /** The spec does not exist at the base ref: a new API, nothing to compare. */
  isNew?: boolean;
  /** An input error for this API (exit 2), one line. */
  error?: string;
}

export interface ApisResult {
  baseRef: string;
  outcomes: ApiOutcome[];
  code: number;
}

/** Compares every API of `config.apis` against `baseRef` (in `cwd`, a git work tree). */
export async function compareApis(
  kind: CompareKind,
  baseRef: string,
  flags: CompareFlags,
  config: Config,
  io: Io,
  deps: CliDeps,
): Promise<ApisResult> {
  const apis = config.apis ?? [];
  const configDir = config.file !== undefined ? path.dirname(path.resolve(io.cwd, config.file)) : io.cwd;
  const git = gitIn(io.cwd);
  const outcomes: ApiOutcome[] = [];
  let code: number = EXIT.ok;
  for (const api of apis) {
    const spec = path.relative(io.cwd, path.resolve(configDir, api.spec)).split(path.sep).join('/');
    const base = `${baseRef}:./${spec}`;
    if (!hasObject(git, base)) {
      outcomes.push({ api, spec, isNew: true });
      continue;
    }
    try {
      // The API's own pacts (relative to the config file), else --pacts (relative to the working directory).
      const pactsPath =
        api.pacts === undefined || api.pacts === 'broker'
          ? (api.pacts ?? flags.pacts)
          : path.relative(io.cwd, path.resolve(configDir, api.pacts)) || '.';
      const provider = api.provider ?? flags.provider;
      const pacts =
        pactsPath !== undefined
          ? await (
              await import('../impact/index.ts')
            ).loadPacts(pactsPath, {
              cwd: io.cwd,
              env: io.env,
              limits: limitsFromFlags(flags),
              ...(provider !== undefined ? { provider } : {}),
            })
          : undefined;
      if (flags.policy === 'consumers' && pacts === undefined) {
        throw new UsageError(
          `apis: ${api.name} has no pacts, and --policy consumers needs ` +
            `them; add pacts: to it or use the semver policy`,
        );
      }
      const apiFlags: CompareFlags = provider !== undefined ? { ...flags, provider } : flags;
      const report = await deps.analyze(
        base,
        spec,
        await analyzeOptions(kind, apiFlags, config, io, deps, pacts, undefined, api.filter),
      );
      outcomes.push({ api, spec, report });
      if (report.gate && !report.gate.ok) code = Math.max(code, EXIT.failed);
    } catch (err) {
      if (
        !(err instanceof InputError) &&
        !(err instanceof UsageError) &&
        !(err instanceof Error && err.name === 'InputError')
      )
        throw err;
      outcomes.push({ api, spec, error: err.message.split('\n')[0] ?? '' });
      code = EXIT.usage;
    }
  }
  return { baseRef, outcomes, code };
}

function verdict(o: ApiOutcome): string {
  if (o.error !== undefined) return 'error';
  if (o.isNew) return 'new';
  const gate = o.report?.gate;
  return gate === undefined ? '-' : gate.ok ? 'passed' : 'FAILED';
}

/** One row per API: name, spec, changes, breaking, bump, version check, broken interactions, verdict. */
export function summaryRows(result: ApisResult): string[][] {
  const header = ['API', 'spec', 'changes', 'breaking', 'bump', 'version', 'broken interactions', 'result'];
  const rows = result.outcomes.map((o) => {
    const r = o.report;
    if (!r)
      return [
        o.api.name,
        o.spec,
        '-',
        '-',
        '-',
        '-',
        '-',
        o.isNew ? `new (not in ${result.baseRef})` : `error: ${o.error ?? ''}`,
      ];
    const version = r.version.ok ? `ok ${r.version.revision ?? ''}`.trim() : `needs ${r.version.required ?? '?'}`;
    const broken = r.impact ? `${r.impact.broken} of ${r.impact.interactions}` : '-';
    return [
      o.api.name,
      o.spec,
      String(r.changes.length),
      String(r.summary.breaking),
      r.bump,
      version,
      broken,
      verdict(o),
    ];
  });
  return [header, ...rows];
}

export function renderSummaryText(result: ApisResult): string {
  const rows = summaryRows(result);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  '));
  return `\n== ${result.outcomes.length} APIs against ${result.baseRef}\n\n${lines.join('\n')}\n`;
}

export function renderSummaryMarkdown(result: ApisResult): string {
  const rows = summaryRows(result).map((r) => r.map((c) => c.replace(/\|/g, '\\|')));
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [
    `### ${result.outcomes.length} APIs against \`${result.baseRef}\``,
    '',
    line(rows[0]!),
    line(rows[0]!.map(() => '---')),
    ...rows.slice(1).map(line),
    '',
  ].join('\n');
}

/** One format's output for every API, then (for text and markdown) the summary table. */
export function renderApis(format: FormatName, result: ApisResult, color: boolean): string {
  if (format === 'json') {
    const apis = result.outcomes.map((o) => ({
      name: o.api.name,
      spec: o.spec,
      ...(o.report ? { report: toJsonReport(o.report) } : {}),
      ...(o.isNew ? { new: true } : {}),
      ...(o.error !== undefined ? { error: o.error } : {}),
    }));
    return JSON.stringify({ baseRef: result.baseRef, exitCode: result.code, apis }, null, 2) + '\n';
  }
  let out = '';
  for (const o of result.outcomes) {
    if (!o.report) continue;
    const body = FORMATTERS[format](o.report, { color });
    if (format === 'text') out += `== API ${o.api.name} (${o.spec})\n${body}\n`;
    else if (format === 'markdown' || format === 'changelog')
      out += `## API ${o.api.name} (\`${o.spec}\`)\n\n${body}\n`;
    else out += body;
  }
  if (format === 'text') out += renderSummaryText(result);
  if (format === 'markdown') out += renderSummaryMarkdown(result);
  return out;
}

/** `gate` / `diff` with no files: every configured API, one table, one exit code. */
export async function runApis(
  kind: CompareKind,
  targets: OutputTarget<FormatName>[],
  flags: CompareFlags,
  config: Config,
  io: Io,
  deps: CliDeps,
): Promise<number> {
  if (!config.apis || config.apis.length === 0) {
    throw new UsageError(
      `give BASE and REVISION, or list the APIs under apis: in ${config.file ?? '.contract-kit.yaml'} to run them all`,
    );
  }
  if (targets.some((t) => t.format === 'junit'))
    throw new UsageError('--format junit takes one API; with several, use json, markdown, github or text');
  let baseRef = flags.baseRef;
  if (
    baseRef !== undefined &&
    gitIn(io.cwd)(['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]) === undefined
  ) {
    throw new UsageError(
      `--base-ref ${baseRef} is not a commit in ${io.cwd}; fetch it first (actions/checkout with fetch-depth: 0)`,
    );
  }
  if (baseRef === undefined) {
    const choice = chooseBase(gitIn(io.cwd), io.env);
    if ('error' in choice) throw new UsageError(choice.error);
    baseRef = choice.ref;
  }
  const result = await compareApis(kind, baseRef, flags, config, io, deps);
  await writeOutputs(io, targets, (format, color) => renderApis(format, result, color));
  for (const o of result.outcomes)
    if (o.error !== undefined) io.stderr.write(`contract-kit: ${o.api.name}: ${o.error}\n`);
  return result.code;
}

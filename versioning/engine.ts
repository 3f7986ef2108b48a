/**
 * The engine: load -> diff -> rules -> changes -> (impact) -> policy -> report.
 *
 * `analyze` does the I/O (loading both inputs); everything after it is pure and lives in
 * `assembleReport` and the policy functions, which tests call with plain values.
 */
import type { Config } from './config/schema.ts';
import { emptyConfig } from './config/schema.ts';
import { diffSpecs } from './diff/index.ts';
import type { SpecFilter } from './filter/spec-filter.ts';
import { loadSpec } from './load/index.ts';
import { ReadMemory } from './load/input.ts';
import {
  InputError,
  LEVELS,
  type Change,
  type ImpactSummary,
  type Level,
  type LoadedSpec,
  type LoadOptions,
  type Report,
  type RuleDefinition,
  type SpecDiff,
} from './model.ts';
import { recommendBump, type ActionOf, type CountedChange } from './policy/bump.ts';
import { attachEdits, lazyChanges, sortChanges, toEdits, type EditSet } from './policy/changes.ts';
import { evaluateGate, type GatePolicyName } from './policy/gate.ts';
import { checkVersion } from './policy/version.ts';
import { parseVersion } from './policy/version-parse.ts';
import semverLt from 'semver/functions/lt.js';
import { rulesById, runRules } from './rules/registry.ts';

/** What an impact step returns: the changes with `consumers` filled, and optionally a summary. */
export interface ImpactOutcome {
  changes: Change[];
  summary?: ImpactSummary;
  notes?: string[];
}

/** Fills `Change.consumers` (the impact analysis, when pacts are given; see versioning/impact). */
export type ImpactStep = (
  changes: Change[],
  specs: { base: LoadedSpec; revision: LoadedSpec },
) => Change[] | ImpactOutcome | Promise<Change[] | ImpactOutcome>;

/** Notes about the changes from another source (see `AnalyzeOptions.secondOpinion`). */
export type SecondOpinion = (input: {
  base: LoadedSpec;
  revision: LoadedSpec;
  diff: SpecDiff;
  changes: readonly Change[];
}) => Promise<string[]>;

export interface GateRequest {
  /**
   * Lowest level that fails (default: the config's `failOn`, else `breaking`). Set here or in the
   * config, it is explicit, and only then does the semver policy fail on levels (see policy/gate.ts).
   */
  failOn?: Level;
  policy?: GatePolicyName;
  /** Include the version check (default true; `diff --fail-on` sets false). */
  checkVersion?: boolean;
}

export interface AnalyzeOptions {
  load?: LoadOptions;
  config?: Config;
  /** Evaluate a gate and put it in `report.gate`. */
  gate?: GateRequest;
  /** "Today" for sunset rules and acceptance expiry (tests inject it). */
  now?: Date;
  impact?: ImpactStep;
  /**
   * More notes from the loaded documents and their diff, after the impact step (`--semantic`):
   * a second opinion that never changes a verdict, run on what the engine already loaded.
   */
  secondOpinion?: SecondOpinion;
  /** Paths and operations to leave out of both documents (include/exclude globs, `x-internal`). */
  filter?: SpecFilter;
  /** The rule catalogue (default: the registry). */
  rules?: readonly RuleDefinition[];
  /** Filled with the milliseconds each phase took (`npm run bench` prints them). */
  timings?: PhaseTimings;
  /**
   * Called as each phase ends, with its name (`load` once both documents are loaded), and with
   * `base` once the base document is: the CLI tunes its own process there (see cli/heap.ts); a
   * library caller has no need of it.
   */
  onPhase?: (phase: AnalyzePhase) => void;
}

/** What `AnalyzeOptions.onPhase` is told: a phase that ended, or `base` (the base document is loaded). */
export type AnalyzePhase = keyof PhaseTimings | 'base';

/** Wall milliseconds per phase of `analyze`; `report` is everything after the changes are made (impact, second opinion,
 * bump, gate). */
export interface PhaseTimings {
  load?: number;
  diff?: number;
  rules?: number;
  changes?: number;
  report?: number;
}

export interface ReportSide {
  source: string;
  file: string;
  /** `info.version` as written (any JSON value; checked by the policy). */
  version: unknown;
}

export interface AssembleInput {
  base: ReportSide;
  revision: ReportSide;
  /** Classified changes (see `toChanges`); the report sorts them. */
  changes: Change[];
  /**
   * The changes are `toChanges`' result as it returned them, hence already in `compareChanges`
   * order: the report does not sort them again (47k changes on Stripe).
   */
  sorted?: boolean;
  notes?: string[];
  impact?: ImpactSummary;
  actionOf: ActionOf;
  config?: Pick<Config, 'failOn'>;
  gate?: GateRequest;
}

export function actionLookup(rules: readonly RuleDefinition[]): ActionOf {
  const byId = new Map(rules.map((r) => [r.id, r.action]));
  return (id) => byId.get(id);
}

/** The pure tail of the engine: bump, version check, summary and gate from classified changes. */
export function assembleReport(input: AssembleInput): Report {
  const changes = input.sorted ? [...input.changes] : sortChanges([...input.changes]);
  return assemble(input, changes, { changes });
}

/**
 * The report of a run without an impact step, from its edits (`toEdits`): the bump, version check,
 * summary and gate count the occurrences, and `report.changes`, one change per occurrence, is made
 * when first read (the JSON report lists the edits without it: see `editsOf`).
 */
function assembleFromEdits(input: Omit<AssembleInput, 'changes' | 'sorted'>, set: EditSet): Report {
  const report = assemble(
    input,
    set.counted(),
    {
      get changes() {
        return set.changes();
      },
    },
    true,
  );
  attachEdits(report, set);
  return report;
}

/**
 * The report: `counted` are its changes or the occurrences they are made of (in any order: only
 * counted, each `count` times); `list.changes` the changes, read only when something needs them
 * (the report's `changes`, the gate's list of failing changes), and with `lazy` only when
 * `report.changes` is first read.
 */
function assemble(
  input: Omit<AssembleInput, 'changes' | 'sorted'>,
  counted: readonly CountedChange[],
  list: { readonly changes: Change[] },
  lazy = false,
): Report {
  const { actionOf } = input;
  const summary = { breaking: 0, warning: 0, info: 0, accepted: 0 } satisfies Report['summary'];
  for (const c of counted) {
    const n = c.count ?? 1;
    summary[c.level] += n;
    if (c.accepted) summary.accepted += n;
  }
  const version = checkVersion(input.base.version, input.revision.version, counted, actionOf);
  const report: Report = {
    base: { source: input.base.source, file: input.base.file },
    revision: { source: input.revision.source, file: input.revision.file },
    bump: recommendBump(counted, actionOf, input.base.version),
    version,
    changes: lazy ? [] : list.changes,
    summary,
  };
  if (lazy) lazyChanges(report, () => list.changes);
  if (input.impact) report.impact = input.impact;
  if (input.gate) {
    const explicit = input.gate.failOn ?? input.config?.failOn;
    const impact = input.impact;
    const gateInput = {
      get changes() {
        return list.changes;
      },
      version,
      ...(impact ? { impact } : {}),
    };
    report.gate = evaluateGate(gateInput, {
      failOn: explicit ?? 'breaking',
      failOnExplicit: explicit !== undefined,
      policy: input.gate.policy ?? 'semver',
      checkVersion: input.gate.checkVersion ?? true,
    });
  }
  if (input.notes && input.notes.length > 0) report.notes = [...input.notes];
  return report;
}

/** Compare two OpenAPI documents (paths, `-`, or `REF:path`) and judge the changes. */
export async function analyze(baseInput: string, revisionInput: string, options: AnalyzeOptions = {}): Promise<Report> {
  const config = options.config ?? emptyConfig();
  const now = options.now ?? new Date();
  if (options.gate?.policy === 'consumers' && !options.impact) {
    throw new InputError('the consumers policy needs the impact analysis (pacts); use the semver policy');
  }
  const timings = options.timings;
  const onPhase = options.onPhase;
  // The clock is read only when timings are asked for: the first use of `performance` loads
  // node:perf_hooks, which a CLI run does not otherwise need.
  let clock = timings ? performance.now() : 0;
  const lap = (phase: keyof PhaseTimings) => {
    onPhase?.(phase);
    if (!timings) return;
    const t = performance.now();
    timings[phase] = t - clock;
    clock = t;
  };
  // One after the other, so that when both inputs are bad the error is always about BASE.
  // The revision is read into the memory the base was read into (see ReadMemory).
  const memory = new ReadMemory();
  const base = await loadSpec(baseInput, options.load ?? {}, memory);
  onPhase?.('base');
  const revision = await loadSpec(revisionInput, options.load ?? {}, memory);
  if (options.filter) {
    // Loaded here, not at start-up: the glob matcher is needed only for a run with a filter.
    const { applyFilter } = await import('./filter/index.ts');
    applyFilter(base, options.filter);
    applyFilter(revision, options.filter);
  }
  lap('load');
  const diff = diffSpecs(base, revision);
  lap('diff');
  // The registry's rules by id (~680), made when first read (a diff with nothing to report reads
  // none), once for runRules and, unless the caller gave rules of its own, for the changes and the
  // report's actions.
  let registered: ReadonlyMap<string, RuleDefinition> | undefined;
  const registry = () => (registered ??= rulesById());
  const findings = runRules(diff, config.deprecation ? { now, deprecation: config.deprecation } : { now }, registry);
  lap('rules');
  let given: ReadonlyMap<string, RuleDefinition> | undefined;
  const own = options.rules;
  const rulesOf = own ? () => (given ??= new Map(own.map((r) => [r.id, r]))) : registry;
  const actionOf: ActionOf = (id) => rulesOf().get(id)?.action;
  const set = toEdits(findings, {
    rules: findings.length > 0 ? rulesOf() : new Map(),
    base,
    revision,
    config,
    now,
  });
  lap('changes');
  const sides = {
    base: { source: base.source, file: base.file, version: base.document.info?.version },
    revision: { source: revision.source, file: revision.file, version: revision.document.info?.version },
  };
  const versionNote =
    options.gate && options.gate.checkVersion !== false
      ? versionGoesBack(base.document.info?.version, revision.document.info?.version)
      : undefined;
  if (!options.impact && !options.secondOpinion) {
    // Nothing changes or reads the changes one by one: the report is made from the edits.
    const notes = [...set.notes, ...(versionNote ? [versionNote] : [])];
    const report = assembleFromEdits(
      {
        ...sides,
        notes: [...(base.notes ?? []), ...(revision.notes ?? []), ...notes],
        actionOf,
        config,
        ...(options.gate ? { gate: options.gate } : {}),
      },
      set,
    );
    lap('report');
    return report;
  }
  let changes = set.changes();
  let notes = set.notes;
  let impact: ImpactSummary | undefined;
  // The impact step may return the changes in another order (or other changes): sorted again then.
  const sorted = !options.impact;
  if (options.impact) {
    const outcome = await options.impact(changes, { base, revision });
    if (Array.isArray(outcome)) changes = outcome;
    else {
      changes = outcome.changes;
      impact = outcome.summary;
      if (outcome.notes) notes = [...notes, ...outcome.notes];
    }
  }
  if (options.secondOpinion) notes = [...notes, ...(await options.secondOpinion({ base, revision, diff, changes }))];
  if (versionNote) notes = [...notes, versionNote];
  const input: AssembleInput = {
    ...sides,
    changes,
    notes: [...(base.notes ?? []), ...(revision.notes ?? []), ...notes],
    actionOf,
    config,
    sorted,
  };
  if (impact) input.impact = impact;
  if (options.gate) input.gate = options.gate;
  const report = assembleReport(input);
  lap('report');
  return report;
}

/** A note when the revision's info.version is lower than the base's: most often BASE and REVISION are swapped. */
export function versionGoesBack(baseVersion: unknown, revisionVersion: unknown): string | undefined {
  const b = parseVersion(baseVersion);
  const r = parseVersion(revisionVersion);
  if (!b.ok || !r.ok || !semverLt(r.version, b.version)) return undefined;
  return (
    `the revision's info.version ${r.raw} is lower than the base's ` +
    `${b.raw}: are BASE and REVISION swapped? The base comes first ` +
    `(contract-kit gate <base> <revision>)`
  );
}

export { LEVELS };

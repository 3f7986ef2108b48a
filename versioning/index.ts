/**
 * The library API of contract-kit (`import { analyze } from 'contract-kit'`): the engine, the pact
 * cross-check, the configuration loader, the report renderers and the report types. The CLI
 * (versioning/cli) is built on exactly these. Bundled to dist/index.mjs, with declarations in
 * dist/types (see package.json `exports`).
 */
export {
  analyze,
  assembleReport,
  type AnalyzeOptions,
  type GateRequest,
  type ImpactOutcome,
  type ImpactStep,
  type AnalyzePhase,
  type PhaseTimings,
  type ReportSide,
} from './engine.ts';
export {
  impactStep,
  loadPacts,
  type ImpactOptions,
  type ImpactResult,
  type PactSourceOptions,
} from './impact/index.ts';
export {
  checkPacts,
  renderCrossCheck,
  CROSSCHECK_FORMATS,
  type CrossCheckFormat,
  type CrossCheckRenderOptions,
} from './crosscheck/index.ts';
export type { CrossCheckResult, CrossCheckFinding } from './crosscheck/types.ts';
export {
  loadConfig,
  parseConfig,
  CONFIG_FILE_NAME,
  CONFIG_SCHEMA,
  emptyConfig,
  type Config,
  type AcceptEntry,
  type RuleSetting,
} from './config/index.ts';
export {
  FORMATTERS,
  FORMAT_NAMES,
  toJsonReport,
  formatRules,
  type FormatName,
  type Formatter,
  type FormatOptions,
  type JsonReport,
  type JsonChange,
} from './report/index.ts';
export { REPORT_SCHEMA } from './report/json-schema.ts';
export { RULES } from './rules/registry.ts';
export { run as runCli } from './cli/program.ts';
export type { Io } from './cli/io.ts';
export {
  InputError,
  LEVELS,
  type Change,
  type Level,
  type Report,
  type RuleDefinition,
  type LoadOptions,
  type LoadedSpec,
  type OpenApiDocument,
} from './model.ts';

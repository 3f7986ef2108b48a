export { loadConfig, operationKey, type FindConfigOptions } from './load.ts';
export { parseConfig } from './parse.ts';
export {
  CONFIG_FILE_NAME,
  CONFIG_SCHEMA,
  emptyConfig,
  RULE_SETTINGS,
  type AcceptEntry,
  type ApiEntry,
  type Config,
  type DeprecationPolicy,
  type RuleSetting,
} from './schema.ts';
export { nearest, editDistance } from './nearest.ts';

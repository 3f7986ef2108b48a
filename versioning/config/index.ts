export { parseConfig, loadConfig, operationKey, type FindConfigOptions } from './load.ts';
export { CONFIG_FILE_NAME, CONFIG_SCHEMA, emptyConfig, RULE_SETTINGS, type AcceptEntry, type ApiEntry, type Config, type RuleSetting } from './schema.ts';
export { nearest, editDistance } from './nearest.ts';

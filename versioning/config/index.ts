export { loadConfig, operationKey, type FindConfigOptions } from './load.ts';
export { parseConfig } from './parse.ts';

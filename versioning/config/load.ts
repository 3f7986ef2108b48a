/**
 * Finding and loading `.contract-kit.yaml`. Parsing and validation are in ./parse.ts, imported
 * only when a config file exists, so a run without one never loads the JSON Schema validator.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../model.ts';
import { CONFIG_FILE_NAME, emptyConfig, type Config } from './schema.ts';

/** Lower-cased method and the path with parameter names erased: `GET /users/{}`. */
export function operationKey(operation: string): string {
  const m = /^\s*(\S+)\s+(\S*)\s*$/.exec(operation);
  if (!m) return operation.trim();
  return `${m[1]!.toUpperCase()} ${m[2]!.replace(/\{[^}]*\}/g, '{}')}`;
}

export interface FindConfigOptions {
  /** Directory searched for `.contract-kit.yaml` when `file` is not given. */
  cwd: string;
  /** An explicit configuration file (`--config`); it must exist. */
  file?: string;
}

/** Load the configuration: the explicit file, else `.contract-kit.yaml` in `cwd`, else the empty default. */
export async function loadConfig(options: FindConfigOptions, knownRules: readonly string[]): Promise<Config> {
  const explicit = options.file !== undefined;
  const target = path.resolve(options.cwd, options.file ?? CONFIG_FILE_NAME);
  const shown = explicit ? options.file! : CONFIG_FILE_NAME;
  let text: string;
  try {
    text = await readFile(target, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return emptyConfig();
    if (code === 'ENOENT') throw new InputError(`${shown}: config file not found; check the --config path`, shown);
    if (code === 'EISDIR') throw new InputError(`${shown}: is a directory; --config takes a YAML file`, shown);
    throw new InputError(`${shown}: cannot read the config file (${code ?? String(err)})`, shown);
  }
  // The parser (and ajv with it) is loaded only when there is a config file to parse.
  const { parseConfig } = await import('./parse.ts');
  return parseConfig(text, shown, knownRules);
}

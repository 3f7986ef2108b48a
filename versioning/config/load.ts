/**
 * Finding and loading `.contract-kit.yaml`. Parsing and validation are in ./parse.ts, imported
 * only when a config file exists, so a run without one never loads the JSON Schema validator.
 */
import { BadBytesError, DEFAULT_MAX_INPUT_BYTES, readInputText } from '../load/input.ts';
import path from 'node:path';
import { InputError } from '../model.ts';
import { CONFIG_FILE_NAME, emptyConfig, type Config } from './schema.ts';

/** Lower-cased method and the path with parameter names erased: `GET /users/{}`. */
export function operationKey(operation: string): string {
  return operation
    .trim()
    .split(/\s*->\s*/)
    .map(segmentKey)
    .join(' -> ');
}

/**
 * One segment of an operation label: `METHOD /path` (method upper-cased, path parameter names
 * erased; a callback's runtime expressions `{$request.body#/url}` are kept, they name the target),
 * `callback name`, or `WEBHOOK name [METHOD]`.
 */
function segmentKey(segment: string): string {
  const words = segment.split(/\s+/);
  if (/^webhook$/i.test(words[0]!))
    return ['WEBHOOK', words[1] ?? '', ...words.slice(2).map((w) => w.toUpperCase())].join(' ').trim();
  if (/^callback$/i.test(words[0]!)) return words.join(' ').replace(/^callback/i, 'callback');
  if (words.length !== 2) return words.join(' ');
  return `${words[0]!.toUpperCase()} ${words[1]!.replace(/\{(?!\$)[^}]*\}/g, '{}')}`;
}

export interface FindConfigOptions {
  /** Directory searched for `.contract-kit.yaml` when `file` is not given. */
  cwd: string;
  /** An explicit configuration file (`--config`); it must exist. */
  file?: string;
  /** Largest config file accepted, in bytes (`--max-input-size`). */
  maxBytes?: number;
}

/**
 * Load the configuration: the explicit file, else `.contract-kit.yaml` in `cwd`, else the empty default.
 * `knownRules`, the registered rule ids, may be a function: called only when there is a file to check.
 */
export async function loadConfig(
  options: FindConfigOptions,
  knownRules: readonly string[] | (() => readonly string[]),
): Promise<Config> {
  const explicit = options.file !== undefined;
  const target = path.resolve(options.cwd, options.file ?? CONFIG_FILE_NAME);
  const shown = explicit ? options.file! : CONFIG_FILE_NAME;
  let text: string;
  try {
    // Under the input boundary: a regular file whose real path stays in its folder, within the size cap.
    text = readInputText(target, options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES);
  } catch (err) {
    if (err instanceof BadBytesError) {
      throw new InputError(`${shown}:${err.line}:${err.column}: ${err.message}; save the config as UTF-8 text`, shown, {
        line: err.line,
        column: err.column,
      });
    }
    const reason = err instanceof Error ? err.message : String(err);
    if (!explicit && reason === 'no such file') return emptyConfig();
    if (reason === 'no such file')
      throw new InputError(`${shown}: config file not found; check the --config path`, shown);
    if (reason === 'it is a directory')
      throw new InputError(`${shown}: is a directory; --config takes a YAML file`, shown);
    throw new InputError(`${shown}: cannot read the config file: ${reason}`, shown);
  }
  // The parser (and ajv with it) is loaded only when there is a config file to parse.
  const { parseConfig } = await import('./parse.ts');
  return parseConfig(text, shown, typeof knownRules === 'function' ? knownRules() : knownRules);
}

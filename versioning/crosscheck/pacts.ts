/**
 * Reading pact files from disk: one file, or every `*.json` in a folder.
 * Bad input (missing path, no pacts, malformed JSON, not a pact) is an InputError naming the file and the fix.
 */

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../model.ts';
import type { JsonObject, JsonValue } from '../model.ts';
import type { PactDocument, PactFile } from './types.ts';
import { checkParsedJson } from '../load/guards.ts';
import { BadBytesError, DEFAULT_MAX_INPUT_BYTES, readInputText, ReadError } from '../load/input.ts';

const REGENERATE = "regenerate it with the consumer's Pact tests (npm run test:consumer)";

/** A path for messages and findings: relative to `cwd` when inside it, with `/` separators. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join('/');
}

/** Reads a pact file, or every `*.json` file directly inside a folder (sorted by name). */
export async function readPactFiles(
  input: string,
  cwd: string,
  maxBytes: number = DEFAULT_MAX_INPUT_BYTES,
): Promise<PactFile[]> {
  const absolute = path.resolve(cwd, input);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(absolute)).isDirectory();
  } catch {
    throw new InputError(
      `${input}: no such pact file or folder; pass --pacts <pact file ` +
        `or folder> (pact files are written by npm run test:consumer)`,
      input,
    );
  }
  const files = isDirectory
    ? (await readdir(absolute, { withFileTypes: true }))
        .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.json'))
        .map((entry) => path.join(absolute, entry.name))
        .sort()
    : [absolute];
  // Each pact's real path must stay in the folder named (or, for one file, the file's folder).
  const root = isDirectory ? absolute : path.dirname(absolute);
  if (files.length === 0) {
    throw new InputError(
      `${displayPath(absolute, cwd)}: no pact files (*.json) in this ` +
        `folder; run the consumer tests (npm run test:consumer) to write ` +
        `them, or pass --pacts <pact file or folder>`,
      input,
    );
  }
  const pacts: PactFile[] = [];
  for (const file of files) {
    const source = displayPath(file, cwd);
    let text: string;
    try {
      text = readInputText(file, maxBytes, root);
    } catch (error) {
      if (error instanceof BadBytesError)
        throw new InputError(
          `${source}:${error.line}:${error.column}: ${error.message}; fix the file or ${REGENERATE}`,
          source,
          { line: error.line, column: error.column },
        );
      if (error instanceof ReadError)
        throw new InputError(`${source}: cannot read the pact file: ${error.message}`, source);
      throw new InputError(
        `${source}: cannot read the pact file (${(error as NodeJS.ErrnoException).code ?? String(error)}); ` +
          `check its permissions`,
        source,
      );
    }
    pacts.push(parsePact(text, source));
  }
  return pacts;
}

/** Parses and checks the text of one pact file. */
export function parsePact(text: string, source: string): PactFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const where = jsonErrorPosition(text, (error as Error).message);
    const at = where ? `:${where.line}:${where.column}` : '';
    throw new InputError(
      `${source}${at}: not valid JSON (${(error as Error).message.slice(0, 200)}); fix the file or ${REGENERATE}`,
      source,
      where,
    );
  }
  const problem = checkParsedJson(text, parsed);
  if (problem) {
    const before = text.slice(0, problem.offset);
    const line = before.split('\n').length;
    const column = problem.offset - before.lastIndexOf('\n');
    throw new InputError(`${source}:${line}:${column}: ${problem.problem}; ${problem.fix}`, source, { line, column });
  }
  return { source, pact: checkPactShape(parsed, source), text };
}

/** Checks that a parsed value looks like a pact (consumer, provider, interactions), naming the first thing missing. */
export function checkPactShape(value: unknown, source: string): PactDocument {
  const notAPact = (what: string): InputError =>
    new InputError(`${source}: not a pact file: ${what}; ${REGENERATE}`, source);
  if (!isObject(value)) throw notAPact('the top level is not a JSON object');
  const consumer = value['consumer'];
  if (!isObject(consumer) || typeof consumer['name'] !== 'string') throw notAPact('"consumer.name" is missing');
  const provider = value['provider'];
  if (!isObject(provider) || typeof provider['name'] !== 'string') throw notAPact('"provider.name" is missing');
  const interactions = value['interactions'];
  if (!Array.isArray(interactions)) throw notAPact('"interactions" is not an array');
  interactions.forEach((interaction, index) => {
    if (!isObject(interaction)) throw notAPact(`"interactions[${index}]" is not an object`);
    if (!isHttpInteraction(interaction)) return;
    const request = interaction['request'];
    const response = interaction['response'];
    if (!isObject(request) || typeof request['method'] !== 'string' || typeof request['path'] !== 'string') {
      throw notAPact(`"interactions[${index}].request" needs a "method" and a "path"`);
    }
    if (!isObject(response) || typeof response['status'] !== 'number')
      throw notAPact(`"interactions[${index}].response.status" is not a number`);
  });
  return value as PactDocument;
}

/** The provider state(s) of an interaction: V2 `providerState`, V3/V4 `providerStates[].name`. */
export function providerStateOf(interaction: JsonObject): string | undefined {
  const single = interaction['providerState'];
  if (typeof single === 'string' && single !== '') return single;
  const many = interaction['providerStates'];
  if (Array.isArray(many)) {
    const names = many.flatMap((state) =>
      isObject(state) && typeof state['name'] === 'string' ? [state['name']] : [],
    );
    if (names.length > 0) return names.join(' and ');
  }
  return undefined;
}

/** Whether an interaction is HTTP (V2/V3 have no `type`; V4 says `Synchronous/HTTP`). */
export function isHttpInteraction(interaction: JsonObject): boolean {
  const type = interaction['type'];
  return type === undefined || (typeof type === 'string' && type.toLowerCase() === 'synchronous/http');
}

/**
 * 1-based line of each interaction in a pact's JSON text: one linear scan of the (already parsed,
 * so valid) JSON, which records where each element of the top-level `interactions` array starts.
 * (A YAML parse of the whole text did this before, and took most of the time and memory of a pact
 * with many interactions.) Returns an empty array when there is no such array.
 */
export function interactionLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inArray = false; // at the top level of the interactions array (depth 2)
  let expectElement = false;
  let lastKey: string | undefined; // the last string read at depth 1
  let valueKey: string | undefined; // the key whose value comes next, at depth 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (inArray && depth === 2) {
      if (c === ',') {
        expectElement = true;
        continue;
      }
      if (c !== ']' && expectElement) {
        lines.push(line);
        expectElement = false;
      }
    }
    if (c === '"') {
      const start = i + 1;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth === 1) lastKey = text.slice(start, i);
      continue;
    }
    if (c === ':' && depth === 1) {
      valueKey = lastKey;
      continue;
    }
    if (c === '{' || c === '[') {
      depth++;
      if (c === '[' && depth === 2 && valueKey === 'interactions' && lines.length === 0) {
        inArray = true;
        expectElement = true;
      }
      if (depth === 2) valueKey = undefined;
      continue;
    }
    if (c === '}' || c === ']') {
      if (inArray && depth === 2) inArray = false;
      depth--;
    }
  }
  return lines;
}

function jsonErrorPosition(text: string, message: string): { line: number; column: number } | undefined {
  const match = /position (\d+)/.exec(message) ?? /line (\d+) column (\d+)/.exec(message);
  if (!match) return undefined;
  if (match.length === 3 && match[2] !== undefined) return { line: Number(match[1]), column: Number(match[2]) };
  const offset = Math.min(Number(match[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

function isObject(value: unknown): value is { [key: string]: JsonValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * One loaded file (or git blob, stdin text, remote document): its text, its parsed value,
 * and a lazy way from a JSON pointer to a line and column in the text.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { InputError } from '../model.ts';
import type { SourceLocation } from '../model.ts';
import { findJsonError, JsonLocator, LineIndex } from './json-text.ts';
import type { Escapes } from './json-text.ts';
import { parsePointer } from './pointer.ts';
import { checkParsedJson, checkYamlTree, countYamlAliases, MAX_YAML_ALIAS_NODES } from './guards.ts';
import type { GuardProblem } from './guards.ts';
import { checkInput, defaultLimits, readInput, ReadError, tooLarge } from './input.ts';
import type { InputLimits, InputText, ReadMemory } from './input.ts';
import { yamlLib } from './yaml-lib.ts';

/** Where a source comes from; decides how its relative `$ref`s are read. */
export type Place =
  | { kind: 'fs'; path: string }
  | { kind: 'git'; rev: string; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'text'; dir: string };

export type Format = 'json' | 'yaml';

/**
 * The yaml library's `maxAliasCount`: how many alias expansions (weighted by the aliases inside the
 * anchored node) a document may make. The library's default (100) refuses real specs that reuse an
 * anchor a few hundred times; 10 000 still stops a "billion laughs" document within milliseconds.
 */
export const MAX_YAML_ALIASES = 10_000;

export class Source {
  private jsonLocator: JsonLocator | undefined;
  private yamlPositions: Map<string, { line: number; column: number }> | undefined;

  private constructor(
    /** Identity: absolute path, `REF:path`, URL or `<stdin>`. */
    readonly key: string,
    /** Name used in origins and messages. */
    readonly file: string,
    readonly place: Place,
    /**
     * The text as parsed, a leading BOM dropped. For JSON read as bytes it may be a one-byte form with
     * `\uXXXX` escapes in place of non-ASCII text (`escapes`): positions go through `locate`.
     */
    private readonly text: string,
    readonly format: Format,
    /** The parsed value; the resolver replaces `$ref` nodes inside it. */
    readonly root: unknown,
    private readonly yamlDoc: Document.Parsed | undefined,
    private readonly lineCounter: LineCounter | undefined,
    private readonly escapes: Escapes | undefined,
  ) {}

  /**
   * Parses `input` (text, or checked bytes: JSON is then parsed from a one-byte form when that pays);
   * malformed YAML/JSON is an InputError naming file:line:column and the parser's reason.
   */
  static parse(key: string, file: string, place: Place, input: string | InputText, nameHint: string): Source {
    const bytes = typeof input === 'string' ? undefined : input;
    /** The real text without a BOM, decoded from `bytes` only when needed. */
    let text = typeof input === 'string' ? (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input) : undefined;
    const real = (): string => (text ??= bytes!.withoutBom());
    const ext = path.extname(nameHint.replace(/[?#].*$/, '')).toLowerCase();
    const looksJson = /^\s*[{[]/.test(text !== undefined ? text.slice(0, 1024) : bytes!.head(1024));
    if (ext === '.json' || (looksJson && ext !== '.yaml' && ext !== '.yml')) {
      let parsed: unknown;
      let jsonText: string | undefined;
      let escapes: Escapes | undefined;
      const oneByte = text === undefined ? bytes!.jsonText() : undefined;
      if (oneByte !== undefined) {
        try {
          parsed = JSON.parse(oneByte.text) as unknown;
          jsonText = oneByte.text;
          escapes = oneByte.escapes;
        } catch {
          // Malformed: the real text gives the parser's message and position.
        }
      }
      if (jsonText === undefined) {
        jsonText = real();
        try {
          parsed = JSON.parse(jsonText) as unknown;
        } catch (error) {
          const jsonError = describeJsonError(file, jsonText, error);
          if (ext === '.json') throw jsonError;
          // Not declared JSON: it may be YAML that merely starts with a flow collection.
          try {
            return Source.parseYaml(key, file, place, jsonText);
          } catch {
            throw jsonError;
          }
        }
      }
      let problem = checkParsedJson(jsonText, parsed);
      if (problem && escapes) {
        // Placed in the real text (the escapes change offsets; the checks find the same problems).
        jsonText = real();
        escapes = undefined;
        problem = checkParsedJson(jsonText, parsed);
      }
      if (problem) throw guardError(file, jsonText, problem, 'JSON');
      return new Source(key, file, place, jsonText, 'json', parsed, undefined, undefined, escapes);
    }
    return Source.parseYaml(key, file, place, real());
  }

  private static parseYaml(key: string, file: string, place: Place, text: string): Source {
    // Aliases are counted in the text before the parser builds a node for each one.
    const aliasOffset = countYamlAliases(text, MAX_YAML_ALIAS_NODES);
    if (aliasOffset !== undefined) {
      throw guardError(
        file,
        text,
        {
          offset: aliasOffset,
          problem: `more than ${MAX_YAML_ALIAS_NODES} YAML aliases`,
          fix: 'write the repeated parts out or use $ref instead of YAML anchors',
        },
        'YAML',
      );
    }
    const { LineCounter, parseDocument } = yamlLib();
    const lineCounter = new LineCounter();
    // Duplicate keys are checked by checkYamlTree (one Set per mapping): the library's own check is quadratic.
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: false });
    const error = doc.errors[0];
    if (error) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      const reason = oneLine(error.message).slice(0, 200);
      throw new InputError(
        `${file}:${line}:${col}: invalid YAML: ${reason}; fix the YAML there (indentation, quoting)`,
        file,
        { line, column: col },
      );
    }
    const problem = checkYamlTree(doc);
    if (problem) throw guardError(file, text, problem, 'YAML');
    let root: unknown;
    try {
      root = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      if (/alias/i.test(reason)) {
        const where = firstAliasPosition(doc, lineCounter);
        const at = where ? `${file}:${where.line}:${where.col}` : file;
        throw new InputError(
          `${at}: YAML aliases expand too much (more than ${MAX_YAML_ALIASES} ` +
            `alias expansions, a "billion laughs" pattern); ` +
            `write the repeated parts out or use $ref instead of YAML anchors`,
          file,
          where ? { line: where.line, column: where.col } : undefined,
        );
      }
      throw new InputError(`${file}: invalid YAML: ${oneLine(reason)}; fix the YAML`, file);
    }
    return new Source(key, file, place, text, 'yaml', root, doc, lineCounter, undefined);
  }

  /** A fresh parse of the text, `$ref`s untouched. */
  reparse(): unknown {
    if (this.format === 'json') return JSON.parse(this.text) as unknown;
    return this.yamlDoc!.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  }

  /** Line and column of `pointer` (the member's key, an item's start); the nearest existing ancestor when absent. */
  locate(pointer: string): SourceLocation {
    if (pointer !== '' && pointer.charCodeAt(0) !== 0x2f /* / */) pointer = '';
    if (this.format === 'json') {
      this.jsonLocator ??= new JsonLocator(this.text, undefined, this.escapes);
      const { line, column } = this.jsonLocator.positionOf(pointer);
      return { file: this.file, line, column };
    }
    const cached = (this.yamlPositions ??= new Map()).get(pointer);
    if (cached) return { file: this.file, line: cached.line, column: cached.column };
    const offset = yamlOffset(this.yamlDoc!, parsePointer(pointer));
    const { line, col } = this.lineCounter!.linePos(offset);
    const position = { line: Math.max(line, 1), column: Math.max(col, 1) };
    this.yamlPositions.set(pointer, position);
    return { file: this.file, ...position };
  }

  /** `file:line:column` of a pointer, for messages. */
  where(pointer: string): string {
    const { line, column } = this.locate(pointer);
    return `${this.file}:${line}:${column}`;
  }
}

function guardError(file: string, text: string, problem: GuardProblem, format: string): InputError {
  const { line, column } = new LineIndex(text).position(Math.min(problem.offset, text.length));
  return new InputError(`${file}:${line}:${column}: invalid ${format}: ${problem.problem}; ${problem.fix}`, file, {
    line,
    column,
  });
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

function describeJsonError(file: string, text: string, error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  const positioned = /^(.*?) in JSON at position (\d+)/s.exec(message);
  let offset: number;
  let reason: string;
  if (positioned) {
    reason = oneLine(positioned[1]!);
    offset = Number(positioned[2]);
  } else {
    const found = findJsonError(text);
    offset = found.offset;
    reason = /Unexpected end of JSON input/.test(message) ? 'unexpected end of input' : found.reason;
  }
  const { line, column } = new LineIndex(text).position(Math.min(offset, text.length));
  return new InputError(
    `${file}:${line}:${column}: invalid JSON: ${reason}; fix the JSON there (no trailing commas or comments)`,
    file,
    { line, column },
  );
}

type YamlLib = ReturnType<typeof yamlLib>;

function keyName(y: YamlLib, key: unknown): string {
  if (y.isScalar(key)) {
    const v = key.value;
    return typeof v === 'symbol' ? (v.description ?? '') : String(v);
  }
  return String(key);
}

function yamlOffset(doc: Document.Parsed, segments: readonly string[]): number {
  const y = yamlLib();
  const { isAlias, isMap, isSeq } = y;
  let node: unknown = doc.contents;
  let position = rangeStart(node) ?? 0;
  for (const segment of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const found = findPair(y, doc, node.items, segment, 0);
      if (!found) break;
      position = rangeStart(found.key) ?? rangeStart(found.value) ?? position;
      node = found.value;
    } else if (isSeq(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) break;
      const item: unknown = node.items[Number(segment)];
      if (item === undefined) break;
      position = rangeStart(item) ?? position;
      node = item;
    } else {
      break;
    }
  }
  return position;
}

interface PairLike {
  key: unknown;
  value: unknown;
}

function findPair(
  y: YamlLib,
  doc: Document.Parsed,
  items: readonly PairLike[],
  name: string,
  depth: number,
): PairLike | undefined {
  const { isAlias, isMap, isScalar, isSeq } = y;
  let merged: PairLike | undefined;
  for (let i = items.length - 1; i >= 0; i--) {
    const pair = items[i]!;
    const k = keyName(y, pair.key);
    if (k === name && !(isScalar(pair.key) && typeof pair.key.value === 'symbol')) return pair;
  }
  if (depth > 20) return undefined;
  // `<<` merge keys: look into the merged mappings (earlier sources win).
  for (const pair of items) {
    if (!(isScalar(pair.key) && typeof pair.key.value === 'symbol')) continue;
    let value: unknown = pair.value;
    if (isAlias(value)) value = value.resolve(doc);
    const sources = isSeq(value) ? value.items.map((v) => (isAlias(v) ? v.resolve(doc) : v)) : [value];
    for (const source of sources) {
      if (isMap(source)) merged ??= findPair(y, doc, source.items as PairLike[], name, depth + 1);
    }
  }
  return merged;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as YamlNode | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function firstAliasPosition(doc: Document.Parsed, lineCounter: LineCounter): { line: number; col: number } | undefined {
  const { isAlias, isMap, isSeq } = yamlLib();
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || node === null || typeof node !== 'object') return;
    if (isAlias(node)) {
      found = rangeStart(node);
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        visit(pair.key);
        visit(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) visit(item);
  };
  visit(doc.contents);
  return found === undefined ? undefined : lineCounter.linePos(found);
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

/**
 * Runs `git show --end-of-options REV:PATH` in `cwd` (a revision from the command line can never
 * become a git option), refusing output larger than `maxBytes` and text that is not UTF-8.
 */
export function gitShow(
  cwd: string,
  rev: string,
  gitPath: string,
  maxBytes: number = defaultLimits().maxBytes,
): Promise<InputText> {
  return new Promise((resolve, reject) => {
    if (rev.startsWith('-')) {
      reject(new GitError(`a revision cannot start with '-' (${JSON.stringify(rev.slice(0, 40))})`));
      return;
    }
    execFile(
      'git',
      ['show', '--end-of-options', `${rev}:${gitPath}`],
      { cwd, encoding: 'buffer', maxBuffer: maxBytes, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          const detail =
            code === 'ENOENT'
              ? 'git is not installed or not on PATH'
              : code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER'
                ? tooLarge(maxBytes)
                : oneLine(
                    stderr
                      .toString('utf8')
                      .split('\n')
                      .find((l) => l.trim() !== '') ?? error.message,
                  );
          reject(new GitError(detail));
          return;
        }
        try {
          resolve(checkInput(stdout));
        } catch (bad) {
          reject(new GitError(bad instanceof Error ? bad.message : String(bad)));
        }
      },
    );
  });
}

export class GitError extends Error {}

export { ReadError };

/** Reads a file under the input boundary (regular file, real path inside `root`, size cap, UTF-8). */
export async function readTextFile(
  absolute: string,
  limits: InputLimits = defaultLimits(),
  root?: string,
  memory?: ReadMemory,
): Promise<InputText> {
  return readInput(absolute, limits.maxBytes, root, memory);
}

/** Fetches an http(s) document (only when remote refs were allowed), under the network rules of remote.ts. */
export async function fetchText(url: string, limits: InputLimits = defaultLimits()): Promise<InputText> {
  const { fetchInput } = await import('./remote.ts');
  return fetchInput(url, limits);
}

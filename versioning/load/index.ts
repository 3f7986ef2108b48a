/**
 * The load layer: read an OpenAPI 3.0/3.1 document (file, `REF:path` from git, stdin), check
 * it, resolve its `$ref`s where the grammar allows them, and keep a way back to file:line.
 *
 *   const spec = await loadSpec('provider/openapi.yaml');
 *   const spec = await loadSpec('origin/main:provider/openapi.yaml', { cwd: repo });
 *   spec.locate(spec.originOf(spec.document.paths!['/users']!)!)  // { file, line, column }
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../model.ts';
import type { JsonObject, LoadedSpec, LoadOptions, NodeOrigin, OpenApiDocument, SourceLocation } from '../model.ts';
import { Resolver } from './resolve.ts';
import { BadBytesError, defaultLimits } from './input.ts';
import type { InputText, ReadMemory } from './input.ts';
import { fetchText, GitError, gitShow, ReadError, readTextFile, Source } from './source.ts';
import type { Place } from './source.ts';
import { checkDocument } from './validate.ts';

export { escapePointerSegment, getAtPointer, joinPointer, parsePointer, unescapePointerSegment } from './pointer.ts';

/** The name used for stdin in `file`, origins and messages. */
export const STDIN_NAME = '<stdin>';

class Loaded implements LoadedSpec {
  constructor(
    readonly source: string,
    readonly file: string,
    readonly dialect: '3.0' | '3.1',
    readonly document: OpenApiDocument,
    private readonly rootSource: Source,
    private readonly resolver: Resolver,
  ) {}

  originOf(node: object): NodeOrigin | undefined {
    return this.resolver.originOf(node);
  }

  locate(origin: NodeOrigin): SourceLocation {
    const source = this.resolver.sourceForFile(origin.file);
    if (!source) return { file: origin.file, line: 1, column: 1 };
    return source.locate(origin.pointer);
  }

  fileOf(origin: NodeOrigin): string {
    return this.resolver.sourceForFile(origin.file)?.file ?? origin.file;
  }

  raw(): JsonObject {
    return this.rootSource.reparse() as JsonObject;
  }

  get notes(): readonly string[] {
    return this.resolver.notes;
  }
}

/**
 * Loads `input`: a file path (YAML or JSON), `-` for stdin (`options.stdin`), or `REF:path` read
 * with `git show` in `options.cwd` (a path that exists on disk wins). http(s) URLs need `allowRemote`.
 * Bad input rejects with an InputError whose one-line message names the file, the place and the fix.
 */
export async function loadSpec(input: string, options: LoadOptions = {}, memory?: ReadMemory): Promise<LoadedSpec> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const limits = options.limits ?? defaultLimits();
  if (input === '-') {
    if (options.stdin === undefined) {
      throw new InputError(
        `${STDIN_NAME}: input '-' means stdin, but no stdin text was given; pipe the spec in or name a file`,
        STDIN_NAME,
      );
    }
    return loadSpecFromText(options.stdin, STDIN_NAME, options);
  }
  if (input.trim() === '') {
    throw new InputError('no input given: name an OpenAPI file (YAML or JSON), REF:path from git, or - for stdin');
  }

  if (/^https?:\/\//i.test(input)) {
    if (!options.allowRemote) {
      throw new InputError(
        `${input}: loading a spec over the network is refused by default; ` +
          `download it first, or allow remote access (allowRemote / --allow-remote)`,
        input,
      );
    }
    let text: InputText;
    try {
      text = await fetchText(input, limits);
    } catch (error) {
      throw new InputError(
        `${input}: cannot fetch the spec (${error instanceof Error ? error.message : String(error)}); check the URL`,
        input,
      );
    }
    return finish(input, input, { kind: 'url', url: input }, text, new URL(input).pathname, cwd, options);
  }

  const absolute = path.resolve(cwd, input);
  const onDisk = await stat(absolute).then(
    () => true,
    () => false,
  );
  const git = /^([^:]+):(.+)$/.exec(input);
  if (!onDisk && git) {
    const [, rev, gitPath] = git as unknown as [string, string, string];
    let text: InputText;
    try {
      text = await gitShow(cwd, rev, gitPath, limits.maxBytes);
    } catch (error) {
      const detail = error instanceof GitError ? error.message : String(error);
      throw new InputError(
        `${input}: no such file, and git cannot read it as REF:path ` +
          `(${detail}); check the file name, or the revision and the path ` +
          `(from the repository root, or ./ for the current folder)`,
        input,
      );
    }
    return finish(input, input, { kind: 'git', rev, path: gitPath }, text, gitPath, cwd, options);
  }

  const file = isInside(cwd, absolute) ? path.relative(cwd, absolute) : input;
  let text: InputText;
  try {
    text = await readTextFile(absolute, limits, undefined, memory);
  } catch (error) {
    if (error instanceof BadBytesError) {
      throw new InputError(
        `${file}:${error.line}:${error.column}: ${error.message}; save the spec as UTF-8 text`,
        file,
        { line: error.line, column: error.column },
      );
    }
    const reason = error instanceof ReadError ? error.message : String(error);
    throw new InputError(`${file}: cannot read the spec: ${reason}; check the path (relative to ${cwd})`, file);
  }
  return finish(input, file, { kind: 'fs', path: absolute }, text, absolute, cwd, options, memory);
}

/**
 * Loads a spec from text. `name` is the file name shown in origins and messages (`<stdin>` for
 * stdin); relative `$ref`s are read from the folder of `name` (from `options.cwd` for `<stdin>`).
 */
export async function loadSpecFromText(text: string, name: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const dir = name === STDIN_NAME ? cwd : path.resolve(cwd, path.dirname(name));
  return finish(name, name, { kind: 'text', dir }, text, name, cwd, options);
}

async function finish(
  input: string,
  file: string,
  place: Place,
  text: string | InputText,
  nameHint: string,
  cwd: string,
  options: LoadOptions,
  memory?: ReadMemory,
): Promise<LoadedSpec> {
  const key = place.kind === 'fs' ? place.path : place.kind === 'url' ? place.url : file;
  if (typeof text === 'string' ? text.trim() === '' : text.isBlank()) {
    throw new InputError(`${file}: the spec is empty; give an OpenAPI 3.0 or 3.1 document`, file);
  }
  const source = Source.parse(key, file, place, text, nameHint);
  // Parsed: the source keeps strings of its own, and the bytes can take the run's next read.
  if (memory !== undefined && typeof text !== 'string') text.release(memory);
  const dialect = checkDocument(source);
  const resolver = new Resolver(source, {
    cwd,
    allowRemote: options.allowRemote === true,
    dialect,
    limits: options.limits ?? defaultLimits(),
  });
  await resolver.run();
  return new Loaded(input, file, dialect, source.root as OpenApiDocument, source, resolver);
}

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative !== '' && relative !== '..' && !relative.startsWith('..' + path.sep) && !path.isAbsolute(relative);
}

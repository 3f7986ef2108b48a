/**
 * Pacts vs OpenAPI: is every interaction a consumer relies on promised by the provider's spec?
 *
 * The comparison itself is `@pactflow/openapi-pact-comparator` (2.x); this module feeds it,
 * and names both sides of each result: the pact interaction and the spec operation with file:line.
 */

import { HTTP_METHODS, InputError } from '../model.ts';
import type { JsonObject, JsonValue, LoadedSpec } from '../model.ts';
import { checkPactShape, interactionLines, isHttpInteraction, providerStateOf, readPactFiles } from './pacts.ts';
import { createComparator } from './comparator.ts';
import { checkPactPatterns, checkSpecPatterns } from './patterns.ts';
import type { ComparatorResult } from './comparator.ts';
import { comparatorDocument, locateInSpec, openSpec } from './spec.ts';
import { unguaranteedReads } from './unguaranteed.ts';
import { templateMatches } from './templates.ts';

export { templateMatches };
import type {
  CheckedPact,
  CheckPactsOptions,
  CrossCheckFinding,
  CrossCheckResult,
  PactFile,
  PactSide,
} from './types.ts';

/**
 * Checks every HTTP interaction of every pact (for `provider`, when given) against the spec.
 * Throws InputError for bad input: missing spec or pacts, malformed JSON, no pact for the provider.
 */
export async function checkPacts(options: CheckPactsOptions): Promise<CrossCheckResult> {
  const cwd = options.cwd ?? '.';
  const spec: LoadedSpec = await openSpec(options.spec, cwd, options.limits);
  const allPacts: PactFile[] =
    typeof options.pacts === 'string'
      ? await readPactFiles(options.pacts, cwd, options.limits?.maxBytes)
      : options.pacts.map((file) => ({ ...file, pact: checkPactShape(file.pact, file.source) }));
  if (allPacts.length === 0) {
    throw new InputError(
      'no pact files to check; run the consumer tests (npm run test:consumer) or pass --pacts <pact file or folder>',
    );
  }
  const pacts =
    options.provider === undefined ? allPacts : allPacts.filter((file) => file.pact.provider.name === options.provider);
  if (pacts.length === 0) {
    const found = [...new Set(allPacts.map((file) => file.pact.provider.name))].join(', ');
    throw new InputError(
      `no pact for provider "${options.provider}" (the pacts name ` +
        `${found}); pass --provider with the provider's pact name`,
    );
  }

  // Patterns run on RE2 (linear); those RE2 cannot run fall back to a backtracking engine, which
  // only the patterns that pass the screen reach.
  const { comparator, linear } = await createComparator(comparatorDocument(spec));
  checkSpecPatterns(spec, linear);
  checkPactPatterns(pacts, linear);
  const findings: CrossCheckFinding[] = [];
  const checked: CheckedPact[] = [];

  for (const file of pacts) {
    const { pact } = file;
    const interactions = pact.interactions;
    const lines = file.text !== undefined ? interactionLines(file.text) : [];
    const entry: CheckedPact = {
      source: file.source,
      consumer: pact.consumer.name,
      provider: pact.provider.name,
      interactions: [],
      skipped: 0,
    };
    interactions.forEach((interaction, index) => {
      if (!isHttpInteraction(interaction)) {
        entry.skipped += 1;
        return;
      }
      const providerState = providerStateOf(interaction);
      entry.interactions.push({
        consumer: pact.consumer.name,
        interaction: describe(interaction, index),
        ...(providerState !== undefined ? { providerState } : {}),
        index,
        location: `${file.source}#/interactions/${index}`,
      });
    });
    checked.push(entry);

    let results: ComparatorResult[];
    try {
      results = [];
      for await (const result of comparator.compare(pact)) results.push(result);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const detail = (error as { errors?: Array<{ instancePath?: string; message?: string }> }).errors?.[0];
      const where = detail ? ` at ${detail.instancePath ?? ''} ${detail.message ?? ''}`.trimEnd() : '';
      const blame = /pact/i.test(message) ? file.source : spec.file;
      throw new InputError(
        `${blame}: the comparator rejected the input while checking ` +
          `${file.source} (${message}${where}); fix the file named`,
        blame,
      );
    }

    for (const result of results) {
      if (result.type !== 'error' && result.type !== 'warning') continue;
      findings.push(toFinding(result, file, lines, spec));
    }
    // Reads the spec does not guarantee (an optional field the consumer relies on): warnings, never errors.
    // Not for interactions whose response already fails: the error says more than the warning would.
    const failing = new Set(
      findings
        .filter((f) => f.pact.file === file.source && f.level === 'error' && f.code.startsWith('response.'))
        .map((f) => f.pact.index),
    );
    findings.push(...unguaranteedReads(file, lines, spec, describe).filter((f) => !failing.has(f.pact.index)));
  }

  findings.sort(
    (a, b) =>
      pacts.findIndex((file) => file.source === a.pact.file) - pacts.findIndex((file) => file.source === b.pact.file) ||
      a.pact.index - b.pact.index ||
      (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1),
  );
  const errors = findings.filter((finding) => finding.level === 'error').length;
  const result: CrossCheckResult = {
    spec: { source: spec.source, file: spec.file },
    pacts: checked,
    findings,
    summary: {
      pacts: checked.length,
      interactions: checked.reduce((sum, entry) => sum + entry.interactions.length, 0),
      errors,
      warnings: findings.length - errors,
    },
    ok: errors === 0,
  };
  if (options.provider !== undefined) result.provider = options.provider;
  return result;
}

function toFinding(result: ComparatorResult, file: PactFile, lines: number[], spec: LoadedSpec): CrossCheckFinding {
  const mockLocation = result.mockDetails?.location ?? '[root]';
  const match = /^\[root\]\.interactions\[(\d+)\]\.?(.*)$/.exec(mockLocation);
  const index = match ? Number(match[1]) : -1;
  const interaction: JsonObject | undefined = file.pact.interactions[index];
  const pointer = index >= 0 ? `/interactions/${index}` : '';
  const pactSide: PactSide = {
    consumer: file.pact.consumer.name,
    provider: file.pact.provider.name,
    interaction: interaction
      ? describe(interaction, index)
      : (result.mockDetails?.interactionDescription ?? '(unknown interaction)'),
    index,
    file: file.source,
    pointer,
    location: `${file.source}#${pointer}`,
  };
  const providerState = interaction ? providerStateOf(interaction) : undefined;
  if (providerState !== undefined) pactSide.providerState = providerState;
  const line = lines[index];
  if (line !== undefined) pactSide.line = line;
  if (match && match[2]) pactSide.field = match[2];
  const value = toJsonValue(result.mockDetails?.value);
  if (value !== undefined) pactSide.value = value;

  let message = result.message;
  let specLocation = result.specDetails?.location ?? '[root]';
  const absent = /^request\.(query|header)\.incompatible$/.exec(result.code);
  if (absent && result.mockDetails?.value === undefined && match?.[2]) {
    const name = match[2].split('.').slice(2).join('.');
    message =
      `${message} (the pact sends no ${absent[1] === 'query' ? 'query parameter' : 'header'} ` +
      `"${name}", which the spec requires)`;
  }
  if (result.code === 'request.path-or-method.unknown' && interaction) {
    // Say whether the path exists with other methods (a wrong method) or not at all (an unknown path).
    const request = interaction['request'];
    const requestPath =
      request !== null && typeof request === 'object' && !Array.isArray(request) ? request['path'] : undefined;
    const template = typeof requestPath === 'string' ? matchPathTemplate(spec, requestPath) : undefined;
    const method =
      request !== null && typeof request === 'object' && !Array.isArray(request)
        ? String(request['method']).toLowerCase()
        : '';
    if (template) {
      const methods = template.methods.map((name) => name.toUpperCase()).join(', ') || 'no operations';
      message = template.methods.includes(method)
        ? `${message} (${template.path} has ${method.toUpperCase()}, but a path parameter does not match its schema)`
        : `${message} (${template.path} exists with ${methods})`;
      specLocation = `[root].paths.${template.path}`;
    }
  }

  return {
    code: result.code,
    level: result.type === 'error' ? 'error' : 'warning',
    message,
    pact: pactSide,
    spec: locateInSpec(spec, specLocation, {
      pathName: result.specDetails?.pathName ?? null,
      pathMethod: result.specDetails?.pathMethod ?? null,
    }),
  };
}

/** The spec path template a concrete request path matches (`/users/1` -> `/users/{id}`), with its methods. */
function matchPathTemplate(spec: LoadedSpec, requestPath: string): { path: string; methods: string[] } | undefined {
  const paths = spec.document.paths ?? {};
  const concrete = requestPath.split('?')[0] ?? requestPath;
  const candidates = Object.keys(paths).filter((template) => templateMatches(template, concrete));
  // Prefer the most literal template (fewest parameters), as routers do.
  candidates.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  const path = candidates[0];
  if (path === undefined) return undefined;
  const item = paths[path] ?? {};
  return { path, methods: HTTP_METHODS.filter((method) => item[method] !== undefined) };
}

function describe(interaction: JsonObject, index: number): string {
  const description = interaction['description'];
  return typeof description === 'string' && description !== '' ? description : `interaction ${index}`;
}

/** The comparator's values are JSON from the pact; anything else (undefined, functions) is dropped. */
function toJsonValue(value: unknown): JsonValue | undefined {
  if (value === undefined) return undefined;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : (JSON.parse(text) as JsonValue);
  } catch {
    return undefined;
  }
}

/**
 * `--semantic`: an opt-in second opinion from openapi-diff (Atlassian) on request and response
 * bodies that use allOf / oneOf / anyOf, the area where rule-based tools are most often wrong.
 * openapi-diff compares schemas as sets of values (json-schema-diff), so it sees through
 * restructurings that a keyword-by-keyword comparison cannot.
 *
 * It never changes a verdict. It returns notes: one per body where openapi-diff's verdict
 * (breaking or not) differs from contract-kit's, a one-line summary, or why it could not judge.
 *
 * To stay fast on big documents it runs openapi-diff once, on a minimal pair of documents built
 * from the changed operations whose bodies involve a composition (those operations and the
 * `#/components/...` entries they reach, nothing else), in a worker thread that is terminated
 * after `timeoutMs` and has a bounded heap, so it cannot hang the CLI or exhaust its memory.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { diffSpecs } from '../diff/index.ts';
import { getAtPointer, parsePointer } from '../load/index.ts';
import {
  InputError,
  type Change,
  type HttpMethod,
  type JsonObject,
  type JsonValue,
  type LoadedSpec,
  type OperationDiff,
  type SchemaObject,
  type SpecDiff,
} from '../model.ts';

export interface SemanticOptions {
  /** Give up after this many milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Heap limit of the openapi-diff worker in MiB (default 2048). */
  maxHeapMb?: number;
}

export const SEMANTIC_PREFIX = 'semantic cross-check (openapi-diff)';
const DEFAULT_TIMEOUT_MS = 30_000;

type Direction = 'request' | 'response';

interface Target {
  /** `POST /users/{id}` as contract-kit names it (revision path). */
  name: string;
  method: HttpMethod;
  /** Path key used in both minimal documents (the base path: openapi-diff matches by string). */
  key: string;
  basePath: string;
  revisionPath: string;
}

/** Raw openapi-diff difference (only the fields read here). */
interface Difference {
  type: 'breaking' | 'non-breaking' | 'unclassified';
  code: string;
  entity: string;
  sourceSpecEntityDetails: Array<{ location: string }>;
  destinationSpecEntityDetails: Array<{ location: string }>;
}

const COMPOSITIONS = ['allOf', 'oneOf', 'anyOf'] as const;

/** Whether a resolved schema graph uses allOf/oneOf/anyOf anywhere (bounded walk, cycle-safe). */
export function usesComposition(root: SchemaObject | undefined, budget = 20_000): boolean {
  if (!root) return false;
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length && budget-- > 0) {
    const s = stack.pop();
    if (typeof s !== 'object' || s === null || seen.has(s)) continue;
    seen.add(s);
    const o = s as Record<string, unknown>;
    for (const k of COMPOSITIONS) if (Array.isArray(o[k]) && (o[k] as unknown[]).length > 0) return true;
    for (const k of ['properties', 'patternProperties']) {
      const m = o[k];
      if (typeof m === 'object' && m !== null) stack.push(...Object.values(m));
    }
    for (const k of ['items', 'additionalProperties', 'not', 'prefixItems']) {
      const v = o[k];
      if (Array.isArray(v)) stack.push(...v);
      else if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
  return false;
}

function bodySchemas(op: OperationDiff, side: 'base' | 'revision'): SchemaObject[] {
  const o = op[side]?.node;
  if (!o) return [];
  const out: SchemaObject[] = [];
  for (const mt of Object.values(o.requestBody?.content ?? {})) if (mt?.schema) out.push(mt.schema);
  for (const r of Object.values(o.responses ?? {}))
    for (const mt of Object.values(r?.content ?? {})) if (mt?.schema) out.push(mt.schema);
  return out;
}

function bodyChanged(op: OperationDiff): boolean {
  if (op.requestBody?.content.some((m) => m.kind !== 'modified' || m.schema)) return true;
  return op.responses.some((r) => r.content.some((m) => m.kind !== 'modified' || m.schema));
}

/** Changed operations (on both sides) whose request or response bodies involve a composition. */
export function selectTargets(
  base: LoadedSpec,
  revision: LoadedSpec,
  diff: SpecDiff = diffSpecs(base, revision),
): Target[] {
  const out: Target[] = [];
  for (const op of diff.operations) {
    if (op.kind !== 'modified' || !bodyChanged(op)) continue;
    if (![...bodySchemas(op, 'base'), ...bodySchemas(op, 'revision')].some((s) => usesComposition(s))) continue;
    const basePath = op.basePath ?? op.path;
    const revisionPath = op.revisionPath ?? op.path;
    out.push({
      name: `${op.method.toUpperCase()} ${op.path}`,
      method: op.method,
      key: basePath,
      basePath,
      revisionPath,
    });
  }
  return out;
}

class Unsupported extends Error {}

const isObj = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `$ref` strings inside a value, not following them (example values skipped). */
function directRefs(value: JsonValue | undefined, out: string[] = []): string[] {
  const stack: Array<JsonValue | undefined> = [value];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isObj(v)) {
      for (const [k, child] of Object.entries(v)) {
        if (k === '$ref' && typeof child === 'string') out.push(child);
        else if (k !== 'example') stack.push(child);
      }
    }
  }
  return out;
}

/** The `#/components/...` entries of one raw document, with their direct `$ref`s (memoised). */
class Components {
  private readonly refs = new Map<string, string[]>();
  constructor(readonly raw: JsonObject) {}

  /** `[section, name]` of a whole-component `$ref`; `Unsupported` for anything else. */
  place(ref: string): [string, string] {
    if (!ref.startsWith('#/components/'))
      throw new Unsupported(`a $ref to ${ref} (openapi-diff reads one document, components only)`);
    const [section, name, ...rest] = parsePointer(ref.slice(1)).slice(1);
    if (section === undefined || name === undefined || rest.length > 0)
      throw new Unsupported(`a $ref to ${ref} (not a whole component)`);
    return [section, name];
  }

  value(ref: string): JsonValue {
    const [section, name] = this.place(ref);
    const v = getAtPointer(this.raw, `/components/${escape(section)}/${escape(name)}`) as JsonValue | undefined;
    if (v === undefined) throw new Unsupported(`a $ref to ${ref}, which is missing`);
    return v;
  }

  refsOf(ref: string): string[] {
    let hit = this.refs.get(ref);
    if (!hit) this.refs.set(ref, (hit = directRefs(this.value(ref))));
    return hit;
  }

  /** Every component reachable from `roots`; `Unsupported` on a `$ref` cycle (openapi-diff cannot follow one). */
  closure(roots: readonly string[]): string[] {
    const state = new Map<string, 'open' | 'done'>();
    const order: string[] = [];
    const visit = (ref: string, from: string | undefined) => {
      const s = state.get(ref);
      if (s === 'done') return;
      if (s === 'open')
        throw new Unsupported(
          `a recursive schema (${from ?? ref} -> ${ref}); openapi-diff does not follow circular $refs`,
        );
      state.set(ref, 'open');
      for (const r of this.refsOf(ref)) visit(r, ref);
      state.set(ref, 'done');
      order.push(ref);
    };
    for (const r of roots) visit(r, undefined);
    return order;
  }
}

/**
 * A minimal document with just the target operation (its request body, responses and
 * parameters) and the `#/components/...` entries it reaches. Throws `Unsupported` for what
 * openapi-diff cannot read: a `$ref` to another file or outside components, a `$ref` cycle.
 */
function minimalDocument(components: Components, t: Target, side: 'base' | 'revision'): string {
  const raw = components.raw;
  const rawPaths = isObj(raw.paths) ? raw.paths : {};
  let item: JsonValue | undefined = rawPaths[side === 'base' ? t.basePath : t.revisionPath];
  if (isObj(item) && typeof item.$ref === 'string') item = resolveLocal(raw, item.$ref) as JsonValue | undefined;
  if (!isObj(item) || !isObj(item[t.method])) throw new Unsupported(`its path item is not in the root file`);
  const op = item[t.method] as JsonObject;
  const slim: JsonObject = { responses: op.responses ?? { default: { description: '' } } };
  if (op.requestBody !== undefined) slim.requestBody = op.requestBody;
  if (op.parameters !== undefined) slim.parameters = op.parameters;
  const entry: JsonObject = { [t.method]: slim };
  if (item.parameters !== undefined) entry.parameters = item.parameters;
  const sections: Record<string, JsonObject> = {};
  for (const ref of components.closure(directRefs(entry))) {
    const [section, name] = components.place(ref);
    (sections[section] ??= {})[name] = components.value(ref);
  }
  const doc: JsonObject = {
    openapi: typeof raw.openapi === 'string' ? raw.openapi : '3.0.3',
    info: { title: 'semantic cross-check', version: '0.0.0' },
    paths: { [t.key]: entry },
  };
  if (Object.keys(sections).length) doc.components = sections;
  const text = JSON.stringify(doc);
  if (text.length > MAX_DOCUMENT_CHARS)
    throw new Unsupported(
      `its minimal document is ${(text.length / 1e6).toFixed(1)} MB, too big for openapi-diff in the budget`,
    );
  return text;
}

/** Minimal documents above this size are not sent to openapi-diff (it needs seconds to minutes on them). */
const MAX_DOCUMENT_CHARS = 500_000;

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function resolveLocal(raw: JsonObject, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Unsupported(`a $ref to ${ref} (openapi-diff reads one document)`);
  return getAtPointer(raw, ref.slice(1));
}

/**
 * The openapi-diff calls, in a worker thread (CommonJS eval: no TypeScript loader needed): one
 * call per pair, one message per answer, so a timeout keeps the answers already given.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const openapiDiff = require(workerData.module);
(async () => {
  for (let i = 0; i < workerData.pairs.length; i++) {
    const [base, revision] = workerData.pairs[i];
    try {
      const r = await openapiDiff.diffSpecs({
        sourceSpec: { content: base, location: 'base', format: 'openapi3' },
        destinationSpec: { content: revision, location: 'revision', format: 'openapi3' },
      });
      const differences = [
        ...(r.breakingDifferences || []),
        ...r.nonBreakingDifferences,
        ...r.unclassifiedDifferences,
      ];
      parentPort.postMessage({ i, ok: true, differences });
    } catch (e) {
      parentPort.postMessage({ i, ok: false, error: String((e && e.message) || e) });
    }
  }
})();
`;

type PairResult = { ok: true; differences: Difference[] } | { ok: false; error: string };

interface RunResult {
  /** Answers by pair index; missing when the run stopped first. */
  answers: Map<number, PairResult>;
  /** Why the run stopped before answering every pair. */
  stopped?: { timedOut: boolean; error: string };
}

/**
 * Where openapi-diff is installed. It is an optional peer dependency of the package (with its
 * dependencies about 15 MB, for a flag most runs do not use): without it, --semantic says how to add it.
 */
function openapiDiffPath(): string {
  try {
    return createRequire(import.meta.url).resolve('openapi-diff');
  } catch {
    throw new InputError(
      '--semantic needs the openapi-diff package, an optional peer ' +
        'dependency; install it beside contract-kit (npm i -D ' +
        'openapi-diff@^0.24.1) or drop --semantic',
    );
  }
}

function runOpenapiDiff(pairs: Array<[string, string]>, timeoutMs: number, maxHeapMb: number): Promise<RunResult> {
  const module = openapiDiffPath();
  const answers = new Map<number, PairResult>();
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module, pairs },
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
      stdout: true,
      stderr: true,
    });
    let done = false;
    const finish = (stopped?: RunResult['stopped']) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(stopped ? { answers, stopped } : { answers });
    };
    const timer = setTimeout(
      () => finish({ timedOut: true, error: `no answer within ${timeoutMs / 1000} s` }),
      timeoutMs,
    );
    worker.on('message', (m: PairResult & { i: number }) => {
      answers.set(m.i, m);
      if (answers.size === pairs.length) finish();
    });
    worker.on('error', (e) => finish({ timedOut: false, error: e.message }));
    worker.on('exit', (code) => finish({ timedOut: false, error: `the worker stopped (exit code ${code})` }));
  });
}

function firstLine(s: string): string {
  const line =
    s
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? s;
  return line.length > 200 ? line.slice(0, 197) + '...' : line;
}

/** Which target and direction an openapi-diff location (`paths./x.post.requestBody.content...`) is about. */
function placeOf(
  location: string,
  targets: readonly Target[],
): { target: Target; dir: Direction; status?: string } | undefined {
  for (const t of targets) {
    const prefix = `paths.${t.key}.${t.method}.`;
    if (!location.startsWith(prefix)) continue;
    const rest = location.slice(prefix.length);
    if (rest.startsWith('requestBody')) return { target: t, dir: 'request' };
    const m = /^responses\.([^.]+)/.exec(rest);
    if (m) return { target: t, dir: 'response', status: m[1]! };
  }
  return undefined;
}

interface Verdicts {
  breaking: boolean;
  codes: Set<string>;
  statuses: Set<string>;
}

/**
 * Run the cross-check and return its notes (verdicts untouched). `changes` are contract-kit's
 * classified changes for the same pair of documents.
 */
export async function semanticCrossCheck(
  base: LoadedSpec,
  revision: LoadedSpec,
  changes: readonly Change[],
  options: SemanticOptions = {},
  diff?: SpecDiff,
): Promise<string[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const targets = selectTargets(base, revision, diff);
  if (targets.length === 0)
    return [`${SEMANTIC_PREFIX}: no changed request or response body uses allOf/oneOf/anyOf; nothing to compare`];
  const notes: string[] = [];
  const problems: string[] = [];
  // One pair of minimal documents per operation: a failure or a timeout costs only that one.
  const started = Date.now();
  const componentsOf = { base: new Components(base.raw()), revision: new Components(revision.raw()) };
  const judged: Target[] = [];
  const pairs: Array<[string, string]> = [];
  for (const t of targets) {
    try {
      pairs.push([
        minimalDocument(componentsOf.base, t, 'base'),
        minimalDocument(componentsOf.revision, t, 'revision'),
      ]);
      judged.push(t);
    } catch (err) {
      if (!(err instanceof Unsupported)) throw err;
      problems.push(`${SEMANTIC_PREFIX}: cannot judge ${t.name}: ${err.message}`);
    }
  }
  // Smallest documents first, so that a timeout leaves the most operations judged.
  const order = pairs
    .map((p, i) => i)
    .sort((a, b) => pairs[a]![0].length + pairs[a]![1].length - (pairs[b]![0].length + pairs[b]![1].length));
  const remaining = Math.max(1, timeoutMs - (Date.now() - started));
  const sent = pairs.length
    ? await runOpenapiDiff(
        order.map((i) => pairs[i]!),
        remaining,
        options.maxHeapMb ?? 2048,
      )
    : { answers: new Map<number, PairResult>() };
  // Answers back in operation order (the notes follow the operations, not the document sizes).
  const run: RunResult = { answers: new Map([...sent.answers].map(([pos, a]) => [order[pos]!, a])) };
  if (sent.stopped) run.stopped = sent.stopped;
  const theirs = new Map<string, Verdicts>();
  let answered = 0;
  judged.forEach((t, i) => {
    const answer = run.answers.get(i);
    if (!answer) return;
    if (!answer.ok) {
      problems.push(`${SEMANTIC_PREFIX}: cannot judge ${t.name}: ${firstLine(answer.error)}`);
      return;
    }
    answered++;
    for (const d of answer.differences) {
      if (d.entity !== 'request.body.scope' && d.entity !== 'response.body.scope') continue;
      const loc = d.sourceSpecEntityDetails[0]?.location ?? d.destinationSpecEntityDetails[0]?.location ?? '';
      const place = placeOf(loc, [t]);
      if (!place) continue;
      const key = `${t.name}\u0000${place.dir}`;
      let v = theirs.get(key);
      if (!v) theirs.set(key, (v = { breaking: false, codes: new Set(), statuses: new Set() }));
      v.codes.add(d.code);
      if (place.status) v.statuses.add(place.status);
      if (d.type === 'breaking') v.breaking = true;
    }
  });
  let compared = 0;
  judged.forEach((t, i) => {
    if (!run.answers.get(i)?.ok) return;
    for (const dir of ['request', 'response'] as const) {
      const ours = changes.filter(
        (c) => c.operation === t.name && c.details?.area === 'body' && c.details.direction === dir,
      );
      const v = theirs.get(`${t.name}\u0000${dir}`);
      if (!v && ours.length === 0) continue;
      compared++;
      const oursBreaking = ours.filter((c) => c.level === 'breaking');
      const theirsBreaking = v?.breaking ?? false;
      if (theirsBreaking === oursBreaking.length > 0) continue;
      const what =
        dir === 'request'
          ? `request body of ${t.name}`
          : `response body${v?.statuses.size ? ` (${[...v.statuses].sort().join(', ')})` : ''} of ${t.name}`;
      const theirCodes = v ? ` (${[...v.codes].sort().join(', ')})` : ' (no difference)';
      const theirText = `openapi-diff says ${theirsBreaking ? 'breaking' : 'not breaking'}${theirCodes}`;
      const ourIds = [...new Set((oursBreaking.length ? oursBreaking : ours).map((c) => c.id))].sort();
      const ourCodes = ourIds.length ? ` (${ourIds.join(', ')})` : '';
      const ourText = `contract-kit says ${oursBreaking.length ? 'breaking' : 'not breaking'}${ourCodes}`;
      notes.push(`${SEMANTIC_PREFIX}: ${what}: ${theirText}, ${ourText}; the verdict stays contract-kit's`);
    }
  });
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  let summary =
    `${SEMANTIC_PREFIX}: compared ${n(compared, 'body', 'bodies')} ` +
    `with allOf/oneOf/anyOf in ${n(answered, 'operation', 'operations')}; ` +
    `${notes.length === 0 ? 'no disagreement' : n(notes.length, 'disagreement', 'disagreements')}`;
  if (run.stopped) {
    const why = run.stopped.timedOut
      ? `no answer within the ${timeoutMs / 1000} s budget (raise --semantic-timeout)`
      : firstLine(run.stopped.error);
    summary += `; stopped after ${answered + problems.length} of ${targets.length} operations: ${why}`;
  } else if (problems.length) {
    summary += `; ${n(problems.length, 'operation', 'operations')} not judged`;
  }
  return [
    summary,
    ...notes,
    ...problems.slice(0, 20),
    ...(problems.length > 20 ? [`${SEMANTIC_PREFIX}: ${problems.length - 20} more operations not judged`] : []),
  ];
}

/** `--semantic-timeout` in seconds -> milliseconds; a bad value is an input error. */
export function parseSemanticTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new InputError(`--semantic-timeout ${value}: give a positive number of seconds, e.g. --semantic-timeout 30`);
  return Math.round(seconds * 1000);
}

/**
 * The CLI's entry: load both inputs again (the engine keeps no loaded specs) and return the report
 * with the cross-check's notes appended. Changes, levels, bump and gate are left exactly as they were.
 */
/** The `--semantic` step for `analyze` (`AnalyzeOptions.secondOpinion`): on the documents and diff the engine already
 * has. */
export function semanticStep(
  options: SemanticOptions = {},
): (input: {
  base: LoadedSpec;
  revision: LoadedSpec;
  diff: SpecDiff;
  changes: readonly Change[];
}) => Promise<string[]> {
  openapiDiffPath();
  return ({ base, revision, diff, changes }) => semanticCrossCheck(base, revision, changes, options, diff);
}

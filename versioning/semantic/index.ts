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
import { getAtPointer, loadSpec, parsePointer } from '../load/index.ts';
import { InputError, type Change, type HttpMethod, type JsonObject, type JsonValue, type LoadedSpec, type LoadOptions, type OperationDiff, type Report, type SchemaObject } from '../model.ts';

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
  for (const r of Object.values(o.responses ?? {})) for (const mt of Object.values(r?.content ?? {})) if (mt?.schema) out.push(mt.schema);
  return out;
}

function bodyChanged(op: OperationDiff): boolean {
  if (op.requestBody?.content.some((m) => m.kind !== 'modified' || m.schema)) return true;
  return op.responses.some((r) => r.content.some((m) => m.kind !== 'modified' || m.schema));
}

/** Changed operations (on both sides) whose request or response bodies involve a composition. */
export function selectTargets(base: LoadedSpec, revision: LoadedSpec): Target[] {
  const out: Target[] = [];
  for (const op of diffSpecs(base, revision).operations) {
    if (op.kind !== 'modified' || !bodyChanged(op)) continue;
    if (![...bodySchemas(op, 'base'), ...bodySchemas(op, 'revision')].some((s) => usesComposition(s))) continue;
    const basePath = op.basePath ?? op.path;
    const revisionPath = op.revisionPath ?? op.path;
    out.push({ name: `${op.method.toUpperCase()} ${op.path}`, method: op.method, key: basePath, basePath, revisionPath });
  }
  return out;
}

class Unsupported extends Error {}

const isObj = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A minimal document with just the targets' operations (request bodies and responses, their
 * parameters) and the `#/components/...` entries they reach. Throws `Unsupported` for what
 * openapi-diff cannot read from one document: a `$ref` to another file or outside components.
 */
function minimalDocument(raw: JsonObject, targets: readonly Target[], side: 'base' | 'revision'): string {
  const components: Record<string, JsonObject> = {};
  const pending: JsonValue[] = [];
  const copied = new Set<string>();
  const follow = (value: JsonValue) => pending.push(value);
  const paths: JsonObject = {};
  const rawPaths = isObj(raw.paths) ? raw.paths : {};
  for (const t of targets) {
    let item: JsonValue | undefined = rawPaths[side === 'base' ? t.basePath : t.revisionPath];
    if (isObj(item) && typeof item.$ref === 'string') item = resolveLocal(raw, item.$ref) as JsonValue | undefined;
    if (!isObj(item) || !isObj(item[t.method])) throw new Unsupported(`${t.name}: its path item is not in the root file`);
    const op = item[t.method] as JsonObject;
    const slim: JsonObject = { responses: op.responses ?? { default: { description: '' } } };
    if (op.requestBody !== undefined) slim.requestBody = op.requestBody;
    if (op.parameters !== undefined) slim.parameters = op.parameters;
    const entry: JsonObject = isObj(paths[t.key]) ? (paths[t.key] as JsonObject) : {};
    if (item.parameters !== undefined) entry.parameters = item.parameters;
    entry[t.method] = slim;
    paths[t.key] = entry;
    follow(slim);
    if (item.parameters !== undefined) follow(item.parameters);
  }
  while (pending.length) {
    const v = pending.pop()!;
    if (Array.isArray(v)) {
      pending.push(...v);
      continue;
    }
    if (!isObj(v)) continue;
    for (const [k, child] of Object.entries(v)) {
      if (k === '$ref' && typeof child === 'string') {
        if (!child.startsWith('#/components/')) throw new Unsupported(`a $ref to ${child} (openapi-diff reads one document, components only)`);
        if (copied.has(child)) continue;
        copied.add(child);
        const [section, name, ...rest] = parsePointer(child.slice(1)).slice(1);
        if (section === undefined || name === undefined || rest.length > 0) throw new Unsupported(`a $ref to ${child} (not a whole component)`);
        const target = getAtPointer(raw, `/components/${escape(section)}/${escape(name)}`) as JsonValue | undefined;
        if (target === undefined) throw new Unsupported(`a $ref to ${child}, which is missing`);
        (components[section] ??= {})[name] = target;
        follow(target);
      } else if (k !== 'example' && k !== 'examples' && k !== 'enum' && k !== 'default' && k !== 'const') {
        follow(child);
      }
    }
  }
  const doc: JsonObject = { openapi: typeof raw.openapi === 'string' ? raw.openapi : '3.0.3', info: { title: 'semantic cross-check', version: '0.0.0' }, paths };
  if (Object.keys(components).length) doc.components = components;
  return JSON.stringify(doc);
}

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function resolveLocal(raw: JsonObject, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Unsupported(`a $ref to ${ref} (openapi-diff reads one document)`);
  return getAtPointer(raw, ref.slice(1));
}

/** The openapi-diff call, in a worker thread (CommonJS eval: no TypeScript loader needed). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const openapiDiff = require(workerData.module);
openapiDiff.diffSpecs({
  sourceSpec: { content: workerData.base, location: 'base', format: 'openapi3' },
  destinationSpec: { content: workerData.revision, location: 'revision', format: 'openapi3' },
}).then(
  (r) => parentPort.postMessage({ ok: true, differences: [...(r.breakingDifferences || []), ...r.nonBreakingDifferences, ...r.unclassifiedDifferences] }),
  (e) => parentPort.postMessage({ ok: false, error: String((e && e.message) || e) }),
);
`;

type WorkerResult = { ok: true; differences: Difference[] } | { ok: false; error: string; timedOut?: boolean };

function runOpenapiDiff(base: string, revision: string, timeoutMs: number, maxHeapMb: number): Promise<WorkerResult> {
  const module = createRequire(import.meta.url).resolve('openapi-diff');
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, base, revision }, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb }, stdout: true, stderr: true });
    let done = false;
    const finish = (r: WorkerResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => finish({ ok: false, error: `no answer within ${timeoutMs / 1000} s`, timedOut: true }), timeoutMs);
    worker.on('message', (m: WorkerResult) => finish(m));
    worker.on('error', (e) => finish({ ok: false, error: e.message }));
    worker.on('exit', (code) => finish({ ok: false, error: `the worker stopped (exit code ${code})` }));
  });
}

function firstLine(s: string): string {
  const line = s.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? s;
  return line.length > 200 ? line.slice(0, 197) + '...' : line;
}

/** Which target and direction an openapi-diff location (`paths./x.post.requestBody.content...`) is about. */
function placeOf(location: string, targets: readonly Target[]): { target: Target; dir: Direction; status?: string } | undefined {
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
export async function semanticCrossCheck(base: LoadedSpec, revision: LoadedSpec, changes: readonly Change[], options: SemanticOptions = {}): Promise<string[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const targets = selectTargets(base, revision);
  if (targets.length === 0) return [`${SEMANTIC_PREFIX}: no changed request or response body uses allOf/oneOf/anyOf; nothing to compare`];
  let docs: [string, string];
  try {
    docs = [minimalDocument(base.raw(), targets, 'base'), minimalDocument(revision.raw(), targets, 'revision')];
  } catch (err) {
    if (err instanceof Unsupported) return [`${SEMANTIC_PREFIX}: cannot judge: ${err.message}; verdicts are contract-kit's alone`];
    throw err;
  }
  const result = await runOpenapiDiff(docs[0], docs[1], timeoutMs, options.maxHeapMb ?? 2048);
  if (!result.ok) {
    const why = result.timedOut ? `gave up: ${result.error} (raise --semantic-timeout)` : `failed: ${firstLine(result.error)}`;
    return [`${SEMANTIC_PREFIX} ${why}; verdicts are contract-kit's alone`];
  }
  const theirs = new Map<string, Verdicts>();
  for (const d of result.differences) {
    if (d.entity !== 'request.body.scope' && d.entity !== 'response.body.scope') continue;
    const loc = d.sourceSpecEntityDetails[0]?.location ?? d.destinationSpecEntityDetails[0]?.location ?? '';
    const place = placeOf(loc, targets);
    if (!place) continue;
    const key = `${place.target.name}\u0000${place.dir}`;
    let v = theirs.get(key);
    if (!v) theirs.set(key, (v = { breaking: false, codes: new Set(), statuses: new Set() }));
    v.codes.add(d.code);
    if (place.status) v.statuses.add(place.status);
    if (d.type === 'breaking') v.breaking = true;
  }
  const notes: string[] = [];
  let compared = 0;
  for (const t of targets) {
    for (const dir of ['request', 'response'] as const) {
      const ours = changes.filter((c) => c.operation === t.name && c.details?.area === 'body' && c.details.direction === dir);
      const v = theirs.get(`${t.name}\u0000${dir}`);
      if (!v && ours.length === 0) continue;
      compared++;
      const oursBreaking = ours.filter((c) => c.level === 'breaking');
      const theirsBreaking = v?.breaking ?? false;
      if (theirsBreaking === oursBreaking.length > 0) continue;
      const what = dir === 'request' ? `request body of ${t.name}` : `response body${v?.statuses.size ? ` (${[...v.statuses].sort().join(', ')})` : ''} of ${t.name}`;
      const theirText = `openapi-diff says ${theirsBreaking ? 'breaking' : 'not breaking'}${v ? ` (${[...v.codes].sort().join(', ')})` : ' (no difference)'}`;
      const ourIds = [...new Set((oursBreaking.length ? oursBreaking : ours).map((c) => c.id))].sort();
      const ourText = `contract-kit says ${oursBreaking.length ? 'breaking' : 'not breaking'}${ourIds.length ? ` (${ourIds.join(', ')})` : ''}`;
      notes.push(`${SEMANTIC_PREFIX}: ${what}: ${theirText}, ${ourText}; the verdict stays contract-kit's`);
    }
  }
  const ops = targets.length === 1 ? '1 operation' : `${targets.length} operations`;
  notes.unshift(`${SEMANTIC_PREFIX}: compared ${compared} bod${compared === 1 ? 'y' : 'ies'} with allOf/oneOf/anyOf in ${ops}; ${notes.length === 0 ? 'no disagreement' : `${notes.length} disagreement${notes.length === 1 ? '' : 's'}`}`);
  return notes;
}

/** `--semantic-timeout` in seconds -> milliseconds; a bad value is an input error. */
export function parseSemanticTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InputError(`--semantic-timeout ${value}: give a positive number of seconds, e.g. --semantic-timeout 30`);
  return Math.round(seconds * 1000);
}

/**
 * The CLI's entry: load both inputs again (the engine keeps no loaded specs) and return the report
 * with the cross-check's notes appended. Changes, levels, bump and gate are left exactly as they were.
 */
export async function withSemanticNotes(report: Report, baseInput: string, revisionInput: string, load: LoadOptions, options: SemanticOptions = {}): Promise<Report> {
  const base = await loadSpec(baseInput, load);
  const revision = await loadSpec(revisionInput, load);
  const notes = await semanticCrossCheck(base, revision, report.changes, options);
  return { ...report, notes: [...(report.notes ?? []), ...notes] };
}

/**
 * Whether an OpenAPI document guarantees what a pact interaction reads (./reads.ts): every response
 * the operation may send, for that status and media type, satisfies the read. Pure.
 *
 * - a status is guaranteed when the operation documents it (the code, or its `2XX` range);
 * - a media type when that status documents it (compared as Pact's verifier compares Content-Type:
 *   the type/subtype, case-insensitively, parameters aside);
 * - a header when that status declares it `required`;
 * - a body field when every object on its path is required (in the node, or through `allOf`) and
 *   not nullable, and its value's types satisfy the matcher (a type matcher: the example's JSON
 *   type; `integer`, `decimal`, `boolean`, date/time: theirs) while an exact, regex or include
 *   expectation can still be met (an enum value, the pattern and the format admit it).
 *   `allOf` guarantees what any branch guarantees; `anyOf`/`oneOf` only what every branch does.
 *
 * What is not checked, on purpose: array lengths (`eachLike`'s minimum is about the provider
 * state's data, which a schema does not promise) and additional properties (a consumer that reads
 * a field never minds the others).
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { HTTP_METHODS, type JsonValue, type LoadedSpec } from '../model.ts';
import { PatternCache } from './regex.ts';
import { templateMatches } from './templates.ts';
import { ITEMS, type FieldRead, type HeaderRead, type Matcher, type Read, type Step } from './reads.ts';

/** Why a read is not guaranteed. */
export type Gap =
  | 'operation' // the operation is not documented
  | 'status' // the status is not documented
  | 'media-type' // the media type is not documented for the status
  | 'no-schema' // the body has no schema
  | 'removed' // a property on the path is not defined
  | 'optional' // a property on the path is not required
  | 'nullable' // the value (or an object on its path) may be null
  | 'retyped' // the value's type no longer satisfies the matcher
  | 'widened' // an anyOf/oneOf branch lets the value be absent or of another type
  | 'value' // an exact / regex / include expectation can no longer be met (enum, pattern, format)
  | 'header-optional' // the header is documented but not required
  | 'header-removed'; // the header is not documented

type Schema = Record<string, unknown>;

function asSchema(value: unknown): Schema | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Schema) : undefined;
}

function list(value: unknown): Schema[] {
  return Array.isArray(value) ? value.flatMap((v) => (asSchema(v) ? [asSchema(v)!] : [])) : [];
}

export interface OperationRef {
  method: string;
  /** The path template as the spec writes it. */
  path: string;
  operation: Schema;
}

/** The operation a request reaches: the method, and the most literal path template that matches. */
export function findOperation(spec: LoadedSpec, method: string, requestPath: string): OperationRef | undefined {
  const paths = (spec.document.paths ?? {}) as Record<string, unknown>;
  const concrete = requestPath.split('?')[0] ?? requestPath;
  const lower = method.toLowerCase();
  if (!(HTTP_METHODS as readonly string[]).includes(lower)) return undefined;
  const candidates = Object.keys(paths).filter((template) => templateMatches(template, concrete));
  candidates.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  for (const path of candidates) {
    const operation = asSchema(asSchema(paths[path])?.[lower]);
    if (operation) return { method: lower, path, operation };
  }
  return undefined;
}

/** The response object documented for a status: the code itself, else its range (never `default`). */
function responseFor(operation: Schema, status: number): Schema | undefined {
  const responses = asSchema(operation['responses']) ?? {};
  const exact = asSchema(responses[String(status)]);
  if (exact) return exact;
  const range = Object.keys(responses).find((key) => /^[1-5]xx$/i.test(key) && key[0] === String(status)[0]);
  return range ? asSchema(responses[range]) : undefined;
}

export function baseMediaType(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/** The documented media type (its key) matching the one the pact expects. */
function mediaTypeFor(response: Schema, mediaType: string): string | undefined {
  const content = asSchema(response['content']) ?? {};
  const wanted = baseMediaType(mediaType);
  return Object.keys(content).find((key) => baseMediaType(key) === wanted);
}

/** The schemas a body read must hold in: the named media type's, or every documented one's. */
function bodySchemas(response: Schema, mediaType: string | undefined): Schema[] | Gap {
  const content = asSchema(response['content']);
  if (!content || Object.keys(content).length === 0) return 'no-schema';
  const keys =
    mediaType !== undefined
      ? [mediaTypeFor(response, mediaType)].filter((k): k is string => k !== undefined)
      : Object.keys(content);
  if (keys.length === 0) return 'media-type';
  const schemas: Schema[] = [];
  for (const key of keys) {
    const schema = asSchema(asSchema(content[key])?.['schema']);
    if (!schema) return 'no-schema';
    schemas.push(schema);
  }
  return schemas;
}

/**
 * Whether the spec guarantees a read of the interaction that calls `method requestPath`; the gap when not.
 * `presence` checks only that the field or header is always there (its path required and not null),
 * not that its value satisfies the matcher: a read whose value the base already leaves open (a
 * nullable field read by type) still breaks when the revision drops the field. `patterns`: the
 * run's compiled patterns (pass one cache for every read of a run).
 */
export function guaranteeOf(
  spec: LoadedSpec,
  method: string,
  requestPath: string,
  read: Read,
  scope: 'full' | 'presence' = 'full',
  patterns: PatternCache = new PatternCache(),
): Gap | undefined {
  const found = findOperation(spec, method, requestPath);
  if (!found) return 'operation';
  const response = responseFor(found.operation, read.status);
  if (!response) return 'status';
  switch (read.kind) {
    case 'status':
      return undefined;
    case 'media-type':
      return mediaTypeFor(response, read.mediaType) !== undefined ? undefined : 'media-type';
    case 'header':
      return headerGap(response, read, scope, patterns);
    case 'field': {
      const schemas = bodySchemas(response, read.mediaType);
      if (typeof schemas === 'string') return schemas;
      const dialect = spec.dialect;
      for (const schema of schemas) {
        const gap = pathGap(schema, read.steps, read, {
          dialect,
          seen: new Set(),
          presence: scope === 'presence',
          patterns,
        });
        if (gap) return gap;
      }
      return undefined;
    }
  }
}

/** The schemas a field read reaches (through compositions), for messages; empty when none. */
function leafSchemas(schema: Schema, steps: readonly Step[], seen: Set<Schema>): Schema[] {
  if (seen.has(schema)) return [];
  if (steps.length === 0) return [schema];
  const next = new Set(seen).add(schema);
  const [step, ...rest] = steps as [Step, ...Step[]];
  const own = step === ITEMS ? asSchema(schema['items']) : asSchema(asSchema(schema['properties'])?.[step]);
  const out = own ? leafSchemas(own, rest, next) : [];
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
    for (const branch of list(schema[key])) out.push(...leafSchemas(branch, steps, next));
  return out;
}

/** The JSON types a field read may take in the spec (`number or string`), for messages; undefined when unknown. */
export function typesOf(
  spec: LoadedSpec,
  method: string,
  requestPath: string,
  read: FieldRead,
  patterns: PatternCache = new PatternCache(),
): string | undefined {
  const found = findOperation(spec, method, requestPath);
  const response = found ? responseFor(found.operation, read.status) : undefined;
  if (!response) return undefined;
  const schemas = bodySchemas(response, read.mediaType);
  if (typeof schemas === 'string') return undefined;
  const types = new Set<string>();
  for (const schema of schemas) {
    for (const leaf of leafSchemas(schema, read.steps, new Set())) {
      const t = allowedTypes(leaf, { dialect: spec.dialect, seen: new Set(), presence: false, patterns });
      if (t === 'any') return 'any type';
      for (const type of t) if (!(type === 'integer' && t.has('number'))) types.add(type);
    }
  }
  if (types.size === 0) return undefined;
  const names = [...types].sort();
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function headerGap(
  response: Schema,
  read: HeaderRead,
  scope: 'full' | 'presence',
  patterns: PatternCache,
): Gap | undefined {
  const headers = asSchema(response['headers']) ?? {};
  const key = Object.keys(headers).find((name) => name.toLowerCase() === read.name.toLowerCase());
  if (key === undefined) return 'header-removed';
  const header = asSchema(headers[key]) ?? {};
  if (header['required'] !== true) return 'header-optional';
  const schema = asSchema(header['schema']);
  if (!schema || scope === 'presence') return undefined;
  return valueGap(
    schema,
    { value: read.value, matchers: read.matchers, combine: read.combine },
    { dialect: '3.0', seen: new Set(), presence: false, patterns },
  );
}

interface Walk {
  dialect: '3.0' | '3.1';
  /** Schemas entered at the current depth through compositions (a cycle there ends the walk instead of looping). */
  seen: Set<Schema>;
  /** Check only that the value is there, not what it is. */
  presence: boolean;
  /** The run's compiled patterns. */
  patterns: PatternCache;
}

type ValueRead = Pick<FieldRead, 'value' | 'matchers' | 'combine'>;

/**
 * The first gap on the way to the read's value (undefined: guaranteed). Compositions: a node holds
 * when its own keywords hold or any `allOf` branch holds; `anyOf`/`oneOf` hold when every branch does.
 */
function pathGap(schema: Schema, steps: readonly Step[], read: ValueRead, walk: Walk): Gap | undefined {
  if (walk.seen.has(schema)) return undefined;
  if (steps.length === 0) return walk.presence ? undefined : valueGap(schema, read, walk);
  const types = allowedTypes(schema, walk);
  if (types === 'any') return widenedOrRetyped(schema);
  if (types.has('null')) return 'nullable';
  const [step, ...rest] = steps as [Step, ...Step[]];
  if (step === ITEMS) {
    if (!types.has('array') || types.size > 1) return widenedOrRetyped(schema);
    return childGap(schema, (node) => asSchema(node['items']), rest, read, walk);
  }
  if (!types.has('object') || types.size > 1) return widenedOrRetyped(schema);
  if (!isRequired(schema, step, walk)) {
    const branches = [...list(schema['anyOf']), ...list(schema['oneOf'])];
    if (branches.some((b) => isRequired(b, step, walk))) return 'widened';
    return definesProperty(schema, step, walk) ? 'optional' : 'removed';
  }
  return childGap(schema, (node) => asSchema(asSchema(node['properties'])?.[step]), rest, read, walk);
}

/** The gap of the child reached by `child` (a property schema, the items schema), through compositions. */
function childGap(
  schema: Schema,
  child: (node: Schema) => Schema | undefined,
  rest: readonly Step[],
  read: ValueRead,
  walk: Walk,
): Gap | undefined {
  // `seen` guards compositions that come back to a schema at the same depth; a step into a child
  // consumes the path, so a recursive schema (a tree) is walked as deep as the read goes.
  if (walk.seen.has(schema)) return 'removed';
  const seen = new Set(walk.seen).add(schema);
  const inner: Walk = { ...walk, seen };
  const own = child(schema);
  const ownGap = own ? pathGap(own, rest, read, { ...walk, seen: new Set() }) : ('removed' as Gap);
  if (ownGap === undefined) return undefined;
  let best: Gap | undefined = own ? ownGap : undefined;
  for (const branch of list(schema['allOf'])) {
    const gap = childGapOrUndefined(branch, child, rest, read, inner);
    if (gap === 'holds') return undefined;
    best ??= gap;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = list(schema[key]);
    if (branches.length === 0) continue;
    const gaps = branches.map((b) => childGapOrUndefined(b, child, rest, read, inner));
    if (gaps.every((g) => g === 'holds')) return undefined;
    const failing = gaps.find((g): g is Gap => g !== 'holds' && g !== undefined);
    best ??= gaps.some((g) => g === 'holds') ? 'widened' : failing;
  }
  return best ?? 'removed';
}

function childGapOrUndefined(
  schema: Schema,
  child: (node: Schema) => Schema | undefined,
  rest: readonly Step[],
  read: ValueRead,
  walk: Walk,
): Gap | 'holds' | undefined {
  const gap = childGap(schema, child, rest, read, walk);
  return gap === undefined ? 'holds' : gap;
}

function isRequired(schema: Schema, name: string, walk: Walk): boolean {
  if (walk.seen.has(schema)) return false;
  const required = schema['required'];
  if (Array.isArray(required) && required.includes(name)) return true;
  const seen: Walk = { ...walk, seen: new Set(walk.seen).add(schema) };
  if (list(schema['allOf']).some((b) => isRequired(b, name, seen))) return true;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = list(schema[key]);
    if (branches.length > 0 && branches.every((b) => isRequired(b, name, seen))) return true;
  }
  return false;
}

function definesProperty(schema: Schema, name: string, walk: Walk): boolean {
  if (walk.seen.has(schema)) return false;
  if (asSchema(schema['properties'])?.[name] !== undefined) return true;
  const seen: Walk = { ...walk, seen: new Set(walk.seen).add(schema) };
  return ['allOf', 'anyOf', 'oneOf'].some((key) => list(schema[key]).some((b) => definesProperty(b, name, seen)));
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
const ALL_TYPES: readonly JsonType[] = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];

/** The JSON types a schema lets a value take (`integer` is kept apart from `number`); `any` when unconstrained. */
function allowedTypes(schema: Schema, walk: Walk): Set<JsonType> | 'any' {
  if (walk.seen.has(schema)) return 'any';
  let own: Set<JsonType> | 'any' = ownTypes(schema);
  const seen: Walk = { ...walk, seen: new Set(walk.seen).add(schema) };
  for (const branch of list(schema['allOf'])) own = intersect(own, allowedTypes(branch, seen));
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = list(schema[key]);
    if (branches.length === 0) continue;
    let union: Set<JsonType> | 'any' = new Set();
    for (const branch of branches) {
      const t = allowedTypes(branch, seen);
      union = union === 'any' || t === 'any' ? 'any' : new Set([...union, ...t]);
    }
    own = intersect(own, union);
  }
  // OpenAPI 3.0 `nullable: true` adds null to whatever the node's type allows.
  if (schema['nullable'] === true && own !== 'any') own = new Set([...own, 'null']);
  return own;
}

function ownTypes(schema: Schema): Set<JsonType> | 'any' {
  const type = schema['type'];
  if (typeof type === 'string') return new Set(expand(type));
  if (Array.isArray(type)) return new Set(type.flatMap((t) => (typeof t === 'string' ? expand(t) : [])));
  const values =
    'const' in schema ? [schema['const']] : Array.isArray(schema['enum']) ? (schema['enum'] as unknown[]) : undefined;
  if (values) return new Set(values.map(jsonTypeOf));
  // A typeless node with object or array keywords is read as what those keywords describe (3.0 specs often omit
  // `type`).
  if ('properties' in schema || 'required' in schema || 'additionalProperties' in schema) return new Set(['object']);
  if ('items' in schema) return new Set(['array']);
  return 'any';
}

function expand(type: string): JsonType[] {
  if (type === 'number') return ['number', 'integer'];
  return (ALL_TYPES as readonly string[]).includes(type) ? [type as JsonType] : [];
}

function intersect(a: Set<JsonType> | 'any', b: Set<JsonType> | 'any'): Set<JsonType> | 'any' {
  if (a === 'any') return b;
  if (b === 'any') return a;
  return new Set([...a].filter((t) => b.has(t)));
}

function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value === 'boolean' ? 'boolean' : 'string';
}

/** The types a matcher accepts for a read with this example value. */
function acceptedTypes(matcher: Matcher, value: JsonValue): Set<JsonType> {
  switch (matcher.kind) {
    case 'integer':
      return new Set(['integer']);
    case 'decimal':
    case 'number':
      return new Set(['number', 'integer']);
    case 'boolean':
      return new Set(['boolean']);
    case 'null':
      return new Set(['null']);
    case 'regex':
    case 'date':
    case 'time':
    case 'datetime':
    case 'include':
    case 'semver':
    case 'content-type':
      return new Set(['string']);
    default: {
      const t = jsonTypeOf(value);
      // A type matcher on a number accepts any number; an exact value only its own kind.
      return t === 'integer' || t === 'number'
        ? new Set(matcher.kind === 'exact' && t === 'number' ? ['number'] : ['number', 'integer'])
        : new Set([t]);
    }
  }
}

/** The gap of a value read (undefined: every value the schema allows satisfies the matchers). */
function valueGap(schema: Schema, read: ValueRead, walk: Walk): Gap | undefined {
  const gaps = read.matchers.map((m) => matcherGap(schema, m, read.value, walk));
  if (read.combine === 'OR') return gaps.some((g) => g === undefined) ? undefined : gaps[0];
  return gaps.find((g) => g !== undefined);
}

function matcherGap(schema: Schema, matcher: Matcher, value: JsonValue, walk: Walk): Gap | undefined {
  const types = allowedTypes(schema, walk);
  if (matcher.kind === 'null') return types === 'any' || types.has('null') ? undefined : 'retyped';
  if (types === 'any') return widenedOrRetyped(schema);
  if (types.has('null')) return 'nullable';
  const accepted = acceptedTypes(matcher, value);
  // A decimal matcher: `type: number` is how a spec says decimal (it cannot say "never an integer"); `integer` is not.
  if (matcher.kind === 'decimal') {
    if (!types.has('number') || [...types].some((t) => t !== 'number' && t !== 'integer'))
      return widenedOrRetyped(schema);
  } else if ([...types].some((t) => !accepted.has(t))) return widenedOrRetyped(schema);
  // Exact, regex and include expectations must still be meetable by some value the schema allows.
  if (matcher.kind === 'exact' && (value === null || typeof value !== 'object'))
    return admits(schema, value, walk) ? undefined : 'value';
  if (matcher.kind === 'regex' && matcher.regex !== undefined) {
    const pattern = walk.patterns.tester(matcher.regex);
    if (!pattern) return undefined;
    const choices = enumValues(schema, walk);
    if (choices) return choices.some((c) => typeof c === 'string' && pattern.test(c)) ? undefined : 'value';
    return typeof value === 'string' && !admits(schema, value, walk) ? 'value' : undefined;
  }
  if (matcher.kind === 'include' && matcher.include !== undefined) {
    const choices = enumValues(schema, walk);
    if (choices)
      return choices.some((c) => typeof c === 'string' && c.includes(matcher.include!)) ? undefined : 'value';
  }
  return undefined;
}

function widenedOrRetyped(schema: Schema): Gap {
  return list(schema['anyOf']).length > 0 || list(schema['oneOf']).length > 0 ? 'widened' : 'retyped';
}

/** The values an enum / const limits the schema to (through allOf: the first that limits), if any. */
function enumValues(schema: Schema, walk: Walk): unknown[] | undefined {
  if ('const' in schema) return [schema['const']];
  if (Array.isArray(schema['enum'])) return schema['enum'] as unknown[];
  if (walk.seen.has(schema)) return undefined;
  for (const branch of list(schema['allOf'])) {
    const values = enumValues(branch, { ...walk, seen: new Set(walk.seen).add(schema) });
    if (values) return values;
  }
  return undefined;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the schema admits this scalar value (enum, const, pattern, format, bounds), through compositions. */
function admits(schema: Schema, value: JsonValue, walk: Walk): boolean {
  if (walk.seen.has(schema)) return true;
  if ('const' in schema && !deepEqual(schema['const'], value)) return false;
  if (Array.isArray(schema['enum']) && !(schema['enum'] as unknown[]).some((v) => deepEqual(v, value))) return false;
  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string') {
      const pattern = walk.patterns.tester(schema['pattern']);
      if (pattern && !pattern.test(value)) return false;
    }
    if (typeof schema['format'] === 'string' && !formatAdmits(schema['format'], value)) return false;
    if (typeof schema['maxLength'] === 'number' && [...value].length > schema['maxLength']) return false;
    if (typeof schema['minLength'] === 'number' && [...value].length < schema['minLength']) return false;
  }
  if (typeof value === 'number') {
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) return false;
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) return false;
  }
  const seen: Walk = { ...walk, seen: new Set(walk.seen).add(schema) };
  if (!list(schema['allOf']).every((b) => admits(b, value, seen))) return false;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = list(schema[key]);
    if (branches.length > 0 && !branches.some((b) => admits(b, value, seen))) return false;
  }
  return true;
}

function formatAdmits(format: string, value: string): boolean {
  const check = (fullFormats as Record<string, unknown>)[format];
  if (check instanceof RegExp) return check.test(value);
  if (typeof check === 'function') return Boolean((check as (s: string) => unknown)(value));
  if (check !== null && typeof check === 'object') {
    const validate = (check as { validate?: unknown }).validate;
    if (validate instanceof RegExp) return validate.test(value);
    if (typeof validate === 'function') return Boolean((validate as (s: string) => unknown)(value));
  }
  return true;
}

/** "which the revision makes optional": the words for a gap, in the revision's voice. */
export function gapText(gap: Gap, who: 'the revision' | 'the spec'): string {
  const base = who === 'the spec';
  switch (gap) {
    case 'operation':
      return base ? 'which the spec does not document' : 'which the revision removes (the operation)';
    case 'status':
      return base ? 'whose status the spec does not document' : 'which the revision no longer documents (the status)';
    case 'media-type':
      return base
        ? 'whose media type the spec does not document'
        : 'which the revision no longer documents (the media type)';
    case 'no-schema':
      return base ? 'which the spec describes with no schema' : 'which the revision no longer describes (no schema)';
    case 'removed':
      return base ? 'which the spec does not define' : 'which the revision removes';
    case 'optional':
      return base ? 'which the spec does not guarantee (optional)' : 'which the revision makes optional';
    case 'nullable':
      return base ? 'which the spec does not guarantee (nullable)' : 'which the revision makes nullable';
    case 'retyped':
      return base
        ? 'which the spec does not guarantee (its type does not satisfy the matcher)'
        : 'whose type the revision changes so that the matcher no longer holds';
    case 'widened':
      return base
        ? 'which the spec does not guarantee (an anyOf/oneOf branch allows otherwise)'
        : 'which the revision widens (an anyOf/oneOf branch no longer guarantees it)';
    case 'value':
      return base
        ? 'whose expected value the spec does not allow'
        : 'whose expected value the revision no longer allows';
    case 'header-optional':
      return base ? 'which the spec does not guarantee (optional)' : 'which the revision makes optional';
    case 'header-removed':
      return base ? 'which the spec does not document' : 'which the revision no longer documents';
  }
}

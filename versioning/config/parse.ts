/**
 * Parse and validate `.contract-kit.yaml` (./load.ts finds and reads it). Every problem is one `InputError` line naming
 * the file,
 * the line and the fix, e.g.
 * `.contract-kit.yaml:5: rules: unknown rule id "response-property-removd"; did you mean response-property-removed?`
 */
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsImport, { type FormatsPlugin } from 'ajv-formats';
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { InputError } from '../model.ts';
import { countYamlAliases } from '../load/guards.ts';
import { nearest } from './nearest.ts';
import type { SpecFilter } from '../filter/index.ts';
import {
  CONFIG_SCHEMA,
  type AcceptEntry,
  type ApiEntry,
  type Config,
  type DeprecationPolicy,
  type RuleSetting,
} from './schema.ts';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats: FormatsPlugin =
  (addFormatsImport as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsImport as unknown as FormatsPlugin);

/** Validates against CONFIG_SCHEMA (compiled per call: a run parses one config). */
function validate(value: unknown): ErrorObject[] {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv, ['date']);
  const validator = ajv.compile(CONFIG_SCHEMA);
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

const TOP_LEVEL_KEYS = Object.keys(CONFIG_SCHEMA.properties);
const ACCEPT_KEYS = Object.keys(CONFIG_SCHEMA.properties.accept.items.properties);
const API_KEYS = Object.keys(CONFIG_SCHEMA.properties.apis.items.properties);
const FILTER_KEYS = Object.keys(CONFIG_SCHEMA.properties.filter.properties);
const DEPRECATION_KEYS = Object.keys(CONFIG_SCHEMA.properties.deprecation.properties);

/** The keys allowed in the mapping at `path` (for "did you mean"). */
function knownKeys(path: readonly Segment[]): string[] {
  if (path.length === 0) return TOP_LEVEL_KEYS;
  if (path[path.length - 1] === 'filter') return FILTER_KEYS;
  if (path[0] === 'deprecation') return DEPRECATION_KEYS;
  return path[0] === 'apis' ? API_KEYS : ACCEPT_KEYS;
}

type Segment = string | number;

class Positions {
  readonly lines = new LineCounter();
  doc!: Document.Parsed;

  /** The line of the node at `path`, or of its key when `key` is true; falls back to the nearest ancestor. */
  line(path: readonly Segment[], key = false): number {
    for (let n = path.length; n >= 0; n--) {
      const offset = this.offset(path.slice(0, n), key && n === path.length);
      if (offset !== undefined) return this.lines.linePos(offset).line;
    }
    return 1;
  }

  private offset(path: readonly Segment[], key: boolean): number | undefined {
    if (path.length === 0) return this.doc.contents?.range?.[0] ?? 0;
    if (key) {
      const parent = this.doc.getIn(path.slice(0, -1), true);
      if (isMap(parent)) {
        const last = path[path.length - 1];
        const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(last));
        if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
      }
    }
    const node = this.doc.getIn(path, true);
    return isNode(node) && node.range ? node.range[0] : undefined;
  }
}

function pathOf(instancePath: string): Segment[] {
  if (!instancePath) return [];
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function dotted(path: readonly Segment[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out;
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** One readable sentence (and the path/key it is about) for the first ajv error. */
function describe(error: ErrorObject, data: unknown): { path: Segment[]; key: boolean; text: string } {
  const path = pathOf(error.instancePath);
  const where = dotted(path);
  const value = path.reduce<unknown>(
    (v, s) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined),
    data,
  );
  const at = where ? `${where} ` : '';
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = knownKeys(path);
      const guess = nearest(extra, known);
      const scope = where ? `${where}: ` : '';
      return {
        path: [...path, extra],
        key: true,
        text:
          `${scope}unknown key "${extra}"${guess ? `; did you mean ${guess}?` : ''} ` +
          `(known keys: ${known.join(', ')})`,
      };
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const fix =
        missing === 'reason'
          ? '; say why the change is accepted'
          : missing === 'rule'
            ? '; name the rule id of the accepted change'
            : '';
      return { path, key: false, text: `${where || 'config'}: missing "${missing}"${fix}` };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ');
      return { path, key: false, text: `${at}must be one of ${allowed} (got ${show(value)})` };
    }
    case 'type': {
      const type = error.params.type;
      const expected = type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : `a ${String(type)}`;
      return {
        path,
        key: false,
        text: `${where || 'the configuration'} must be ${expected} (got ${show(value)})`,
      };
    }
    case 'format':
      return { path, key: false, text: `${at}must be a date like 2025-12-31 (got ${show(value)})` };
    case 'pattern':
      if (path[0] === 'apis') {
        return {
          path,
          key: false,
          text: `${at}must be a short name of letters, digits, ".", "_" or "-" (got ${show(value)})`,
        };
      }
      if (path.includes('dropExtensions')) {
        return { path, key: false, text: `${at}must be an extension name starting with x- (got ${show(value)})` };
      }
      return {
        path,
        key: false,
        text:
          `${at}must be "METHOD /path", e.g. "GET /users/{id}", or a callback or webhook as reports name it ` +
          `("POST /subscriptions -> callback onEvent -> POST {$request.body#/callbackUrl}", "WEBHOOK newBook") ` +
          `(got ${show(value)})`,
      };
    case 'minItems':
      return { path, key: false, text: `${at}must list at least one entry` };
    case 'minLength':
      return { path, key: false, text: `${at}must not be empty` };
    default:
      return { path, key: false, text: `${at}${error.message ?? 'is invalid'}` };
  }
}

/**
 * Parse and validate configuration text. `knownRules` are the registered rule ids (unknown ids
 * in `rules` or `accept` are errors naming the nearest known id).
 */
export function parseConfig(text: string, file: string, knownRules: readonly string[]): Config {
  const pos = new Positions();
  const doc = parseDocument(text, { lineCounter: pos.lines, prettyErrors: true, uniqueKeys: true });
  pos.doc = doc;
  const problem = doc.errors[0];
  if (problem) {
    const lp = problem.linePos?.[0];
    const firstLine = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(
      `${file}${lp ? `:${lp.line}:${lp.col}` : ''}: invalid YAML: ${firstLine}`,
      file,
      lp ? { line: lp.line, column: lp.col } : undefined,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    // The library's refusal of an alias bomb has no place: name the first alias.
    const offset = countYamlAliases(text, 0) ?? 0;
    const lp = pos.lines.linePos(offset);
    const why = err instanceof Error ? err.message.slice(0, 200) : 'cannot be read';
    throw new InputError(
      `${file}:${lp.line}:${lp.col}: invalid YAML: ${why}; write the configuration without YAML aliases`,
      file,
      { line: lp.line, column: lp.col },
    );
  }
  const fail = (line: number, text: string): never => {
    throw new InputError(`${file}:${line}: ${text}`, file, { line, column: 1 });
  };

  const errors = validate(data);
  if (errors.length > 0) {
    // Report the problem that comes first in the file.
    const described = errors.map((e) => describe(e, data)).map((d) => ({ ...d, line: pos.line(d.path, d.key) }));
    described.sort((a, b) => a.line - b.line);
    const first = described[0]!;
    fail(first.line, first.text);
  }

  const raw = data as {
    failOn?: Config['failOn'];
    rules?: Record<string, RuleSetting>;
    accept?: AcceptEntry[];
    deprecation?: Partial<DeprecationPolicy>;
    filter?: SpecFilter;
    apis?: ApiEntry[];
  };
  const known = new Set(knownRules);
  const unknownRule = (id: string, at: readonly Segment[], key: boolean, label: string): never => {
    const guess = nearest(id, knownRules);
    return fail(
      pos.line(at, key),
      `${label}: unknown rule id "${id}"; ${guess ? `did you mean ${guess}?` : 'no rules are registered'} ` +
        `(see \`contract-kit rules\`)`,
    );
  };
  for (const id of Object.keys(raw.rules ?? {})) {
    if (!known.has(id)) unknownRule(id, ['rules', id], true, 'rules');
  }
  const accept: AcceptEntry[] = (raw.accept ?? []).map((entry, i) => {
    if (!known.has(entry.rule)) unknownRule(entry.rule, ['accept', i, 'rule'], false, `accept[${i}].rule`);
    const out: AcceptEntry = {
      rule: entry.rule,
      reason: entry.reason.trim(),
      declaredAt: { file, line: pos.line(['accept', i]) },
    };
    if (entry.operation !== undefined) out.operation = entry.operation.trim().replace(/\s+/g, ' ');
    if (entry.expires !== undefined) out.expires = entry.expires;
    return out;
  });
  const config: Config = { file, rules: { ...(raw.rules ?? {}) }, accept };
  if (raw.failOn) config.failOn = raw.failOn;
  if (raw.deprecation) {
    config.deprecation = { minDays: raw.deprecation.minDays ?? 0, stability: raw.deprecation.stability ?? 'beta' };
  }
  if (raw.filter) config.filter = raw.filter;
  if (raw.apis) {
    const seen = new Map<string, number>();
    config.apis = raw.apis.map((api, i) => {
      const first = seen.get(api.name);
      if (first !== undefined) {
        fail(
          pos.line(['apis', i, 'name']),
          `apis[${i}].name: "${api.name}" is already the name of apis[${first}]; give each API its own name`,
        );
      }
      seen.set(api.name, i);
      if (api.pacts === 'broker' && api.provider === undefined) {
        fail(
          pos.line(['apis', i, 'pacts']),
          `apis[${i}]: pacts: broker needs provider: <name>, the provider whose pacts to fetch`,
        );
      }
      return { ...api };
    });
  }
  return config;
}

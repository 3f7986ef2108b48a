/**
 * What a pact interaction reads from the provider's response: its status, its media type, every
 * header it expects and every body field at any depth, each with the Pact matcher that applies.
 * Pure; V2 (`matchingRules` keyed `$.body.a`, `$.headers.X`), V3 and V4 (`matchingRules.body` /
 * `.header` categories keyed `$.a`, each `{combine, matchers}`) are read alike.
 *
 * Matcher selection follows Pact's reference implementations (pact-jvm `Matchers.resolveMatchers`,
 * pact_models `matchingrules`): a rule applies to its own path and, cascading, to every path below
 * it; among the rules that apply, the heaviest wins (root, a field name or an index weigh 2, a
 * `*` / `[*]` wildcard weighs 1, multiplied along the path), then the longest. A rule inherited
 * from an ancestor keeps its meaning for the children only when it is a type-like rule (`type`,
 * `min`/`max` of `eachLike`, `values`, ...), which matches children by type; `equality` cascades
 * as exact matching; any other inherited rule (a regex on an object) says nothing about a child.
 */
import type { JsonObject, JsonValue } from '../model.ts';

/** The kinds of matcher a read can carry; `exact` is Pact's default when no rule applies. */
export type MatcherKind =
  | 'exact'
  | 'type'
  | 'regex'
  | 'integer'
  | 'decimal'
  | 'number'
  | 'boolean'
  | 'date'
  | 'time'
  | 'datetime'
  | 'include'
  | 'null'
  | 'content-type'
  | 'not-empty'
  | 'semver';

export interface Matcher {
  kind: MatcherKind;
  /** The regular expression of a `regex` matcher. */
  regex?: string;
  /** The substring of an `include` matcher. */
  include?: string;
  /** The date/time format of a `date`/`time`/`datetime` matcher, as written. */
  format?: string;
}

/** A path step inside a body: a property name, or `[]` for the items of an array. */
export type Step = string;
export const ITEMS: Step = '[]';

interface ReadBase {
  /** The interaction's response status. */
  status: number;
}

export type Read =
  | (ReadBase & { kind: 'status' })
  | (ReadBase & { kind: 'media-type'; mediaType: string })
  | (ReadBase & { kind: 'header'; name: string; value: string; matchers: Matcher[]; combine: 'AND' | 'OR' })
  | (ReadBase & {
      kind: 'field';
      /** Steps from the body root; `[]` stands for array items. */
      steps: Step[];
      /** `items[].email`, the notation of `FindingDetails.property` (empty for the body itself). */
      property: string;
      /** The pact's example value. */
      value: JsonValue;
      matchers: Matcher[];
      combine: 'AND' | 'OR';
      /** The response media type the body is read as, when the pact names one. */
      mediaType?: string;
    });

export type FieldRead = Extract<Read, { kind: 'field' }>;
export type HeaderRead = Extract<Read, { kind: 'header' }>;

/** The reads of one response, in a stable order: status, media type, headers, body fields (depth first). */
export function responseReads(interaction: JsonObject): Read[] {
  const response = asObject(interaction['response']);
  if (!response) return [];
  const status = typeof response['status'] === 'number' ? response['status'] : NaN;
  if (Number.isNaN(status)) return [];
  const reads: Read[] = [{ kind: 'status', status }];
  const rules = ruleSets(response);
  const headers = headerValues(response);
  const body = bodyOf(response);
  const mediaType = headers.get('content-type') ?? body?.contentType;
  if (mediaType !== undefined && mediaType !== '') reads.push({ kind: 'media-type', status, mediaType });
  for (const [lower, value] of headers) {
    if (lower === 'content-type') continue;
    const name = headerName(response, lower);
    const applied = headerRule(rules.header, name);
    reads.push({ kind: 'header', status, name, value, matchers: applied.matchers, combine: applied.combine });
  }
  if (body && body.value !== undefined) {
    const out: FieldRead[] = [];
    const seen = new Set<string>();
    walkBody(body.value, ['$'], [], rules.body, out, seen, status, mediaType);
    reads.push(...out);
  }
  return reads;
}

/** `items[].email` from steps. */
export function propertyOf(steps: readonly Step[]): string {
  let out = '';
  for (const step of steps) out += step === ITEMS ? '[]' : (out ? '.' : '') + step;
  return out;
}

// ---------------------------------------------------------------------------
// Body and headers as the pact writes them
// ---------------------------------------------------------------------------

function asObject(value: JsonValue | undefined): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

/** Response headers by lower-cased name (V2/V3 strings, V4 arrays of strings joined with `, `). */
function headerValues(response: JsonObject): Map<string, string> {
  const out = new Map<string, string>();
  const headers = asObject(response['headers']);
  if (!headers) return out;
  for (const [name, value] of Object.entries(headers)) {
    const text = Array.isArray(value)
      ? value.map(String).join(', ')
      : typeof value === 'string'
        ? value
        : value === null || value === undefined
          ? ''
          : String(value);
    out.set(name.toLowerCase(), text);
  }
  return out;
}

function headerName(response: JsonObject, lower: string): string {
  const headers = asObject(response['headers']) ?? {};
  return Object.keys(headers).find((name) => name.toLowerCase() === lower) ?? lower;
}

/** The body's JSON value: V4 `{content, contentType, encoded}`, else the body as written. */
function bodyOf(response: JsonObject): { value: JsonValue | undefined; contentType?: string } | undefined {
  if (!('body' in response)) return undefined;
  const body = response['body'];
  const v4 = asObject(body);
  if (v4 && 'content' in v4 && ('contentType' in v4 || 'encoded' in v4)) {
    const contentType = typeof v4['contentType'] === 'string' ? v4['contentType'] : undefined;
    let content = v4['content'];
    if (
      typeof content === 'string' &&
      v4['encoded'] === false &&
      contentType !== undefined &&
      /json/i.test(contentType)
    ) {
      try {
        content = JSON.parse(content) as JsonValue;
      } catch {
        // A body that says JSON but is not: read it as the string it is.
      }
    }
    if (typeof content === 'string' && v4['encoded'] !== false && v4['encoded'] !== undefined)
      return { value: undefined, ...(contentType ? { contentType } : {}) };
    return { value: content, ...(contentType ? { contentType } : {}) };
  }
  return { value: body };
}

// ---------------------------------------------------------------------------
// Matching rules
// ---------------------------------------------------------------------------

type Token = { kind: 'root' } | { kind: 'field'; name: string } | { kind: 'index'; index: number } | { kind: 'star' };

interface Rule {
  tokens: Token[];
  matchers: RawMatcher[];
  combine: 'AND' | 'OR';
}

type RawMatcher = JsonObject;

interface RuleSets {
  body: Rule[];
  header: Map<string, { matchers: RawMatcher[]; combine: 'AND' | 'OR' }>;
}

/** Body rules (paths from the body root) and header rules, from V2, V3 or V4 `matchingRules`. */
function ruleSets(response: JsonObject): RuleSets {
  const sets: RuleSets = { body: [], header: new Map() };
  const rules = asObject(response['matchingRules']);
  if (!rules) return sets;
  for (const [key, value] of Object.entries(rules)) {
    const group = asObject(value);
    if (!group) continue;
    if (key.startsWith('$')) {
      // V2: `$.body.a.b` -> body rule `$.a.b`; `$.headers.X` / `$.header.X` -> header rule.
      const v2 = /^\$\.(body|headers?)(.*)$/.exec(key);
      if (!v2) continue;
      const entry = ruleGroup(group);
      if (v2[1] === 'body') {
        const tokens = parsePath(`$${v2[2] ?? ''}`);
        if (tokens) sets.body.push({ tokens, ...entry });
      } else {
        const name = (v2[2] ?? '').replace(/^\./, '').replace(/^\['(.*)'\]$/, '$1');
        if (name) sets.header.set(name.toLowerCase(), entry);
      }
      continue;
    }
    if (key === 'body') {
      for (const [path, group2] of Object.entries(group)) {
        const tokens = parsePath(path);
        const g = asObject(group2);
        if (tokens && g) sets.body.push({ tokens, ...ruleGroup(g) });
      }
    } else if (key === 'header' || key === 'headers') {
      for (const [name, group2] of Object.entries(group)) {
        const g = asObject(group2);
        if (g) sets.header.set(name.replace(/^\$\./, '').toLowerCase(), ruleGroup(g));
      }
    }
  }
  return sets;
}

/** `{combine, matchers: [...]}` (V3/V4) or a single V2 matcher `{match: 'type'}`. */
function ruleGroup(group: JsonObject): { matchers: RawMatcher[]; combine: 'AND' | 'OR' } {
  const combine = group['combine'] === 'OR' ? 'OR' : 'AND';
  const list = group['matchers'];
  if (Array.isArray(list)) return { matchers: list.flatMap((m) => (asObject(m) ? [asObject(m)!] : [])), combine };
  return { matchers: [group], combine };
}

/** Pact's path expressions: `$`, `.name`, `['name']`, `[0]`, `[*]`, `.*`. Undefined when unreadable. */
export function parsePath(path: string): Token[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const tokens: Token[] = [{ kind: 'root' }];
  let i = 1;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      const match = /^[^.[\]]+/.exec(path.slice(i + 1));
      if (!match) return undefined;
      tokens.push(match[0] === '*' ? { kind: 'star' } : { kind: 'field', name: match[0] });
      i += 1 + match[0].length;
    } else if (c === '[') {
      const end = path.indexOf(']', i);
      if (end === -1) return undefined;
      const inner = path.slice(i + 1, end).trim();
      if (inner === '*') tokens.push({ kind: 'star' });
      else if (/^\d+$/.test(inner)) tokens.push({ kind: 'index', index: Number(inner) });
      else if (/^'.*'$/.test(inner) || /^".*"$/.test(inner)) tokens.push({ kind: 'field', name: inner.slice(1, -1) });
      else return undefined;
      i = end + 1;
    } else return undefined;
  }
  return tokens;
}

/** The weight of one token against one path element (0: no match), as Pact computes it. */
function tokenWeight(token: Token, element: string): number {
  switch (token.kind) {
    case 'root':
      return element === '$' ? 2 : 0;
    case 'field':
      return element === token.name ? 2 : 0;
    case 'index':
      return element === String(token.index) ? 2 : 0;
    case 'star':
      return 1;
  }
}

/** The rule's weight on a concrete path (elements `$`, names, indexes); 0 when it does not apply. */
function pathWeight(tokens: readonly Token[], path: readonly string[]): number {
  if (tokens.length > path.length) return 0;
  let weight = 1;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokenWeight(tokens[i]!, path[i]!);
    if (w === 0) return 0;
    weight *= w;
  }
  return weight;
}

const TYPE_LIKE: ReadonlySet<string> = new Set([
  'type',
  'min',
  'max',
  'minmax',
  'values',
  'eachkey',
  'eachvalue',
  'arraycontains',
  'notempty',
]);

function matcherOf(raw: RawMatcher): Matcher {
  const match = typeof raw['match'] === 'string' ? raw['match'].toLowerCase() : undefined;
  const regex = typeof raw['regex'] === 'string' ? raw['regex'] : undefined;
  const format =
    typeof raw['format'] === 'string'
      ? raw['format']
      : typeof raw['date'] === 'string'
        ? raw['date']
        : typeof raw['time'] === 'string'
          ? raw['time']
          : typeof raw['timestamp'] === 'string'
            ? raw['timestamp']
            : undefined;
  switch (match) {
    case undefined:
      if (regex !== undefined) return { kind: 'regex', regex };
      return 'min' in raw || 'max' in raw ? { kind: 'type' } : { kind: 'exact' };
    case 'regex':
      return regex !== undefined ? { kind: 'regex', regex } : { kind: 'type' };
    case 'equality':
      return { kind: 'exact' };
    case 'integer':
      return { kind: 'integer' };
    case 'decimal':
      return { kind: 'decimal' };
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'date':
      return { kind: 'date', ...(format ? { format } : {}) };
    case 'time':
      return { kind: 'time', ...(format ? { format } : {}) };
    case 'timestamp':
    case 'datetime':
      return { kind: 'datetime', ...(format ? { format } : {}) };
    case 'include':
      return { kind: 'include', ...(typeof raw['value'] === 'string' ? { include: raw['value'] } : {}) };
    case 'null':
      return { kind: 'null' };
    case 'contenttype':
      return { kind: 'content-type' };
    case 'semver':
      return { kind: 'semver' };
    case 'notempty':
      return { kind: 'not-empty' };
    default:
      return TYPE_LIKE.has(match) ? { kind: 'type' } : { kind: 'exact' };
  }
}

/** The matchers that apply to a body path (elements `$`, names, array indexes). */
function bodyMatchers(rules: readonly Rule[], path: readonly string[]): { matchers: Matcher[]; combine: 'AND' | 'OR' } {
  let best: Rule | undefined;
  let bestWeight = 0;
  for (const rule of rules) {
    const weight = pathWeight(rule.tokens, path);
    if (weight === 0) continue;
    if (
      weight > bestWeight ||
      (weight === bestWeight && best !== undefined && rule.tokens.length > best.tokens.length)
    ) {
      best = rule;
      bestWeight = weight;
    }
  }
  if (!best) return { matchers: [{ kind: 'exact' }], combine: 'AND' };
  const own = best.tokens.length === path.length;
  const matchers = best.matchers.map(matcherOf);
  if (own) return { matchers: matchers.length > 0 ? matchers : [{ kind: 'exact' }], combine: best.combine };
  // Inherited from an ancestor: type-like rules match the children by type, equality exactly.
  const typeLike = best.matchers.some(
    (m) => TYPE_LIKE.has(String(m['match'] ?? '').toLowerCase()) || 'min' in m || 'max' in m,
  );
  if (typeLike) return { matchers: [{ kind: 'type' }], combine: 'AND' };
  return { matchers: [{ kind: 'exact' }], combine: 'AND' };
}

function headerRule(rules: RuleSets['header'], name: string): { matchers: Matcher[]; combine: 'AND' | 'OR' } {
  const rule = rules.get(name.toLowerCase());
  if (!rule || rule.matchers.length === 0) return { matchers: [{ kind: 'exact' }], combine: 'AND' };
  return { matchers: rule.matchers.map(matcherOf), combine: rule.combine };
}

/**
 * Every field below `value`, depth first. Array items are read once per property path (`items[].email`):
 * the first item's read stands for them (with `eachLike` they all match the first item anyway).
 */
function walkBody(
  value: JsonValue,
  path: string[],
  steps: Step[],
  rules: readonly Rule[],
  out: FieldRead[],
  seen: Set<string>,
  status: number,
  mediaType: string | undefined,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const itemSteps = [...steps, ITEMS];
      const itemPath = [...path, String(index)];
      const property = propertyOf(itemSteps);
      if (!seen.has(property) && (item === null || typeof item !== 'object')) {
        seen.add(property);
        const applied = bodyMatchers(rules, itemPath);
        out.push({
          kind: 'field',
          status,
          steps: itemSteps,
          property,
          value: item,
          ...applied,
          ...(mediaType ? { mediaType } : {}),
        });
      }
      walkBody(item, itemPath, itemSteps, rules, out, seen, status, mediaType);
    });
    return;
  }
  const object = asObject(value);
  if (!object) return;
  for (const [key, child] of Object.entries(object)) {
    const childSteps = [...steps, key];
    const childPath = [...path, key];
    const property = propertyOf(childSteps);
    if (!seen.has(property)) {
      seen.add(property);
      const applied = bodyMatchers(rules, childPath);
      out.push({
        kind: 'field',
        status,
        steps: childSteps,
        property,
        value: child,
        ...applied,
        ...(mediaType ? { mediaType } : {}),
      });
    }
    walkBody(child, childPath, childSteps, rules, out, seen, status, mediaType);
  }
}

/** `type matcher`, `regex matcher /^a/`, `exact value "x"`: how a read is matched, for messages. */
export function matcherText(read: { matchers: readonly Matcher[]; value?: JsonValue }): string {
  const parts = read.matchers.map((m) => {
    switch (m.kind) {
      case 'exact':
        return read.value !== undefined && (read.value === null || typeof read.value !== 'object')
          ? `exact value ${JSON.stringify(read.value)}`
          : 'exact match';
      case 'regex': {
        // Long date/UUID patterns would drown the sentence: the start of it is enough to recognise it.
        const regex = m.regex ?? '';
        return regex === ''
          ? 'regex matcher'
          : `regex matcher /${regex.length > 32 ? `${regex.slice(0, 29)}...` : regex}/`;
      }
      case 'include':
        return `include matcher ${JSON.stringify(m.include ?? '')}`;
      default:
        return `${m.kind} matcher`;
    }
  });
  return [...new Set(parts)].join(' and ');
}

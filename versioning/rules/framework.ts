/**
 * The rules framework: how a rule family reads the diff tree and emits findings.
 *
 * A family is one file in this folder (`<direction>-<object>.ts`). Its rules (id, level,
 * direction, action, message, description, mitigation) are its section of the one catalogue,
 * `catalogue.ts`, which `defineRules(NAME)` reads; it exports a `check(diff, ctx)` that returns
 * findings built with `finding(R.someRule, ...)`. The registry (`registry.ts`) lists every family.
 */
import type {
  Finding,
  FindingDetails,
  CodeValue,
  HeaderDiff,
  HttpMethod,
  ListValue,
  MessageParams,
  WordsValue,
  MessageValue,
  NodeRef,
  OperationDiff,
  ResponseDiff,
  RootPhrase,
  RuleDefinition,
  SchemaDiff,
  Side,
  SitePhrase,
  SlotPhrase,
  SpecDiff,
} from '../model.ts';
import type { FamilyName, RuleEntry, RuleId } from './catalogue.ts';
import { catalogue, sections } from './catalogue-read.ts';
import type { SchemaWalks } from './schema-walk.ts';

export type { FamilyName, RuleId } from './catalogue.ts';
export type { MessageValue } from '../model.ts';

export interface CheckContext {
  /** "Today" for sunset-date rules; injected so tests do not depend on the clock. */
  now: Date;
  /**
   * The deprecation policy (`.contract-kit.yaml` `deprecation`): the minimum deprecation window in
   * days (0 when absent), and the `x-stability-level` below which operations break nothing
   * (applied by `runRules`; `beta` when absent).
   */
  deprecation?: { minDays: number; stability: 'beta' | 'stable' };
  /**
   * Set by schema-not.ts when it runs the keyword families on the inside of modified `not`
   * subschemas: their walks (`walkSchemaSites`, `walkChangedSites`) then yield only the sites
   * there (see `SchemaSite.negated`), and none of the usual ones.
   */
  readonly negated?: boolean;
  /** The schema walks of the run's SpecDiff, shared by its families (see schema-walk.ts). */
  readonly walks?: SchemaWalks;
}

export interface RuleFamily {
  /** The family's file name without extension, e.g. `request-parameters`. */
  name: string;
  /** Made when read (a getter calling `defineRules`): a run reads them only when it reports findings. */
  readonly rules: readonly RuleDefinition[];
  check(diff: SpecDiff, ctx: CheckContext): Finding[];
}

/**
 * A family's rules: its section of the catalogue, in order. `oasdiff` is the id itself when the
 * entry does not name another (or `null`, none).
 */
export function defineRules(family: FamilyName): RuleDefinition[] {
  const out: RuleDefinition[] = [];
  const section: Readonly<Record<string, RuleEntry>> = sections()[family];
  // By key, not Object.entries: no [id, entry] pair per rule.
  for (const id of Object.keys(section)) {
    const entry = section[id]!;
    const { spec } = entry;
    const def: RuleDefinition = {
      id,
      level: spec.level,
      direction: spec.direction,
      action: spec.action,
      family,
      description: entry.description,
    };
    if (entry.mitigation) def.mitigation = entry.mitigation;
    if (spec.oasdiff !== null) def.oasdiff = spec.oasdiff ?? id;
    out.push(def);
  }
  return out;
}

/** Throws on an id the catalogue does not have (a finding must name a rule that reports can render). */
function knownId(id: RuleId): RuleId {
  if (!Object.hasOwn(catalogue(), id)) throw new Error(`unknown rule id "${id}"`);
  return id;
}

/** The values of a finding's message, as families give them (see `MessageValue`). */
export type Params = Record<string, MessageValue | undefined>;

/**
 * The values families compose, as instances rather than plain objects only so that they cannot be
 * used as text by mistake: `${code(x)}` in a rule would otherwise print "[object Object]" in a
 * report; it throws instead (the fixture tests then fail). Their fields are the data.
 */
abstract class Shown {
  toString(): never {
    throw new Error('a message value used as text: give it to the message as a value (`words` composes)');
  }
}

class Code extends Shown implements CodeValue {
  readonly kind = 'code';
  constructor(readonly value: unknown) {
    super();
  }
}

class List extends Shown implements ListValue {
  readonly kind = 'list';
  constructor(readonly values: readonly unknown[]) {
    super();
  }
}

class Words extends Shown implements WordsValue {
  readonly kind = 'words';
  constructor(readonly parts: readonly MessageValue[]) {
    super();
  }
}

/** A value shown as inline code (`name`; JSON when not a string): data, rendered by the reports. */
export function code(value: unknown): CodeValue {
  return new Code(value);
}

/** Values shown one after the other (see `WordsValue`). */
export function words(...parts: MessageValue[]): WordsValue {
  return new Words(parts);
}

/** Values shown as a list of inline code (`a`, `b` and `c`): data, rendered by the reports. */
export function list(values: readonly unknown[]): ListValue {
  return new List(values);
}

export function ref<T>(side: Side<T> | undefined): NodeRef | undefined {
  if (!side) return undefined;
  return side.origin ? { pointer: side.pointer, origin: side.origin } : { pointer: side.pointer };
}

export interface FindingInput {
  operation?: OperationDiff;
  params?: Params;
  base?: Side<unknown> | NodeRef;
  revision?: Side<unknown> | NodeRef;
  details?: FindingDetails;
}

/**
 * The NodeRef a finding holds for `x`: the one a side of the run's diff keeps (`Side.ref`), which
 * every finding at that side shares (Stripe: ~47k findings, a few hundred sides); a NodeRef as it
 * is (NodeRefs are never modified); a new one for any other side.
 */
function toRef(x: Side<unknown> | NodeRef | undefined): NodeRef | undefined {
  if (!x) return undefined;
  if (!('node' in x)) return x;
  return x.ref ?? ref(x);
}

/** Build a finding: data (the reports name its operation before its message: `GET /users/{id}: ...`). */
export function finding(id: RuleId, input: FindingInput): Finding {
  const details = { ...(input.details ?? {}) };
  return makeFinding(id, input, details, siteKind(details, details.property ?? ''));
}

/**
 * Message parameters that name the site rather than the edit: the site's phrase, the property path
 * and the phrase of its root. They are left out of `Finding.editKey` (the site's kind stands in).
 */
const SITE_PARAMS: ReadonlySet<string> = new Set(['where', 'property', 'root']);

/**
 * The part of `Finding.editKey` that comes from the site: what a reader tells sites of one edit
 * apart by, beyond the operation, the status and the path leading to the property: direction,
 * area, media type, parameter, header, and the property's own name (the last segment of `path`,
 * a property path as `propertyPath` joins it).
 */
function siteKind(d: FindingDetails, path: string, header = d.header, extra = ''): string {
  const name = path.slice(path.lastIndexOf('.') + 1);
  // Joined, not concatenated: a finding keeps its key (in `editKey`), and a concatenation of many
  // short parts is kept as a tree of them, several times the size of the flat string.
  return [
    d.direction ?? '',
    d.area ?? '',
    d.mediaType ?? '',
    d.parameter?.in ?? '',
    d.parameter?.name ?? '',
    header ?? '',
    name,
    extra,
  ].join('\u0000');
}

/** `Finding.editKey`: the site's kind, then the values of the message that do not name the site (`valuesKey`). */
function editKeyOf(kind: string, params: MessageParams, status: string | undefined): string {
  return kind + valuesKey(params, status);
}

/** The part of `Finding.editKey` after the site's kind: the values of the message that do not name the site. */
function valuesKey(params: MessageParams, status: string | undefined): string {
  // Joined, as in `siteKind`: one flat string.
  const parts: string[] = [];
  for (const name in params) {
    const value = params[name];
    if (value === undefined || SITE_PARAMS.has(name)) continue;
    // The status of the site is the site's, also when the message names it as a value.
    if (name === 'status' && status !== undefined && value === status) continue;
    parts.push(`\u0001${name}\u0000${valueKey(value)}`);
  }
  return parts.join('');
}

/**
 * A message value as a key: scalars as they are, paths and phrases by their parts (data, not
 * words). Types are told apart only where a family could give either (a string or a number).
 */
function valueKey(v: MessageValue): string {
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${(v as readonly string[]).join('\u0002')}]`;
  const x = v as Exclude<MessageValue, string | number | boolean | readonly string[]>;
  if (x.kind === 'code') return `\u0003${jsonKey(x.value)}`;
  if (x.kind === 'list') return `\u0004${x.values.map(jsonKey).join('\u0002')}`;
  if (x.kind === 'words') return `\u0005${x.parts.map(valueKey).join('\u0002')}`;
  return JSON.stringify(v);
}

/** A value shown as code, as a key: a string as it is, other values as JSON. */
function jsonKey(value: unknown): string {
  return typeof value === 'string' ? value : String(JSON.stringify(value));
}

/** Whether two findings' message values are the same data (what `runRules` de-duplicates on). */
export function sameParams(a: MessageParams, b: MessageParams): boolean {
  if (a === b) return true;
  let count = 0;
  for (const k in a) {
    const v = a[k];
    if (v === undefined) continue;
    count++;
    if (!sameValue(v, b[k])) return false;
  }
  for (const k in b) if (b[k] !== undefined) count--;
  return count === 0;
}

/**
 * A print of a finding's site, from its `where` value (the phrase of the site): the root's status
 * and media type, or the slot, and the property path. The same for any two findings whose values
 * `sameParams` holds equal (not the reverse), so that findings with different prints need not be
 * compared.
 */
export function sitePrint(params: MessageParams): string {
  const where = params['where'];
  if (typeof where !== 'object' || Array.isArray(where)) return '';
  const site = where as Exclude<MessageValue, string | number | boolean | readonly string[]>;
  if (site.kind !== 'site') return '';
  const root = site.root;
  const at = root.kind === 'root' ? `${root.status ?? ''}\u0000${root.mediaType ?? ''}` : root.slot;
  return `${at}\u0000${site.path.join('\u0000')}`;
}

/** Equality of values shown as code (JSON values as the document has them). */
function sameJson(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Structural equality of message values (phrases of one root share their root object: compared first). */
function sameValue(a: MessageValue, b: MessageValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && samePath(a as readonly string[], b as readonly string[]);
  }
  const x = a as Exclude<MessageValue, string | number | boolean | readonly string[]>;
  const y = b as typeof x;
  switch (x.kind) {
    case 'site':
      // The root first: findings compared by `runRules` (same operation, rule and pointers) are
      // most often of one schema under two roots (media types, statuses).
      return y.kind === 'site' && x.schemaOf === y.schemaOf && sameValue(x.root, y.root) && samePath(x.path, y.path);
    case 'slot':
      return y.kind === 'slot' && x.slot === y.slot && sameValue(x.of, y.of);
    case 'finding':
      return y.kind === 'finding' && x.id === y.id && sameParams(x.params, y.params);
    case 'code':
      return y.kind === 'code' && sameJson(x.value, y.value);
    case 'words':
      return (
        y.kind === 'words' && x.parts.length === y.parts.length && x.parts.every((p, i) => sameValue(p, y.parts[i]))
      );
    case 'list':
      return (
        y.kind === 'list' && x.values.length === y.values.length && x.values.every((v, i) => sameJson(v, y.values[i]))
      );
    case 'root':
      return (
        y.kind === 'root' &&
        x.mediaType === y.mediaType &&
        x.status === y.status &&
        x.direction === y.direction &&
        x.area === y.area &&
        x.parameter?.in === y.parameter?.in &&
        x.parameter?.name === y.parameter?.name &&
        x.header === y.header &&
        x.sent === y.sent
      );
  }
}

/**
 * `finding`, with `details` (a fresh object the finding may keep) in place of `input.details`;
 * `values`, when given, is `valuesKey` of the params.
 */
function makeFinding(id: RuleId, input: FindingInput, details: FindingDetails, kind: string, values?: string): Finding {
  const params = input.params ?? {};
  const op = input.operation;
  const label = op ? op.label : undefined;
  const editKey = values === undefined ? editKeyOf(kind, params, details.status) : kind + values;
  const f: Finding = { id: knownId(id), params, editKey };
  if (label) f.operation = label;
  const base = toRef(input.base);
  const revision = toRef(input.revision);
  if (base) f.base = base;
  if (revision) f.revision = revision;
  if (op) {
    details.method ??= op.method;
    details.path ??= op.path;
  }
  if (Object.keys(details).length > 0) f.details = details;
  return f;
}

// ---------------------------------------------------------------------------
// Schema sites: every place a schema is compared, with the context rules need
// ---------------------------------------------------------------------------

/** Rule-id prefix for a schema site: the schema's root or a property below it. */
export type SchemaPrefix =
  | 'request-body'
  | 'request-property'
  | 'request-parameter'
  | 'request-parameter-property'
  | 'request-header-property'
  | 'response-body'
  | 'response-property'
  | 'response-header'
  | 'response-header-property';

export interface SchemaSite {
  direction: 'request' | 'response';
  /** Where the root schema sits. */
  area: 'body' | 'parameter' | 'response-header';
  operation: OperationDiff;
  /** Property path from the root schema: names, with `[]` for array items, `{}` for additionalProperties. Empty at the
   * root. */
  path: readonly string[];
  /** Rule-id prefix: `request-body` at the root of a request body, `request-property` below it, etc. */
  prefix: SchemaPrefix;
  mediaType?: string;
  status?: string;
  parameter?: { in: string; name: string };
  header?: string;
  /** Whether the property at this site is required by its parent (false at the root). */
  requiredInParent: boolean;
  /** readOnly/writeOnly of this site on the revision side (base when deleted). */
  readOnly: boolean;
  writeOnly: boolean;
  /**
   * The site as messages name it, as data (report/render.ts makes the words: "the request body",
   * "property `a.b` of the 200 response body", "query parameter `limit`").
   */
  where: SitePhrase;
  /** How `where` is made: see `SiteNaming`. */
  naming: SiteNaming;
  /**
   * Set on sites inside a `not` subschema. A value is valid when it does NOT match `not`, so a
   * change there has the opposite polarity: such a site carries the flipped direction (area
   * `body`, readOnly and writeOnly swapped), so that the keyword families judge it as it affects
   * the real schema, and this holds the real direction and area (see schema-not.ts, which
   * re-labels those findings).
   */
  negated?: { direction: 'request' | 'response'; area: SchemaSite['area'] };
}

/**
 * The parts `SchemaSite.where` is made of: `root` (the phrase of the schema the site belongs to:
 * "the 200 response body", or "the `then` subschema of property `a` of ..." inside a subschema
 * slot) and `local`, the property path below it (empty at that root; the site's own `path` outside
 * subschema slots). `slots` names the subschema slots (and the payload kind of a sent operation)
 * on the way, for `Finding.editKey`.
 */
export interface SiteNaming {
  readonly root: RootPhrase | SlotPhrase;
  readonly local: readonly string[];
  readonly slots: string;
}

/** A response header's name as the spec writes it (the diff matches names case-insensitively, lower-cased). */
export function writtenHeaderName(r: ResponseDiff, h: HeaderDiff): string {
  for (const side of [r.revision, r.base]) {
    const key = Object.keys(side?.node.headers ?? {}).find((k) => k.toLowerCase() === h.name);
    if (key !== undefined) return key;
  }
  return h.name;
}

/** A property path as messages and details show it: `a.b[].c`, `{}` for additionalProperties. */
export function propertyPath(path: readonly string[]): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (seg === '[]' || seg === '{}') out += seg;
    else out += (out ? '.' : '') + seg;
  }
  return out;
}

/** The phrase of a root schema (see `RootPhrase`): data, with only the members the root has. */
export function rootPhrase(
  root: Pick<SchemaSite, 'operation' | 'direction' | 'area' | 'mediaType' | 'status' | 'header' | 'parameter'>,
): RootPhrase {
  const p: { -readonly [K in keyof RootPhrase]: RootPhrase[K] } = {
    kind: 'root',
    direction: root.direction,
    area: root.area,
  };
  if (root.parameter !== undefined) p.parameter = root.parameter;
  if (root.header !== undefined) p.header = root.header;
  if (root.status !== undefined) p.status = root.status;
  if (root.mediaType !== undefined) p.mediaType = root.mediaType;
  if (root.operation.sent !== undefined) p.sent = root.operation.sent.kind;
  return p;
}

/** The phrase of a site: `path` below the root (or slot) `root`. */
export function sitePhrase(root: RootPhrase | SlotPhrase, path: readonly string[]): SitePhrase {
  return { kind: 'site', root, path };
}

/** The structured site of a finding at `site`, or at `path` below the site's root (a property of the site). */
export function details(site: SchemaSite, path: readonly string[] = site.path): FindingDetails {
  return detailsAt(site, path, path.length ? propertyPath(path) : undefined);
}

/** `details` of `site`, with `path` and `property` (that path, joined; undefined when empty) in place of the site's. */
function detailsAt(site: SchemaSite, path: readonly string[], property: string | undefined): FindingDetails {
  const real = site.negated ?? site;
  const d: FindingDetails = {
    direction: real.direction,
    area: real.area === 'response-header' ? 'response-header' : real.area,
  };
  if (property !== undefined) {
    d.property = property;
    d.propertyPath = path;
  }
  if (site.mediaType) d.mediaType = site.mediaType;
  if (site.status) d.status = site.status;
  if (site.parameter) d.parameter = site.parameter;
  if (site.header !== undefined) d.header = site.header;
  return d;
}

/** Build a finding at a schema site: operation, both sides, details and the `{where}` / `{property}` params. */
export function schemaFinding(
  id: RuleId,
  site: SchemaSite,
  sd: Pick<SchemaDiff, 'base' | 'revision'>,
  params: Params = {},
): Finding {
  // details(site) is a fresh object: no copy needed.
  const d = details(site);
  const all = { where: site.where, property: 'property' in params ? undefined : site.path, ...params };
  const values = valuesKey(all, d.status);
  const f = makeFinding(
    id,
    { operation: site.operation, params: all, base: sd.base, revision: sd.revision },
    d,
    siteKind(d, propertyPath(site.naming.local), site.header, site.naming.slots),
    values,
  );
  f.made = { path: site.path, params, all, values: 'status' in params ? undefined : values };
  return f;
}

/**
 * The finding `f` (made by `schemaFinding` at a site at or below `from`, see `Finding.made`) as it
 * is at `to`, a site of the same schema diff judged in the same context: the same rule, sides and
 * values, with `to`'s operation, path, status and phrases. Both sites outside subschema slots and
 * `not` (their `where` is their path below their root's phrase). Undefined when `f` was not made so.
 */
export function resite(f: Finding, from: SchemaSite, to: SchemaSite): Finding | undefined {
  const made = f.made;
  if (!made || made.path.length < from.path.length || 'where' in made.params) return undefined;
  for (let i = 0; i < from.path.length; i++) if (made.path[i] !== from.path[i]) return undefined;
  const below = made.path.length - from.path.length;
  // The site of the finding below `to` (outside slots, its local path is its path): not built, only
  // what the finding reads of it.
  const path = below === 0 ? to.path : to.path.concat(made.path.slice(from.path.length));
  const where = below === 0 ? to.where : sitePhrase(to.naming.root, path);
  // The message values as `schemaFinding` made them, in the same order, with the site's own:
  // `where`, the property path (the family's `property` was the site's path too) and `root`.
  const params: Params = { ...made.all, where, property: path };
  if ('root' in made.params) params.root = to.naming.root;
  const property = path.length ? propertyPath(path) : undefined;
  const d = detailsAt(to, path, property);
  const op = to.operation;
  d.method = op.method;
  d.path = op.path;
  // What `makeFinding` makes, in its order, without its checks: `f`'s id is known, its NodeRefs are
  // the shared ones, and the details are never empty.
  const kind = siteKind(d, property ?? '', to.header, to.naming.slots);
  const out: Finding = {
    id: f.id,
    params,
    editKey: made.values === undefined ? editKeyOf(kind, params, d.status) : kind + made.values,
  };
  out.operation = op.label;
  if (f.base) out.base = f.base;
  if (f.revision) out.revision = f.revision;
  out.details = d;
  // As `schemaFinding` would have made it here: the family's values with the site's.
  let own: MessageParams = made.params;
  if ('property' in own || 'root' in own) {
    const copy: Params = { ...own };
    if ('property' in copy) copy.property = path;
    if ('root' in copy) copy.root = to.naming.root;
    own = copy;
  }
  out.made = { path, params: own, all: params, values: made.values };
  return out;
}

export type SchemaVisitor = (sd: SchemaDiff, site: SchemaSite) => void;

export type { HttpMethod };

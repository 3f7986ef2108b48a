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
  HttpMethod,
  NodeRef,
  OperationDiff,
  RuleDefinition,
  SchemaDiff,
  Side,
  SpecDiff,
} from '../model.ts';
import { CATALOGUE, SECTIONS, type FamilyName, type RuleEntry, type RuleId } from './catalogue.ts';
import type { SchemaWalks } from './schema-walk.ts';

const ENTRIES: Readonly<Record<string, RuleEntry>> = CATALOGUE;

export type { FamilyName, RuleId } from './catalogue.ts';

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
  rules: readonly RuleDefinition[];
  check(diff: SpecDiff, ctx: CheckContext): Finding[];
}

/**
 * A family's rules: its section of the catalogue, in order. `oasdiff` is the id itself when the
 * entry does not name another (or `null`, none).
 */
export function defineRules(family: FamilyName): RuleDefinition[] {
  const out: RuleDefinition[] = [];
  const section: Readonly<Record<string, RuleEntry>> = SECTIONS[family];
  for (const [id, entry] of Object.entries(section)) {
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

/** Message templates split at their `{name}` placeholders (text, name, text, ..., text), built once. */
const TEMPLATES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(ENTRIES).map(([id, entry]) => [id, Object.freeze(entry.message.split(/\{(\w+)\}/))]),
);

function templateParts(id: RuleId): readonly string[] {
  const parts = TEMPLATES.get(id);
  if (!parts) throw new Error(`unknown rule id "${id}"`);
  return parts;
}

/** Fill a message template: `{name}` placeholders; a missing parameter is a programming error. */
export function render(id: RuleId, params: Record<string, string | number | boolean | undefined>): string {
  const parts = templateParts(id);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    const value = params[key];
    if (value === undefined) throw new Error(`rule ${id}: message parameter {${key}} missing`);
    out += String(value) + parts[i + 1]!;
  }
  return out;
}

/** Whether a rule's message has a `{name}` placeholder. */
function usesParam(id: RuleId, name: string): boolean {
  const parts = templateParts(id);
  for (let i = 1; i < parts.length; i += 2) if (parts[i] === name) return true;
  return false;
}

/** Inline code for messages: `name`. */
export function code(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return '`' + text + '`';
}

/** A list of values for messages: `a`, `b` and `c`. */
/** Values shown by name in a message before `and N more` (an enum of 600 values is not a message). */
export const LISTED_VALUES = 10;

export function list(values: readonly unknown[]): string {
  if (values.length > LISTED_VALUES + 1)
    return values.slice(0, LISTED_VALUES).map(code).join(', ') + ` and ${values.length - LISTED_VALUES} more`;
  const parts = values.map(code);
  if (parts.length <= 1) return parts.join('');
  return parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1];
}

export function ref<T>(side: Side<T> | undefined): NodeRef | undefined {
  if (!side) return undefined;
  return side.origin ? { pointer: side.pointer, origin: side.origin } : { pointer: side.pointer };
}

/** Labels per operation object: one string per operation, so that findings share it (cheaper to compare and hash). */
const LABELS = new WeakMap<object, string>();

export function operationLabel(op: Pick<OperationDiff, 'method' | 'path' | 'sent'>): string {
  let label = LABELS.get(op);
  if (label === undefined) LABELS.set(op, (label = op.sent?.label ?? `${op.method.toUpperCase()} ${op.path}`));
  return label;
}

export interface FindingInput {
  operation?: OperationDiff;
  params?: Record<string, string | number | boolean | undefined>;
  base?: Side<unknown> | NodeRef;
  revision?: Side<unknown> | NodeRef;
  details?: FindingDetails;
}

/**
 * One NodeRef per side object: a shared schema's side is referenced by thousands of findings on
 * large specs (Stripe: ~47k), and they can share it (NodeRefs are never modified).
 */
const REFS = new WeakMap<object, NodeRef>();

function toRef(x: Side<unknown> | NodeRef | undefined): NodeRef | undefined {
  if (!x) return undefined;
  let r = REFS.get(x);
  if (!r) {
    REFS.set(x, (r = x.origin ? { pointer: x.pointer, origin: x.origin } : { pointer: x.pointer }));
    // A finding made again elsewhere (`resite`) passes its NodeRef: the same one.
    REFS.set(r, r);
  }
  return r;
}

/** Build a finding. The message is prefixed with the operation (`GET /users/{id}: ...`) when there is one. */
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
  return (
    `${d.direction ?? ''}\u0000${d.area ?? ''}\u0000${d.mediaType ?? ''}\u0000${d.parameter?.in ?? ''}\u0000` +
    `${d.parameter?.name ?? ''}\u0000${header ?? ''}\u0000${name}\u0000${extra}`
  );
}

/** `Finding.editKey`: the site's kind, then the values of the message that do not name the site. */
function editKeyOf(
  kind: string,
  params: Record<string, string | number | boolean | undefined>,
  status: string | undefined,
): string {
  let key = kind;
  for (const name in params) {
    const value = params[name];
    if (value === undefined || SITE_PARAMS.has(name)) continue;
    // The status of the site is the site's, also when the message names it as a value.
    if (name === 'status' && status !== undefined && String(value) === status) continue;
    key += `\u0001${name}\u0000${String(value)}`;
  }
  return key;
}

/** `finding`, with `details` (a fresh object the finding may keep) in place of `input.details`. */
function makeFinding(id: RuleId, input: FindingInput, details: FindingDetails, kind: string): Finding {
  const params = input.params ?? {};
  const text = render(id, params);
  // Flattened now (V8 flattens a string built by `+` in place when it is read as a number), once:
  // the copies of the finding for other operations share this text, and each report reads it.
  void Number(text);
  const op = input.operation;
  const label = op ? operationLabel(op) : undefined;
  const f: Finding = {
    id,
    message: label ? `${label}: ${text}` : text,
    text,
    editKey: editKeyOf(kind, params, details.status),
  };
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
  /** Human phrase for messages: "the request body", "property `a.b` of the 200 response body", "query parameter
   * `limit`". */
  where: string;
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
  readonly root: string;
  readonly local: readonly string[];
  readonly slots: string;
}

/** A property path as messages and details show it: `a.b[].c`, `{}` for additionalProperties. */
export function propertyPath(path: readonly string[]): string {
  let out = '';
  for (const seg of path) {
    if (seg === '[]' || seg === '{}') out += seg;
    else out += (out ? '.' : '') + seg;
  }
  return out;
}

export function details(site: SchemaSite): FindingDetails {
  const real = site.negated ?? site;
  const d: FindingDetails = {
    direction: real.direction,
    area: real.area === 'response-header' ? 'response-header' : real.area,
  };
  if (site.path.length) d.property = propertyPath(site.path);
  if (site.mediaType) d.mediaType = site.mediaType;
  if (site.status) d.status = site.status;
  if (site.parameter) d.parameter = site.parameter;
  return d;
}

/** Build a finding at a schema site: operation, both sides, details and the `{where}` / `{property}` params. */
export function schemaFinding(
  id: RuleId,
  site: SchemaSite,
  sd: Pick<SchemaDiff, 'base' | 'revision'>,
  params: Record<string, string | number | boolean | undefined> = {},
): Finding {
  // details(site) is a fresh object: no copy needed.
  const d = details(site);
  const f = makeFinding(
    id,
    {
      operation: site.operation,
      // `property` costs a path join per finding; only computed for messages that show it (and when `params` has none).
      params: {
        where: site.where,
        property: 'property' in params || !usesParam(id, 'property') ? undefined : code(propertyPath(site.path)),
        ...params,
      },
      base: sd.base,
      revision: sd.revision,
    },
    d,
    siteKind(d, propertyPath(site.naming.local), site.header, site.naming.slots),
  );
  f.made = { path: site.path, params };
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
  const path = below === 0 ? to.path : [...to.path, ...made.path.slice(from.path.length)];
  const site: SchemaSite =
    below === 0
      ? to
      : {
          ...to,
          path,
          where: `property ${code(propertyPath(path))} of ${to.naming.root}`,
          naming: { root: to.naming.root, local: path, slots: to.naming.slots },
        };
  const params: Record<string, string | number | boolean | undefined> = { ...made.params };
  if ('property' in params) params.property = code(propertyPath(path));
  if ('root' in params) params.root = to.naming.root;
  const id = f.id as RuleId;
  const d = details(site);
  const out = makeFinding(
    id,
    {
      operation: site.operation,
      params: {
        where: site.where,
        property: 'property' in params || !usesParam(id, 'property') ? undefined : code(propertyPath(path)),
        ...params,
      },
      base: f.base,
      revision: f.revision,
    },
    d,
    siteKind(d, propertyPath(site.naming.local), site.header, site.naming.slots),
  );
  out.made = { path, params };
  return out;
}

export type SchemaVisitor = (sd: SchemaDiff, site: SchemaSite) => void;

export type { HttpMethod };

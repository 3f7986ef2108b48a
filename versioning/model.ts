/**
 * The shared vocabulary of the versioning engine. Every layer imports from here:
 *
 *   model <- load <- diff <- rules <- policy <- report <- cli
 *
 * Nothing in this file does any work; it only names things. Keep it free of imports
 * from the other layers.
 */

// ---------------------------------------------------------------------------
// JSON and OpenAPI nodes
// ---------------------------------------------------------------------------

export type JsonPrimitive = null | boolean | number | string;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export interface JsonObject {
  [key: string]: JsonValue;
}

/** HTTP methods that OpenAPI path items can hold, lower case as in the document. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * A schema after loading. `$ref`s where the grammar allows them have been replaced by the
 * object they point at (the same JS object everywhere it is referenced, so recursive schemas
 * are cyclic object graphs). Values under `example`, `examples`, `const`, `default`, `enum`
 * and `x-*` are left exactly as written, `$ref` keys included.
 */
export interface SchemaObject {
  type?: string | string[];
  format?: string;
  nullable?: boolean;
  enum?: JsonValue[];
  const?: JsonValue;
  default?: JsonValue;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject | SchemaObject[];
  additionalProperties?: boolean | SchemaObject;
  allOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  not?: SchemaObject;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
  [keyword: string]: unknown;
}

export interface ParameterObject {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  deprecated?: boolean;
  schema?: SchemaObject;
  content?: Record<string, MediaTypeObject>;
  [key: string]: unknown;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  [key: string]: unknown;
}

export interface RequestBodyObject {
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
  [key: string]: unknown;
}

export interface HeaderObject {
  required?: boolean;
  deprecated?: boolean;
  schema?: SchemaObject;
  content?: Record<string, MediaTypeObject>;
  [key: string]: unknown;
}

export interface ResponseObject {
  description?: string;
  headers?: Record<string, HeaderObject>;
  content?: Record<string, MediaTypeObject>;
  [key: string]: unknown;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  tags?: string[];
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
  security?: Array<Record<string, string[]>>;
  [key: string]: unknown;
}

export type PathItemObject = {
  parameters?: ParameterObject[];
  summary?: string;
  description?: string;
} & { [M in HttpMethod]?: OperationObject } & { [key: string]: unknown };

export interface OpenApiDocument {
  openapi: string;
  info: { title?: string; version?: string; [key: string]: unknown };
  paths?: Record<string, PathItemObject>;
  webhooks?: Record<string, PathItemObject>;
  components?: { [section: string]: Record<string, unknown> | undefined };
  security?: Array<Record<string, string[]>>;
  [key: string]: unknown;
}

// ---------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------

/** A place in a source file. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** Where a node is physically defined: a file and a JSON pointer inside that file. */
export interface NodeOrigin {
  file: string;
  pointer: string;
}

export interface LoadOptions {
  /** Allow `$ref`s to http(s) URLs. Off by default: no network unless the user opts in. */
  allowRemote?: boolean;
  /** Working directory used to resolve relative inputs and `REF:path` git inputs. */
  cwd?: string;
  /** Text to use for input `-` (tests); the CLI passes stdin here. */
  stdin?: string;
  /** The input boundary's limits (size cap, network budget, listed hosts); defaults when absent. */
  limits?: InputLimits;
}

/** The per-run input limits (the CLI's `--max-input-size`, `--network-timeout`, `--allow-host`). */
export interface InputLimits {
  /** Largest input accepted (a file, a `$ref` target, stdin, a git blob, a response body), in bytes. */
  maxBytes: number;
  /** Wall-clock budget of one network call (connect, headers and body), in milliseconds. */
  networkTimeoutMs: number;
  /** Hosts the user listed: the only private, loopback or link-local addresses a remote read may reach. */
  allowHosts: readonly string[];
}

/** A loaded, `$ref`-resolved OpenAPI document with a way back to its source text. */
export interface LoadedSpec {
  /** The input as the user named it: a path, `REF:path`, or `<stdin>`. */
  readonly source: string;
  /** The file that locations of the root document are reported against (relative to cwd when possible). */
  readonly file: string;
  /** `3.0` or `3.1`, from the `openapi` field. */
  readonly dialect: '3.0' | '3.1';
  /** The resolved document graph. Never JSON.stringify it: recursive schemas are cyclic. */
  readonly document: OpenApiDocument;
  /** Where an object node of `document` is defined (for a resolved `$ref`, the target's definition). */
  originOf(node: object): NodeOrigin | undefined;
  /**
   * The line and column of a pointer in a file that was loaded; the nearest existing ancestor if the pointer is absent.
   */
  locate(origin: NodeOrigin): SourceLocation;
  /** The file `locate` reports for `origin`, without positioning its pointer. */
  fileOf?(origin: NodeOrigin): string;
  /** The root file parsed again, `$ref`s untouched (fresh copy; for tools that resolve on their own). */
  raw(): JsonObject;
  /** Harmless oddities the loader tolerated (e.g. `content:` left empty), one line each with file:line. */
  readonly notes?: readonly string[];
}

/** Bad input: the CLI prints `message` as one line and exits 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly file?: string,
    readonly location?: { line: number; column: number } | string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------
// Diff: a neutral structural comparison, no judgement
// ---------------------------------------------------------------------------

export type ChangeKind = 'added' | 'deleted' | 'modified';

/** One side of a compared node: the node, its logical pointer in the document, and its physical origin. */
export interface Side<T> {
  node: T;
  /**
   * Logical JSON pointer from the document root, following the operation (e.g. `/paths/~1users/get/responses/200/...`).
   */
  pointer: string;
  /** Physical definition site (differs from `pointer` when reached through a `$ref`). */
  origin?: NodeOrigin;
  /**
   * The reference to this side that findings hold (`pointer` and `origin`), when the side keeps one:
   * the sides of a run's diff make it when first read, so that the findings of a shared schema
   * (thousands on a large spec) hold one object.
   */
  readonly ref?: NodeRef;
}

/** A scalar or JSON value that differs between base and revision (`undefined` = absent). */
export interface ValueChange<T = JsonValue> {
  from: T | undefined;
  to: T | undefined;
}

/** A keyed collection compared on both sides. */
export interface MapDiff<TNode, TDiff> {
  added: Record<string, Side<TNode>>;
  deleted: Record<string, Side<TNode>>;
  modified: Record<string, TDiff>;
}

/** Keywords whose values are compared as plain values (after normalisation, see `SchemaDiff`). */
export type SchemaValueKeyword =
  | 'format'
  | 'nullable'
  | 'const'
  | 'default'
  | 'pattern'
  | 'minimum'
  | 'maximum'
  | 'exclusiveMinimum'
  | 'exclusiveMaximum'
  | 'multipleOf'
  | 'minLength'
  | 'maxLength'
  | 'minItems'
  | 'maxItems'
  | 'uniqueItems'
  | 'minProperties'
  | 'maxProperties'
  | 'minContains'
  | 'maxContains'
  | 'readOnly'
  | 'writeOnly'
  | 'deprecated'
  | 'discriminator'
  | 'contentMediaType'
  | 'contentEncoding'
  | 'title'
  | 'description'
  | 'example'
  | 'examples'
  | 'x-extensible-enum'
  | 'x-sunset'
  | 'x-stability-level';

export interface SchemaListDiff {
  added: Side<SchemaObject>[];
  deleted: Side<SchemaObject>[];
  modified: SchemaDiff[];
}

/**
 * The comparison of two schemas. Only what differs is present. Normalisation:
 * - `type` is a set that includes `"null"` when the schema accepts null (3.0 `nullable: true`,
 *   3.1 `type: [..., "null"]`); `keywords.nullable` is the derived boolean, on both dialects.
 * - numeric bounds are compared as 3.1 values (3.0 boolean `exclusiveMinimum` is folded in).
 * - `properties` and `required` are those of the effective schema: members of `allOf` merged in.
 * - a pair of schemas (by object identity) is compared once; a recursive schema yields a cyclic
 *   `SchemaDiff` graph, so walkers must keep a visited set.
 */
export interface SchemaDiff {
  kind: ChangeKind;
  base?: Side<SchemaObject>;
  revision?: Side<SchemaObject>;
  keywords: Partial<Record<SchemaValueKeyword, ValueChange>>;
  type?: { added: string[]; deleted: string[]; from: string[]; to: string[] };
  /** `from`/`to` are undefined when the side has no enum (any value allowed). */
  enum?: { added: JsonValue[]; deleted: JsonValue[]; from: JsonValue[] | undefined; to: JsonValue[] | undefined };
  required?: { added: string[]; deleted: string[] };
  properties?: MapDiff<SchemaObject, SchemaDiff>;
  items?: SchemaDiff;
  /** Boolean `additionalProperties` changes are in `additionalPropertiesValue`. */
  additionalProperties?: SchemaDiff;
  additionalPropertiesValue?: ValueChange<boolean | 'schema'>;
  allOf?: SchemaListDiff;
  anyOf?: SchemaListDiff;
  oneOf?: SchemaListDiff;
  not?: SchemaDiff;
  if?: SchemaDiff;
  then?: SchemaDiff;
  else?: SchemaDiff;
  prefixItems?: SchemaListDiff;
  contains?: SchemaDiff;
  propertyNames?: SchemaDiff;
  unevaluatedItems?: SchemaDiff;
  /**
   * A schema on either side (as `additionalProperties`); boolean or absent changes are in `unevaluatedPropertiesValue`.
   */
  unevaluatedProperties?: SchemaDiff;
  unevaluatedPropertiesValue?: ValueChange<boolean | 'schema'>;
  contentSchema?: SchemaDiff;
  patternProperties?: MapDiff<SchemaObject, SchemaDiff>;
  dependentSchemas?: MapDiff<SchemaObject, SchemaDiff>;
  dependentRequired?: {
    added: Record<string, string[]>;
    deleted: Record<string, string[]>;
    modified: Record<string, { added: string[]; deleted: string[] }>;
  };
  /** Other keywords (including `x-*` extensions) whose values differ. */
  other?: Record<string, ValueChange>;
}

export interface MediaTypeDiff {
  /** The media type as written in the revision (base when deleted). */
  mediaType: string;
  kind: ChangeKind;
  base?: Side<MediaTypeObject>;
  revision?: Side<MediaTypeObject>;
  schema?: SchemaDiff;
  /** `example`, `examples`, `encoding` and extensions whose values differ. */
  fields: Record<string, ValueChange>;
}

export interface ParameterDiff {
  in: ParameterObject['in'];
  name: string;
  kind: ChangeKind;
  base?: Side<ParameterObject>;
  revision?: Side<ParameterObject>;
  /** `required`, `deprecated`, `style`, `explode`, `allowEmptyValue`, `allowReserved`, `description`, `example`, `x-*`.
   * */
  fields: Record<string, ValueChange>;
  schema?: SchemaDiff;
  content: MediaTypeDiff[];
}

export interface HeaderDiff {
  /** Lower-cased header name. */
  name: string;
  kind: ChangeKind;
  base?: Side<HeaderObject>;
  revision?: Side<HeaderObject>;
  fields: Record<string, ValueChange>;
  schema?: SchemaDiff;
  content: MediaTypeDiff[];
}

export interface RequestBodyDiff {
  kind: ChangeKind;
  base?: Side<RequestBodyObject>;
  revision?: Side<RequestBodyObject>;
  fields: Record<string, ValueChange>;
  content: MediaTypeDiff[];
}

export interface ResponseDiff {
  /** Status as written: `200`, `2XX`, `default`. */
  status: string;
  kind: ChangeKind;
  base?: Side<ResponseObject>;
  revision?: Side<ResponseObject>;
  fields: Record<string, ValueChange>;
  headers: HeaderDiff[];
  content: MediaTypeDiff[];
}

export interface SecurityDiff {
  /** Requirement alternatives, each named by its sorted scheme names joined with ` AND `. */
  added: string[];
  deleted: string[];
  /** Scopes per scheme inside an alternative present on both sides. */
  scopes: Array<{ requirement: string; scheme: string; added: string[]; deleted: string[] }>;
}

export interface OperationDiff {
  /** `METHOD /path/{}` with path-parameter names erased: the identity used for matching. */
  key: string;
  method: HttpMethod;
  /** Path template as written in the revision (base when deleted). */
  path: string;
  /**
   * How findings name the operation: `GET /users/{id}` (method and `path`), or `sent.label` for an
   * operation the API sends. One string per operation, which every finding under it shares.
   */
  label: string;
  basePath?: string;
  revisionPath?: string;
  kind: ChangeKind;
  base?: Side<OperationObject>;
  revision?: Side<OperationObject>;
  /** `operationId`, `summary`, `description`, `deprecated`, `tags`, `x-sunset`, `x-stability-level`, other `x-*`. */
  fields: Record<string, ValueChange>;
  /** Effective parameters (path-item level merged in), matched by (in, name). */
  parameters: ParameterDiff[];
  requestBody?: RequestBodyDiff;
  responses: ResponseDiff[];
  security?: SecurityDiff;
  /** Path-parameter names that were renamed in place (`{id}` -> `{userId}`), base name -> revision name. */
  renamedPathParameters: Record<string, string>;
  /**
   * Set on operations the API sends (listed in `SpecDiff.sent`, never in `operations`): a callback
   * of the operation `parent`, or an operation of a webhook. `path` is then the callback's runtime
   * expression (`{$request.body#/callbackUrl}`) or the webhook's name, and `label` names it in
   * findings (`POST /subscriptions -> callback onEvent -> POST {$request.body#/callbackUrl}`, `WEBHOOK newPet`).
   */
  sent?: { kind: 'callback' | 'webhook'; name: string; parent?: string; label: string };
}

export interface PathDiff {
  path: string;
  kind: ChangeKind;
  base?: Side<PathItemObject>;
  revision?: Side<PathItemObject>;
}

export interface SpecDiff {
  base: LoadedSpec;
  revision: LoadedSpec;
  /** `info.*` fields whose values differ (`version`, `title`, `description`, ...). */
  info: Record<string, ValueChange>;
  /** Path templates added or deleted as a whole (matched ignoring parameter names). */
  paths: PathDiff[];
  /** Every operation that was added, deleted or modified. Unchanged operations are absent. */
  operations: OperationDiff[];
  webhooks: Array<{ name: string; kind: ChangeKind; base?: Side<PathItemObject>; revision?: Side<PathItemObject> }>;
  /**
   * Operations the API sends, with their directions reversed (request body = what subscribers
   * receive; responses = what the API receives back): callback operations (added, deleted or
   * modified) of operations present on both sides, and modified webhook operations. Absent on
   * diffs not made by `diffSpecs`.
   */
  sent?: OperationDiff[];
  /** Global (document-level) security requirements. */
  security?: SecurityDiff;
  /** `components.securitySchemes` by name. */
  securitySchemes: Array<{
    name: string;
    kind: ChangeKind;
    base?: Side<JsonObject>;
    revision?: Side<JsonObject>;
    fields: Record<string, ValueChange>;
  }>;
  /** Other top-level or `components` values that differ only as documentation (servers, tags, externalDocs, ...). */
  other: Record<string, ValueChange>;
  /**
   * Set (true) by `diffSpecs` when some compared schema pair had different `not` subschemas, so
   * that the rules for changes inside `not` can skip their walk otherwise. Not enumerable: it is a
   * mark of the run, not part of the diff's content. Read it with `mayHaveNotChanges(diff)`.
   */
  readonly withNot?: boolean;
}

// ---------------------------------------------------------------------------
// Rules and changes
// ---------------------------------------------------------------------------

export type Level = 'breaking' | 'warning' | 'info';
export const LEVELS: readonly Level[] = ['breaking', 'warning', 'info'];

/** The one vocabulary for versions, as in changesets. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

export type Direction = 'request' | 'response' | 'none';

/**
 * What a rule's change does to the API surface; the semver policy derives the bump from this and
 * the level: a breaking change needs `major`; `add` needs `minor`; `change`/`remove` that is not
 * breaking needs `minor`; `docs` needs `patch`.
 */
export type RuleAction = 'add' | 'remove' | 'change' | 'docs';

export interface RuleDefinition {
  /** Stable kebab-case id, `<direction>-<object>-<change>`; oasdiff's id where the concept is the same. */
  id: string;
  level: Level;
  direction: Direction;
  action: RuleAction;
  /** The rule-family file that emits it (e.g. `request-parameters`). */
  family: string;
  /** One sentence for the catalogue. */
  description: string;
  /** What the API owner can do instead (for breaking rules). */
  mitigation?: string;
  /** The oasdiff rule id when the concept is the same (usually identical to `id`). */
  oasdiff?: string;
}

/**
 * A pointer on one side of a finding, with its physical origin. `pointer` is logical (through the
 * operation that reached the node; for a shared schema, possibly another operation than the
 * finding's) and only tells findings apart; changes report the origin (pointer and file:line).
 */
export interface NodeRef {
  pointer: string;
  origin?: NodeOrigin;
}

/**
 * A value of a finding's message (`Finding.params`), as data: a string or number shown as it is
 * (families format values they name, e.g. as inline code), a property path (its segments: names,
 * `[]` for array items, `{}` for additionalProperties), a phrase naming a schema site, or another
 * finding's message (schema-not wraps the keyword families' findings). `report/render.ts` makes
 * the words.
 */
export type MessageValue =
  string | number | boolean | readonly string[] | CodeValue | ListValue | WordsValue | MessagePhrase | NestedMessage;

/** Values shown one after the other (a phrase a family composes: "`name` content", "`a` of `b`"). */
export interface WordsValue {
  readonly kind: 'words';
  readonly parts: readonly MessageValue[];
}

/** A value shown as inline code: `name` (a string as it is, other values as JSON). */
export interface CodeValue {
  readonly kind: 'code';
  readonly value: unknown;
}

/** Values shown as a list of inline code: `a`, `b` and `c` (the first ten and `and N more` beyond eleven). */
export interface ListValue {
  readonly kind: 'list';
  readonly values: readonly unknown[];
}

/** The values of a finding's message template, by placeholder name (see `MessageValue`). */
export type MessageParams = Readonly<Record<string, MessageValue | undefined>>;

/** Another finding's message, as a value of a message (`{detail}` of the `*-by-not` rules). */
export interface NestedMessage {
  readonly kind: 'finding';
  readonly id: string;
  readonly params: MessageParams;
}

/** A phrase naming a schema site: "the request body", "property `a.b` of the 200 response body" ... */
export type MessagePhrase = SitePhrase | RootPhrase | SlotPhrase;

/**
 * A site: the root it belongs to and the property path below it (empty: the root itself).
 * `schemaOf` says "the schema of" the site (a parameter's schema, as opposed to the parameter).
 */
export interface SitePhrase {
  readonly kind: 'site';
  readonly root: RootPhrase | SlotPhrase;
  readonly path: readonly string[];
  readonly schemaOf?: true;
}

/** A root schema of an operation: its body, parameter or header, or a sent operation's payload. */
export interface RootPhrase {
  readonly kind: 'root';
  readonly direction: 'request' | 'response';
  readonly area: 'body' | 'parameter' | 'response-header';
  readonly parameter?: { readonly in: string; readonly name: string };
  readonly header?: string;
  readonly status?: string;
  readonly mediaType?: string;
  /** The kind of a sent operation (`callback`, `webhook`); absent for the operations the API serves. */
  readonly sent?: string;
}

/** A subschema slot (`then`, `not`, `prefixItems[0]` ...) of a site. */
export interface SlotPhrase {
  readonly kind: 'slot';
  readonly slot: string;
  readonly of: SitePhrase;
}

/**
 * What a rule emits; the engine turns it into a `Change`. Data only: the rule id, the site
 * (`operation`, `details`, both sides) and the values of the rule's message (`params`); the words
 * are made by the reports (`report/render.ts`).
 */
export interface Finding {
  id: string;
  /** `GET /users/{id}` (revision path when present), or undefined for document-level changes. */
  operation?: string;
  /** The values of the rule's message template (see `MessageValue`); the message names `operation` before them. */
  params: MessageParams;
  /**
   * What identifies the edit apart from the rule id and the physical places of both sides: the
   * values of the message that do not depend on the site (the operation, the path leading to the
   * property and the status are left out; the root's kind, media type and the property's own name
   * stay). Findings of one rule at the same places with the same key are one edit, reached from
   * several sites (see `Change.edit`). Built from the structured site and values, never from text;
   * set by the rules framework (a finding without one is an edit of its own).
   */
  editKey?: string;
  base?: NodeRef;
  revision?: NodeRef;
  /** Structured facts for impact analysis and reporters: property path, parameter, status, media type ... */
  details?: FindingDetails;
  /**
   * The other operations the finding is made for: where one root schema diff sits at the same
   * place (status, media type, header) under several operations (Stripe's `default` error response
   * under ~400), the rules judge it once, under `operation`, and list the others here in the order
   * they were met. The finding stands for one finding per operation, each with that operation's
   * label as `operation` and its method and path in `details` (`perOperation` in
   * rules/registry.ts lists them so); the changes step makes one occurrence per operation.
   */
  alsoFor?: readonly OperationRef[];
  /**
   * Set on findings made at a schema site (`schemaFinding`): the site's property path and the
   * message values the family gave, so that the walk can make the same finding at another site of
   * the same schema diff judged in the same context, without judging it again (rules/schema-walk.ts).
   */
  made?: FindingMade;
}

/** An operation as a finding names it (see `Finding.alsoFor`): its label, method and path. */
export interface OperationRef {
  readonly label: string;
  readonly method: HttpMethod;
  readonly path: string;
}

/** See `Finding.made`. */
export interface FindingMade {
  readonly path: readonly string[];
  readonly params: MessageParams;
  /** The finding's own message values, as `schemaFinding` made them (the site's with `params`). */
  readonly all: MessageParams;
  /**
   * The part of `Finding.editKey` that the message values give (the same at every site), or
   * undefined when it depends on the site (a value named `status`).
   */
  readonly values: string | undefined;
}

export interface FindingDetails {
  /** `request` body/parameter or `response` body/header. */
  direction?: Direction;
  /**
   * Where inside the operation: `body`, `parameter`, `header`, `response-header`, `status`, `security`, `operation`.
   */
  area?: 'body' | 'parameter' | 'header' | 'response-header' | 'status' | 'security' | 'operation' | 'document';
  /** Property path inside a body, dot-separated with `[]` for array items (e.g. `items[].email`). */
  property?: string;
  /**
   * The same path as segments (`['items', '[]', 'email']`; `{}` for additionalProperties), for code
   * that walks it; present whenever `property` is. Reports show `property` (JSON reports leave this out).
   */
  propertyPath?: readonly string[];
  parameter?: { in: string; name: string };
  /** Response header name as written (for `response-header` findings). */
  header?: string;
  status?: string;
  mediaType?: string;
  method?: HttpMethod;
  path?: string;
}

export interface Location {
  file: string;
  line: number;
}

/** One side of a change, located. */
export interface ChangeSide {
  /**
   * Where the node is defined, as a JSON pointer into `file`: the node's physical origin (a schema
   * reached through a `$ref` is reported in its component, e.g. `/components/schemas/User/properties/email`,
   * under every operation that uses it), or its logical pointer when it has no origin. For an inline
   * node both are the same.
   */
  pointer: string;
  file: string;
  line: number;
}

/** A classified change as reporters see it. */
export interface Change {
  id: string;
  /** Effective level after config overrides. */
  level: Level;
  /** The rule's default level. */
  defaultLevel: Level;
  operation?: string;
  /** `revision.pointer` when there is a revision side, else `base.pointer` (physical: into `location.file`). */
  pointer: string;
  /** Revision-side location when there is one, else base-side. */
  location: Location;
  base?: ChangeSide;
  revision?: ChangeSide;
  /** The finding's message (report/render.ts), after its operation: `<operation>: <text>`, or `text`. */
  message: string;
  /** The message without the operation; absent on changes made by hand, whose `message` then has none. */
  text?: string;
  /**
   * The edit this change is an occurrence of, shared (one object) by every change of one rule at the
   * same physical places with the same `Finding.editKey`: reports group changes into edits by this
   * object. Absent on changes made by hand: each is then an edit of its own.
   */
  edit?: Edit;
  /** How to make the change without breaking anyone (the rule's mitigation), for breaking changes. */
  mitigation?: string;
  details?: FindingDetails;
  /** Present when the config accepts this change; accepted changes do not fail the gate. */
  accepted?: { reason: string; expires?: string };
  /** Present when a config acceptance matched but has expired: the change counts again, and reports say so. */
  expiredAcceptance?: { reason: string; expires: string };
  /** Consumer interactions this change breaks (filled by the impact analysis, when pacts are given). */
  consumers?: ConsumerImpact[];
  /**
   * Consumer interactions this change (rated warning or breaking) puts at risk without breaking
   * them: it touches something they read (a new enum value in a field matched exactly). Fails the
   * consumers gate only under `--fail-on warning`.
   */
  atRisk?: ConsumerImpact[];
}

/** One physical edit (see `Change.edit`): compared by identity; its fields say what it is. */
export interface Edit {
  readonly id: string;
  /** `file#pointer` of each side, '' when absent. */
  readonly base: string;
  readonly revision: string;
  readonly key: string;
}

export interface ConsumerImpact {
  consumer: string;
  interaction: string;
  providerState?: string;
  /** One plain sentence, e.g. "ServiceA 'get a user' reads `email`, which the revision removes". */
  reason: string;
  /** `pacts/ServiceA-ServiceB.json#/interactions/3` */
  pactLocation?: string;
  /** What the interaction reads that the change breaks or touches (absent for request-side breaks). */
  read?: ConsumerRead;
}

/** One read of a pact interaction, as data: `{ status: 200, property: 'updatedAt', matcher: 'type matcher', gap:
 * 'optional' }`. */
export interface ConsumerRead {
  status: number;
  /** Body property path (`items[].email`); absent for status, media type and header reads. */
  property?: string;
  header?: string;
  mediaType?: string;
  /** How the pact matches it: `type matcher`, `regex matcher ^a+$`, `exact value "x"`. */
  matcher?: string;
  /** Why the revision no longer guarantees it (see versioning/crosscheck/guarantees.ts `Gap`). */
  gap?: string;
}

/** The verdict of one pact interaction against a revision. */
export interface InteractionVerdict {
  consumer: string;
  interaction: string;
  pactLocation: string;
  verdict: 'broken' | 'at-risk' | 'fine';
}

/** What the impact analysis (pacts checked against BASE and REVISION) found, beyond `Change.consumers`. */
export interface ImpactSummary {
  /** Pact files and HTTP interactions that were checked. */
  pacts: number;
  interactions: number;
  /** Interactions the revision breaks: a read BASE guarantees and REVISION does not, or a request REVISION rejects. */
  broken: number;
  /** Broken interactions that no change could be tied to (they still fail the consumers policy). */
  unmapped: ConsumerImpact[];
  /** Interactions that already fail against BASE: reported, not blamed on the revision. */
  alreadyFailing: ConsumerImpact[];
  /** Interactions not broken that a warning-level change puts at risk (see `Change.atRisk`). */
  atRisk?: number;
  /** Every interaction checked, with its verdict (the consumer view of the reports). */
  verdicts?: InteractionVerdict[];
}

export interface VersionCheck {
  base?: string;
  revision?: string;
  /** The smallest version the revision must carry; undefined when the base version is not semver. */
  required?: string;
  ok: boolean;
  /** Why it failed, e.g. "2 breaking changes need 3.0.0; info.version is 2.5.0". */
  message?: string;
}

/** The engine's whole answer for one BASE/REVISION pair. */
export interface Report {
  base: { source: string; file: string };
  revision: { source: string; file: string };
  bump: Bump;
  version: VersionCheck;
  changes: Change[];
  summary: Record<Level, number> & { accepted: number };
  /**
   * Set when a gate was evaluated: whether it passed and why not. `failOnApplied` says whether the
   * fail-on level took part (the semver policy applies it only when set explicitly).
   */
  gate?: { ok: boolean; failOn: Level; failOnApplied: boolean; policy: 'semver' | 'consumers'; reasons: string[] };
  /** Set when pacts were analysed (`--pacts`). */
  impact?: ImpactSummary;
  /** Remarks about the run that are not changes, e.g. config `accept` entries that matched nothing. */
  notes?: string[];
}

/**
 * Grammar-aware `$ref` resolution.
 *
 * The walker follows the OpenAPI object grammar (document -> paths -> path items -> operations
 * -> parameters / request bodies / responses -> media types -> schemas ...). A `$ref` is
 * resolved only at a position where the grammar allows a Reference Object or a schema; values
 * under `example`, an Example Object's `value`, a schema's `examples`, `const`, `default`,
 * `enum`, `x-*` extensions and any keyword the grammar does not know are never entered, so
 * `$ref` keys inside them stay as written (and do not trigger the remote refusal).
 *
 * The node holding a `$ref` is replaced in its parent by the resolved target, which is the
 * same JS object everywhere it is referenced (recursive schemas become cyclic graphs). Every
 * object reached gets an origin (file + pointer of its physical definition).
 *
 * Sibling keywords next to `$ref`:
 * - OpenAPI 3.0: ignored, as the specification says.
 * - OpenAPI 3.1, Reference Objects (non-schema): `summary` / `description` override the
 *   target's; the result is a shallow copy of the target with those fields replaced.
 * - OpenAPI 3.1, schemas: when the siblings are annotations only (title, description,
 *   deprecated, readOnly, writeOnly, default, example(s), $comment, externalDocs, xml, x-*),
 *   the result is a shallow copy of the target with the siblings laid over it. Any other
 *   sibling keyword (validation, applicator) applies together with the target, so the node
 *   becomes `{ ...siblings, allOf: [...siblings.allOf, target] }` (exact JSON Schema 2020-12
 *   semantics, which the diff layer reads by merging `allOf`).
 * Shallow copies are filled in after the whole graph is resolved, so they see final children.
 */
import path from 'node:path';
import { HTTP_METHODS, InputError } from '../model.ts';
import type { InputLimits, NodeOrigin } from '../model.ts';
import { BadBytesError } from './input.ts';
import type { InputText } from './input.ts';
import { describeValue, failAt, isPlainObject } from './errors.ts';
import { escapePointerSegment, parsePointer } from './pointer.ts';
import { fetchText, GitError, gitShow, ReadError, readTextFile, Source } from './source.ts';
import type { Place } from './source.ts';

type Kind =
  | 'document'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'requestBody'
  | 'responses'
  | 'response'
  | 'header'
  | 'mediaType'
  | 'encoding'
  | 'example'
  | 'link'
  | 'callback'
  | 'securityScheme'
  | 'components'
  | 'schema';

type Rec = Record<string, unknown>;
type Container = Rec | unknown[];

/** Positions where a `$ref` may stand. */
const REF_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'schema',
  'parameter',
  'requestBody',
  'response',
  'header',
  'example',
  'link',
  'callback',
  'pathItem',
  'securityScheme',
]);

const KIND_NAMES: Record<Kind, string> = {
  document: 'the document',
  pathItem: 'a path item',
  operation: 'an operation',
  parameter: 'a parameter',
  requestBody: 'a request body',
  responses: "an operation's responses",
  response: 'a response',
  header: 'a header',
  mediaType: 'a media type',
  encoding: 'an encoding',
  example: 'an example',
  link: 'a link',
  callback: 'a callback',
  securityScheme: 'a security scheme',
  components: 'components',
  schema: 'a schema',
};

const COMPONENT_KINDS: ReadonlyArray<[string, Kind]> = [
  ['schemas', 'schema'],
  ['responses', 'response'],
  ['parameters', 'parameter'],
  ['examples', 'example'],
  ['requestBodies', 'requestBody'],
  ['headers', 'header'],
  ['securitySchemes', 'securityScheme'],
  ['links', 'link'],
  ['callbacks', 'callback'],
  ['pathItems', 'pathItem'],
];

const PARAMETER_LOCATIONS: ReadonlySet<string> = new Set(['query', 'header', 'path', 'cookie']);

/** Schema keywords that only annotate; as `$ref` siblings (3.1) they are laid over the target. */
const SCHEMA_ANNOTATIONS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'summary',
  'deprecated',
  'readOnly',
  'writeOnly',
  'default',
  'example',
  'examples',
  '$comment',
  'externalDocs',
  'xml',
]);

const MAX_POINTER_HOPS = 64;
/** Longest chain of `$ref`s to `$ref`s followed before the chain is refused (real specs use one or two). */
const MAX_REF_CHAIN = 64;
/**
 * Deepest nesting of `$ref` targets inside `$ref` targets (A's property refers to B, whose property
 * refers to C, ...). The walk and the diff descend once per level; past this the input is refused
 * with its place instead of running out of stack.
 */
const MAX_NESTED_REFS = 400;

interface Target {
  key: string;
  place: Place;
  file: string;
  pointer: string;
  nameHint: string;
}

/**
 * A place in a source: the place of its parent and its key there. The walk reaches every node of
 * a spec (~25k objects in a 4 MB one), while the diff asks for the origin of a few thousand of
 * them (Stripe: ~6k), so a place's JSON pointer is built only when asked for, then kept. Building
 * and keeping a pointer string per node up front cost ~15% of loading (the strings survive into
 * the old generation).
 */
interface At {
  readonly source: Source;
  readonly parent: At | undefined;
  readonly key: string | number;
  /** The pointer, once built (always set on a place without parent). */
  pointer: string | undefined;
}

// Places are object literals, not class instances: a class with parameter properties compiles
// to field definitions followed by assignments, which cost ~5 ms a Stripe pair in cold code.
function rootAt(source: Source, pointer: string): At {
  return { source, parent: undefined, key: '', pointer };
}

function at(parent: At, key: string | number): At {
  return { source: parent.source, parent, key, pointer: undefined };
}

/** The JSON pointer of a place (built from the nearest ancestor that has one, and kept on the way). */
function pointerOf(place: At): string {
  if (place.pointer !== undefined) return place.pointer;
  const chain: At[] = [];
  let current = place;
  while (current.pointer === undefined) {
    chain.push(current);
    current = current.parent!;
  }
  let pointer = current.pointer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const link = chain[i]!;
    pointer = pointer + '/' + (typeof link.key === 'number' ? String(link.key) : escapePointerSegment(link.key));
    link.pointer = pointer;
  }
  return pointer;
}

interface Found {
  value: unknown;
  at: At;
  /** The kind of the components section the target is a member of (null: none), once checked. */
  section?: Kind | null;
}

/**
 * The `$ref` nodes being followed, newest first (a linked list: a fresh array per `$ref` slot,
 * grown by a push, cost more than the rest of resolving a reference in cold code).
 */
interface ChainLink {
  node: object;
  at: At;
  previous: ChainLink | undefined;
  length: number;
}

interface Site {
  at: At;
  ref: string;
}

/** Thrown when a `$ref` needs a source that is not loaded yet; the slot is retried after loading. */
class NeedSource {
  constructor(
    readonly target: Target,
    readonly site: Site,
  ) {}
}

interface PendingSlot {
  container: Container;
  key: string | number;
  kind: Kind;
  /** The place of `container`. */
  owner: At;
}

export interface ResolverOptions {
  cwd: string;
  allowRemote: boolean;
  dialect: '3.0' | '3.1';
  limits: InputLimits;
}

export class Resolver {
  /** Physical definition of every object reached by the walk (doubles as the visited set). */
  private readonly origins = new Map<object, At>();
  private readonly sources = new Map<string, Source>();
  private readonly byFile = new Map<string, Source>();
  /** `$ref` node -> what it resolved to. */
  private readonly resolved = new Map<object, unknown>();
  /** Per source: `$ref` string -> target (most specs repeat the same few hundred references). */
  private readonly targets = new Map<Source, Map<string, Target>>();
  /** Target -> the node found there (pointer lookups are the costly part of resolving). */
  private readonly found = new Map<Target, Found>();
  private readonly overlayBase = new WeakMap<object, unknown>();
  private readonly fills: Array<() => void> = [];
  private pending: PendingSlot[] = [];
  private readonly needed = new Map<string, NeedSource>();
  /** How many `$ref` targets are being walked inside each other right now. */
  private nestedRefs = 0;
  /** The folder `$ref`s must stay in (filesystem path or git tree path). */
  private readonly boundary: string | undefined;
  /** Harmless oddities that were tolerated (e.g. `content:` left empty), one line each with file:line. */
  readonly notes: string[] = [];

  constructor(
    private readonly root: Source,
    private readonly options: ResolverOptions,
  ) {
    this.register(root);
    const place = root.place;
    this.boundary =
      place.kind === 'fs'
        ? path.dirname(place.path)
        : place.kind === 'text'
          ? place.dir
          : place.kind === 'git'
            ? path.posix.dirname(place.path)
            : undefined;
  }

  sourceForFile(file: string): Source | undefined {
    return this.byFile.get(file);
  }

  async run(): Promise<void> {
    const rootValue = this.root.root;
    if (isPlainObject(rootValue)) this.walk(rootValue, 'document', rootAt(this.root, ''));
    while (this.pending.length > 0) {
      const needs = [...this.needed.values()];
      this.needed.clear();
      await Promise.all(needs.map((need) => this.load(need)));
      const slots = this.pending;
      this.pending = [];
      for (const slot of slots) this.visitSlot(slot.container, slot.key, slot.kind, slot.owner);
    }
    for (const fill of this.fills) fill();
  }

  /** Where `node` is defined, or undefined when the walk never reached it. */
  originOf(node: object): NodeOrigin | undefined {
    const place = this.origins.get(node);
    if (place === undefined) return undefined;
    return { file: place.source.file, pointer: pointerOf(place) };
  }

  private register(source: Source): void {
    this.sources.set(source.key, source);
    this.byFile.set(source.file, source);
  }

  // -------------------------------------------------------------------------
  // Walking the grammar
  // -------------------------------------------------------------------------

  /** Records the origin of a container; false when it was already reached. */
  private mark(node: object, place: At): boolean {
    if (this.origins.has(node)) return false;
    this.origins.set(node, place);
    return true;
  }

  /** `container[key]` (container at `owner`) holds a node of `kind`, which may be a `$ref` when the grammar allows it.
   * */
  private visitSlot(container: Container, key: string | number, kind: Kind, owner: At): void {
    const value = (container as Rec)[key];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      if (value !== undefined && kind !== 'schema') {
        failAt(
          owner.source,
          pointerOf(at(owner, key)),
          `${KIND_NAMES[kind]} must be a mapping, found ${describeValue(value)}`,
          'write it as a mapping of fields (or a $ref)',
        );
      }
      return;
    }
    if (REF_KINDS.has(kind) && (value as Rec).$ref !== undefined) {
      try {
        (container as Rec)[key] = this.resolveRefNode(value as Rec, kind, at(owner, key), undefined);
      } catch (error) {
        if (!(error instanceof NeedSource)) throw error;
        if (!this.sources.has(error.target.key) && !this.needed.has(error.target.key))
          this.needed.set(error.target.key, error);
        this.pending.push({ container, key, kind, owner });
      }
      return;
    }
    this.walk(value as Rec, kind, at(owner, key));
  }

  /**
   * `field:` written with nothing after it (YAML null) where a mapping or list belongs means "none":
   * the field is dropped so that the diff sees it as absent, and a note says so. Anything else that
   * is not a mapping (a string, a number, a list for a map) stays an error.
   */
  private field(node: Rec, key: string, place: At): unknown {
    const value = node[key];
    if (value !== null) return value;
    delete node[key];
    const pointer = pointerOf(at(place, key));
    const { line } = place.source.locate(pointer);
    this.notes.push(`${place.source.file}:${line}: '${key}' is empty (null); read as no ${key} (at #${pointer})`);
    return undefined;
  }

  /** The map `value`, found at `owner` + `key`, of nodes of `kind`. */
  private walkMap(value: unknown, kind: Kind, owner: At, key: string, skipExtensions: boolean, what: string): void {
    if (value === undefined) return;
    const place = at(owner, key);
    if (!isPlainObject(value)) {
      failAt(
        place.source,
        pointerOf(place),
        `${what} must be a mapping, found ${describeValue(value)}`,
        'write it as `name:` entries',
      );
    }
    if (!this.mark(value, place)) return;
    for (const name of Object.keys(value)) {
      if (skipExtensions && name.startsWith('x-')) continue;
      this.visitSlot(value, name, kind, place);
    }
  }

  /** The list `value`, found at `owner` + `key`, of nodes of `kind`. */
  private walkList(value: unknown, kind: Kind, owner: At, key: string, what: string): void {
    if (value === undefined) return;
    const place = at(owner, key);
    if (!Array.isArray(value)) {
      failAt(
        place.source,
        pointerOf(place),
        `${what} must be a list, found ${describeValue(value)}`,
        'write it as a list of entries (`- ...`)',
      );
    }
    if (!this.mark(value, place)) return;
    for (let i = 0; i < value.length; i++) this.visitSlot(value, i, kind, place);
  }

  private walk(node: Rec, kind: Kind, place: At): void {
    if (!this.mark(node, place)) return;
    switch (kind) {
      case 'schema':
        this.walkSchema(node, place);
        return;
      case 'document':
        if (node.paths !== undefined) this.walkMap(node.paths, 'pathItem', place, 'paths', true, "'paths'");
        this.walkMap(this.field(node, 'webhooks', place), 'pathItem', place, 'webhooks', true, "'webhooks'");
        if (node.components !== undefined) this.walk(node.components as Rec, 'components', at(place, 'components'));
        return;
      case 'components':
        for (const [section, sectionKind] of COMPONENT_KINDS) {
          this.walkMap(this.field(node, section, place), sectionKind, place, section, false, `'components.${section}'`);
        }
        return;
      case 'callback':
        for (const key of Object.keys(node)) {
          if (!key.startsWith('x-')) this.visitSlot(node, key, 'pathItem', place);
        }
        return;
      case 'pathItem':
        for (const method of HTTP_METHODS) {
          const operation = node[method];
          if (operation === undefined) continue;
          if (!isPlainObject(operation)) {
            failAt(
              place.source,
              pointerOf(at(place, method)),
              `the ${method} operation must be a mapping, found ${describeValue(operation)}`,
              'write the operation as a mapping with `responses:`',
            );
          }
          this.walk(operation, 'operation', at(place, method));
        }
        this.walkList(this.field(node, 'parameters', place), 'parameter', place, 'parameters', "'parameters'");
        return;
      case 'operation':
        this.walkList(this.field(node, 'parameters', place), 'parameter', place, 'parameters', "'parameters'");
        if (node.requestBody !== undefined) this.visitSlot(node, 'requestBody', 'requestBody', place);
        if (this.field(node, 'responses', place) !== undefined) {
          if (!isPlainObject(node.responses)) {
            failAt(
              place.source,
              pointerOf(at(place, 'responses')),
              `'responses' must be a mapping, found ${describeValue(node.responses)}`,
              "write it as status codes, e.g. `'200': { description: OK }`",
            );
          }
          this.walk(node.responses, 'responses', at(place, 'responses'));
        }
        this.walkMap(this.field(node, 'callbacks', place), 'callback', place, 'callbacks', false, "'callbacks'");
        return;
      case 'responses':
        for (const key of Object.keys(node)) {
          if (!key.startsWith('x-')) this.visitSlot(node, key, 'response', place);
        }
        return;
      case 'response':
        this.walkMap(this.field(node, 'headers', place), 'header', place, 'headers', false, "'headers'");
        this.walkContent(this.field(node, 'content', place), place);
        this.walkMap(this.field(node, 'links', place), 'link', place, 'links', false, "'links'");
        return;
      case 'parameter':
        if (typeof node.name !== 'string' || typeof node.in !== 'string' || !PARAMETER_LOCATIONS.has(node.in)) {
          const problem =
            typeof node.name !== 'string'
              ? `parameter without a 'name'`
              : node.in === undefined
                ? `parameter '${node.name}' without 'in'`
                : `parameter '${node.name}' has in: ${JSON.stringify(node.in)}`;
          failAt(
            place.source,
            pointerOf(place),
            problem,
            'every parameter needs `name:` and `in:` (query, header, path or cookie)',
          );
        }
        this.walkSchemaHolder(node, place);
        return;
      case 'header':
        this.walkSchemaHolder(node, place);
        return;
      case 'requestBody':
        this.walkContent(this.field(node, 'content', place), place);
        return;
      case 'mediaType':
        if (node.schema !== undefined) this.schemaSlot(node, 'schema', place);
        this.walkMap(this.field(node, 'examples', place), 'example', place, 'examples', false, "'examples'");
        this.walkMap(this.field(node, 'encoding', place), 'encoding', place, 'encoding', false, "'encoding'");
        return;
      case 'encoding':
        this.walkMap(this.field(node, 'headers', place), 'header', place, 'headers', false, "'headers'");
        return;
      case 'example':
      case 'link':
      case 'securityScheme':
        // Their fields are values (`value`, runtime expressions, ...): nothing to resolve inside.
        return;
    }
  }

  /** The `content` map of `owner`. */
  private walkContent(value: unknown, owner: At): void {
    this.walkMap(value, 'mediaType', owner, 'content', false, "'content'");
  }

  private walkSchemaHolder(node: Rec, place: At): void {
    if (node.schema !== undefined) this.schemaSlot(node, 'schema', place);
    this.walkContent(this.field(node, 'content', place), place);
    this.walkMap(this.field(node, 'examples', place), 'example', place, 'examples', false, "'examples'");
  }

  /** The hot path: `container[key]` (container at `owner`) is a schema position (most nodes of a large spec are
   * schemas). */
  private schemaSlot(container: Container, key: string | number, owner: At): void {
    const value = (container as Rec)[key];
    if (value === null || typeof value !== 'object') return;
    if ((value as Rec).$ref !== undefined) {
      this.visitSlot(container, key, 'schema', owner);
      return;
    }
    const origins = this.origins;
    if (origins.has(value)) return;
    const place = at(owner, key);
    origins.set(value, place);
    if (!Array.isArray(value)) this.walkSchema(value as Rec, place);
  }

  private walkSchema(node: Rec, place: At): void {
    const origins = this.origins;
    for (const key in node) {
      const value = node[key];
      if (value === null || typeof value !== 'object') continue;
      switch (key) {
        case 'properties':
        case 'patternProperties':
        case '$defs':
        case 'definitions':
        case 'dependentSchemas':
        case 'dependencies': {
          if (Array.isArray(value) || origins.has(value)) break;
          const map = at(place, key);
          origins.set(value, map);
          // draft-04..07 `dependencies` values may also be lists of names: schemaSlot skips nothing
          // but walks only objects, and a list of strings holds no schema.
          for (const name in value as Rec) this.schemaSlot(value as Rec, name, map);
          break;
        }
        case 'allOf':
        case 'anyOf':
        case 'oneOf':
        case 'prefixItems':
        case 'items':
          if (Array.isArray(value)) {
            if (origins.has(value)) break;
            const list = at(place, key);
            origins.set(value, list);
            for (let i = 0; i < value.length; i++) this.schemaSlot(value, i, list);
          } else if (key === 'items') {
            this.schemaSlot(node, key, place);
          }
          break;
        case 'additionalProperties':
        case 'additionalItems':
        case 'not':
        case 'if':
        case 'then':
        case 'else':
        case 'contains':
        case 'propertyNames':
        case 'unevaluatedItems':
        case 'unevaluatedProperties':
        case 'contentSchema':
          if (!Array.isArray(value)) this.schemaSlot(node, key, place);
          break;
        default:
        // Anything else (example, examples, enum, const, default, discriminator, xml, x-*, unknown
        // keywords) holds values, not schemas: left exactly as written.
      }
    }
  }

  // -------------------------------------------------------------------------
  // Resolving references
  // -------------------------------------------------------------------------

  /** Resolves the `$ref` node at `place` (following chains of pure references). */
  private resolveRefNode(node: Rec, kind: Kind, place: At, chain: ChainLink | undefined): unknown {
    const done = this.resolved.get(node);
    if (done !== undefined || this.resolved.has(node)) return done;
    const ref = node.$ref;
    if (typeof ref !== 'string') {
      const pointer = pointerOf(place);
      failAt(
        place.source,
        pointer,
        `$ref must be a string, found ${describeValue(ref)}`,
        'write a reference like "#/components/schemas/Name"',
        pointer + '/$ref',
      );
    }
    for (let link = chain; link !== undefined; link = link.previous)
      if (link.node === node) this.failCycle(link, chain!, place);

    if (kind === 'schema' && this.options.dialect === '3.1' && hasApplyingSiblings(node)) {
      // JSON Schema 2020-12: $ref applies together with its sibling keywords.
      const allOf = Array.isArray(node.allOf) ? node.allOf : [];
      delete node.$ref;
      node.allOf = [...allOf, { $ref: ref }];
      this.resolved.set(node, node);
      this.walk(node, 'schema', place);
      return node;
    }

    const link: ChainLink = { node, at: place, previous: chain, length: (chain?.length ?? 0) + 1 };
    if (link.length > MAX_REF_CHAIN) {
      let first = link;
      while (first.previous !== undefined) first = first.previous;
      failRef(
        { at: first.at, ref: String((first.node as Rec).$ref) },
        `a chain of more than ${MAX_REF_CHAIN} $refs to $refs starts here`,
        'point to the definition directly',
      );
    }
    const site: Site = { at: place, ref };
    const found = this.lookup(this.target(site), site);
    let base: unknown;
    const value = found.value;
    if (isPlainObject(value) && value.$ref !== undefined && !this.origins.has(value)) {
      base = this.resolveRefNode(value, kind, found.at, link);
    } else {
      this.checkLanding(site, kind, found);
      base = value;
      if (isPlainObject(base)) {
        if (++this.nestedRefs > MAX_NESTED_REFS) {
          failRef(
            site,
            `$ref targets nest more than ${MAX_NESTED_REFS} deep here (each target refers on to the next)`,
            'flatten the chain of definitions',
          );
        }
        try {
          this.walk(base, kind, found.at);
        } finally {
          this.nestedRefs--;
        }
      }
    }
    const result = this.applySiblings(node, base, kind);
    this.resolved.set(node, result);
    return result;
  }

  /**
   * A `$ref` must land on what its position needs: a mapping (a schema may also be a boolean), and
   * not on a component of another kind (a response `$ref` to `#/components/schemas/X`).
   */
  private checkLanding(site: Site, kind: Kind, found: Found): void {
    const value = found.value;
    const fits = isPlainObject(value) || (kind === 'schema' && typeof value === 'boolean');
    if (!fits) {
      failRef(
        site,
        `$ref '${site.ref.slice(0, 200)}' lands on ${describeValue(value)} ` +
          `at ${landingPlace(site, found)}, but this position needs ${KIND_NAMES[kind]}`,
        `point it to ${KIND_NAMES[kind]}`,
      );
    }
    // The component section the target sits in, worked out once per target (most are reached many times).
    if (found.section === undefined) {
      const section = /^\/components\/([^/]+)\/[^/]+$/.exec(pointerOf(found.at))?.[1];
      found.section =
        (section === undefined ? undefined : COMPONENT_KINDS.find(([name]) => name === section)?.[1]) ?? null;
    }
    const sectionKind = found.section;
    if (sectionKind !== null && sectionKind !== kind) {
      failRef(
        site,
        `$ref '${site.ref.slice(0, 200)}' lands on ${KIND_NAMES[sectionKind]} ` +
          `at ${landingPlace(site, found)}, but this position needs ${KIND_NAMES[kind]}`,
        `point it to ${KIND_NAMES[kind]}`,
      );
    }
  }

  /** Fails on a cycle of `$ref`s from `first` (oldest) to `last` (newest), back to `current`. */
  private failCycle(first: ChainLink, last: ChainLink, current: At): never {
    const links: ChainLink[] = [];
    for (let link = last; ; link = link.previous!) {
      links.push(link);
      if (link === first) break;
    }
    links.reverse();
    const label = (place: At) =>
      place.source === current.source ? `#${pointerOf(place)}` : `${place.source.file}#${pointerOf(place)}`;
    const names = [...links.map((link) => label(link.at)), label(current)];
    const pointer = pointerOf(first.at);
    failAt(
      first.at.source,
      pointer,
      `$ref cycle with no content: ${names.join(' -> ')}`,
      'make one of them a real definition instead of a $ref',
      pointer + '/$ref',
    );
  }

  private applySiblings(node: Rec, base: unknown, kind: Kind): unknown {
    if (this.options.dialect === '3.0') return base;
    let overrides: Rec | undefined;
    if (kind === 'schema') {
      for (const key of Object.keys(node)) if (key !== '$ref') (overrides ??= {})[key] = node[key];
    } else {
      if (node.summary !== undefined) (overrides ??= {}).summary = node.summary;
      if (node.description !== undefined) (overrides ??= {}).description = node.description;
    }
    if (overrides === undefined) return base;
    if (!isPlainObject(base)) {
      // A boolean schema (or a non-object target) cannot take fields: keep its meaning through allOf.
      return kind === 'schema' ? { ...overrides, allOf: [base] } : base;
    }
    const overlay: Rec = {};
    this.overlayBase.set(overlay, base);
    const origin = this.origins.get(base);
    if (origin !== undefined) this.origins.set(overlay, origin);
    const fields = overrides;
    this.fills.push(() => {
      Object.assign(overlay, base, fields);
    });
    return overlay;
  }

  /** Where a `$ref` string points: the source (by key) and the pointer inside it. */
  private target(site: Site): Target {
    const source = site.at.source;
    let cache = this.targets.get(source);
    if (cache === undefined) this.targets.set(source, (cache = new Map()));
    let result = cache.get(site.ref);
    if (result === undefined) cache.set(site.ref, (result = this.parseTarget(site)));
    if (!this.sources.has(result.key)) throw new NeedSource(result, site);
    return result;
  }

  private parseTarget(site: Site): Target {
    const { ref } = site;
    const source = site.at.source;
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash + 1);
    let targetPointer: string;
    try {
      targetPointer = decodeURIComponent(fragment);
    } catch {
      failRef(site, `$ref '${ref}' has a malformed %-escape`, 'fix the escape (e.g. %20 for a space)');
    }
    if (targetPointer !== '' && !targetPointer.startsWith('/')) {
      failRef(
        site,
        `$ref '${ref}' uses a plain-name fragment '#${fragment}'`,
        "use a JSON pointer fragment like '#/components/schemas/Name'",
      );
    }
    let result: Target;
    if (filePart === '') {
      result = {
        key: source.key,
        place: source.place,
        file: source.file,
        pointer: targetPointer,
        nameHint: source.file,
      };
    } else {
      result = { ...this.placeOf(filePart, site), pointer: targetPointer };
    }
    return result;
  }

  private placeOf(filePart: string, site: Site): Omit<Target, 'pointer'> {
    const { ref } = site;
    const source = site.at.source;
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(filePart);
    const from = source.place;
    if (scheme || from.kind === 'url' || filePart.startsWith('//')) {
      let url: URL;
      try {
        url = from.kind === 'url' ? new URL(filePart, from.url) : new URL(filePart);
      } catch {
        failRef(site, `$ref '${ref}' is not a valid URL`, 'fix the reference');
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        failRef(
          site,
          `$ref '${ref}' uses the unsupported scheme '${url.protocol}'`,
          "use a relative path like './schemas/user.yaml#/User'",
        );
      }
      if (!this.options.allowRemote) {
        failRef(
          site,
          `remote $ref '${ref}' is refused (no network access by default)`,
          'download the file next to the spec and use a relative $ref, or allow ' +
            'remote refs (allowRemote / --allow-remote)',
        );
      }
      url.hash = '';
      return { key: url.href, place: { kind: 'url', url: url.href }, file: url.href, nameHint: url.pathname };
    }
    let relative: string;
    try {
      relative = decodeURIComponent(filePart);
    } catch {
      failRef(site, `$ref '${ref}' has a malformed %-escape`, 'fix the escape (e.g. %20 for a space)');
    }
    if (relative.startsWith('/') || relative.startsWith('\\')) {
      failRef(
        site,
        `$ref '${ref}' is an absolute path`,
        "use a path relative to the spec's folder, like './schemas/user.yaml'",
      );
    }
    if (from.kind === 'git') {
      const dotted = from.path.startsWith('./') || from.path.startsWith('../');
      let joined = path.posix.normalize(path.posix.join(path.posix.dirname(from.path), relative));
      const boundary = path.posix.normalize(this.boundary!);
      const inside = path.posix.relative(boundary, joined);
      if (inside === '..' || inside.startsWith('../') || path.posix.isAbsolute(inside))
        this.refuseEscape(site, boundary);
      if (dotted && !joined.startsWith('../')) joined = './' + joined;
      const key = `${from.rev}:${joined}`;
      return { key, place: { kind: 'git', rev: from.rev, path: joined }, file: key, nameHint: joined };
    }
    const dir = from.kind === 'fs' ? path.dirname(from.path) : from.dir;
    const absolute = path.resolve(dir, relative);
    const boundary = this.boundary!;
    if (!isInside(boundary, absolute)) this.refuseEscape(site, boundary);
    return {
      key: absolute,
      place: { kind: 'fs', path: absolute },
      file: this.displayFile(absolute),
      nameHint: absolute,
    };
  }

  private refuseEscape(site: Site, boundary: string): never {
    const place = this.root.place;
    const shown =
      place.kind === 'git'
        ? `${boundary === '.' || boundary === '' ? 'the repository root' : boundary} in ${place.rev}`
        : this.displayFile(boundary) || '.';
    failRef(
      site,
      `$ref '${site.ref}' leaves the spec's folder (${shown})`,
      'move the referenced file into that folder (or a subfolder) and point to it with a relative path',
    );
  }

  /** Name of a referenced file: relative to cwd when inside it, else next to the root file's name. */
  private displayFile(absolute: string): string {
    const cwd = this.options.cwd;
    if (isInside(cwd, absolute)) return path.relative(cwd, absolute) || '.';
    if (this.boundary !== undefined && this.root.place.kind !== 'git' && isInside(this.boundary, absolute)) {
      return path.join(path.dirname(this.root.file), path.relative(this.boundary, absolute));
    }
    return absolute;
  }

  /** The node at the target pointer, its physical source and pointer (following `$ref`s met on the way). */
  private lookup(target: Target, site: Site, hops = 0): Found {
    const known = this.found.get(target);
    if (known !== undefined) return known;
    if (hops > MAX_POINTER_HOPS) {
      failRef(site, `$ref '${site.ref}' goes through too many references`, 'point to the definition directly');
    }
    let current = this.sources.get(target.key)!;
    let pointer = '';
    let node: unknown = current.root;
    const segments = parsePointer(target.pointer);
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      if (node !== null && typeof node === 'object') node = this.overlayBase.get(node) ?? node;
      if (isPlainObject(node) && typeof node.$ref === 'string' && !Object.hasOwn(node, segment)) {
        // The pointer runs through a reference: continue inside its target.
        const inner: Site = { at: rootAt(current, pointer), ref: node.$ref };
        const found = this.lookup(this.target(inner), inner, hops + 1);
        node = found.value;
        if (node !== null && typeof node === 'object') node = this.overlayBase.get(node) ?? node;
        current = found.at.source;
        pointer = pointerOf(found.at);
      }
      let next: unknown;
      if (Array.isArray(node)) {
        next = /^(0|[1-9][0-9]*)$/.test(segment) ? node[Number(segment)] : undefined;
      } else if (isPlainObject(node) && Object.hasOwn(node, segment)) {
        next = node[segment];
      }
      if (next === undefined) this.missing(target, site, segment, pointer);
      node = next;
      pointer = pointer + '/' + escapePointerSegment(segment);
      if (node !== null && typeof node === 'object') {
        const origin = this.origins.get(node);
        if (origin !== undefined) {
          current = origin.source;
          pointer = pointerOf(origin);
        }
      }
    }
    if (node === null) {
      failRef(site, `$ref '${site.ref}' points to an empty value`, 'point it to a definition');
    }
    const result: Found = { value: node, at: rootAt(current, pointer), section: undefined };
    this.found.set(target, result);
    return result;
  }

  private missing(target: Target, site: Site, segment: string, parent: string): never {
    const where = target.key === site.at.source.key ? `#${target.pointer}` : `${target.file}#${target.pointer}`;
    failRef(
      site,
      `$ref '${site.ref}' points to a missing target ${where} (no ` +
        `'${segment}' in ${parent === '' ? 'the document root' : parent})`,
      'fix the $ref or add the definition',
    );
  }

  private async load(need: NeedSource): Promise<void> {
    const { target, site } = need;
    if (this.sources.has(target.key)) return;
    let text: InputText;
    try {
      switch (target.place.kind) {
        case 'fs':
          text = await readTextFile(target.place.path, this.options.limits, this.boundary);
          break;
        case 'git':
          text = await gitShow(this.options.cwd, target.place.rev, target.place.path, this.options.limits.maxBytes);
          break;
        case 'url':
          text = await fetchText(target.place.url, this.options.limits);
          break;
        case 'text':
          throw new Error('unreachable');
      }
    } catch (error) {
      if (error instanceof BadBytesError) {
        throw new InputError(
          `${target.file}:${error.line}:${error.column}: ${error.message} ` +
            `(read for $ref '${site.ref.slice(0, 200)}'); save the file as ` +
            `UTF-8 text`,
          target.file,
          { line: error.line, column: error.column },
        );
      }
      const detail = error instanceof Error ? error.message : String(error);
      const reason =
        error instanceof ReadError
          ? detail
          : error instanceof GitError
            ? `git cannot read it: ${detail}`
            : `cannot fetch it: ${detail}`;
      failRef(
        site,
        `$ref '${site.ref}' points to ${target.file}, which cannot be read (${reason})`,
        'fix the path or add the file',
      );
    }
    if (this.sources.has(target.key)) return;
    this.register(Source.parse(target.key, target.file, target.place, text, target.nameHint));
  }
}

/** Where a `$ref` landed, for messages: `#pointer`, with the file when it is another one. */
function landingPlace(site: Site, found: Found): string {
  return `${found.at.source === site.at.source ? '' : found.at.source.file}#${pointerOf(found.at)}`;
}

/** Fails at a `$ref` (located at its `$ref` key, named by the pointer of the node holding it). */
function failRef(site: Site, problem: string, fix: string): never {
  const pointer = pointerOf(site.at);
  failAt(site.at.source, pointer, problem, fix, pointer + '/$ref');
}

function hasApplyingSiblings(node: Rec): boolean {
  for (const key of Object.keys(node)) {
    if (key === '$ref' || SCHEMA_ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    return true;
  }
  return false;
}

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative === '' || (!relative.startsWith('..' + path.sep) && relative !== '..' && !path.isAbsolute(relative));
}

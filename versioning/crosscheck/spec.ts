/**
 * The OpenAPI side of the cross-check: loading the spec, handing the comparator a single
 * self-contained document, and turning the comparator's spec locations into pointers and file:line.
 */

import type { JsonObject, JsonValue, LoadedSpec, NodeOrigin, SourceLocation } from '../model.ts';
import { escapePointerSegment, joinPointer, loadSpec } from '../load/index.ts';
import type { SpecSide } from './types.ts';
import type { InputLimits } from '../model.ts';

/** A spec given as a path is loaded; a LoadedSpec is used as is. */
export async function openSpec(input: LoadedSpec | string, cwd: string, limits?: InputLimits): Promise<LoadedSpec> {
  if (typeof input !== 'string') return input;
  return loadSpec(input, { cwd, ...(limits ? { limits } : {}) });
}

/**
 * The document the comparator reads. It resolves local `$ref`s itself (lazily, keeping recursive
 * schemas as refs), so a single-file spec goes in as written: `spec.raw()`, refs untouched. It
 * cannot read other files, so a multi-file spec is bundled from the loaded (resolved) document.
 */
export function comparatorDocument(spec: LoadedSpec): JsonObject {
  const raw = spec.raw();
  return hasExternalRef(raw) ? bundle(spec.document) : raw;
}

/**
 * A self-contained copy of a resolved document: the first time a node is met it is copied in
 * place, and every later use of the same node (a shared `$ref` target, or a cycle) becomes a local
 * `$ref` to that first place. This is what json-schema-ref-parser's `bundle` does, done from the
 * loader's graph so that git (`REF:path`) and stdin inputs bundle the files that were loaded.
 */
export function bundle(document: object): JsonObject {
  const firstSeen = new Map<object, string>();
  const copy = (value: unknown, pointer: string): JsonValue => {
    if (value === null || typeof value !== 'object') return value as JsonValue;
    const seen = firstSeen.get(value);
    if (seen !== undefined) return { $ref: `#${refPointer(seen)}` };
    firstSeen.set(value, pointer);
    if (Array.isArray(value)) return value.map((item, index) => copy(item, `${pointer}/${index}`));
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) out[key] = copy(child, `${pointer}/${escapePointerSegment(key)}`);
    return out;
  };
  return copy(document, '') as JsonObject;
}

/** The comparator reads `$ref` pointers through `decodeURI`: keep `%` literal. */
function refPointer(pointer: string): string {
  return pointer.replace(/%/g, '%25');
}

/** Whether a document holds a `$ref` to another file (anything not starting with `#`). */
export function hasExternalRef(node: unknown, seen: Set<object> = new Set()): boolean {
  if (node === null || typeof node !== 'object' || seen.has(node)) return false;
  seen.add(node);
  if (Array.isArray(node)) return node.some((item) => hasExternalRef(item, seen));
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) return true;
    if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    if (hasExternalRef(value, seen)) return true;
  }
  return false;
}

/**
 * Maps the comparator's spec location (`[root].paths./users/{id}.get.parameters[1].schema.type`,
 * a dotted path whose keys may themselves hold dots and slashes) onto the loaded document,
 * giving the logical pointer and the file:line of the node.
 */
export function locateInSpec(
  spec: LoadedSpec,
  comparatorLocation: string,
  operation: { pathName?: string | null; pathMethod?: string | null },
): SpecSide {
  const walk = walkLocation(spec, comparatorLocation);
  const origin: NodeOrigin = walk.anchor
    ? { file: walk.anchor.file, pointer: joinPointer(walk.anchor.pointer, ...walk.suffix) }
    : { file: spec.file, pointer: joinPointer('', ...walk.segments) };
  const where: SourceLocation = spec.locate(origin);
  const side: SpecSide = {
    pointer: joinPointer('', ...walk.segments),
    file: where.file,
    line: where.line,
    column: where.column,
  };
  if (operation.pathName && operation.pathMethod)
    side.operation = `${operation.pathMethod.toUpperCase()} ${operation.pathName}`;
  return side;
}

interface Walk {
  /** Logical segments from the document root. */
  segments: string[];
  /** Physical origin of the deepest object reached that has one. */
  anchor?: NodeOrigin;
  /** Segments walked below the anchor. */
  suffix: string[];
}

function walkLocation(spec: LoadedSpec, location: string): Walk {
  const root: unknown = spec.document;
  let rest = location.startsWith('[root]') ? location.slice('[root]'.length) : location;
  let node: unknown = root;
  const walk: Walk = { segments: [], suffix: [] };
  const setAnchor = (value: unknown): void => {
    const origin = value !== null && typeof value === 'object' ? spec.originOf(value) : undefined;
    if (origin) {
      walk.anchor = origin;
      walk.suffix = [];
    }
  };
  setAnchor(node);
  let guard = 0;
  while (rest.length > 0 && guard++ < 1000) {
    if (rest.startsWith('.')) rest = rest.slice(1);
    const step = nextStep(node, rest);
    if (step) {
      node = step.node;
      walk.segments.push(...step.segments);
      walk.suffix.push(...step.segments);
      rest = rest.slice(step.consumed);
      setAnchor(node);
      continue;
    }
    // Through a `$ref`, the comparator's path continues inside the target as if `items` or an
    // `allOf`/`anyOf`/`oneOf` member were not there (`...schema.properties.x` for an array of objects).
    const inner = transparentStep(node, rest);
    if (inner) {
      node = inner.node;
      walk.segments.push(...inner.segments);
      walk.suffix.push(...inner.segments);
      setAnchor(node);
      continue;
    }
    // A document loaded without resolution still holds local `$ref`s: go through to the target.
    const target = localRefTarget(spec, node);
    if (target !== undefined) {
      node = target;
      setAnchor(node);
      continue;
    }
    // The comparator names a referenced schema by its root path (`...schema.components.schemas.Address.type`):
    // start again from the document root when the rest begins with one of its keys.
    const fromRoot = node !== root ? nextStep(root, rest) : undefined;
    if (fromRoot) {
      walk.anchor = undefined;
      setAnchor(root);
      walk.segments = [...fromRoot.segments];
      walk.suffix = [...fromRoot.segments];
      node = fromRoot.node;
      rest = rest.slice(fromRoot.consumed);
      setAnchor(node);
      continue;
    }
    break;
  }
  return walk;
}

interface Step {
  node: unknown;
  segments: string[];
  consumed: number;
}

/** One step down from `node`: an array index (`[3]` or `3`) or the longest key that prefixes `rest`. */
function nextStep(node: unknown, rest: string): Step | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    const match = /^\[(\d+)\]/.exec(rest) ?? /^(\d+)(?=$|[.[])/.exec(rest);
    if (!match || match[1] === undefined) return undefined;
    const index = Number(match[1]);
    if (index >= node.length) return undefined;
    return { node: node[index], segments: [String(index)], consumed: match[0].length };
  }
  let best: string | undefined;
  for (const key of Object.keys(node)) {
    if (best !== undefined && key.length <= best.length) continue;
    if (rest === key || rest.startsWith(key + '.') || rest.startsWith(key + '[')) best = key;
  }
  if (best === undefined) return undefined;
  return { node: (node as Record<string, unknown>)[best], segments: [best], consumed: best.length };
}

/** A schema's `items`, `additionalProperties` or combinator member under which `rest` continues. */
function transparentStep(node: unknown, rest: string): { node: unknown; segments: string[] } | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const schema = node as Record<string, unknown>;
  const candidates: Array<{ node: unknown; segments: string[] }> = [];
  if (schema['items'] !== null && typeof schema['items'] === 'object' && !Array.isArray(schema['items'])) {
    candidates.push({ node: schema['items'], segments: ['items'] });
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const members = schema[keyword];
    if (Array.isArray(members))
      members.forEach((member, index) => candidates.push({ node: member, segments: [keyword, String(index)] }));
  }
  if (schema['additionalProperties'] !== null && typeof schema['additionalProperties'] === 'object') {
    candidates.push({ node: schema['additionalProperties'], segments: ['additionalProperties'] });
  }
  return candidates.find((candidate) => nextStep(candidate.node, rest) !== undefined);
}

/** The target of a local `$ref` still present in the document (a spec loaded without resolution). */
function localRefTarget(spec: LoadedSpec, node: unknown): unknown {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const ref = (node as Record<string, unknown>)['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  let target: unknown = spec.document;
  for (const segment of ref.slice(2).split('/')) {
    const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    if (target === null || typeof target !== 'object') return undefined;
    target = (target as Record<string, unknown>)[key];
  }
  return target === node ? undefined : target;
}

/**
 * Request parameters: existence, required-ness and serialization (style, explode, allowReserved,
 * schema vs content). Schema keyword changes of parameters (type, enum, bounds, pattern ...) belong
 * to the schema families; removing a deprecated parameter belongs to the lifecycle family.
 *
 * Decisions:
 * - Header parameters named `Accept`, `Content-Type` or `Authorization` are ignored, as the
 *   OpenAPI specification says (the diff already matches header names without regard to case).
 * - Path parameters are never reported as added or removed here: operations are matched by their
 *   path template with parameter names erased, so a matched operation has the same URL segments
 *   on both sides; a path parameter that appears or disappears only documents (or stops
 *   documenting) a segment clients already send, and `{id}` -> `{userId}` is a rename.
 * - A parameter added at path-item level (and not declared by the operation itself) is reported
 *   with oasdiff's `...-default-parameter-to-existing-path` ids, once per existing operation.
 * - Operations whose revision is `draft` or `alpha` (`x-stability-level`) are skipped, as in oasdiff.
 */
import type { Finding, OperationDiff, ParameterDiff, ParameterObject, SchemaObject, Side, SpecDiff } from '../model.ts';
import {
  code,
  defineRules,
  finding,
  type RuleFamily,
  type RuleId,
  type MessageValue,
  words,
  type Params,
} from './framework.ts';
import { operationInScope, removalVerdict } from './sunset.ts';
import { R } from './catalogue.ts';

const NAME = 'request-parameters';

/** Header parameters the OpenAPI specification says SHALL be ignored. */
const IGNORED_HEADERS: ReadonlySet<string> = new Set(['accept', 'content-type', 'authorization']);

const SCALAR_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'null']);

function nameKey(location: string, name: string): string {
  return location === 'header' ? name.toLowerCase() : name;
}

function sameParameter(p: ParameterObject, location: string, name: string): boolean {
  return p.in === location && nameKey(location, p.name) === nameKey(location, name);
}

type Serialization = { kind: 'content'; mediaType: string } | { kind: 'schema'; style: string; explode: boolean };

/** The serialization in effect, defaults applied (style: form for query/cookie, simple otherwise; explode only for
 * form). */
function serialization(p: ParameterObject): Serialization {
  const mediaTypes = p.content ? Object.keys(p.content) : [];
  if (mediaTypes.length > 0) return { kind: 'content', mediaType: mediaTypes[0]! };
  const style = typeof p.style === 'string' ? p.style : p.in === 'query' || p.in === 'cookie' ? 'form' : 'simple';
  const explode = typeof p.explode === 'boolean' ? p.explode : style === 'form';
  return { kind: 'schema', style, explode };
}

function describe(s: Serialization): MessageValue {
  return s.kind === 'content' ? words(code(s.mediaType), ' content') : words('the ', code(s.style), ' style');
}

function essence(mediaType: string): string {
  return mediaType.split(';', 1)[0]!.trim().toLowerCase();
}

/** Every value the schema allows is a single value, for which `explode` makes no difference. */
function isScalar(schema: SchemaObject | undefined): boolean {
  if (!schema || schema.allOf || schema.anyOf || schema.oneOf) return false;
  const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type : [];
  return types.length > 0 && types.every((t) => SCALAR_TYPES.has(t));
}

interface Pair {
  location: ParameterObject['in'];
  base: Side<ParameterObject>;
  revision: Side<ParameterObject>;
}

function params(p: { in: string; name: string }): { in: string; name: MessageValue } {
  return { in: p.in, name: code(p.name) };
}

function details(location: string, name: string) {
  return { direction: 'request' as const, area: 'parameter' as const, parameter: { in: location, name } };
}

/** Whether an added parameter comes from the revision's path item rather than the operation itself. */
function fromPathItem(diff: SpecDiff, op: OperationDiff, p: ParameterDiff): boolean {
  const pathItem = diff.revision.document.paths?.[op.revisionPath ?? op.path];
  const atPath = (pathItem?.parameters ?? []).some((x) => sameParameter(x, p.in, p.name));
  const atOperation = (op.revision?.node.parameters ?? []).some((x) => sameParameter(x, p.in, p.name));
  return atPath && !atOperation;
}

function checkAdded(out: Finding[], diff: SpecDiff, op: OperationDiff, p: ParameterDiff): void {
  const node = p.revision?.node;
  if (!node || p.in === 'path') return;
  const required = node.required === true;
  let id: RuleId;
  if (fromPathItem(diff, op, p)) {
    id = required
      ? R.newRequiredRequestDefaultParameterToExistingPath
      : R.newOptionalRequestDefaultParameterToExistingPath;
  } else {
    id = required ? R.newRequiredRequestParameter : R.newOptionalRequestParameter;
  }
  out.push(
    finding(id, { operation: op, params: params(node), revision: p.revision, details: details(p.in, node.name) }),
  );
}

function checkDeleted(out: Finding[], op: OperationDiff, p: ParameterDiff, now: Date): void {
  const node = p.base?.node;
  if (!node || p.in === 'path') return;
  // Removing a deprecated parameter is judged by the lifecycle rules (sunset date, policy).
  if (removalVerdict(node, now).kind !== 'not-deprecated') return;
  out.push(
    finding(R.requestParameterRemoved, {
      operation: op,
      params: params(node),
      base: p.base,
      details: details(p.in, node.name),
    }),
  );
}

function checkModified(out: Finding[], op: OperationDiff, pair: Pair): void {
  const b = pair.base.node;
  const r = pair.revision.node;
  const emit = (id: RuleId, extra: Params = {}) =>
    out.push(
      finding(id, {
        operation: op,
        params: { ...params({ in: pair.location, name: r.name }), ...extra },
        base: pair.base,
        revision: pair.revision,
        details: details(pair.location, r.name),
      }),
    );

  if (pair.location !== 'path') {
    const wasRequired = b.required === true;
    const isRequired = r.required === true;
    if (!wasRequired && isRequired) emit(R.requestParameterBecameRequired);
    if (wasRequired && !isRequired) emit(R.requestParameterBecameOptional);
  }

  const from = serialization(b);
  const to = serialization(r);
  if (
    from.kind !== to.kind ||
    (from.kind === 'content' && to.kind === 'content' && essence(from.mediaType) !== essence(to.mediaType))
  ) {
    emit(R.requestParameterMediaTypeChanged, { from: describe(from), to: describe(to) });
  } else if (from.kind === 'schema' && to.kind === 'schema') {
    if (from.style !== to.style) {
      emit(R.requestParameterStyleChanged, { from: code(from.style), to: code(to.style) });
    } else if (from.explode !== to.explode && !(isScalar(b.schema) && isScalar(r.schema))) {
      emit(R.requestParameterExplodeChanged, { from: code(from.explode), to: code(to.explode) });
    }
  }

  if (pair.location === 'query') {
    const wasReserved = b.allowReserved === true;
    const isReserved = r.allowReserved === true;
    if (!wasReserved && isReserved) emit(R.requestParameterBecameAllowReserved);
    if (wasReserved && !isReserved) emit(R.requestParameterBecameNotAllowReserved);
  }
}

function checkOperation(out: Finding[], diff: SpecDiff, op: OperationDiff, now: Date): void {
  for (const p of op.parameters) {
    if (p.in === 'header' && IGNORED_HEADERS.has(p.name.toLowerCase())) continue;
    if (p.kind === 'added') checkAdded(out, diff, op, p);
    else if (p.kind === 'deleted') checkDeleted(out, op, p, now);
    else if (p.base && p.revision) checkModified(out, op, { location: p.in, base: p.base, revision: p.revision });
  }
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff, ctx) {
    const out: Finding[] = [];
    for (const op of diff.operations) if (operationInScope(op)) checkOperation(out, diff, op, ctx.now);
    return out;
  },
};

/**
 * One operation (matched by method and path template, see paths-diff.ts): `fields` (every key of
 * the Operation Object except `parameters`, `requestBody`, `responses` and `security`, i.e.
 * `operationId`, `summary`, `description`, `deprecated`, `tags`, `externalDocs`, `servers`,
 * `callbacks`, `x-*`), effective parameters, request body, responses, and the effective security
 * (operation-level `security`, else the document-level one).
 */
import type { HttpMethod, OperationDiff, OperationObject, PathItemObject } from '../model.ts';
import { isEmpty, type DiffContext } from './context.ts';
import { diffParameters, effectiveParameters } from './parameters-diff.ts';
import { diffRequestBody } from './request-body-diff.ts';
import { diffResponses } from './responses-diff.ts';
import { diffSecurity } from './security-diff.ts';
import { dict } from './dict.ts';

const EXCLUDE: ReadonlySet<string> = new Set(['parameters', 'requestBody', 'responses', 'security']);
/** The renamed path parameters of an operation whose path is written the same: none (frozen, shared). */
const NO_RENAMES: Record<string, string> = Object.freeze(dict<string>());

/** An operation where it sits in its document. */
export interface OperationSite {
  path: string;
  item: PathItemObject;
  op: OperationObject;
  /** `/paths/~1users~1{id}` */
  itemPointer: string;
  /** `/paths/~1users~1{id}/get` */
  pointer: string;
}

/** The path template with parameter names erased: `/users/{id}` -> `/users/{}`. */
export function templateKey(path: string): string {
  let open = path.indexOf('{');
  if (open === -1) return path;
  // What `path.replace(/\{[^}/]*\}/g, '{}')` gives, without a regular expression (called per path).
  let out = '';
  let from = 0;
  while (open !== -1) {
    let end = open + 1;
    while (end < path.length && path[end] !== '}' && path[end] !== '/') end++;
    if (end < path.length && path[end] === '}') {
      out += path.slice(from, open) + '{}';
      from = end + 1;
      open = path.indexOf('{', from);
    } else open = path.indexOf('{', open + 1);
  }
  return from === 0 ? path : out + path.slice(from);
}

/** Parameter names of a template in order: `/a/{x}/b/{y}` -> `['x', 'y']`. */
export function templateParameters(path: string): string[] {
  return [...path.matchAll(/\{([^}/]*)\}/g)].map((m) => m[1]!);
}

/** The matching identity of an operation: `GET /users/{}`. */
export function operationKey(method: HttpMethod, path: string): string {
  return method.toUpperCase() + ' ' + templateKey(path);
}

export function diffOperation(
  ctx: DiffContext,
  method: HttpMethod,
  a: OperationSite | undefined,
  b: OperationSite | undefined,
): OperationDiff | undefined {
  // The diffs are written out as literals (no spread of a common part): a spread object with more
  // members added after it is built member by member, and the rules read these objects often.
  if (!a) {
    const path = b!.path;
    return {
      key: operationKey(method, path),
      method,
      path,
      label: `${method.toUpperCase()} ${path}`,
      fields: {},
      parameters: [],
      responses: [],
      renamedPathParameters: {},
      revisionPath: path,
      kind: 'added',
      revision: ctx.side('revision', b!.op, b!.pointer),
    };
  }
  if (!b) {
    const path = a.path;
    return {
      key: operationKey(method, path),
      method,
      path,
      label: `${method.toUpperCase()} ${path}`,
      fields: {},
      parameters: [],
      responses: [],
      renamedPathParameters: {},
      basePath: path,
      kind: 'deleted',
      base: ctx.side('base', a.op, a.pointer),
    };
  }

  const globalA = ctx.base.document.security;
  const globalB = ctx.revision.document.security;
  if (
    a.path === b.path &&
    (a.op === b.op || ctx.equal(a.op, b.op)) &&
    ctx.equal(a.item.parameters, b.item.parameters) &&
    (a.op.security !== undefined || ctx.equal(globalA, globalB))
  ) {
    return undefined;
  }

  let renamed = NO_RENAMES;
  if (a.path !== b.path) {
    renamed = dict();
    const pa = templateParameters(a.path);
    const pb = templateParameters(b.path);
    for (let i = 0; i < pa.length; i++) {
      const name = pa[i]!;
      if (pb[i] !== undefined && pb[i] !== name) renamed[name] = pb[i]!;
    }
  }

  const fields = ctx.fields(a.op, b.op, EXCLUDE);
  const sameParameters =
    isEmpty(renamed) && ctx.equal(a.op.parameters, b.op.parameters) && ctx.equal(a.item.parameters, b.item.parameters);
  const parameters = sameParameters
    ? []
    : diffParameters(
        ctx,
        effectiveParameters(a.item.parameters, a.op.parameters, a.itemPointer, a.pointer),
        effectiveParameters(b.item.parameters, b.op.parameters, b.itemPointer, b.pointer),
        renamed,
      );
  const requestBody = diffRequestBody(
    ctx,
    a.op.requestBody,
    b.op.requestBody,
    a.pointer + '/requestBody',
    b.pointer + '/requestBody',
  );
  const responses = diffResponses(
    ctx,
    a.op.responses,
    b.op.responses,
    a.pointer + '/responses',
    b.pointer + '/responses',
  );
  const secA = a.op.security ?? globalA;
  const secB = b.op.security ?? globalB;
  const security = ctx.equal(secA, secB) ? undefined : diffSecurity(secA, secB);

  if (isEmpty(fields) && !parameters.length && !requestBody && !responses.length && !security && isEmpty(renamed))
    return undefined;
  // Members in the order the added and deleted diffs have them.
  const d: OperationDiff = {
    key: operationKey(method, b.path),
    method,
    path: b.path,
    label: `${method.toUpperCase()} ${b.path}`,
    fields,
    parameters,
    responses,
    renamedPathParameters: renamed,
    basePath: a.path,
    revisionPath: b.path,
    kind: 'modified',
    base: ctx.side('base', a.op, a.pointer),
    revision: ctx.side('revision', b.op, b.pointer),
  };
  if (requestBody) d.requestBody = requestBody;
  if (security) d.security = security;
  return d;
}

/**
 * Documentation-only changes: texts, examples, tags, operation ids and servers. Nothing here
 * changes what a client sends or receives, so every rule is `info` with action `docs` (the
 * policy asks for a patch bump), except the few that can still disturb clients indirectly:
 * a changed or removed `operationId` (generated method names, `links`) and a removed server
 * (a documented base URL) are warnings.
 *
 * `info.version` is never a finding: the version policy handles versions.
 */
import type { Finding, MediaTypeDiff, OperationDiff, SpecDiff, ValueChange } from '../model.ts';
import {
  code,
  defineRules,
  finding,
  list,
  schemaFinding,
  type CheckContext,
  type RuleFamily,
  type MessageValue,
  words,
} from './framework.ts';
import { sameValue } from './sunset.ts';
import { walkUniqueSchemas } from './schema-walk.ts';
import { R } from './catalogue.ts';

const NAME = 'docs';

/** Short text for a message; `none` when absent. */
function show(v: unknown): MessageValue {
  return v === undefined ? 'none' : code(v);
}

function serverUrls(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const s of v) {
    const url = s && typeof s === 'object' && !Array.isArray(s) ? (s as { url?: unknown }).url : undefined;
    if (typeof url === 'string') out.push(url);
  }
  return out;
}

/**
 * The path part of a server URL, server variables replaced by their defaults, without a trailing
 * slash (`https://api.example.com/v1/` -> `/v1`, `/v1` -> `/v1`, `https://{region}.example.com` -> ``).
 */
function basePath(url: string, variables: unknown): string {
  const vars =
    variables && typeof variables === 'object' && !Array.isArray(variables)
      ? (variables as Record<string, { default?: unknown }>)
      : {};
  const filled = url.replace(/\{([^}]*)\}/g, (whole, name: string) => {
    const d = vars[name]?.default;
    return typeof d === 'string' ? d : whole;
  });
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*([^?#]*)/i.exec(filled);
  const path = m ? m[1]! : filled.split(/[?#]/)[0]!;
  return path.replace(/\/+$/, '');
}

/** The base path of each server URL of a `servers` list. */
function serverPaths(v: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(v)) return out;
  for (const s of v) {
    if (!s || typeof s !== 'object' || Array.isArray(s)) continue;
    const { url, variables } = s as { url?: unknown; variables?: unknown };
    if (typeof url === 'string') out.set(url, basePath(url, variables));
  }
  return out;
}

/** The base paths a `servers` list offers; no list (or an empty one) means the root, as OpenAPI says. */
function basePaths(v: unknown): string[] {
  const paths = [...new Set(serverPaths(v).values())];
  return paths.length ? paths : [''];
}

function checkDocument(out: Finding[], diff: SpecDiff): void {
  for (const [field, change] of Object.entries(diff.info).sort(([a], [b]) => a.localeCompare(b))) {
    const pointer = { pointer: `/info/${field}` };
    const at = { base: pointer, revision: pointer, details: { area: 'document' as const } };
    if (field === 'version') continue;
    if (field === 'title')
      out.push(finding(R.apiInfoTitleChanged, { ...at, params: { from: show(change.from), to: show(change.to) } }));
    else if (field === 'description') out.push(finding(R.apiInfoDescriptionChanged, at));
    else out.push(finding(R.apiInfoChanged, { ...at, params: { field: code(`info.${field}`) } }));
  }
  // `other` is keyed by JSON pointer (`/servers`, `/tags`, `/paths/~1users/summary`).
  for (const [field, change] of Object.entries(diff.other).sort(([a], [b]) => a.localeCompare(b))) {
    if (field === '/openapi') continue; // the OpenAPI version of the document, not its documentation
    const pointer = { pointer: field };
    const at = { base: pointer, revision: pointer, details: { area: 'document' as const } };
    if (field === '/servers') {
      const before = serverUrls(change.from);
      const after = serverUrls(change.to);
      const added = after.filter((u) => !before.includes(u));
      const removed = before.filter((u) => !after.includes(u));
      // A base path no server offers any more moves every URL under it; a host change does not.
      const paths = basePaths(change.to);
      const lost = basePaths(change.from).filter((p) => !paths.includes(p));
      const pathOf = serverPaths(change.from);
      for (const path of lost) {
        out.push(
          finding(R.apiServerBasePathChanged, {
            ...at,
            params: { from: code(path || '/'), to: list(paths.map((p) => p || '/')) },
          }),
        );
      }
      for (const url of added) out.push(finding(R.apiServerAdded, { ...at, params: { url: code(url) } }));
      for (const url of removed) {
        if (!lost.includes(pathOf.get(url) ?? ''))
          out.push(finding(R.apiServerRemoved, { ...at, params: { url: code(url) } }));
      }
      if (added.length || removed.length || lost.length) continue;
    }
    out.push(finding(R.apiDocumentDocsChanged, { ...at, params: { field: code(field) } }));
  }
}

function exampleKeys(fields: Record<string, ValueChange>): Array<'example' | 'examples'> {
  return (['example', 'examples'] as const).filter((k) => fields[k] !== undefined);
}

function checkMediaTypes(
  out: Finding[],
  op: OperationDiff,
  content: readonly MediaTypeDiff[],
  where: (mt: string) => MessageValue,
): void {
  for (const mt of content) {
    if (mt.kind !== 'modified') continue;
    for (const k of exampleKeys(mt.fields)) {
      out.push(
        finding(R.apiExampleChanged, {
          operation: op,
          base: mt.base,
          revision: mt.revision,
          params: { what: code(k), where: where(mt.mediaType) },
        }),
      );
    }
  }
}

function tags(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
}

function checkOperation(out: Finding[], op: OperationDiff): void {
  const both = { operation: op, base: op.base, revision: op.revision, details: { area: 'operation' as const } };
  const b = op.base!.node;
  const r = op.revision!.node;
  if (!sameValue(b.summary, r.summary))
    out.push(
      finding(R.apiOperationSummaryChanged, { ...both, params: { from: show(b.summary), to: show(r.summary) } }),
    );
  if (!sameValue(b.description, r.description)) out.push(finding(R.apiOperationDescriptionChanged, both));
  if (!sameValue(b.externalDocs, r.externalDocs)) out.push(finding(R.apiOperationExternalDocsChanged, both));
  if (b.operationId !== r.operationId) {
    if (b.operationId === undefined)
      out.push(finding(R.apiOperationIdAdded, { ...both, params: { id: code(r.operationId) } }));
    else if (r.operationId === undefined)
      out.push(finding(R.apiOperationIdRemoved, { ...both, params: { id: code(b.operationId) } }));
    else
      out.push(
        finding(R.apiOperationIdChanged, {
          ...both,
          params: { from: code(b.operationId), to: code(r.operationId) },
        }),
      );
  }
  if (!sameValue(b.tags, r.tags)) {
    const before = tags(b.tags);
    const after = tags(r.tags);
    for (const t of after)
      if (!before.includes(t)) out.push(finding(R.apiTagAdded, { ...both, params: { tag: code(t) } }));
    for (const t of before)
      if (!after.includes(t)) out.push(finding(R.apiTagRemoved, { ...both, params: { tag: code(t) } }));
  }

  for (const p of op.parameters) {
    if (p.kind !== 'modified') continue;
    const param = words(`${p.in} parameter `, code(p.name));
    const at = {
      operation: op,
      base: p.base,
      revision: p.revision,
      details: { direction: 'request' as const, area: 'parameter' as const, parameter: { in: p.in, name: p.name } },
    };
    if (!sameValue(p.base?.node.description, p.revision?.node.description))
      out.push(finding(R.requestParameterDescriptionChanged, { ...at, params: { param } }));
    for (const k of exampleKeys(p.fields))
      out.push(finding(R.apiExampleChanged, { ...at, params: { what: code(k), where: param } }));
    checkMediaTypes(out, op, p.content, (mt) => words(param, ` (${mt})`));
  }

  const body = op.requestBody;
  if (body?.kind === 'modified') {
    if (!sameValue(body.base?.node.description, body.revision?.node.description)) {
      out.push(
        finding(R.requestBodyDescriptionChanged, {
          operation: op,
          base: body.base,
          revision: body.revision,
          details: { direction: 'request', area: 'body' },
        }),
      );
    }
    checkMediaTypes(out, op, body.content, (mt) => `the request body (${mt})`);
  }

  for (const res of op.responses) {
    if (res.kind !== 'modified') continue;
    const at = {
      operation: op,
      base: res.base,
      revision: res.revision,
      details: { direction: 'response' as const, area: 'status' as const, status: res.status },
    };
    if (!sameValue(res.base?.node.description, res.revision?.node.description))
      out.push(finding(R.responseDescriptionChanged, { ...at, params: { status: res.status } }));
    checkMediaTypes(out, op, res.content, (mt) => `the ${res.status} response body (${mt})`);
    for (const h of res.headers) {
      if (h.kind !== 'modified') continue;
      if (!sameValue(h.base?.node.description, h.revision?.node.description)) {
        out.push(
          finding(R.responseHeaderDescriptionChanged, {
            operation: op,
            base: h.base,
            revision: h.revision,
            params: { header: code(h.name), status: res.status },
            details: { direction: 'response', area: 'response-header', status: res.status },
          }),
        );
      }
    }
  }
}

/**
 * Whether a schema's `example` and `examples` changes only move one value between the twins
 * (`example: x` <-> `examples: [x]`, the 3.0 -> 3.1 rewrite): the same documentation in other words.
 */
function sameExamples(example: ValueChange | undefined, examples: ValueChange | undefined): boolean {
  if (!example || !examples) return false;
  const one = (v: unknown): v is [unknown] => Array.isArray(v) && v.length === 1;
  if (example.to === undefined && examples.from === undefined && one(examples.to))
    return sameValue(example.from, examples.to[0]);
  if (example.from === undefined && examples.to === undefined && one(examples.from))
    return sameValue(example.to, examples.from[0]);
  return false;
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff: SpecDiff, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    checkDocument(out, diff);
    for (const op of diff.operations) if (op.kind === 'modified') checkOperation(out, op);
    // Schema documentation is reported once per changed schema (a shared component changes once),
    // at the first place it is used: per-operation copies would be noise (tens of thousands on Stripe).
    walkUniqueSchemas(diff, ctx, (sd, site) => {
      if (sd.kind !== 'modified') return;
      const where =
        site.path.length === 0 && site.area === 'parameter' ? { ...site.where, schemaOf: true as const } : site.where;
      const k = sd.keywords;
      if (k.description) out.push(schemaFinding(R.schemaDescriptionChanged, site, sd, { where }));
      if (k.title)
        out.push(
          schemaFinding(R.schemaTitleChanged, site, sd, { where, from: show(k.title.from), to: show(k.title.to) }),
        );
      if (!sameExamples(k.example, k.examples)) {
        for (const key of ['example', 'examples'] as const) {
          if (k[key]) out.push(schemaFinding(R.apiExampleChanged, site, sd, { where, what: code(key) }));
        }
      }
    });
    return out;
  },
};

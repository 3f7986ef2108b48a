/**
 * Security requirements and security schemes (oasdiff's APISecurityUpdatedCheck and
 * APIComponentsSecurityUpdatedCheck, which report everything as info).
 *
 * Here the level says whether a client is rejected after the change:
 * - a requirement is a list of alternatives (any one suffices); each alternative is a set of
 *   schemes that must all be satisfied. An empty list, or an empty `{}` alternative, means
 *   anonymous calls are accepted;
 * - the effective requirement of an operation is its own `security`, else the document's;
 * - newly requiring authentication where anonymous calls were accepted, removing an alternative
 *   while authentication is still required, and adding a scope are breaking; adding an
 *   alternative, removing the last requirement, and removing a scope are info;
 * - scheme changes that change how credentials are sent (type, API-key location, HTTP scheme,
 *   a removed OAuth flow) are breaking; URL and scope-definition changes are warnings.
 *
 * Operations are compared on their effective requirement only when they declare `security` on
 * at least one side; operations that inherit on both sides are covered by the document-level
 * rules, which are reported only when some operation inherits the document's `security`.
 * Operations whose revision is at stability `draft` or `alpha` are skipped. A scheme change is
 * reported under every operation whose requirement names the scheme (none: once, document-wide).
 */
import {
  HTTP_METHODS,
  type Finding,
  type JsonObject,
  type OpenApiDocument,
  type OperationDiff,
  type SpecDiff,
} from '../model.ts';
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
import { operationInScope, sameValue } from './sunset.ts';
import { R } from './catalogue.ts';

const NAME = 'security';

type Requirements = ReadonlyArray<Record<string, string[]>>;
/** Alternatives by name (sorted scheme names joined with ` AND `; `''` for the empty alternative). */
type Alternatives = Map<string, Record<string, string[]>>;

function alternatives(reqs: Requirements | undefined): Alternatives {
  const out: Alternatives = new Map();
  for (const req of reqs ?? []) {
    if (!req || typeof req !== 'object') continue;
    out.set(Object.keys(req).sort().join(' AND '), req);
  }
  return out;
}

/** `a`, `b` or `c`. */
function orList(values: readonly string[]): MessageValue {
  if (values.length <= 1) return words(...values.map((v) => code(v)));
  const parts: MessageValue[] = [];
  values.forEach((v, i) => parts.push(...(i === 0 ? [] : [i === values.length - 1 ? ' or ' : ', ']), code(v)));
  return words(...parts);
}

function isOpen(alts: Alternatives): boolean {
  return alts.size === 0 || alts.has('');
}

function scopes(req: Record<string, string[]>, scheme: string): string[] {
  const s = req[scheme];
  return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : [];
}

interface SecurityIds {
  added: RuleId;
  nowRequired: RuleId;
  removed: RuleId;
  removedAnonymous: RuleId;
  scopeAdded: RuleId;
  scopeRemoved: RuleId;
}

const OPERATION_IDS: SecurityIds = {
  added: R.apiSecurityAdded,
  nowRequired: R.apiSecurityNowRequired,
  removed: R.apiSecurityRemoved,
  removedAnonymous: R.apiSecurityRemovedAnonymousAllowed,
  scopeAdded: R.apiSecurityScopeAdded,
  scopeRemoved: R.apiSecurityScopeRemoved,
};

const GLOBAL_IDS: SecurityIds = {
  added: R.apiGlobalSecurityAdded,
  nowRequired: R.apiGlobalSecurityNowRequired,
  removed: R.apiGlobalSecurityRemoved,
  removedAnonymous: R.apiGlobalSecurityRemovedAnonymousAllowed,
  scopeAdded: R.apiGlobalSecurityScopeAdded,
  scopeRemoved: R.apiGlobalSecurityScopeRemoved,
};

function compare(
  base: Alternatives,
  revision: Alternatives,
  ids: SecurityIds,
  emit: (id: RuleId, params: Params) => void,
): void {
  const wasOpen = isOpen(base);
  const open = isOpen(revision);
  const added = [...revision.keys()].filter((k) => k !== '' && !base.has(k)).sort();
  const deleted = [...base.keys()].filter((k) => k !== '' && !revision.has(k)).sort();
  if (wasOpen && !open) {
    emit(ids.nowRequired, { requirements: orList([...revision.keys()].sort()) });
  } else {
    for (const k of added) emit(ids.added, { requirement: code(k) });
  }
  for (const k of deleted) emit(open ? ids.removedAnonymous : ids.removed, { requirement: code(k) });
  for (const [name, req] of revision) {
    const before = base.get(name);
    if (!before || name === '') continue;
    for (const scheme of Object.keys(req).sort()) {
      const from = new Set(scopes(before, scheme));
      const to = new Set(scopes(req, scheme));
      // Name the scheme only when the alternative combines several.
      const scope = (s: string) => (name === scheme ? code(s) : words(code(s), ' of ', code(scheme)));
      for (const s of [...to].filter((x) => !from.has(x)).sort())
        emit(ids.scopeAdded, { requirement: code(name), scope: scope(s) });
      for (const s of [...from].filter((x) => !to.has(x)).sort())
        emit(ids.scopeRemoved, { requirement: code(name), scope: scope(s) });
    }
  }
}

function checkOperation(out: Finding[], op: OperationDiff, diff: SpecDiff): void {
  if (!operationInScope(op)) return;
  const b = op.base!.node;
  const r = op.revision!.node;
  if (b.security === undefined && r.security === undefined) return;
  const base = alternatives(b.security ?? diff.base.document.security);
  const revision = alternatives(r.security ?? diff.revision.document.security);
  compare(base, revision, OPERATION_IDS, (id, params) =>
    out.push(
      finding(id, { operation: op, params, base: op.base, revision: op.revision, details: { area: 'security' } }),
    ),
  );
}

/** Whether some operation of the document has no `security` of its own. */
function someOperationInherits(doc: OpenApiDocument): boolean {
  for (const item of Object.values(doc.paths ?? {})) {
    if (!item || typeof item !== 'object') continue;
    for (const m of HTTP_METHODS) {
      const op = item[m];
      if (op && op.security === undefined) return true;
    }
  }
  return false;
}

function checkGlobal(out: Finding[], diff: SpecDiff): void {
  const b = diff.base.document;
  const r = diff.revision.document;
  if (sameValue(b.security, r.security)) return;
  if (!someOperationInherits(b) && !someOperationInherits(r)) return;
  const pointer = { pointer: '/security' };
  compare(alternatives(b.security), alternatives(r.security), GLOBAL_IDS, (id, params) =>
    out.push(finding(id, { params, base: pointer, revision: pointer, details: { area: 'security' } })),
  );
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function obj(v: unknown): JsonObject | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : undefined;
}

function show(v: unknown): MessageValue {
  return v === undefined ? 'none' : code(v);
}

/** Whether a security requirement list names the scheme. */
function requires(reqs: Requirements | undefined, scheme: string): boolean {
  return (reqs ?? []).some(
    (req) => req !== null && typeof req === 'object' && Object.prototype.hasOwnProperty.call(req, scheme),
  );
}

/**
 * The operations a scheme change reaches (`METHOD /path`): those of the revision whose effective
 * requirement (their own `security`, else the document's) names the scheme. The diff lists only
 * operations that changed, so the revision document is walked. A change to how credentials are
 * sent is one edit; it is reported under each operation it reaches, as a schema component change
 * is, so that the pacts of those operations can be tied to it.
 */
function operationsUsing(
  diff: SpecDiff,
  scheme: string,
): Array<{ method: (typeof HTTP_METHODS)[number]; path: string }> {
  const doc = diff.revision.document;
  const out: Array<{ method: (typeof HTTP_METHODS)[number]; path: string }> = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!item || typeof item !== 'object') continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op && requires(op.security ?? doc.security, scheme)) out.push({ method, path });
    }
  }
  return out;
}

function checkSchemes(out: Finding[], diff: SpecDiff): void {
  for (const s of diff.securitySchemes) {
    const name = code(s.name);
    const input = { base: s.base, revision: s.revision, details: { area: 'security' as const } };
    const reached = operationsUsing(diff, s.name);
    const emit = (id: RuleId, params: Params = {}) => {
      if (reached.length === 0) out.push(finding(id, { ...input, params: { name, ...params } }));
      for (const op of reached) {
        const f = finding(id, { ...input, params: { name, ...params } });
        const label = `${op.method.toUpperCase()} ${op.path}`;
        f.operation = label;
        f.details = { ...f.details, method: op.method, path: op.path };
        out.push(f);
      }
    };
    if (s.kind === 'added') {
      emit(R.apiSecurityComponentAdded);
      continue;
    }
    if (s.kind === 'deleted') {
      emit(R.apiSecurityComponentRemoved);
      continue;
    }
    const b = s.base!.node;
    const r = s.revision!.node;
    const type = str(b.type);
    if (type !== str(r.type)) {
      emit(R.apiSecurityComponentTypeChanged, { from: show(b.type), to: show(r.type) });
      continue;
    }
    if (type === 'apiKey' && (b.in !== r.in || b.name !== r.name)) {
      emit(R.apiSecurityComponentApiKeyChanged, {
        from: words(`${String(b.in)} `, show(b.name)),
        to: words(`${String(r.in)} `, show(r.name)),
      });
    }
    if (type === 'http' && str(b.scheme)?.toLowerCase() !== str(r.scheme)?.toLowerCase()) {
      emit(R.apiSecurityComponentHttpSchemeChanged, { from: show(b.scheme), to: show(r.scheme) });
    }
    if (type === 'openIdConnect' && b.openIdConnectUrl !== r.openIdConnectUrl) {
      emit(R.apiSecurityComponentOauthUrlChanged, {
        url: 'OpenID Connect URL',
        from: show(b.openIdConnectUrl),
        to: show(r.openIdConnectUrl),
      });
    }
    if (type !== 'oauth2') continue;
    const bf = obj(b.flows) ?? {};
    const rf = obj(r.flows) ?? {};
    for (const flowName of [...new Set([...Object.keys(bf), ...Object.keys(rf)])].sort()) {
      const flow = code(flowName);
      const before = obj(bf[flowName]);
      const after = obj(rf[flowName]);
      if (!after) {
        emit(R.apiSecurityComponentOauthFlowRemoved, { flow });
        continue;
      }
      if (!before) {
        emit(R.apiSecurityComponentOauthFlowAdded, { flow });
        continue;
      }
      if (before.authorizationUrl !== after.authorizationUrl) {
        emit(R.apiSecurityComponentOauthUrlChanged, {
          url: words('authorization URL of the ', flow, ' flow'),
          from: show(before.authorizationUrl),
          to: show(after.authorizationUrl),
        });
      }
      if (before.tokenUrl !== after.tokenUrl) {
        emit(R.apiSecurityComponentOauthTokenUrlChanged, {
          flow,
          from: show(before.tokenUrl),
          to: show(after.tokenUrl),
        });
      }
      const bs = obj(before.scopes) ?? {};
      const rs = obj(after.scopes) ?? {};
      for (const scope of Object.keys(rs).sort()) {
        if (!(scope in bs)) emit(R.apiSecurityComponentOauthScopeAdded, { flow, scope: code(scope) });
        else if (bs[scope] !== rs[scope]) emit(R.apiSecurityComponentOauthScopeChanged, { flow, scope: code(scope) });
      }
      for (const scope of Object.keys(bs).sort()) {
        if (!(scope in rs)) emit(R.apiSecurityComponentOauthScopeRemoved, { flow, scope: code(scope) });
      }
    }
  }
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff: SpecDiff): Finding[] {
    const out: Finding[] = [];
    checkGlobal(out, diff);
    for (const op of diff.operations) checkOperation(out, op, diff);
    checkSchemes(out, diff);
    return out;
  },
};

/**
 * Security requirements (document-level and operation-level) and `components.securitySchemes`.
 *
 * A requirement list is a set of alternatives; each alternative is named by its sorted scheme
 * names joined with ` AND ` (the empty requirement `{}`, "no authentication", is named `{}`).
 * An absent list and `[]` both mean "no requirement". Within an alternative present on both
 * sides, scope changes are reported per scheme.
 */
import type { JsonObject, SecurityDiff, SpecDiff } from '../model.ts';
import { compareStrings, isEmpty, isObject, ptr, type DiffContext } from './context.ts';
import { dict } from './dict.ts';

type Requirement = Record<string, string[]>;

export const ANONYMOUS_REQUIREMENT = '{}';

export function requirementName(req: Readonly<Record<string, unknown>>): string {
  const names = Object.keys(req).sort(compareStrings);
  return names.length ? names.join(' AND ') : ANONYMOUS_REQUIREMENT;
}

function alternatives(list: unknown): Map<string, Requirement> {
  const out = new Map<string, Requirement>();
  if (!Array.isArray(list)) return out;
  for (const req of list) {
    if (!isObject(req)) continue;
    const name = requirementName(req);
    if (out.has(name)) continue; // a repeated alternative adds nothing; the first one wins
    const scopes: Requirement = {};
    for (const [scheme, s] of Object.entries(req))
      scopes[scheme] = Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : [];
    out.set(name, scopes);
  }
  return out;
}

/** Compare two requirement lists; undefined when equivalent. */
export function diffSecurity(la: unknown, lb: unknown): SecurityDiff | undefined {
  if (
    la === lb ||
    (la === undefined && Array.isArray(lb) && lb.length === 0) ||
    (lb === undefined && Array.isArray(la) && la.length === 0)
  ) {
    return undefined;
  }
  const A = alternatives(la);
  const B = alternatives(lb);
  const d: SecurityDiff = { added: [], deleted: [], scopes: [] };
  for (const name of B.keys()) if (!A.has(name)) d.added.push(name);
  for (const name of A.keys()) if (!B.has(name)) d.deleted.push(name);
  for (const [name, rb] of B) {
    const ra = A.get(name);
    if (!ra) continue;
    for (const scheme of Object.keys(rb).sort(compareStrings)) {
      const sa = ra[scheme] ?? [];
      const sb = rb[scheme]!;
      const added = sb.filter((s) => !sa.includes(s));
      const deleted = sa.filter((s) => !sb.includes(s));
      if (added.length || deleted.length) d.scopes.push({ requirement: name, scheme, added, deleted });
    }
  }
  d.added.sort(compareStrings);
  d.deleted.sort(compareStrings);
  d.scopes.sort((x, y) => compareStrings(x.requirement, y.requirement) || compareStrings(x.scheme, y.scheme));
  return d.added.length || d.deleted.length || d.scopes.length ? d : undefined;
}

/**
 * Fields of a security scheme, with `flows` flattened one level per flow and field
 * (`flows.authorizationCode.scopes`, `flows.implicit.authorizationUrl`) so that a scope or URL
 * change is a field of its own.
 */
function schemeFields(s: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = dict();
  for (const [k, v] of Object.entries(s)) {
    if (k === 'flows' && isObject(v)) {
      for (const [flow, f] of Object.entries(v)) {
        if (isObject(f)) for (const [fk, fv] of Object.entries(f)) out[`flows.${flow}.${fk}`] = fv;
        else out[`flows.${flow}`] = f;
      }
    } else {
      out[k] = v;
    }
  }
  return out;
}

/** `components.securitySchemes` by name, sorted by name; unchanged schemes absent. */
export function diffSecuritySchemes(ctx: DiffContext, ma: unknown, mb: unknown): SpecDiff['securitySchemes'] {
  const A = isObject(ma) ? ma : {};
  const B = isObject(mb) ? mb : {};
  const P = '/components/securitySchemes';
  const out: SpecDiff['securitySchemes'] = [];
  const names = new Set([...Object.keys(A), ...Object.keys(B)]);
  for (const name of [...names].sort(compareStrings)) {
    const a = isObject(A[name]) ? (A[name] as JsonObject) : undefined;
    const b = isObject(B[name]) ? (B[name] as JsonObject) : undefined;
    if (!a && !b) continue;
    if (!a) out.push({ name, kind: 'added', revision: ctx.side('revision', b!, ptr(P, name)), fields: {} });
    else if (!b) out.push({ name, kind: 'deleted', base: ctx.side('base', a, ptr(P, name)), fields: {} });
    else if (!ctx.equal(a, b)) {
      const fields = ctx.fields(schemeFields(a), schemeFields(b));
      if (!isEmpty(fields))
        out.push({
          name,
          kind: 'modified',
          base: ctx.side('base', a, ptr(P, name)),
          revision: ctx.side('revision', b, ptr(P, name)),
          fields,
        });
    }
  }
  return out;
}

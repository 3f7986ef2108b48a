/**
 * Response headers: existence and required-ness, in responses present on both sides. Schema
 * keyword changes of headers (type, nullable ...) belong to the schema families. Header names are
 * compared without regard to letter case; a `Content-Type` response header is ignored, as the
 * OpenAPI specification says. Operations whose revision is `draft` or `alpha` are skipped.
 */
import type { Finding, HeaderDiff, OperationDiff, ResponseDiff } from '../model.ts';
import { code, defineRules, finding, type RuleFamily, type RuleId } from './framework.ts';
import { operationInScope } from './sunset.ts';

const NAME = 'response-headers';

/** The header's name as written (the diff lower-cases it). */
function writtenName(r: ResponseDiff, h: HeaderDiff): string {
  for (const side of [r.revision, r.base]) {
    const key = Object.keys(side?.node.headers ?? {}).find((k) => k.toLowerCase() === h.name.toLowerCase());
    if (key !== undefined) return key;
  }
  return h.name;
}

function checkHeaders(out: Finding[], op: OperationDiff, r: ResponseDiff): void {
  for (const h of r.headers) {
    if (h.name.toLowerCase() === 'content-type') continue;
    const name = writtenName(r, h);
    const emit = (id: RuleId) =>
      out.push(
        finding(id, {
          operation: op,
          params: { status: r.status, header: code(name) },
          base: h.base,
          revision: h.revision,
          details: { direction: 'response', area: 'response-header', status: r.status, header: name },
        }),
      );
    if (h.kind === 'added') emit('response-header-added');
    else if (h.kind === 'deleted')
      emit(h.base?.node.required === true ? 'required-response-header-removed' : 'optional-response-header-removed');
    else {
      const wasRequired = h.base?.node.required === true;
      const isRequired = h.revision?.node.required === true;
      if (wasRequired && !isRequired) emit('response-header-became-optional');
      if (!wasRequired && isRequired) emit('response-header-became-required');
    }
  }
}

export const family: RuleFamily = {
  name: NAME,
  rules: defineRules(NAME, {
    'required-response-header-removed': { level: 'breaking', direction: 'response', action: 'remove' },
    'optional-response-header-removed': { level: 'warning', direction: 'response', action: 'remove' },
    'response-header-became-optional': { level: 'breaking', direction: 'response', action: 'change' },
    'response-header-became-required': { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    'response-header-added': { level: 'info', direction: 'response', action: 'add' },
  }),
  check(diff) {
    const out: Finding[] = [];
    for (const op of diff.operations) {
      if (!operationInScope(op)) continue;
      for (const r of op.responses) if (r.kind === 'modified') checkHeaders(out, op, r);
    }
    return out;
  },
};

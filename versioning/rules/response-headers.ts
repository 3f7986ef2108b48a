/**
 * Response headers: existence and required-ness, in responses present on both sides. Schema
 * keyword changes of headers (type, nullable ...) belong to the schema families. Header names are
 * compared without regard to letter case; a `Content-Type` response header is ignored, as the
 * OpenAPI specification says. Operations whose revision is `draft` or `alpha` are skipped.
 */
import type { Finding, OperationDiff, ResponseDiff } from '../model.ts';
import { code, defineRules, finding, writtenHeaderName, type RuleFamily, type RuleId } from './framework.ts';
import { operationInScope } from './sunset.ts';
import { R } from './catalogue.ts';

const NAME = 'response-headers';

/** The header's name as written (the diff lower-cases it). */
function checkHeaders(out: Finding[], op: OperationDiff, r: ResponseDiff): void {
  for (const h of r.headers) {
    if (h.name.toLowerCase() === 'content-type') continue;
    const name = writtenHeaderName(r, h);
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
    if (h.kind === 'added') emit(R.responseHeaderAdded);
    else if (h.kind === 'deleted')
      emit(h.base?.node.required === true ? R.requiredResponseHeaderRemoved : R.optionalResponseHeaderRemoved);
    else {
      const wasRequired = h.base?.node.required === true;
      const isRequired = h.revision?.node.required === true;
      if (wasRequired && !isRequired) emit(R.responseHeaderBecameOptional);
      if (!wasRequired && isRequired) emit(R.responseHeaderBecameRequired);
    }
  }
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff) {
    const out: Finding[] = [];
    for (const op of diff.operations) {
      if (!operationInScope(op)) continue;
      for (const r of op.responses) if (r.kind === 'modified') checkHeaders(out, op, r);
    }
    return out;
  },
};

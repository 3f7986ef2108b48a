/**
 * Callbacks: the requests an operation makes the API send to subscribers (`callbacks`, 3.0 and
 * 3.1). A callback operation removed from an operation that stays is breaking, one added is not.
 * Callbacks of added or removed operations go with their operation (endpoints family); webhooks
 * added or removed are the endpoints family's too. What changes inside a callback or webhook
 * payload is judged by the schema families, which walk `SpecDiff.sent` with the directions
 * reversed (see `forEachSentRoot` in framework.ts). oasdiff has no callback checks.
 */
import type { Finding, SpecDiff } from '../model.ts';
import { defineRules, finding, type RuleFamily } from './framework.ts';

const NAME = 'callbacks';

export const family: RuleFamily = {
  name: NAME,
  rules: defineRules(NAME, {
    'callback-removed': { level: 'breaking', direction: 'none', action: 'remove', oasdiff: null },
    'callback-added': { level: 'info', direction: 'none', action: 'add', oasdiff: null },
  }),
  check(diff: SpecDiff): Finding[] {
    const out: Finding[] = [];
    for (const op of diff.sent ?? []) {
      if (op.sent?.kind !== 'callback') continue;
      if (op.kind === 'deleted')
        out.push(finding('callback-removed', { operation: op, base: op.base, details: { area: 'operation' } }));
      else if (op.kind === 'added')
        out.push(finding('callback-added', { operation: op, revision: op.revision, details: { area: 'operation' } }));
    }
    return out;
  },
};

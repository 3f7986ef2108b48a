/** Builders for policy and reporter tests: plain values, no files. */
import type { Change, Level, Report, RuleAction, RuleDefinition } from '../../../versioning/model.ts';

export function rule(id: string, level: Level, action: RuleAction): RuleDefinition {
  return {
    id,
    level,
    action,
    direction: id.startsWith('request') ? 'request' : id.startsWith('response') ? 'response' : 'none',
    family: 'test',
    description: `${id} description`,
  };
}

/** A small catalogue covering every action. */
export const TEST_RULES: RuleDefinition[] = [
  rule('endpoint-removed', 'breaking', 'remove'),
  rule('response-property-removed', 'breaking', 'remove'),
  rule('request-parameter-became-required', 'breaking', 'change'),
  rule('response-property-type-changed', 'breaking', 'change'),
  rule('endpoint-added', 'info', 'add'),
  rule('response-property-added', 'info', 'add'),
  rule('request-parameter-removed', 'warning', 'remove'),
  rule('endpoint-deprecated', 'warning', 'change'),
  rule('operation-description-changed', 'info', 'docs'),
  rule('info-title-changed', 'info', 'docs'),
];

export const actionOf = (id: string): RuleAction | undefined => TEST_RULES.find((r) => r.id === id)?.action;

export function change(id: string, overrides: Partial<Change> = {}): Change {
  const r = TEST_RULES.find((x) => x.id === id);
  if (!r) throw new Error(`test rule ${id} missing`);
  const operation = 'operation' in overrides ? overrides.operation : 'GET /users/{id}';
  const base: Change = {
    id,
    level: r.level,
    defaultLevel: r.level,
    pointer: '/paths/~1users~1{id}/get',
    location: { file: 'openapi.yaml', line: 10 },
    message: `${operation ? `${operation}: ` : ''}${id.replace(/-/g, ' ')}`,
    text: id.replace(/-/g, ' '),
    ...overrides,
  };
  if (operation === undefined) delete base.operation;
  else base.operation = operation;
  return base;
}

export function report(changes: Change[], overrides: Partial<Report> = {}): Report {
  const summary = { breaking: 0, warning: 0, info: 0, accepted: 0 };
  for (const c of changes) {
    summary[c.level]++;
    if (c.accepted) summary.accepted++;
  }
  return {
    base: { source: 'HEAD~1:openapi.yaml', file: 'HEAD~1:openapi.yaml' },
    revision: { source: 'openapi.yaml', file: 'openapi.yaml' },
    bump: 'none',
    version: { base: '1.0.0', revision: '1.0.0', required: '1.0.0', ok: true },
    changes,
    summary,
    ...overrides,
  };
}

/** The rule catalogue (`contract-kit rules`, and the table in versioning/README.md). */
import { LEVELS, type RuleDefinition } from '../model.ts';
import { cell } from './markdown.ts';

export const RULE_FORMATS = ['text', 'json', 'markdown'] as const;
export type RuleFormat = (typeof RULE_FORMATS)[number];

/** Sorted by id, so the catalogue and the docs diff cleanly. */
export function sortedRules(rules: readonly RuleDefinition[]): RuleDefinition[] {
  return [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function formatRules(rules: readonly RuleDefinition[], format: RuleFormat): string {
  const sorted = sortedRules(rules);
  if (format === 'json') {
    return (
      JSON.stringify(
        sorted.map((r) => ({
          id: r.id,
          level: r.level,
          direction: r.direction,
          action: r.action,
          family: r.family,
          description: r.description,
          mitigation: r.mitigation ?? null,
          oasdiff: r.oasdiff ?? null,
        })),
        null,
        2,
      ) + '\n'
    );
  }
  const counts = LEVELS.map((l) => `${sorted.filter((r) => r.level === l).length} ${l}`).join(', ');
  if (format === 'markdown') {
    const rows = ['| Rule id | Level | Direction | Action | Description |', '| --- | --- | --- | --- | --- |'];
    for (const r of sorted)
      rows.push(`| \`${r.id}\` | ${r.level} | ${r.direction} | ${r.action} | ${cell(r.description)} |`);
    return `${sorted.length} rules (${counts}).\n\n${rows.join('\n')}\n`;
  }
  const width = Math.max(7, ...sorted.map((r) => r.id.length));
  const lines = sorted.map(
    (r) =>
      `${r.id.padEnd(width)}  ${r.level.padEnd(8)}  ${r.direction.padEnd(9)}  ${r.action.padEnd(6)}  ${r.description}`,
  );
  return (
    [
      `${'RULE ID'.padEnd(width)}  ${'LEVEL'.padEnd(8)}  ${'DIRECTION'.padEnd(9)}  ${'ACTION'.padEnd(6)}  DESCRIPTION`,
      ...lines,
      '',
      `${sorted.length} rules (${counts})`,
    ].join('\n') + '\n'
  );
}

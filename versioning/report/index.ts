/** The report formatters: pure `(report, options) => string`, one per file. */
import type { Formatter } from './common.ts';
import { changelog } from './changelog.ts';
import { github } from './github.ts';
import { json } from './json.ts';
import { junit } from './junit.ts';
import { markdown } from './markdown.ts';
import { text } from './text.ts';
import { escaping } from './escape.ts';

// Every format but JSON renders the report with document text escaped (escape.ts).
export const FORMATTERS = {
  text: escaping(text, true),
  json,
  markdown: escaping(markdown, false),
  github: escaping(github, true),
  junit: escaping(junit, true),
  changelog: escaping(changelog, false),
} satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

export type { Formatter, FormatOptions } from './common.ts';
export {
  toJsonReport,
  toJsonPerOperationReport,
  toJsonEdits,
  type JsonReport,
  type JsonPerOperationReport,
  type JsonChange,
  type JsonEdit,
  type JsonOccurrence,
} from './json.ts';
// The report's JSON schemas (json-schema.ts) are not re-exported here: the CLI imports this module, and its
// bundle would then build them on every run.
export { formatRules, RULE_FORMATS, type RuleFormat } from './rules.ts';

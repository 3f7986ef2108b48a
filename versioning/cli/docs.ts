/**
 * Generated parts of versioning/README.md: the rule catalogue and the CLI reference, written
 * between `<!-- NAME:start -->` / `<!-- NAME:end -->` markers by `npm run docs`
 * (scripts/gen-docs.ts). A test fails when the README is out of date.
 */
import type { Command, Option } from 'commander';
import { CONFIG_SCHEMA } from '../config/schema.ts';
import type { RuleDefinition } from '../model.ts';
import { formatRules } from '../report/rules.ts';
import { PER_OPERATION_REPORT_SCHEMA, REPORT_SCHEMA } from '../report/json-schema.ts';
import { cell } from '../report/markdown.ts';
import { checkPactsCommand } from '../crosscheck/command.ts';
import { usageCommand } from '../impact/usage-command.ts';
import { buildProgram, defaultDeps } from './program.ts';
import type { Io } from './io.ts';

const silentIo: Io = {
  stdout: { write: () => {} },
  stderr: { write: () => {} },
  stdinIsTTY: true,
  env: {},
  cwd: '.',
  readStdin: async () => '',
  writeFile: async () => {},
};

function optionRow(command: string, o: Option): string {
  const choices = o.argChoices ? ` One of: ${o.argChoices.map((c) => `\`${c}\``).join(', ')}.` : '';
  const def =
    o.defaultValueDescription ??
    (o.defaultValue !== undefined && !Array.isArray(o.defaultValue) ? JSON.stringify(o.defaultValue) : undefined);
  const defaultText = def !== undefined ? ` Default: \`${def.replace(/^"|"$/g, '')}\`.` : '';
  const desc = o.description.charAt(0).toUpperCase() + o.description.slice(1);
  return `| \`${command}\` | \`${o.flags.replace(/\|/g, '\\|')}\` | ${cell(`${desc}.${choices}${defaultText}`)} |`;
}

/**
 * The whole program, as `run` builds it for `--help`; the commands of `selfParsedCommands()` are
 * imported statically here (the docs are generated in one synchronous pass).
 */
function wholeProgram(): Command {
  return buildProgram(silentIo, defaultDeps(), () => {}, { others: [checkPactsCommand(), usageCommand()] });
}

/** The CLI reference: commands with their arguments, then every flag. Generated from the commander program. */
export function cliReference(program: Command = wholeProgram()): string {
  const out = ['| Command | Arguments | What it does |', '| --- | --- | --- |'];
  const commands = program.commands.filter((c) => c.name() !== 'help');
  for (const c of commands) {
    const args = c.registeredArguments.map((a) => `\`${a.required ? `<${a.name()}>` : `[${a.name()}]`}\``).join(' ');
    out.push(`| \`contract-kit ${c.name()}\` | ${args} | ${cell(c.description())} |`);
  }
  out.push('', '| Command | Flag | Meaning |', '| --- | --- | --- |');
  for (const c of commands) for (const o of c.options) out.push(optionRow(c.name(), o));
  return out.join('\n') + '\n';
}

export function rulesReference(rules: readonly RuleDefinition[]): string {
  return formatRules(rules, 'markdown');
}

/** Replace the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i === -1 || j === -1 || j < i) throw new Error(`markers ${start} / ${end} missing or out of order`);
  return `${text.slice(0, i + start.length)}\n${content.trimEnd()}\n${text.slice(j)}`;
}

/** The README with its generated sections brought up to date. */
export function updateReadme(readme: string, rules: readonly RuleDefinition[]): string {
  return replaceSection(replaceSection(readme, 'rules', rulesReference(rules)), 'flags', cliReference());
}

/** Generated files under docs/: path -> content. */
export function generatedSchemas(): Record<string, string> {
  return {
    'docs/report.schema.json': JSON.stringify(REPORT_SCHEMA, null, 2) + '\n',
    'docs/report-per-operation.schema.json': JSON.stringify(PER_OPERATION_REPORT_SCHEMA, null, 2) + '\n',
    'docs/config.schema.json': JSON.stringify(CONFIG_SCHEMA, null, 2) + '\n',
  };
}

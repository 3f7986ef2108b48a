/**
 * Pure renderers for a cross-check result, one per output format: `(result, options) => string`.
 * They only render; what counts as a failure is decided by the result (`level`, `ok`).
 */

import type { CrossCheckFinding, CrossCheckResult } from './types.ts';

export const CROSSCHECK_FORMATS = ['text', 'json', 'markdown', 'github', 'junit'] as const;
export type CrossCheckFormat = (typeof CROSSCHECK_FORMATS)[number];

export interface CrossCheckRenderOptions {
  /** ANSI colours in the text format. Default false. */
  color?: boolean;
}

export type CrossCheckRenderer = (result: CrossCheckResult, options?: CrossCheckRenderOptions) => string;

export function renderCrossCheck(
  format: CrossCheckFormat,
  result: CrossCheckResult,
  options: CrossCheckRenderOptions = {},
): string {
  return RENDERERS[format](result, options);
}

// ---------------------------------------------------------------------------
// Shared wording
// ---------------------------------------------------------------------------

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function headline(result: CrossCheckResult): string {
  const { summary } = result;
  return (
    `${result.spec.file} vs ${plural(summary.pacts, 'pact')} (${plural(summary.interactions, 'interaction')}): ` +
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`
  );
}

/** `ServiceA "get user 1" (given user 1 exists)` */
function interactionLabel(finding: CrossCheckFinding): string {
  const state = finding.pact.providerState ? ` (given ${finding.pact.providerState})` : '';
  return `${finding.pact.consumer} "${finding.pact.interaction}"${state}`;
}

function pactPlace(finding: CrossCheckFinding): string {
  const line = finding.pact.line !== undefined ? ` (line ${finding.pact.line})` : '';
  const field = finding.pact.field ? ` at ${finding.pact.field}` : '';
  return `${finding.pact.location}${line}${field}`;
}

function specPlace(finding: CrossCheckFinding): string {
  const operation = finding.spec.operation ? `${finding.spec.operation} ` : '';
  return `${operation}${finding.spec.file}:${finding.spec.line} #${finding.spec.pointer}`;
}

function valueText(finding: CrossCheckFinding): string {
  if (finding.pact.value === undefined) return '';
  const text = JSON.stringify(finding.pact.value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One line naming both sides, for formats without structure (annotations, JUnit messages). */
export function oneLine(finding: CrossCheckFinding): string {
  return (
    `${finding.message}. Consumer ${interactionLabel(finding)} at ` +
    `${pactPlace(finding)}; spec ${specPlace(finding)}`
  );
}

// ---------------------------------------------------------------------------
// text
// ---------------------------------------------------------------------------

export const renderText: CrossCheckRenderer = (result, options = {}) => {
  const paint = (code: number, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  for (const finding of result.findings) {
    const level = finding.level === 'error' ? paint(31, 'error  ') : paint(33, 'warning');
    out.push(`${level} ${finding.code}: ${finding.message}`);
    out.push(`  pact: ${interactionLabel(finding)}`);
    const value = valueText(finding);
    out.push(`        ${pactPlace(finding)}${value ? ` = ${value}` : ''}`);
    out.push(`  spec: ${specPlace(finding)}`);
    out.push('');
  }
  const skipped = result.pacts.reduce((sum, pact) => sum + pact.skipped, 0);
  if (skipped > 0)
    out.push(`note: ${plural(skipped, 'message interaction')} skipped (an OpenAPI document describes HTTP only)`);
  const status = result.ok ? paint(32, 'ok') : paint(31, 'failed');
  out.push(`check-pacts ${status}: ${headline(result)}`);
  return out.join('\n') + '\n';
};

// ---------------------------------------------------------------------------
// json
// ---------------------------------------------------------------------------

export const renderJson: CrossCheckRenderer = (result) => JSON.stringify(result, null, 2) + '\n';

// ---------------------------------------------------------------------------
// markdown
// ---------------------------------------------------------------------------

function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function mdCode(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

export const renderMarkdown: CrossCheckRenderer = (result) => {
  const out: string[] = [];
  out.push(`## Pacts vs OpenAPI: ${result.ok ? 'ok' : 'failed'}`);
  out.push('');
  out.push(mdCell(headline(result)));
  out.push('');
  if (result.findings.length === 0) {
    out.push(`Every interaction is promised by ${mdCode(result.spec.file)}.`);
    return out.join('\n') + '\n';
  }
  out.push('| Level | Consumer interaction | Pact | Spec | Problem |');
  out.push('| --- | --- | --- | --- | --- |');
  for (const finding of result.findings) {
    const state = finding.pact.providerState ? `<br>given ${mdCell(finding.pact.providerState)}` : '';
    const pact = `${mdCode(finding.pact.location)}${finding.pact.field ? `<br>${mdCode(finding.pact.field)}` : ''}`;
    const operation = finding.spec.operation ? `${mdCode(finding.spec.operation)}<br>` : '';
    const spec = `${operation}${mdCode(`${finding.spec.file}:${finding.spec.line}`)}`;
    const problem = `${mdCode(finding.code)} ${mdCell(finding.message)}`;
    out.push(
      `| ${finding.level} | ${mdCell(finding.pact.consumer)}: ${mdCell(finding.pact.interaction)}${state} ` +
        `| ${pact} | ${spec} | ${problem} |`,
    );
  }
  return out.join('\n') + '\n';
};

// ---------------------------------------------------------------------------
// github (workflow commands: ::error file=..,line=..,title=..::message)
// ---------------------------------------------------------------------------

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const renderGithub: CrossCheckRenderer = (result) => {
  const out = result.findings.map((finding) => {
    const command = finding.level === 'error' ? 'error' : 'warning';
    const properties = [
      `file=${escapeProperty(finding.spec.file)}`,
      `line=${finding.spec.line}`,
      `col=${finding.spec.column}`,
      `title=${escapeProperty(`${finding.code} (${finding.pact.consumer})`)}`,
    ].join(',');
    return `::${command} ${properties}::${escapeData(oneLine(finding))}`;
  });
  return out.length > 0 ? out.join('\n') + '\n' : '';
};

// ---------------------------------------------------------------------------
// junit (one suite per pact, one test case per interaction)
// ---------------------------------------------------------------------------

function xml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 cannot hold at all.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}

/** Attribute values: parsers turn raw newlines into spaces, so keep them as character references. */
function xmlAttr(text: string): string {
  return xml(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export const renderJunit: CrossCheckRenderer = (result) => {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failedCases = (source: string): number =>
    new Set(
      result.findings
        .filter((finding) => finding.pact.file === source && finding.level === 'error')
        .map((finding) => finding.pact.index),
    ).size;
  const totalFailedCases = result.pacts.reduce((sum, pact) => sum + failedCases(pact.source), 0);
  out.push(
    `<testsuites name="contract-kit check-pacts" tests="${result.summary.interactions}" ` +
      `failures="${totalFailedCases}" errors="0">`,
  );
  for (const pact of result.pacts) {
    const suiteName = `${pact.consumer} -> ${pact.provider} (${pact.source})`;
    out.push(
      `  <testsuite name="${xmlAttr(suiteName)}" tests="${pact.interactions.length}" ` +
        `failures="${failedCases(pact.source)}" errors="0" skipped="0">`,
    );
    for (const interaction of pact.interactions) {
      const findings = result.findings.filter(
        (finding) => finding.pact.file === pact.source && finding.pact.index === interaction.index,
      );
      const state = interaction.providerState ? ` (given ${interaction.providerState})` : '';
      const name = `${interaction.interaction}${state}`;
      const open =
        `    <testcase classname="${xmlAttr(pact.consumer)}" name="${xmlAttr(name)}" ` +
        `file="${xmlAttr(pact.source)}"`;
      if (findings.length === 0) {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      const errors = findings.filter((finding) => finding.level === 'error');
      if (errors.length > 0) {
        const first = errors[0]!;
        const body = errors.map((finding) => `${finding.code}: ${oneLine(finding)}`).join('\n');
        const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
        out.push(
          `      <failure type="${xmlAttr(first.code)}" message="${xmlAttr(first.message)}${more}">` +
            `${xml(body)}</failure>`,
        );
      }
      const warnings = findings.filter((finding) => finding.level === 'warning');
      if (warnings.length > 0) {
        const text = warnings.map((finding) => `warning ${finding.code}: ${oneLine(finding)}`).join('\n');
        out.push(`      <system-out>${xml(text)}</system-out>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};

const RENDERERS: Record<CrossCheckFormat, CrossCheckRenderer> = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
  github: renderGithub,
  junit: renderJunit,
};

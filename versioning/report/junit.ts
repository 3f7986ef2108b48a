/**
 * `junit`: JUnit XML for CI test tabs. One testcase per (rule, operation); it fails when one of
 * its changes counts against the gate (policy/gate.ts `failsGate`: not accepted, and under semver
 * at or above an explicitly set fail-on level, under consumers breaking a known consumer's pact
 * whatever its level), or, without a gate, when one is breaking and not accepted. The version check is one more
 * testcase (failed,
 * or skipped with the reason).
 */
import type { Report } from '../model.ts';
import { failsGate } from '../policy/gate.ts';
import { annotations, DOCUMENT_GROUP, locationText, versionStatus, type FormatOptions } from './common.ts';
import { changesOf, type Listed } from './view.ts';

/** XML-escape text or an attribute value; drops characters XML 1.0 cannot hold. */
export function xml(s: string): string {
  return s
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An attribute value: `xml` plus line breaks kept as character references (parsers would fold them to spaces). */
export function attr(s: string): string {
  return xml(s).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

interface Case {
  classname: string;
  name: string;
  file?: string;
  line?: number;
  failure?: { message: string; type: string; body: string };
  skipped?: string;
  out?: string;
}

export function junit(report: Report, _options: FormatOptions): string {
  // With a gate, a testcase fails exactly when its change counts against the gate's policy;
  // without one (plain diff), on any breaking change that is not accepted.
  const gate = report.gate;
  const fails = (c: Listed) => (gate ? failsGate(c, gate) : !c.accepted && c.level === 'breaking');
  const groups = new Map<string, Listed[]>();
  for (const c of changesOf(report).listed()) {
    const key = `${c.id}\u0000${c.operation ?? ''}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(c);
  }
  const cases: Case[] = [];
  for (const changes of groups.values()) {
    const first = changes[0]!;
    const failing = changes.filter(fails);
    const describe = (c: Listed) =>
      [`${locationText(c)}: ${c.message}`, ...annotations(c).map((a) => `  ${a}`)].join('\n');
    const tc: Case = {
      classname: first.operation ?? DOCUMENT_GROUP,
      name: first.id,
      file: first.location.file,
      line: first.location.line,
    };
    if (failing.length > 0) {
      tc.failure = { message: failing[0]!.message, type: failing[0]!.level, body: failing.map(describe).join('\n') };
    } else {
      tc.out = changes.map((c) => `[${c.level}] ${describe(c)}`).join('\n');
    }
    cases.push(tc);
  }
  const versionCase: Case = { classname: 'contract-kit', name: 'version check' };
  const status = versionStatus(report);
  if (status === 'failed')
    versionCase.failure = {
      message: report.version.message ?? 'version check failed',
      type: 'version',
      body: report.version.message ?? '',
    };
  if (status === 'skipped') versionCase.skipped = report.version.message ?? 'skipped';
  cases.push(versionCase);

  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  const suiteName = `contract-kit ${report.base.source} -> ${report.revision.source}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="contract-kit" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    `  <testsuite name="${attr(suiteName)}" tests="${cases.length}" ` +
      `failures="${failures}" errors="0" skipped="${skipped}">`,
  ];
  for (const c of cases) {
    const attrs = [`classname="${attr(c.classname)}"`, `name="${attr(c.name)}"`];
    if (c.file !== undefined) attrs.push(`file="${attr(c.file)}"`);
    if (c.line !== undefined) attrs.push(`line="${c.line}"`);
    const open = `    <testcase ${attrs.join(' ')}`;
    if (!c.failure && c.skipped === undefined && c.out === undefined) {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`);
    if (c.failure)
      lines.push(
        `      <failure message="${xml(c.failure.message)}" type="${xml(c.failure.type)}">` +
          `${xml(c.failure.body)}</failure>`,
      );
    if (c.skipped !== undefined) lines.push(`      <skipped message="${attr(c.skipped)}"/>`);
    if (c.out !== undefined) lines.push(`      <system-out>${xml(c.out)}</system-out>`);
    lines.push('    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>');
  return lines.join('\n') + '\n';
}

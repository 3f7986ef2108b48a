/**
 * Fixture harness for rule families. A case is a folder test/fixtures/rules/<case>/ named after the
 * rule it proves (`<rule-id>` or `<rule-id>--<variant>`), holding base.(yaml|json),
 * revision.(yaml|json) and expected.json:
 *
 *   { "family": "request-parameters",
 *     "findings": [ { "id": "...", "message": "...",
 *                     "base": { "pointer": "/paths/~1users/get/...", "at": "base.yaml:12" },
 *                     "revision": null } ] }
 *
 * and optionally `"deprecation": { "minDays": 90, "stability": "beta" }`, the policy to run under.
 *
 * Only the named family runs (like oasdiff's single-check tests), and its findings must equal
 * `findings` exactly (ids, messages, and on both sides the pointer and file:line that reports
 * show; order-insensitive). `npm run fixtures:pin` fills `findings` from the current output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadSpec } from '../../../versioning/load/index.ts';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import { FAMILIES, perOperation, RULES } from '../../../versioning/rules/registry.ts';
import { toChanges } from '../../../versioning/policy/changes.ts';
import type { ChangeSide, Finding } from '../../../versioning/model.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'rules');
/** Fixed "today" for sunset rules: fixtures use far-future (9999-) or past (2022-) dates. */
export const NOW = new Date('2026-06-01T00:00:00Z');

/** One side of a pinned finding: the pointer reports show and `file:line`, the file relative to the case. */
export interface PinnedSide {
  pointer: string;
  at: string;
}

export interface PinnedFinding {
  id: string;
  message: string;
  /** Absent in a fixture that is not pinned yet (`npm run fixtures:pin`). */
  base?: PinnedSide | null;
  revision?: PinnedSide | null;
}

export interface Expected {
  family: string;
  /** The deprecation policy the family runs under (`.contract-kit.yaml` `deprecation`); none when absent. */
  deprecation?: { minDays: number; stability: 'beta' | 'stable' };
  findings: PinnedFinding[];
}

export interface FixtureCase {
  name: string;
  dir: string;
  base: string;
  revision: string;
  expected: Expected;
}

function pick(dir: string, stem: string): string {
  for (const ext of ['yaml', 'yml', 'json']) {
    const p = join(dir, `${stem}.${ext}`);
    if (existsSync(p)) return p;
  }
  throw new Error(`fixture ${dir} has no ${stem}.yaml/.json`);
}

export function listCases(): FixtureCase[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(FIXTURES, name);
      return {
        name,
        dir,
        base: pick(dir, 'base'),
        revision: pick(dir, 'revision'),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
      };
    });
}

/** The rule id a case is named after. */
export function caseRule(name: string): string {
  return name.split('--')[0]!;
}

export async function runCase(c: FixtureCase): Promise<Finding[]> {
  const family = FAMILIES.find((f) => f.name === c.expected.family);
  if (!family) throw new Error(`fixture ${c.name}: unknown family ${c.expected.family}`);
  const [base, revision] = await Promise.all([loadSpec(c.base), loadSpec(c.revision)]);
  const deprecation = c.expected.deprecation;
  // One finding per operation, as the fixtures list them (a shared schema's findings name their operations).
  return perOperation(family.check(diffSpecs(base, revision), deprecation ? { now: NOW, deprecation } : { now: NOW }));
}

/** The case's findings as reports show them: id, message, and both sides located. */
export async function runCasePinned(c: FixtureCase): Promise<PinnedFinding[]> {
  const family = FAMILIES.find((f) => f.name === c.expected.family);
  if (!family) throw new Error(`fixture ${c.name}: unknown family ${c.expected.family}`);
  const [base, revision] = await Promise.all([loadSpec(c.base), loadSpec(c.revision)]);
  const deprecation = c.expected.deprecation;
  const findings = family.check(diffSpecs(base, revision), deprecation ? { now: NOW, deprecation } : { now: NOW });
  const { changes } = toChanges(findings, {
    rules: new Map(RULES.map((r) => [r.id, r])),
    base,
    revision,
    config: { rules: {}, accept: [] },
    now: NOW,
  });
  const pin = (side: ChangeSide | undefined): PinnedSide | null =>
    side ? { pointer: side.pointer, at: `${relative(c.dir, side.file).split(sep).join('/')}:${side.line}` } : null;
  return sortPinned(
    changes.map((ch) => ({ id: ch.id, message: ch.message, base: pin(ch.base), revision: pin(ch.revision) })),
  );
}

export function sortPinned(findings: readonly PinnedFinding[]): PinnedFinding[] {
  const key = (f: PinnedFinding): string => `${f.id}\u0000${f.message}\u0000${JSON.stringify([f.base, f.revision])}`;
  return [...findings].sort((a, b) => key(a).localeCompare(key(b)));
}

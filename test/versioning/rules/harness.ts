/**
 * Fixture harness for rule families. A case is a folder test/fixtures/rules/<case>/ named after the
 * rule it proves (`<rule-id>` or `<rule-id>--<variant>`), holding base.(yaml|json),
 * revision.(yaml|json) and expected.json:
 *
 *   { "family": "request-parameters", "findings": [ { "id": "...", "message": "..." } ] }
 *
 * and optionally `"deprecation": { "minDays": 90, "stability": "beta" }`, the policy to run under.
 *
 * Only the named family runs (like oasdiff's single-check tests), and its findings must equal
 * `findings` exactly (ids and messages, order-insensitive).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec } from '../../../versioning/load/index.ts';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import { FAMILIES } from '../../../versioning/rules/registry.ts';
import type { Finding } from '../../../versioning/model.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'rules');
/** Fixed "today" for sunset rules: fixtures use far-future (9999-) or past (2022-) dates. */
export const NOW = new Date('2026-06-01T00:00:00Z');

export interface Expected {
  family: string;
  /** The deprecation policy the family runs under (`.contract-kit.yaml` `deprecation`); none when absent. */
  deprecation?: { minDays: number; stability: 'beta' | 'stable' };
  findings: Array<{ id: string; message: string }>;
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
  return family.check(diffSpecs(base, revision), deprecation ? { now: NOW, deprecation } : { now: NOW });
}

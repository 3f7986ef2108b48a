/**
 * One case of the impact fixture suite (test/fixtures/impact/<case>/): run the engine with the
 * impact step on base.yaml -> revision.yaml and pact.json, and reduce the report to what
 * expected.json pins down.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePact } from '../../../versioning/crosscheck/pacts.ts';
import { analyze } from '../../../versioning/engine.ts';
import { impactStep } from '../../../versioning/impact/index.ts';
import type { Level } from '../../../versioning/model.ts';

export interface ExpectedImpact {
  description: string;
  /** Interactions valid against base and invalid against the revision. */
  broken: number;
  /** Changes that break a known consumer, with the interactions they break and why. */
  breaksConsumers: Array<{ id: string; level: Level; operation: string | null; consumers: Array<{ interaction: string; reason: string }> }>;
  /** Breaking changes that no known consumer uses. */
  breaksNoKnownConsumer: Array<{ id: string; operation: string | null }>;
  unmapped: string[];
  alreadyFailing: string[];
  /** The verdict of `gate --policy consumers` on the case. */
  consumersGate: 'passes' | 'fails';
}

export async function runCase(repo: string, name: string): Promise<Omit<ExpectedImpact, 'description'>> {
  const dir = `test/fixtures/impact/${name}`;
  const pact = parsePact(await readFile(path.join(repo, dir, 'pact.json'), 'utf8'), `${dir}/pact.json`);
  const report = await analyze(`${dir}/base.yaml`, `${dir}/revision.yaml`, {
    load: { cwd: repo },
    impact: impactStep({ pacts: [pact], cwd: repo }),
    now: new Date('2025-06-15T00:00:00Z'),
    gate: { policy: 'consumers' },
  });
  return {
    broken: report.impact!.broken,
    breaksConsumers: report.changes
      .filter((c) => (c.consumers?.length ?? 0) > 0)
      .map((c) => ({ id: c.id, level: c.level, operation: c.operation ?? null, consumers: c.consumers!.map((k) => ({ interaction: k.interaction, reason: k.reason })) })),
    breaksNoKnownConsumer: report.changes.filter((c) => c.level === 'breaking' && (c.consumers?.length ?? 0) === 0).map((c) => ({ id: c.id, operation: c.operation ?? null })),
    unmapped: report.impact!.unmapped.map((k) => k.interaction),
    alreadyFailing: report.impact!.alreadyFailing.map((k) => k.interaction),
    consumersGate: report.gate!.ok ? 'passes' : 'fails',
  };
}

/**
 * One case of the impact fixture suite (test/fixtures/impact/<case>/): run the engine with the
 * impact step on base.yaml -> revision.yaml and the case's pacts (pact.json, pact-*.json: one per
 * consumer), and reduce the report to what expected.json pins down.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePact } from '../../../versioning/crosscheck/pacts.ts';
import { analyze } from '../../../versioning/engine.ts';
import { impactStep } from '../../../versioning/impact/index.ts';
import type { Level } from '../../../versioning/model.ts';

type Hits = Array<{
  id: string;
  level: Level;
  operation: string | null;
  consumers: Array<{ interaction: string; reason: string }>;
}>;

export interface ExpectedImpact {
  description: string;
  /** Interactions the revision breaks (a read the base guarantees and the revision does not, or a rejected request). */
  broken: number;
  /** The broken interactions, `Consumer 'description'`, sorted. */
  brokenInteractions: string[];
  /** The interactions at risk (a warning-level change on something they read), sorted. */
  atRiskInteractions: string[];
  /** Changes that break a known consumer, with the interactions they break and why. */
  breaksConsumers: Hits;
  /** Warning-level changes that put interactions at risk, with why. */
  putsAtRisk: Hits;
  /** Breaking changes that no known consumer uses. */
  breaksNoKnownConsumer: Array<{ id: string; operation: string | null }>;
  unmapped: string[];
  alreadyFailing: string[];
  /** The verdict of `gate --policy consumers` on the case. */
  consumersGate: 'passes' | 'fails';
  /** The verdict of `gate --policy consumers --fail-on warning` (at-risk interactions fail it). */
  consumersGateFailOnWarning: 'passes' | 'fails';
}

/** The pact files of a case: pact.json and pact-<consumer>.json. */
export async function pactFilesOf(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => /^pact(-[\w.-]+)?\.json$/.test(name)).sort();
}

export async function runCase(repo: string, name: string): Promise<Omit<ExpectedImpact, 'description'>> {
  const dir = `test/fixtures/impact/${name}`;
  const pacts = await Promise.all(
    (await pactFilesOf(path.join(repo, dir))).map(async (file) =>
      parsePact(await readFile(path.join(repo, dir, file), 'utf8'), `${dir}/${file}`),
    ),
  );
  const run = (failOn?: Level) =>
    analyze(`${dir}/base.yaml`, `${dir}/revision.yaml`, {
      load: { cwd: repo },
      impact: impactStep({ pacts, cwd: repo }),
      now: new Date('2025-06-15T00:00:00Z'),
      gate: { policy: 'consumers', ...(failOn ? { failOn } : {}) },
    });
  const report = await run();
  const strict = await run('warning');
  const hits = (list: 'consumers' | 'atRisk'): Hits =>
    report.changes
      .filter((c) => (c[list]?.length ?? 0) > 0)
      .map((c) => ({
        id: c.id,
        level: c.level,
        operation: c.operation ?? null,
        consumers: c[list]!.map((k) => ({ interaction: k.interaction, reason: k.reason })),
      }));
  const verdicts = report.impact!.verdicts ?? [];
  const named = (verdict: string) =>
    verdicts
      .filter((v) => v.verdict === verdict)
      .map((v) => `${v.consumer} '${v.interaction}'`)
      .sort();
  return {
    broken: report.impact!.broken,
    brokenInteractions: named('broken'),
    atRiskInteractions: named('at-risk'),
    breaksConsumers: hits('consumers'),
    putsAtRisk: hits('atRisk'),
    breaksNoKnownConsumer: report.changes
      .filter((c) => c.level === 'breaking' && (c.consumers?.length ?? 0) === 0)
      .map((c) => ({ id: c.id, operation: c.operation ?? null })),
    unmapped: report.impact!.unmapped.map((k) => k.interaction),
    alreadyFailing: report.impact!.alreadyFailing.map((k) => k.interaction),
    consumersGate: report.gate!.ok ? 'passes' : 'fails',
    consumersGateFailOnWarning: strict.gate!.ok ? 'passes' : 'fails',
  };
}

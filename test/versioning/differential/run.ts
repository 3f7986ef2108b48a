/**
 * Runs the differential comparison over generated cases and classifies every (case, direction):
 * agree, differ-explained (by an entry of explain.ts) or differ-unexplained.
 */
import { ours, theirs, type Direction, type OurJudgement, type TheirJudgement } from './engines.ts';
import { explain } from './explain.ts';
import { generateCases, type Case } from './generate.ts';

export interface Outcome {
  c: Case;
  dir: Direction;
  ours: OurJudgement;
  /** Undefined when openapi-diff failed on the case (it cannot judge it). */
  theirs?: TheirJudgement;
  verdict: 'agree' | 'explained' | 'unexplained' | 'oracle-failed';
  explanation?: string;
  error?: string;
}

export async function runDifferential(seed: number, perKind: number): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const c of generateCases(seed, perKind)) {
    const o = await ours(c.base, c.revision);
    let t: TheirJudgement;
    try {
      t = await theirs(c.base, c.revision);
    } catch (error) {
      for (const dir of ['request', 'response'] as const)
        out.push({ c, dir, ours: o, verdict: 'oracle-failed', error: String(error) });
      continue;
    }
    for (const dir of ['request', 'response'] as const) {
      if (o[dir] === t[dir]) {
        out.push({ c, dir, ours: o, theirs: t, verdict: 'agree' });
        continue;
      }
      const e = explain({ c, dir, ours: o, theirs: t });
      out.push(
        e
          ? { c, dir, ours: o, theirs: t, verdict: 'explained', explanation: e.id }
          : { c, dir, ours: o, theirs: t, verdict: 'unexplained' },
      );
    }
  }
  return out;
}

export function describeOutcome(x: Outcome): string {
  return (
    `${x.c.mutation.name} at '${x.c.mutation.at}' (${x.dir}): contract-kit ` +
    `${x.ours[x.dir]} [${x.ours.ids[x.dir].join(', ')}], openapi-diff ` +
    `${x.theirs?.[x.dir] ?? 'failed'} [${x.theirs?.codes[x.dir].join(', ') ?? x.error}]\n ` +
    `   base: ${JSON.stringify(x.c.base)}\n    rev:  ${JSON.stringify(x.c.revision)}`
  );
}

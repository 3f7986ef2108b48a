/**
 * npx tsx scripts/bench-check-pacts.ts [--runs 10] [--scale 50]
 *
 * How long `check-pacts` takes on the repo's own pacts against provider/openapi.yaml:
 * the first run in a fresh process (what CI pays), warm runs, and the same pact with its
 * interactions repeated `--scale` times (to show how it grows). A measurement, not a test.
 */

import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { checkPacts, readPactFiles } from '../versioning/crosscheck/index.ts';
import type { PactFile } from '../versioning/crosscheck/index.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, scale: { type: 'string', default: '50' } },
});
const runs = Number(values.runs);
const scale = Number(values.scale);
const cwd = process.cwd();

const time = async (fn: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const pacts = await readPactFiles('pacts', cwd);
const interactions = pacts.reduce((sum, file) => sum + file.pact.interactions.length, 0);

const cold = await time(() => checkPacts({ spec: 'provider/openapi.yaml', pacts: 'pacts', cwd }));
const warm: number[] = [];
for (let i = 0; i < runs; i++)
  warm.push(await time(() => checkPacts({ spec: 'provider/openapi.yaml', pacts: 'pacts', cwd })));

const scaled: PactFile[] = pacts.map((file) => ({
  source: file.source,
  pact: { ...file.pact, interactions: Array.from({ length: scale }, () => file.pact.interactions).flat() },
}));
const big: number[] = [];
for (let i = 0; i < Math.max(3, Math.floor(runs / 3)); i++)
  big.push(await time(() => checkPacts({ spec: 'provider/openapi.yaml', pacts: scaled, cwd })));

const ms = (n: number): string => `${n.toFixed(0)} ms`;
process.stdout.write(
  [
    `check-pacts on ${pacts.length} pact(s), ${interactions} interactions, ` +
      `provider/openapi.yaml (node ${process.version})`,
    `  first run in this process: ${ms(cold)} (module warm-up, spec load, schema compilation)`,
    `  warm, median of ${runs}: ${ms(median(warm))} (min ${ms(Math.min(...warm))}, max ${ms(Math.max(...warm))})`,
    `  ${interactions * scale} interactions (x${scale}), median of ${big.length}: ${ms(median(big))}`,
    '',
  ].join('\n'),
);

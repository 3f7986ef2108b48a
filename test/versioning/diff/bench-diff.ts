/**
 * Timing of the diff layer alone (not a test): for every pair in ../shared/bench/specs, load both
 * versions, then time `diffSpecs` once cold (fresh process, as the CLI runs it) and the best of a
 * few warm runs. Each pair runs in its own child processes so that one pair's JIT warm-up and
 * memo do not help another; the cold figures are the best of REPEAT processes (default 3), which
 * keeps the numbers meaningful on a busy machine.
 *
 *   npx tsx test/versioning/diff/bench-diff.ts            # all pairs
 *   npx tsx test/versioning/diff/bench-diff.ts stripe     # pairs whose folder matches
 *   REPEAT=5 npx tsx test/versioning/diff/bench-diff.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import { loadSpec } from '../../../versioning/load/index.ts';

const SPECS = fileURLToPath(new URL('../../../../shared/bench/specs/', import.meta.url));
const WARM_RUNS = 5;

/**
 * CPU time of the main thread in ms: on Linux from schedstat (excludes the GC and JIT helper
 * threads, and time spent waiting for a core on a busy machine); elsewhere the process CPU time.
 */
function mainThreadCpuMs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
}
const REPEAT = Math.max(1, Number(process.env.REPEAT ?? 3) || 3);

interface Result {
  pair: string;
  loadMs: number;
  coldMs: number;
  coldCpuMs: number;
  warmMs: number;
  operations: number;
  paths: number;
}

async function one(baseFile: string, revisionFile: string): Promise<Result> {
  const t0 = performance.now();
  const [base, revision] = await Promise.all([loadSpec(baseFile), loadSpec(revisionFile)]);
  const loadMs = performance.now() - t0;
  const cpu = mainThreadCpuMs();
  const t1 = performance.now();
  const d = diffSpecs(base, revision);
  const coldMs = performance.now() - t1;
  const coldCpuMs = mainThreadCpuMs() - cpu;
  let warmMs = Infinity;
  for (let i = 0; i < WARM_RUNS; i++) {
    const t = performance.now();
    diffSpecs(base, revision);
    warmMs = Math.min(warmMs, performance.now() - t);
  }
  return {
    pair: `${baseFile.slice(SPECS.length)} -> ${revisionFile.slice(SPECS.length)}`,
    loadMs,
    coldMs,
    coldCpuMs,
    warmMs,
    operations: d.operations.length,
    paths: d.paths.length,
  };
}

function pairs(filter: string | undefined): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const dir of readdirSync(SPECS, { withFileTypes: true })) {
    if (!dir.isDirectory() || (filter && !dir.name.includes(filter))) continue;
    const files = readdirSync(join(SPECS, dir.name))
      .filter((f) => f.endsWith('.json'))
      .sort();
    for (const group of [files.filter((f) => !f.includes('noextref')), files.filter((f) => f.includes('noextref'))]) {
      if (group.length === 1) out.push([join(SPECS, dir.name, group[0]!), join(SPECS, dir.name, group[0]!)]);
      for (let i = 0; i + 1 < group.length; i++)
        out.push([join(SPECS, dir.name, group[i]!), join(SPECS, dir.name, group[i + 1]!)]);
    }
  }
  return out;
}

const [mode, a, b] = process.argv.slice(2);
if (mode === '--one') {
  console.log(JSON.stringify(await one(a!, b!)));
} else if (!existsSync(SPECS)) {
  console.log(`skipped: ${SPECS} is absent`);
} else {
  const fmt = (n: number) => n.toFixed(0).padStart(6);
  console.log(
    `${'pair'.padEnd(62)} ${'load'.padStart(6)} ${'cold'.padStart(6)} ` +
      `${'cpu'.padStart(6)} ${'warm'.padStart(6)}  ops  paths   (ms; ` +
      `cpu = main thread, cold run; all but load are the diff layer ` +
      `alone)`,
  );
  for (const [x, y] of pairs(mode)) {
    let best: Result | undefined;
    for (let i = 0; i < REPEAT; i++) {
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', x, y], {
        encoding: 'utf8',
      });
      if (child.status !== 0) {
        console.log(`${x} -> ${y}: failed\n${child.stderr}`);
        break;
      }
      const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as Result;
      if (!best) best = r;
      else {
        best.loadMs = Math.min(best.loadMs, r.loadMs);
        best.coldMs = Math.min(best.coldMs, r.coldMs);
        best.coldCpuMs = Math.min(best.coldCpuMs, r.coldCpuMs);
        best.warmMs = Math.min(best.warmMs, r.warmMs);
      }
    }
    if (!best) continue;
    const r = best;
    console.log(
      `${r.pair.padEnd(62)} ${fmt(r.loadMs)} ${fmt(r.coldMs)} ${fmt(r.coldCpuMs)} ` +
        `${fmt(r.warmMs)} ${String(r.operations).padStart(4)} ${String(r.paths).padStart(6)}`,
    );
  }
}

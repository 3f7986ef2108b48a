/**
 * `npm run bench`: contract-kit's engine vs openapi-diff vs a parse-only floor on every pair in
 * ../shared/bench/specs/<api>/ (the two files of a folder, older first; a folder with one file is
 * diffed against itself). Every measurement runs in a fresh process (peak RSS is per process);
 * the engine and the floor take the median of --runs runs, openapi-diff runs once with a time
 * limit and a 4 GiB heap.
 *
 * Targets (from issue 3): engine >= 10x faster than openapi-diff on every pair, within 3x of the
 * parse-only floor, and under 1 s on the Stripe pair. `--check` exits 1 when a target is missed.
 *
 *   npm run bench -- [--runs 3] [--timeout 60] [--only stripe] [--skip-openapi-diff] [--check]
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SPECS = join(ROOT, '..', 'shared', 'bench', 'specs');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    timeout: { type: 'string', default: '60' },
    only: { type: 'string' },
    'skip-openapi-diff': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const TIMEOUT_MS = Number(values.timeout) * 1000;

interface Sample {
  ms: number;
  maxRssMb: number;
  summary?: string;
  error?: string;
  timedOut?: boolean;
}

function measure(mode: string, base: string, revision: string, timeoutMs: number, heapMb?: number): Promise<Sample> {
  return new Promise((resolve) => {
    const args = ['--import', 'tsx'];
    if (heapMb) args.push(`--max-old-space-size=${heapMb}`);
    args.push(join(ROOT, 'bench', 'worker.ts'), mode, base, revision);
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const started = performance.now();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop();
      if (line?.startsWith('{')) return resolve(JSON.parse(line) as Sample);
      const elapsed = performance.now() - started;
      if (signal === 'SIGKILL') return resolve({ ms: elapsed, maxRssMb: NaN, timedOut: true, error: `no answer within ${timeoutMs / 1000} s` });
      const oom = /heap out of memory|Allocation failed/i.test(err);
      resolve({ ms: elapsed, maxRssMb: NaN, error: oom ? 'ran out of heap (4 GiB)' : `exit ${code}: ${err.trim().split('\n').pop() ?? ''}` });
    });
  });
}

async function median(mode: string, base: string, revision: string): Promise<Sample> {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await measure(mode, base, revision, TIMEOUT_MS));
  const failed = samples.find((s) => s.error);
  if (failed) return failed;
  samples.sort((a, b) => a.ms - b.ms);
  const mid = samples[Math.floor(samples.length / 2)]!;
  return { ...mid, maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)) };
}

function pairs(): Array<{ name: string; base: string; revision: string; mb: number }> {
  const out: Array<{ name: string; base: string; revision: string; mb: number }> = [];
  for (const api of readdirSync(SPECS).sort()) {
    const dir = join(SPECS, api);
    if (!statSync(dir).isDirectory()) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    // Variants share a folder (github's *.noextref.json): pair files with the same suffix.
    const groups = new Map<string, string[]>();
    for (const f of files) {
      const variant = f.replace(/^[^.]*/, '');
      groups.set(variant, [...(groups.get(variant) ?? []), f]);
    }
    for (const [variant, group] of groups) {
      const base = join(dir, group[0]!);
      const revision = join(dir, group[group.length - 1]!);
      const name = variant === '.json' ? api : `${api}${variant.replace(/\.json$/, '')}`;
      if (values.only && !name.includes(values.only)) continue;
      out.push({ name, base, revision, mb: (statSync(base).size + statSync(revision).size) / 2 / 1e6 });
    }
  }
  return out;
}

function fmtMs(s: Sample): string {
  if (s.timedOut) return `>${(s.ms / 1000).toFixed(0)} s`;
  if (s.error) return 'failed';
  return s.ms >= 1000 ? `${(s.ms / 1000).toFixed(2)} s` : `${s.ms.toFixed(0)} ms`;
}
function fmtMb(s: Sample): string {
  return Number.isFinite(s.maxRssMb) ? `${s.maxRssMb.toFixed(0)} MB` : '-';
}

async function main(): Promise<number> {
  if (!existsSync(SPECS)) {
    console.log(`bench: skipped: ${relative(process.cwd(), SPECS)} not found (the benchmark specs live in ../shared/bench/specs beside the project)`);
    return 0;
  }
  const misses: string[] = [];
  const rows: string[][] = [['pair', 'MB', 'parse floor', 'contract-kit', 'openapi-diff', 'x floor', 'x faster', 'engine result', 'openapi-diff result']];
  for (const p of pairs()) {
    process.stderr.write(`bench: ${p.name} ...\n`);
    const floor = await median('parse', p.base, p.revision);
    const ours = await median('engine', p.base, p.revision);
    const theirs = values['skip-openapi-diff']
      ? ({ ms: NaN, maxRssMb: NaN, error: 'skipped' } as Sample)
      : await measure('openapi-diff', p.base, p.revision, TIMEOUT_MS, 4096);
    const xFloor = ours.ms / Math.max(floor.ms, 1);
    const speedup = theirs.error && !theirs.timedOut ? NaN : theirs.ms / ours.ms;
    const speedText = theirs.timedOut ? `>${speedup.toFixed(0)}x` : Number.isFinite(speedup) ? `${speedup.toFixed(0)}x` : theirs.error === 'skipped' ? '-' : `(${theirs.error})`;
    rows.push([p.name, p.mb.toFixed(1), `${fmtMs(floor)} / ${fmtMb(floor)}`, `${fmtMs(ours)} / ${fmtMb(ours)}`, `${fmtMs(theirs)} / ${fmtMb(theirs)}`, `${xFloor.toFixed(1)}x`, speedText, ours.error ?? ours.summary ?? '', theirs.error ?? theirs.summary ?? '']);
    if (ours.error) misses.push(`${p.name}: engine failed: ${ours.error}`);
    if (p.name !== 'tiny' && xFloor > 3) misses.push(`${p.name}: engine is ${xFloor.toFixed(1)}x the parse floor (target <= 3x)`);
    if (Number.isFinite(speedup) && !theirs.timedOut && speedup < 10 && p.name !== 'tiny') misses.push(`${p.name}: only ${speedup.toFixed(1)}x faster than openapi-diff (target >= 10x)`);
    if (p.name === 'stripe' && ours.ms >= 1000) misses.push(`stripe: ${fmtMs(ours)} (target < 1 s)`);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((c, j) => c.padEnd(widths[j]!)).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(`\nTimes are the work only (median of ${RUNS} fresh processes; openapi-diff once, ${TIMEOUT_MS / 1000} s limit, 4 GiB heap); MB is peak RSS of that process.`);
  console.log('tiny is a 1-path spec diffed against itself: the fixed cost. Targets: >= 10x faster than openapi-diff, <= 3x the parse floor, stripe < 1 s.');
  if (misses.length) {
    console.log(`\nTargets missed:\n- ${misses.join('\n- ')}`);
    return values.check ? 1 : 0;
  }
  console.log('\nAll targets met.');
  return 0;
}

process.exitCode = await main();

/**
 * Whole-process measurements (issue 9): the CLI as users run it, start-up included, against the
 * floor `node ../shared/bench/floor.cjs BASE REVISION` (start node, read and JSON.parse both files,
 * visit every value once). Per pair, the floor, `contract-kit diff --format text` and
 * `--format json` run in turns, RUNS times each, in the same run; the median wall time of each is
 * compared with the floor's. Also the JSON report's size, the peak RSS of each process, and the
 * start-up cost: the tiny pair against bare `node -e 0`.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WholePair {
  name: string;
  base: string;
  revision: string;
}

export interface WholeSample {
  ms: number;
  rssMb: number;
  bytes: number;
  error?: string;
}

export interface WholeRow {
  pair: WholePair;
  floor: WholeSample;
  text: WholeSample;
  json: WholeSample;
}

/** Targets of issue 9. */
export const WHOLE_TARGETS = { floorRatio: 3, stripeJsonMb: 2, peakRssMb: 300, startupRatio: 1.5 } as const;

function runOnce(root: string, args: string[], scratch: string): Promise<WholeSample> {
  const out = join(scratch, 'out');
  const rss = join(scratch, 'rss');
  rmSync(rss, { force: true });
  const fd = openSync(out, 'w');
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--require', join(root, 'bench', 'peak-rss.cjs'), ...args], {
      cwd: root,
      stdio: ['ignore', fd, 'pipe'],
      env: { ...process.env, CONTRACT_KIT_BENCH_RSS: rss, NO_COLOR: '1' },
    });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      const ms = performance.now() - started;
      closeSync(fd);
      let rssMb = NaN;
      try {
        rssMb = Number(readFileSync(rss, 'utf8'));
      } catch {
        // no exit hook ran
      }
      const sample: WholeSample = { ms, rssMb, bytes: statSync(out).size };
      // diff exits 0; 1 would mean a gate, 2 bad input.
      if (code !== 0) sample.error = `exit ${code}: ${err.trim().split('\n').pop() ?? ''}`;
      done(sample);
    });
  });
}

function medianOf(samples: WholeSample[]): WholeSample {
  const failed = samples.find((s) => s.error);
  if (failed) return failed;
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  return { ...mid, rssMb: Math.max(...samples.map((s) => s.rssMb)) };
}

/** Runs the given commands in turns, `runs` times, and returns the median of each. */
async function interleaved(root: string, commands: string[][], runs: number): Promise<WholeSample[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'contract-kit-bench-'));
  try {
    const samples: WholeSample[][] = commands.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (const [j, args] of commands.entries()) samples[j]!.push(await runOnce(root, args, scratch));
    }
    return samples.map(medianOf);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function measureWhole(
  root: string,
  floorScript: string,
  pairs: WholePair[],
  runs: number,
): Promise<WholeRow[]> {
  const cli = join(root, 'bin', 'contract-kit.js');
  const rows: WholeRow[] = [];
  for (const pair of pairs) {
    process.stderr.write(`bench: ${pair.name} (whole process) ...\n`);
    const [floor, text, json] = await interleaved(
      root,
      [
        [floorScript, pair.base, pair.revision],
        [cli, 'diff', pair.base, pair.revision, '--format', 'text'],
        [cli, 'diff', pair.base, pair.revision, '--format', 'json'],
      ],
      runs,
    );
    rows.push({ pair, floor: floor!, text: text!, json: json! });
  }
  return rows;
}

/**
 * Runs of each in the start-up measure: a tiny run takes ~0.1 s, and the median of five moved by
 * ±0.15x between consecutive benches on a quiet 2-CPU machine (docs/performance.md).
 */
export const STARTUP_RUNS = 15;

/** `node -e 0` and the CLI on the tiny pair, in turns (at least STARTUP_RUNS times). */
export async function measureStartup(
  root: string,
  tiny: WholePair,
  runs: number,
): Promise<{ bare: WholeSample; cli: WholeSample }> {
  const cli = join(root, 'bin', 'contract-kit.js');
  const [bare, run] = await interleaved(
    root,
    [
      ['-e', '0'],
      [cli, 'diff', tiny.base, tiny.revision],
    ],
    Math.max(runs, STARTUP_RUNS),
  );
  return { bare: bare!, cli: run! };
}

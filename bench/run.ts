/**
 * `npm run bench`: contract-kit's engine vs openapi-diff vs a parse-only floor on every pair in
 * ../shared/bench/specs/<api>/ (the two files of a folder, older first; a folder with one file is
 * diffed against itself). Every measurement runs in a fresh process (peak RSS is per process);
 * the engine and the floor take the median of --runs runs, openapi-diff runs once with a time
 * limit and a 4 GiB heap.
 *
 * Targets (from issue 3): engine >= 10x faster than openapi-diff on every pair, within 3x of the
 * parse-only floor, and under 1 s on the Stripe pair. When openapi-diff fails (out of memory, an
 * error, the time limit), the time it spent before failing is a lower bound of what it needs, so
 * the speed-up is reported as "≥ N x". `--check` exits 1 when a target is missed.
 *
 * Then the whole-process targets of issue 9 (./whole.ts): the CLI as users run it, text and JSON,
 * against `floor.cjs` beside the specs, the JSON report's size, peak RSS, and start-up against
 * `node -e 0`. `--whole-only` runs only those.
 *
 *   npm run bench -- [--runs 3] [--timeout 60] [--only stripe] [--skip-openapi-diff] [--check]
 *                    [--whole-only] [--specs DIR]   (default ../shared/bench/specs; absent -> skipped, exit 0)
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureStartup, measureWhole, STARTUP_RUNS, WHOLE_TARGETS, type WholeSample } from './whole.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    timeout: { type: 'string', default: '60' },
    only: { type: 'string' },
    specs: { type: 'string' },
    'skip-openapi-diff': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    'whole-only': { type: 'boolean', default: false },
  },
});
const SPECS = values.specs ? resolve(values.specs) : join(ROOT, '..', 'shared', 'bench', 'specs');
const RUNS = Math.max(1, Number(values.runs));
const TIMEOUT_MS = Number(values.timeout) * 1000;
const HEAP_MB = 4096;

/** Targets of issue 3. */
const MIN_SPEEDUP = 10;
const MAX_FLOOR_RATIO = 3;
const STRIPE_LIMIT_MS = 1000;

interface Sample {
  ms: number;
  cpuMs?: number;
  maxRssMb: number;
  summary?: string;
  /** Why the run gave no result (not set for a skipped run). */
  error?: string;
  skipped?: boolean;
  /** Engine mode: milliseconds per phase of analyze. */
  phases?: Record<string, number>;
}

function measure(mode: string, base: string, revision: string, timeoutMs: number, heapMb?: number): Promise<Sample> {
  return new Promise((done) => {
    const args = ['--expose-gc', '--import', 'tsx'];
    if (heapMb) args.push(`--max-old-space-size=${heapMb}`);
    args.push(join(ROOT, 'bench', 'worker.ts'), mode, base, revision);
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const started = performance.now();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop();
      if (line?.startsWith('{')) return done(JSON.parse(line) as Sample);
      const elapsed = performance.now() - started;
      if (timedOut)
        return done({ ms: elapsed, maxRssMb: NaN, error: `no result within the ${timeoutMs / 1000} s limit` });
      if (/heap out of memory|Allocation failed/i.test(err))
        return done({ ms: elapsed, maxRssMb: NaN, error: `out of memory (${heapMb ?? 'default'} MB heap)` });
      const last = err.trim().split('\n').pop() ?? '';
      done({ ms: elapsed, maxRssMb: NaN, error: `exit ${code ?? signal}${last ? `: ${last}` : ''}` });
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
  const out: Sample = { ...mid, maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)) };
  // Each phase's own median over the runs (the slowest phase of one run need not be another's).
  if (mid.phases) {
    const mids: Record<string, number> = {};
    for (const k of Object.keys(mid.phases)) {
      const v = samples.map((s) => s.phases?.[k] ?? NaN).sort((a, b) => a - b);
      mids[k] = v[Math.floor(v.length / 2)]!;
    }
    out.phases = mids;
  }
  return out;
}

interface Pair {
  name: string;
  base: string;
  revision: string;
  mb: number;
}

function pairs(): Pair[] {
  const out: Pair[] = [];
  for (const api of readdirSync(SPECS).sort()) {
    const dir = join(SPECS, api);
    if (!statSync(dir).isDirectory()) continue;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
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

function ms(v: number): string {
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`;
}
function mb(s: Sample): string {
  return Number.isFinite(s.maxRssMb) ? `${s.maxRssMb.toFixed(0)} MB` : '-';
}
function ratio(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) =>
    r
      .map((c, j) => c.padEnd(widths[j]!))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines.join('\n');
}

interface Row {
  pair: Pair;
  floor: Sample;
  /** contract-kit's loader alone (parse + $ref resolution + origins): how much of the engine is loading. */
  load: Sample;
  ours: Sample;
  theirs: Sample;
}

/** openapi-diff's time over ours: exact when it finished, a lower bound (`atLeast`) when it failed. */
function speedup(r: Row): { value: number; atLeast: boolean } | undefined {
  if (r.theirs.skipped || r.ours.error) return undefined;
  return { value: r.theirs.ms / Math.max(r.ours.ms, 0.001), atLeast: r.theirs.error !== undefined };
}

/** tiny (655 bytes) parses in well under a millisecond: it measures fixed cost, not the floor ratio. */
const floorApplies = (r: Row) => r.pair.name !== 'tiny';

async function main(): Promise<number> {
  if (!existsSync(SPECS)) {
    console.log(
      `bench: skipped: ${relative(process.cwd(), SPECS) || SPECS} ` +
        `not found (the benchmark specs live in ../shared/bench/specs ` +
        `beside the project)`,
    );
    return 0;
  }
  const engine = values['whole-only'] ? 0 : await engineSections();
  const whole = await wholeSection();
  return Math.max(engine, whole);
}

async function wholeSection(): Promise<number> {
  const floorScript = join(SPECS, '..', 'floor.cjs');
  if (!existsSync(floorScript)) {
    console.log(`\nwhole-process targets: skipped (${floorScript} not found)`);
    return 0;
  }
  const all = pairs();
  const loadBefore = loadavg()[0]!;
  const rows = await measureWhole(
    ROOT,
    floorScript,
    all.filter((p) => p.name !== 'tiny'),
    RUNS,
  );
  const tiny = all.find((p) => p.name === 'tiny');
  const startup = tiny ? await measureStartup(ROOT, tiny, RUNS) : undefined;
  const loadAfter = loadavg()[0]!;
  const bundled = existsSync(join(ROOT, 'dist', 'contract-kit.cjs'));
  const misses: string[] = [];
  const rss = (s: WholeSample) => (Number.isFinite(s.rssMb) ? `${s.rssMb.toFixed(0)} MB` : '-');
  const x = (s: WholeSample, floor: WholeSample) => s.ms / Math.max(floor.ms, 0.001);
  const cell = (s: WholeSample, floor: WholeSample) =>
    s.error ? `failed (${s.error})` : `${ms(s.ms)} (${ratio(x(s, floor))}x)`;
  console.log(
    `\nWhole process (issue 9): median of ${RUNS} runs in turns, ` +
      `start-up included; load average ${loadBefore.toFixed(1)} at ` +
      `start, ` +
      `${loadAfter.toFixed(1)} at end. CLI: bin/contract-kit.js ` +
      `(${bundled ? 'the bundle in dist/ when it is up to date' : 'no bundle: TypeScript sources through tsx'}).`,
  );
  console.log(
    table([
      ['pair', 'floor.cjs', 'text (÷ floor)', 'json (÷ floor)', 'json size', 'peak RSS floor / text / json'],
      ...rows.map((r) => [
        r.pair.name,
        r.floor.error ? `failed (${r.floor.error})` : ms(r.floor.ms),
        cell(r.text, r.floor),
        cell(r.json, r.floor),
        `${(r.json.bytes / 1e6).toFixed(2)} MB`,
        `${rss(r.floor)} / ${rss(r.text)} / ${rss(r.json)}`,
      ]),
    ]),
  );
  const verdict = (ok: boolean, text: string, miss: string) => {
    if (!ok) misses.push(miss);
    return `${ok ? 'PASS' : 'FAIL'} (${text})`;
  };
  const T = WHOLE_TARGETS;
  const targetRows = rows.map((r) => {
    const peak = Math.max(r.text.rssMb, r.json.rssMb);
    return [
      r.pair.name,
      verdict(
        !r.text.error && x(r.text, r.floor) <= T.floorRatio,
        `${ratio(x(r.text, r.floor))}x`,
        `${r.pair.name}: text is ${ratio(x(r.text, r.floor))}x the floor`,
      ),
      verdict(
        !r.json.error && x(r.json, r.floor) <= T.floorRatio,
        `${ratio(x(r.json, r.floor))}x`,
        `${r.pair.name}: json is ${ratio(x(r.json, r.floor))}x the floor`,
      ),
      verdict(peak <= T.peakRssMb, `${peak.toFixed(0)} MB`, `${r.pair.name}: peak RSS ${peak.toFixed(0)} MB`),
      r.pair.name === 'stripe'
        ? verdict(
            r.json.bytes <= T.stripeJsonMb * 1e6,
            `${(r.json.bytes / 1e6).toFixed(2)} MB`,
            `stripe: JSON report ${(r.json.bytes / 1e6).toFixed(2)} MB`,
          )
        : '',
    ];
  });
  console.log(
    table([
      [
        'pair',
        `text <= ${T.floorRatio}x floor`,
        `json <= ${T.floorRatio}x floor`,
        `peak RSS <= ${T.peakRssMb} MB`,
        `stripe json <= ${T.stripeJsonMb} MB`,
      ],
      ...targetRows,
    ]),
  );
  if (startup) {
    const k = startup.cli.ms / Math.max(startup.bare.ms, 0.001);
    console.log(
      `start-up: contract-kit diff on the tiny pair ${ms(startup.cli.ms)}, node -e 0 ${ms(startup.bare.ms)} ` +
        `(medians of ${Math.max(RUNS, STARTUP_RUNS)} in turns): ` +
        verdict(
          !startup.cli.error && k <= T.startupRatio,
          `${ratio(k)}x, target <= ${T.startupRatio}x`,
          `start-up is ${ratio(k)}x node -e 0`,
        ),
    );
  }
  console.log(
    'Every process is started as `node --require bench/peak-rss.cjs ...` ' +
      '(node -e 0 too) so that it reports its peak RSS; output goes to a ' +
      'file.',
  );
  if (misses.length) {
    console.log(`\nWhole-process targets missed:\n- ${misses.join('\n- ')}`);
    return values.check ? 1 : 0;
  }
  console.log('\nAll whole-process targets met.');
  return 0;
}

async function engineSections(): Promise<number> {
  const loadBefore = loadavg()[0]!;
  const rows: Row[] = [];
  for (const pair of pairs()) {
    process.stderr.write(`bench: ${pair.name} ...\n`);
    const floor = await median('parse', pair.base, pair.revision);
    const load = await median('load', pair.base, pair.revision);
    const ours = await median('engine', pair.base, pair.revision);
    const theirs: Sample = values['skip-openapi-diff']
      ? { ms: NaN, maxRssMb: NaN, skipped: true }
      : await measure('openapi-diff', pair.base, pair.revision, TIMEOUT_MS, HEAP_MB);
    rows.push({ pair, floor, load, ours, theirs });
  }
  const loadAfter = loadavg()[0]!;
  const cpus = availableParallelism();

  console.log(
    `contract-kit bench: ${cpus} CPUs, Node ${process.version}, ` +
      `load average ${loadBefore.toFixed(1)} at start, ${loadAfter.toFixed(1)} ` +
      `at end`,
  );
  console.log(`specs: ${relative(process.cwd(), SPECS) || SPECS}\n`);

  const short = (e: string) => (e.length > 48 ? `${e.slice(0, 47)}…` : e);
  const theirText = (s: Sample) =>
    s.skipped
      ? 'not run (--skip-openapi-diff)'
      : s.error
        ? `failed after ${ms(s.ms)} (${short(s.error)})${Number.isFinite(s.maxRssMb) ? ` / ${mb(s)}` : ''}`
        : `${ms(s.ms)} / ${mb(s)}`;
  // A lower bound below the target says nothing (openapi-diff gave up early, e.g. on a network $ref).
  const speedText = (s: { value: number; atLeast: boolean } | undefined) =>
    !s
      ? '-'
      : s.atLeast && s.value < MIN_SPEEDUP
        ? 'unknown (failed early)'
        : `${s.atLeast ? '≥ ' : ''}${ratio(s.value)}x`;
  console.log(
    table([
      [
        'pair',
        'MB',
        'parse floor',
        'our load only',
        'contract-kit wall / cpu / peak',
        'openapi-diff wall / peak',
        'ours ÷ floor',
        'ours ÷ our load',
        'openapi-diff ÷ ours',
      ],
      ...rows.map((r) => {
        const s = speedup(r);
        return [
          r.pair.name,
          r.pair.mb.toFixed(1),
          r.floor.error ? `failed (${r.floor.error})` : `${ms(r.floor.ms)} / ${mb(r.floor)}`,
          r.load.error ? `failed (${r.load.error})` : ms(r.load.ms),
          r.ours.error
            ? `failed after ${ms(r.ours.ms)} (${r.ours.error})`
            : `${ms(r.ours.ms)} / ${ms(r.ours.cpuMs ?? NaN)} / ${mb(r.ours)}`,
          theirText(r.theirs),
          `${ratio(r.ours.ms / Math.max(r.floor.ms, 0.001))}x`,
          r.load.error ? '-' : `${ratio(r.ours.ms / Math.max(r.load.ms, 0.001))}x`,
          speedText(s),
        ];
      }),
    ]),
  );
  console.log("\nWhere the engine's time goes (median per phase, ms, and in units of the parse floor):");
  const PHASES = ['load', 'diff', 'rules', 'changes', 'report'] as const;
  console.log(
    table([
      ['pair', ...PHASES],
      ...rows
        .filter((r) => r.ours.phases && floorApplies(r) && !r.floor.error)
        .map((r) => [
          r.pair.name,
          ...PHASES.map(
            (p) =>
              `${ms(r.ours.phases![p] ?? NaN)} (${(r.ours.phases![p]! / Math.max(r.floor.ms, 0.001)).toFixed(1)}x)`,
          ),
        ]),
    ]),
  );
  console.log(
    'load: both specs read, parsed, $refs resolved; diff: the structural ' +
      'diff; rules: every rule family; changes: the findings grouped into edits (levels, ' +
      'acceptances, file:line of both sides); report: bump, version check, summary (the ' +
      'flat per-operation changes are made and sorted when a report first reads them).',
  );

  console.log('\nWhat each found:');
  console.log(
    table([
      ['pair', 'contract-kit', 'openapi-diff'],
      ...rows.map((r) => [
        r.pair.name,
        r.ours.error ?? (r.ours.summary ?? '').replace(/ \[\d+ ms\]$/, ''),
        r.theirs.skipped ? '-' : (r.theirs.error ?? r.theirs.summary ?? ''),
      ]),
    ]),
  );

  // Targets, one PASS / FAIL per pair and target.
  const misses: string[] = [];
  const verdict = (ok: boolean, text: string, miss: string) => {
    if (!ok) misses.push(miss);
    return `${ok ? 'PASS' : 'FAIL'} (${text})`;
  };
  const targetRows = rows.map((r) => {
    const s = speedup(r);
    const x = r.ours.ms / Math.max(r.floor.ms, 0.001);
    const fast = r.theirs.skipped
      ? 'not measured'
      : !s
        ? verdict(false, 'engine failed', `${r.pair.name}: the engine failed`)
        : s.atLeast && s.value < MIN_SPEEDUP
          ? `unknown (openapi-diff failed after ${ms(r.theirs.ms)})`
          : verdict(
              s.value >= MIN_SPEEDUP,
              `${s.atLeast ? '≥ ' : ''}${ratio(s.value)}x`,
              `${r.pair.name}: only ${ratio(s.value)}x faster than openapi-diff`,
            );
    const floor = !floorApplies(r)
      ? 'n/a (fixed-cost probe)'
      : r.ours.error || r.floor.error
        ? verdict(false, 'failed', `${r.pair.name}: a run failed`)
        : verdict(x <= MAX_FLOOR_RATIO, `${ratio(x)}x`, `${r.pair.name}: engine is ${ratio(x)}x the parse floor`);
    const stripe =
      r.pair.name === 'stripe'
        ? verdict(!r.ours.error && r.ours.ms < STRIPE_LIMIT_MS, ms(r.ours.ms), `stripe: ${ms(r.ours.ms)} wall`)
        : '';
    return [r.pair.name, fast, floor, stripe];
  });
  console.log(`\nTargets (issue 3):`);
  console.log(
    table([
      ['pair', `>= ${MIN_SPEEDUP}x faster than openapi-diff`, `<= ${MAX_FLOOR_RATIO}x the parse floor`, 'stripe < 1 s'],
      ...targetRows,
    ]),
  );

  console.log(
    `\nWall times are the work only (no process start-up or module ` +
      `loading): median of ${RUNS} fresh processes for the floor and ` +
      `the engine; ` +
      (`openapi-diff once, ${TIMEOUT_MS / 1000} s limit, ${HEAP_MB} ` +
        `MB heap. cpu is the engine process's CPU time (all threads) ` +
        `over the same span; `) +
      (`peak is the process's peak RSS. The parse floor is reading ` +
        `both files and JSON.parse; "our load only" is contract-kit's ` +
        `loader on both (parse, $ref resolution, origins for file:line); ` +
        `the target is against the JSON.parse floor, "ours ÷ our load" ` +
        `is shown for reference. When openapi-diff fails, the time it ` +
        `spent `) +
      `is a lower bound of what it needs, hence "≥".`,
  );
  if (Math.max(loadBefore, loadAfter) > cpus) {
    console.log(
      `Note: the machine was busy (load average above ${cpus}): wall times are inflated; cpu is the steadier figure.`,
    );
  }
  if (misses.length) {
    console.log(`\nTargets missed:\n- ${misses.join('\n- ')}`);
    return values.check ? 1 : 0;
  }
  console.log('\nAll measured targets met.');
  return 0;
}

process.exitCode = await main();

/**
 * One measurement in a fresh process: `node --import tsx bench/worker.ts <mode> <base> <revision>`.
 * Prints one JSON line: { ms, cpuMs, maxRssMb, summary, phases } (phases: engine mode only). Time covers the work only
 * (not Node's
 * start-up, module loading or collecting its garbage, which is the same for every mode); `cpuMs` is the process's CPU
 * time
 * (user + system, all threads) over the same span, which other load on the machine inflates less
 * than wall time; memory is the process's peak RSS.
 *
 * Modes:
 *   parse         read both files and JSON.parse them: the floor no engine can beat
 *   load          contract-kit's loader on both files: parse + $ref resolution + origins (no diff)
 *   engine        contract-kit's analyze(): load + $ref resolution + diff + rules + policy
 *   openapi-diff  Atlassian openapi-diff's diffSpecs() on the same two files
 */
import { readFileSync } from 'node:fs';

const [mode, base, revision] = process.argv.slice(2);
if (!mode || !base || !revision) {
  console.error('usage: worker.ts parse|load|engine|openapi-diff BASE REVISION');
  process.exit(2);
}

/** Engine mode: milliseconds per phase of analyze (load, diff, rules, changes, report). */
const phases: Record<string, number> = {};

async function run(): Promise<string> {
  if (mode === 'parse') {
    const a = JSON.parse(readFileSync(base!, 'utf8')) as object;
    const b = JSON.parse(readFileSync(revision!, 'utf8')) as object;
    return `${Object.keys(a).length + Object.keys(b).length} top-level keys`;
  }
  if (mode === 'load') {
    const { loadSpec } = await import('../versioning/load/index.ts');
    const a = await loadSpec(base!, {});
    const b = await loadSpec(revision!, {});
    return `${Object.keys(a.document.paths ?? {}).length} + ${Object.keys(b.document.paths ?? {}).length} paths`;
  }
  if (mode === 'engine') {
    const { analyze } = await import('../versioning/engine.ts');
    const t0 = performance.now();
    const report = await analyze(base!, revision!, { timings: phases });
    return (
      `${report.changes.length} changes (${report.summary.breaking} ` +
      `breaking), bump ${report.bump} [${(performance.now() - t0).toFixed(0)} ` +
      `ms]`
    );
  }
  if (mode === 'openapi-diff') {
    const { default: openapiDiff } = await import('openapi-diff');
    const outcome = await openapiDiff.diffSpecs({
      sourceSpec: { content: readFileSync(base!, 'utf8'), location: base!, format: 'openapi3' },
      destinationSpec: { content: readFileSync(revision!, 'utf8'), location: revision!, format: 'openapi3' },
    });
    const breaking = outcome.breakingDifferencesFound ? outcome.breakingDifferences.length : 0;
    return (
      `${breaking} breaking, ${outcome.nonBreakingDifferences.length} ` +
      `non-breaking, ${outcome.unclassifiedDifferences.length} unclassified`
    );
  }
  throw new Error(`unknown mode ${mode}`);
}

// Import the engine's modules before the clock starts, so module loading is not timed.
if (mode === 'engine') await import('../versioning/engine.ts');
if (mode === 'load') await import('../versioning/load/index.ts');
if (mode === 'openapi-diff') await import('openapi-diff');
// Collect the garbage of module loading (tsx transpiles on the fly) before the clock starts, so
// that it is not charged to the work (run.ts starts workers with --expose-gc; same for every mode).
(globalThis as { gc?: () => void }).gc?.();
const t0 = performance.now();
const c0 = process.cpuUsage();
const cpuMs = () => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
try {
  const summary = await run();
  const ms = performance.now() - t0;
  process.stdout.write(
    JSON.stringify({ ms, cpuMs: cpuMs(), maxRssMb: process.resourceUsage().maxRSS / 1024, summary, phases }) + '\n',
  );
} catch (err) {
  const ms = performance.now() - t0;
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  process.stdout.write(
    JSON.stringify({ ms, cpuMs: cpuMs(), maxRssMb: process.resourceUsage().maxRSS / 1024, error: message }) + '\n',
  );
}

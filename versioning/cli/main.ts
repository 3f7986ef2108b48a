/**
 * The CLI entry (bin/contract-kit.js runs its bundle, or imports it through tsx). The only place
 * that touches process.exitCode and exits. No top-level await: the bundle is a CommonJS script (see
 * scripts/build-cli.mjs), and `run` never rejects.
 */
import { processIo } from './io.ts';
import { run } from './program.ts';

const io = processIo();
void run(process.argv.slice(2), io).then(async (code) => {
  process.exitCode = code;
  // Exit as soon as the output is out, not when the event loop has emptied: Node then tears the
  // heap down page by page, which after a large diff takes longer than the report's writing, and
  // a keep-alive socket (a broker's) would hold the process open. The output is out first: a
  // pipe may still hold chunks of stdout that process.exit would drop.
  await io.flushed();
  process.exit(code);
});

/**
 * The CLI entry (bin/contract-kit.js runs its bundle, or imports it through tsx). The only place
 * that touches process.exitCode. No top-level await: the bundle is a CommonJS script (see
 * scripts/build-cli.mjs), and `run` never rejects.
 */
import { processIo } from './io.ts';
import { run } from './program.ts';

void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});

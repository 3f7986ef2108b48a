/** The CLI entry (bin/contract-kit.js imports it). The only place that touches process.exitCode. */
import { processIo } from './io.ts';
import { run } from './program.ts';

process.exitCode = await run(process.argv.slice(2), processIo());

// Preloaded by `npm run bench` (node --require) into every whole-process run: at exit, writes the
// process's peak RSS in MB to the file named by CONTRACT_KIT_BENCH_RSS. CommonJS, so that the preload
// does not make Node set up its ES module loader in processes that would not (`node -e 0`, the
// floor, the CLI's CommonJS bin): the start-up ratio measures what users run.
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.CONTRACT_KIT_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));

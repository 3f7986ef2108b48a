// Preloaded by `npm run bench` (node --import) into every whole-process run: at exit, writes the
// process's peak RSS in MB to the file named by CONTRACT_KIT_BENCH_RSS.
import { writeFileSync } from 'node:fs';

const file = process.env.CONTRACT_KIT_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));

/**
 * `npm run fixtures:pin [-- CASE...]`: fills the `findings` of test/fixtures/rules/<case>/expected.json
 * from the current output, pointer and file:line on both sides included. Run it for a new fixture,
 * or after a change that moves findings on purpose, then review the diff of expected.json: the
 * fixture test compares against exactly what this writes. Without arguments it pins every case.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCases, runCasePinned } from './harness.ts';

const wanted = new Set(process.argv.slice(2));
const cases = listCases().filter((c) => wanted.size === 0 || wanted.has(c.name));
const unknown = [...wanted].filter((name) => !cases.some((c) => c.name === name));
if (unknown.length > 0) {
  process.stderr.write(`pin-fixtures: no fixture named ${unknown.join(', ')} in test/fixtures/rules\n`);
  process.exit(2);
}
let changed = 0;
for (const c of cases) {
  const findings = await runCasePinned(c);
  const next = JSON.stringify({ ...c.expected, findings }, null, 2) + '\n';
  const before = JSON.stringify(c.expected, null, 2) + '\n';
  if (next === before) continue;
  writeFileSync(join(c.dir, 'expected.json'), next);
  changed++;
}
process.stdout.write(`pinned ${cases.length} fixture(s); ${changed} expected.json rewritten\n`);

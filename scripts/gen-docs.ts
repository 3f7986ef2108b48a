/**
 * `npm run docs`: regenerate the rule table and the CLI reference in versioning/README.md and
 * the JSON Schemas in docs/. `--check` only reports what is out of date (exit 1).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedSchemas, updateReadme } from '../versioning/cli/docs.ts';
import { RULES } from '../versioning/rules/registry.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

async function read(file: string): Promise<string> {
  try {
    return await readFile(path.join(root, file), 'utf8');
  } catch {
    return '';
  }
}

const wanted: Record<string, string> = { ...generatedSchemas() };
wanted['versioning/README.md'] = updateReadme(await read('versioning/README.md'), RULES);

const stale: string[] = [];
for (const [file, content] of Object.entries(wanted)) {
  if ((await read(file)) === content) continue;
  stale.push(file);
  if (!check) await writeFile(path.join(root, file), content, 'utf8');
}
if (check && stale.length) {
  process.stderr.write(`docs out of date: ${stale.join(', ')}; run npm run docs\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(stale.length ? `updated ${stale.join(', ')}\n` : 'docs up to date\n');
}

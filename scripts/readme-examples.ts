/**
 * `npm run docs`, second step: run the commands that README.md shows under "Output on the example
 * pair" and write what they print between its `<!-- example-NAME:start -->` / `:end` markers.
 * The CLI runs in-process, as on a pipe (no colour). `--check` only reports drift (exit 1).
 * Until the example pair exists, it says so and leaves README.md alone.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { replaceSection } from '../versioning/cli/docs.ts';
import type { Io } from '../versioning/cli/io.ts';
import { run } from '../versioning/cli/program.ts';

export const EXAMPLE_PAIR = ['provider/openapi.yaml', 'provider/examples/openapi.v2-breaking.yaml'] as const;

export interface ReadmeExample {
  /** The marker name in README.md: `<!-- NAME:start -->`. */
  name: string;
  /** `contract-kit` arguments. */
  argv: readonly string[];
}

export const EXAMPLES: readonly ReadmeExample[] = [
  { name: 'example-diff', argv: ['diff', ...EXAMPLE_PAIR, '--pacts', 'pacts'] },
  { name: 'example-gate-semver', argv: ['gate', ...EXAMPLE_PAIR, '--policy', 'semver'] },
  { name: 'example-gate-consumers', argv: ['gate', ...EXAMPLE_PAIR, '--policy', 'consumers', '--pacts', 'pacts'] },
];

export interface ExampleRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `contract-kit ARGV` in `cwd` and capture what it prints (plain text: not a TTY, NO_COLOR). */
export async function runExample(argv: readonly string[], cwd: string): Promise<ExampleRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (s: string) => void out.push(s), isTTY: false },
    stderr: { write: (s: string) => void err.push(s) },
    stdinIsTTY: true,
    env: { NO_COLOR: '1' },
    cwd,
    readStdin: () => Promise.reject(new Error('the README examples do not read stdin')),
    writeFile: () => Promise.reject(new Error('the README examples write no files')),
  };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The README text for one example: the command, what it prints, and its exit code. */
export function renderExample(example: ReadmeExample, result: ExampleRun): string {
  const command = `$ npx contract-kit ${example.argv.join(' ')}`;
  return ['```console', command, result.stdout.trimEnd(), '```', '', `Exit code ${result.code}.`].join('\n');
}

/** README.md with every example section regenerated. Throws when a command fails with a usage or input error. */
export async function updateExamples(readme: string, cwd: string): Promise<string> {
  let text = readme;
  for (const example of EXAMPLES) {
    const result = await runExample(example.argv, cwd);
    if (result.code === 2 || result.stderr !== '') {
      throw new Error(
        `contract-kit ${example.argv.join(' ')} exited ${result.code}: ${result.stderr.trim() || '(no message)'}`,
      );
    }
    text = replaceSection(text, example.name, renderExample(example, result));
  }
  return text;
}

export function examplePairExists(root: string): boolean {
  return EXAMPLE_PAIR.every((file) => existsSync(path.join(root, file)));
}

async function main(): Promise<number> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const check = process.argv.includes('--check');
  if (!examplePairExists(root)) {
    process.stdout.write(`README examples: ${EXAMPLE_PAIR[1]} does not exist yet; README.md left as it is\n`);
    return 0;
  }
  const file = path.join(root, 'README.md');
  const readme = await readFile(file, 'utf8');
  let wanted: string;
  try {
    wanted = await updateExamples(readme, root);
  } catch (err) {
    process.stderr.write(`README examples: ${(err as Error).message}\n`);
    return 2;
  }
  if (wanted === readme) {
    process.stdout.write('README examples up to date\n');
    return 0;
  }
  if (check) {
    process.stderr.write('README examples out of date; run npm run docs\n');
    return 1;
  }
  await writeFile(file, wanted, 'utf8');
  process.stdout.write('updated README.md (examples)\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main();
}

/**
 * `npm run gate`: gate provider/openapi.yaml against its previous version.
 *
 * The base is, in order: `$CONTRACT_KIT_BASE_REF`; `origin/$GITHUB_BASE_REF` (pull requests on
 * GitHub Actions); `origin/main`, unless it is the commit being checked (a push to main), and
 * then `HEAD~1`; `HEAD~1` when there is no remote. Extra arguments go to `contract-kit gate`
 * (`npm run gate -- --format github`). When the base revision has no provider/openapi.yaml yet,
 * there is nothing to gate: it says so and exits 0.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { processIo } from '../versioning/cli/io.ts';
import { run } from '../versioning/cli/program.ts';

export const SPEC = 'provider/openapi.yaml';

/** Runs git and returns its trimmed stdout, or undefined when it fails. */
export type Git = (args: string[]) => string | undefined;

export type BaseChoice = { ref: string; why: string } | { error: string };

export function chooseBase(git: Git, env: Readonly<Record<string, string | undefined>>): BaseChoice {
  const commit = (ref: string) => git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const explicit = env['CONTRACT_KIT_BASE_REF'];
  if (explicit) return commit(explicit) ? { ref: explicit, why: 'CONTRACT_KIT_BASE_REF' } : { error: `CONTRACT_KIT_BASE_REF=${explicit} is not a commit here; fetch it first` };
  const pr = env['GITHUB_BASE_REF'];
  if (pr && commit(`origin/${pr}`)) return { ref: `origin/${pr}`, why: 'the pull request base' };
  const head = commit('HEAD');
  const main = commit('origin/main');
  if (main && main !== head) return { ref: 'origin/main', why: 'origin/main' };
  if (commit('HEAD~1')) return { ref: 'HEAD~1', why: main ? 'HEAD is origin/main, so the previous commit' : 'no origin/main, so the previous commit' };
  return { error: 'no origin/main and no HEAD~1 to compare with; fetch the history (actions/checkout with fetch-depth: 0) or set CONTRACT_KIT_BASE_REF' };
}

async function main(): Promise<number> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const git: Git = (args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
    } catch {
      return undefined;
    }
  };
  const choice = chooseBase(git, process.env);
  if ('error' in choice) {
    process.stderr.write(`npm run gate: ${choice.error}\n`);
    return 2;
  }
  if (!hasObject(git, `${choice.ref}:${SPEC}`)) {
    process.stdout.write(`npm run gate: ${choice.ref} has no ${SPEC} yet; nothing to gate against\n`);
    return 0;
  }
  process.stderr.write(`npm run gate: ${SPEC} against ${choice.ref} (${choice.why})\n`);
  process.chdir(root);
  return run(['gate', `${choice.ref}:${SPEC}`, SPEC, ...process.argv.slice(2)], processIo());
}

/** Whether `REF:path` names an object (the file exists in that revision). */
function hasObject(git: Git, spec: string): boolean {
  return git(['rev-parse', '--verify', '--quiet', spec]) !== undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main();
}

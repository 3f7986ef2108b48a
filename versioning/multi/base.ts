/**
 * Which git revision a pull request is compared with, when the user names none: shared by
 * `npm run gate` (scripts/gate.ts), `gate`/`diff` over the configured `apis`, and the GitHub Action.
 */
import { execFileSync } from 'node:child_process';

/** Runs git and returns its trimmed stdout, or undefined when it fails. */
export type Git = (args: string[]) => string | undefined;

export type BaseChoice = { ref: string; why: string } | { error: string };

/** A `Git` that runs the real git in `cwd`. */
export function gitIn(cwd: string): Git {
  return (args) => {
    try {
      return (
        execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
      );
    } catch {
      return undefined;
    }
  };
}

/**
 * The base is, in order: `$CONTRACT_KIT_BASE_REF`; `origin/$GITHUB_BASE_REF` (pull requests on
 * GitHub Actions); `origin/main`, unless it is the commit being checked (a push to main), and then
 * `HEAD~1`; `HEAD~1` when there is no remote.
 */
export function chooseBase(git: Git, env: Readonly<Record<string, string | undefined>>): BaseChoice {
  const commit = (ref: string) => git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const explicit = env['CONTRACT_KIT_BASE_REF'];
  if (explicit)
    return commit(explicit)
      ? { ref: explicit, why: 'CONTRACT_KIT_BASE_REF' }
      : { error: `CONTRACT_KIT_BASE_REF=${explicit} is not a commit here; fetch it first` };
  const pr = env['GITHUB_BASE_REF'];
  if (pr && commit(`origin/${pr}`)) return { ref: `origin/${pr}`, why: 'the pull request base' };
  const head = commit('HEAD');
  const main = commit('origin/main');
  if (main && main !== head) return { ref: 'origin/main', why: 'origin/main' };
  if (commit('HEAD~1'))
    return {
      ref: 'HEAD~1',
      why: main ? 'HEAD is origin/main, so the previous commit' : 'no origin/main, so the previous commit',
    };
  return {
    error:
      'no origin/main and no HEAD~1 to compare with; fetch the history ' +
      '(actions/checkout with fetch-depth: 0) or set CONTRACT_KIT_BASE_REF',
  };
}

/** Whether `REF:path` names an object (the file exists in that revision). */
export function hasObject(git: Git, spec: string): boolean {
  return git(['rev-parse', '--verify', '--quiet', spec]) !== undefined;
}

/**
 * `npm run gate`: gate provider/openapi.yaml against its previous version.
 *
 * The base is, in order: `$CONTRACT_KIT_BASE_REF`; `origin/$GITHUB_BASE_REF` (pull requests on
 * GitHub Actions); `origin/main`, unless it is the commit being checked (a push to main), and
 * then `HEAD~1`; `HEAD~1` when there is no remote. Extra arguments go to `contract-kit gate`
 * (`npm run gate -- --format github`). When the base revision has no provider/openapi.yaml yet,
 * there is nothing to gate: it says so and exits 0.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { processIo } from '../versioning/cli/io.ts';
import { run } from '../versioning/cli/program.ts';
import { chooseBase, gitIn, hasObject, type Git } from '../versioning/multi/base.ts';

export { chooseBase, type BaseChoice, type Git } from '../versioning/multi/base.ts';

export const SPEC = 'provider/openapi.yaml';

async function main(): Promise<number> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const git: Git = gitIn(root);
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

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main();
}

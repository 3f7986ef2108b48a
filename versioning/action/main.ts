/** The GitHub Action's entry (action.yml runs the bundle, dist/action.mjs). */
import { runAction } from './run.ts';

process.exitCode = await runAction({
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  fetch,
});

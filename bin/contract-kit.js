#!/usr/bin/env node
// The contract-kit CLI. An installed package runs its bundle (dist/contract-kit.cjs, built by
// `prepack`) and needs nothing else. In a checkout of the repository (versioning/ is present) the
// bundle runs while it is up to date with the sources (see bundle.js); otherwise tsx, a dev
// dependency, loads the TypeScript sources, so no build step is ever required while developing.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { runBundle } from './run-bundle.js';

// Node (>= 22.1) keeps the compiled code of the modules it loads in a cache and reuses it on the
// next run, which saves a good part of the start-up. The cache lives where NODE_COMPILE_CACHE says,
// else in os.tmpdir()/node-compile-cache, never beside the user's files; a cache that cannot be
// written (read-only or full temp folder) is skipped without an error, and
// NODE_DISABLE_COMPILE_CACHE=1 turns it off. The bundle keeps its own code cache in the same
// folder (run-bundle.js).
const cache = module.enableCompileCache?.();

const root = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const bundle = root('dist/contract-kit.cjs');
if (!existsSync(root('versioning'))) {
  if (!existsSync(bundle)) {
    process.stderr.write(
      `contract-kit: ${bundle} is missing; reinstall the package (npm pack builds it through prepack)\n`,
    );
    process.exit(2);
  }
  runBundle(bundle, cache?.directory);
} else if ((await import('./bundle.js')).builtInputsAreFresh(root('.'))) {
  runBundle(bundle, cache?.directory);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../versioning/cli/main.ts');
}

#!/usr/bin/env node
// The contract-kit CLI. An installed package runs its bundle (dist/contract-kit.cjs, built by
// `prepack`) and needs nothing else. In a checkout of the repository (versioning/ is present) the
// bundle runs while it is up to date with the sources (see bundle.js); otherwise tsx, a dev
// dependency, loads the TypeScript sources, so no build step is ever required while developing.
//
// The files of bin/ are CommonJS (bin/package.json): Node starts a CommonJS main script without
// its ES module loader, which a module main script (and each `import` of a built-in) would set up
// first, a good part of the start-up of a small diff (docs/performance.md).
'use strict';
const { existsSync } = require('node:fs');
const module_ = require('node:module');
const { join } = require('node:path');
const { runBundle } = require('./run-bundle.js');

// Node (>= 22.1) keeps the compiled code of the modules it loads in a cache and reuses it on the
// next run, which saves a good part of the start-up. The cache lives where NODE_COMPILE_CACHE says,
// else in os.tmpdir()/node-compile-cache, never beside the user's files; a cache that cannot be
// written (read-only or full temp folder) is skipped without an error, and
// NODE_DISABLE_COMPILE_CACHE=1 turns it off. The bundle keeps its own code cache in the same
// folder (run-bundle.js).
const cache = module_.enableCompileCache?.();

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'contract-kit.cjs');
if (!existsSync(join(root, 'versioning'))) {
  if (!existsSync(bundle)) {
    process.stderr.write(
      `contract-kit: ${bundle} is missing; reinstall the package (npm pack builds it through prepack)\n`,
    );
    process.exit(2);
  }
  runBundle(bundle, cache?.directory);
} else if (require('./bundle.js').builtInputsAreFresh(root)) {
  runBundle(bundle, cache?.directory);
} else {
  // The sources are ES modules in TypeScript: tsx's loader, then the CLI's entry.
  import('tsx/esm/api').then(({ register }) => {
    register();
    return import('../versioning/cli/main.ts');
  });
}

#!/usr/bin/env node
// The contract-kit CLI. Runs the bundle in dist/ when it is up to date with the sources (see
// bundle.js); otherwise tsx loads the TypeScript sources, so no build step is ever required.
import { fileURLToPath } from 'node:url';
import { bundleIsFresh } from './bundle.js';

const root = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));
if (bundleIsFresh(root('dist/contract-kit.mjs'), [root('versioning'), root('package.json')])) {
  await import('../dist/contract-kit.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../versioning/cli/main.ts');
}

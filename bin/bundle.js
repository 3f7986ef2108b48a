// Whether the CLI can run the bundled JavaScript (dist/contract-kit.cjs, built by `npm run build:cli`,
// which `npm test` and `npm pack` run) instead of loading the TypeScript sources through
// tsx. Loading the bundle saves about 0.3 s per run, most of it tsx transpiling ~150 modules; a
// bundle older than any source file is never used, so an edited checkout never runs stale code.
'use strict';
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, sep } = require('node:path');

/** The newest modification time (ms) of a `.ts` file under `dir`, recursively; 0 when there is none. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** When `bundle` was built, or undefined when it is missing or `CONTRACT_KIT_FROM_SOURCE=1` forces the sources. */
function builtAt(bundle, env) {
  if (env.CONTRACT_KIT_FROM_SOURCE === '1') return undefined;
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * True when `bundle` exists and is at least as new as every source in `sources` (folders, searched
 * for `.ts` files, or single files such as package.json, which the bundle reads its version from).
 * `CONTRACT_KIT_FROM_SOURCE=1` in the environment forces the sources.
 */
function bundleIsFresh(bundle, sources, env = process.env) {
  const built = builtAt(bundle, env);
  if (built === undefined) return false;
  return sources.every((p) => (statSync(p).isDirectory() ? newestSource(p) : statSync(p).mtimeMs) <= built);
}

/**
 * The same check, cheaper: against the inputs the build listed in `dist/inputs.json` (bundled
 * sources, package.json, the build script, and the folders of the inlined dependencies), each
 * stat'ed as it is, with no folder to search. A source the list does not name cannot be in the
 * bundle before an edit to a listed one imports it, and that edit makes the bundle stale anyway;
 * a listed input that is gone makes it stale too. Without the list (a bundle built otherwise), the
 * whole `versioning/` folder and package.json are searched as `bundleIsFresh` does.
 */
function builtInputsAreFresh(root, env = process.env) {
  const bundle = join(root, 'dist', 'contract-kit.cjs');
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(root, 'dist', 'inputs.json'), 'utf8'));
  } catch {
    return bundleIsFresh(bundle, [join(root, 'versioning'), join(root, 'package.json')], env);
  }
  const built = builtAt(bundle, env);
  if (built === undefined) return false;
  // The listed paths are relative and normalised, so a plain concatenation (no path.join) will do.
  const prefix = root.endsWith(sep) ? root : root + sep;
  return inputs.every((p) => (statSync(prefix + p, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) <= built);
}

module.exports = { newestSource, bundleIsFresh, builtInputsAreFresh };

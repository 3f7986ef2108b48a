// Whether the CLI can run the bundled JavaScript (dist/contract-kit.mjs, built by `npm run build:cli`,
// which `npm test` and `npm pack` run) instead of loading the TypeScript sources through
// tsx. Loading the bundle saves about 0.3 s per run, most of it tsx transpiling ~150 modules; a
// bundle older than any source file is never used, so an edited checkout never runs stale code.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time (ms) of a `.ts` file under `dir`, recursively; 0 when there is none. */
export function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * True when `bundle` exists and is at least as new as every source in `sources` (folders, searched
 * for `.ts` files, or single files such as package.json, which the bundle reads its version from).
 * `CONTRACT_KIT_FROM_SOURCE=1` in the environment forces the sources.
 */
export function bundleIsFresh(bundle, sources, env = process.env) {
  if (env.CONTRACT_KIT_FROM_SOURCE === '1') return false;
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  return sources.every((p) => (statSync(p).isDirectory() ? newestSource(p) : statSync(p).mtimeMs) <= built);
}

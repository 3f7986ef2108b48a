/**
 * The yaml library, loaded on first use. It is ~190 module files, and a JSON spec (the usual
 * input of large APIs) never needs it, so plain `diff a.json b.json` starts without it. Node
 * resolves `yaml` to the same CommonJS build for `require` as for `import` (its `node` export).
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const requireFromHere = createRequire(import.meta.url);

/** The `yaml` module (Node caches it after the first call). */
export function yamlLib(): typeof Yaml {
  return requireFromHere('yaml') as typeof Yaml;
}

// Runs the CLI's bundle (dist/contract-kit.cjs, built by scripts/build-cli.mjs: a CommonJS module
// in the function that Node would wrap it in) with a V8 code cache of its own.
//
// Node's compile cache (module.enableCompileCache) stores a module's code as compiled when it was
// loaded: its top-level code only. V8 compiles every other function when it is first called, so
// each run compiled again the few hundred functions a diff calls, most of the time the run spent
// beyond loading. A cache made at the end of a run (vm.Script#createCachedData) holds every
// function compiled so far, and a later run starts with them. It is made once per command, by the
// first run of a bundle (or when V8 rejects it: another Node version or V8 flags), and kept in Node's
// compile cache folder, which NODE_COMPILE_CACHE chooses and NODE_DISABLE_COMPILE_CACHE=1 turns
// off (then there is none). A folder that cannot be written costs nothing but the cache.
'use strict';
const { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

/** FNV-1a of a string, as 8 hex digits. */
function shortHash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The commands with a code cache each; any other arguments (help, version, errors) share one. */
const COMMANDS = new Set(['diff', 'gate', 'changelog', 'rules', 'check-pacts', 'usage']);

/** Files named on the command line that add up to this many bytes make a run large (see `sizeClass`). */
const LARGE_INPUTS = 512 * 1024;

/**
 * `-large` when the files the arguments name (the documents, and whatever else exists: an output
 * from an earlier run, a config) add up to LARGE_INPUTS bytes or more, else ''. V8 reads a whole
 * code cache at every start: one made by a large diff holds every function it compiled and costs a
 * small diff several milliseconds to read; one made by a small diff leaves a large diff to compile
 * the rest again. So each size has its own.
 */
function sizeClass(args) {
  let total = 0;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    let stat;
    try {
      stat = statSync(arg, { throwIfNoEntry: false });
    } catch {
      // Not a path this process may look at (permissions, a NUL byte...): the CLI will say so.
      continue;
    }
    if (stat?.isFile()) total += stat.size;
    if (total >= LARGE_INPUTS) return '-large';
  }
  return '';
}

/**
 * Where the code cache of `file` is kept, or undefined without a cache folder. V8 checks only the
 * length of the source a cache was made from, so the name carries the hash of the bundle's text
 * that the build wrote on its first line (`// contract-kit <hash>`, after the wrapper). Each command
 * has its own caches (one per size of run, see `sizeClass`), made by its first run: one made by
 * `--help` would hold none of a diff's functions.
 */
function cachePath(file, source, cacheDir, command, args = []) {
  const id = /^[^\n]*\/\/ contract-kit ([0-9a-f]+)\n/.exec(source)?.[1];
  if (cacheDir === undefined || id === undefined) return undefined;
  // One set of caches per install and Node version (a cache of another version is rejected).
  const install = `contract-kit-${shortHash(`${file}\n${process.version}\n${process.arch}`)}-`;
  const kind = COMMANDS.has(command) ? `${command}${sizeClass(args)}` : 'other';
  return { install, bundle: `${install}${id}-`, file: join(cacheDir, `${install}${id}-${kind}`) };
}

/** Writes the cache of `script` (atomically: other runs may read it); removes those of older bundles. */
function saveCache(script, cache) {
  try {
    const temporary = `${cache.file}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cache.file);
    const dir = dirname(cache.file);
    for (const name of readdirSync(dir)) {
      if (name.startsWith(cache.install) && !name.startsWith(cache.bundle) && !name.includes('.')) {
        rmSync(join(dir, name), { force: true });
      }
    }
  } catch {
    // A read-only or full folder: the next run compiles as this one did.
  }
}

/** Runs `file` as Node runs a CommonJS module, compiled from its code cache in `cacheDir` when there is one. */
function runBundle(file, cacheDir) {
  // The build writes ASCII only (esbuild escapes the rest), which Latin-1 reads fastest.
  const source = readFileSync(file, 'latin1');
  const cache = cachePath(file, source, cacheDir, process.argv[2], process.argv.slice(3));
  let cachedData;
  if (cache !== undefined) {
    try {
      cachedData = readFileSync(cache.file);
    } catch {
      // none yet
    }
  }
  // The file is one function expression, `(function (exports, require, module, __filename,
  // __dirname) {...})`, which the build wrote around the bundle (scripts/build-cli.mjs).
  const script = new vm.Script(source, { filename: file, cachedData });
  if (cache !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    process.once('exit', () => saveCache(script, cache));
  }
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, dirname(file));
}

module.exports = { cachePath, runBundle };

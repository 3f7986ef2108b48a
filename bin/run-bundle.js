// Runs the CLI's bundle (dist/contract-kit.cjs, built by scripts/build-cli.mjs: a CommonJS module
// in the function that Node would wrap it in) with a V8 code cache of its own, and its second
// script (dist/contract-kit-more.cjs, the modules only some commands need) when it asks for it.
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
const { dirname, extname, join } = require('node:path');
const vm = require('node:vm');

/** FNV-1a of a string, as 8 hex digits. */
function shortHash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The commands with a code cache each; any other arguments (help, version, errors) share one. */
const COMMANDS = new Set(['diff', 'gate', 'changelog', 'rules', 'check-pacts', 'usage']);

/** Files named on the command line that add up to this many bytes make a run large (see `runShape`). */
const LARGE_INPUTS = 512 * 1024;

/** The CLI's short flags by their long names, so that a run's shape does not depend on which is written. */
const SHORT_FLAGS = new Map([
  ['-f', '--format'],
  ['-o', '--output'],
]);

/** The size of `arg` when it names a regular file this process may look at, else 0. */
function fileSize(arg) {
  try {
    const stat = statSync(arg, { throwIfNoEntry: false });
    return stat?.isFile() ? stat.size : 0;
  } catch {
    // Not a path this process may look at (permissions, a NUL byte...): the CLI will say so.
    return 0;
  }
}

/**
 * What of a run's arguments decides the functions it compiles, as a suffix of its cache's name:
 * `-large` when the files the arguments name (the documents, and whatever else exists: an output
 * of an earlier run, a config) add up to LARGE_INPUTS bytes or more, then a hash of the flags
 * given (their names, and the formats asked for) and of the extensions of the other arguments
 * (JSON or YAML documents). V8 reads a whole code cache at every start, and a cache holds what the
 * run that made it compiled: one made by a large diff, or by one with pacts and another format,
 * costs a small plain diff several milliseconds to read, and one made by a small YAML diff leaves
 * a JSON one compiling its own functions at every run. So each shape of run has its own.
 */
function runShape(args) {
  let total = 0;
  const parts = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const written = eq === -1 ? arg : arg.slice(0, eq);
      const name = SHORT_FLAGS.get(written) ?? written;
      parts.push(name);
      if (name === '--format') {
        const value = eq === -1 ? (args[++i] ?? '') : arg.slice(eq + 1);
        parts.push(value.split('=')[0]);
      }
      continue;
    }
    parts.push(extname(arg).toLowerCase());
    if (total < LARGE_INPUTS) total += fileSize(arg);
  }
  return `${total >= LARGE_INPUTS ? '-large' : ''}-${shortHash(parts.join('\n'))}`;
}

/**
 * Where the code cache of `file` is kept, or undefined without a cache folder. V8 checks only the
 * length of the source a cache was made from, so the name carries the hash of the bundle's text
 * that the build wrote on its first line (`// contract-kit <hash>`, after the wrapper). Each command
 * has its own caches (one per shape of run, see `runShape`), made by its first run: one made by
 * `--help` would hold none of a diff's functions.
 */
function cachePath(file, source, cacheDir, command, args = []) {
  const id = /^[^\n]*\/\/ contract-kit ([0-9a-f]+)\n/.exec(source)?.[1];
  if (cacheDir === undefined || id === undefined) return undefined;
  // One set of caches per install and Node version (a cache of another version is rejected).
  const install = `contract-kit-${shortHash(`${file}\n${process.version}\n${process.arch}`)}-`;
  const kind = COMMANDS.has(command) ? `${command}${runShape(args)}` : 'other';
  return { install, bundle: `${install}${id}-`, file: join(cacheDir, `${install}${id}-${kind}`) };
}

/**
 * The caches of one bundle kept at most (one per shape of run, see `runShape`, and one more for a
 * shape that loaded the second script); the least recently made go first.
 */
const MAX_CACHES = 24;

/**
 * Writes the cache of `script` (atomically: other runs may read it); removes those of older bundles,
 * and the oldest of this one's past MAX_CACHES.
 */
function saveCache(script, cache) {
  try {
    const temporary = `${cache.file}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cache.file);
    const dir = dirname(cache.file);
    const mine = [];
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(cache.install) || name.includes('.')) continue;
      if (!name.startsWith(cache.bundle)) rmSync(join(dir, name), { force: true });
      else mine.push({ name, made: statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 });
    }
    mine.sort((a, b) => a.made - b.made);
    for (const { name } of mine.slice(0, Math.max(0, mine.length - MAX_CACHES)))
      rmSync(join(dir, name), { force: true });
  } catch {
    // A read-only or full folder: the next run compiles as this one did.
  }
}

/**
 * Compiles `source`, the text of the script `file` (a function expression, see runBundle), with
 * its code cache when there is one, and has the cache made at exit when there was none or V8
 * rejected it. The function.
 */
function compile(file, source, cache) {
  let cachedData;
  if (cache !== undefined) {
    try {
      cachedData = readFileSync(cache.file);
    } catch {
      // none yet
    }
  }
  const script = new vm.Script(source, { filename: file, cachedData });
  if (cache !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    process.once('exit', () => saveCache(script, cache));
  }
  return script.runInThisContext();
}

/**
 * The loader of the CLI's second script (`__ckParts` in the bundle, see scripts/build-cli.mjs): the
 * modules only some commands need, in `name` beside `file`. The core hands it, at start-up, a
 * function that makes the object of the modules it shares and the function that compiles under
 * V8's flags as at start-up (`share`); its first `import()` of such a module loads the script
 * (`load`), once, compiled as the core is, with a code cache of its own beside the core's.
 */
function partLoader(file, cache) {
  let core = () => ({});
  let asAtStartUp = (compileNow) => compileNow();
  return {
    share(modules, compileAs) {
      core = modules;
      asAtStartUp = compileAs;
    },
    load(name) {
      const part = join(dirname(file), name);
      const partCache = cache && { ...cache, file: `${cache.file}-${name.replace(/\.cjs$/, '')}` };
      const run = asAtStartUp(() => compile(part, readFileSync(part, 'latin1'), partCache));
      const mod = { exports: {} };
      run(mod.exports, createRequire(part), mod, part, dirname(part), core());
      return mod.exports;
    },
  };
}

/**
 * Runs `file` as Node runs a CommonJS module, compiled from its code cache in `cacheDir` when there
 * is one. The file is one function expression, `(function (exports, require, module, __filename,
 * __dirname, __ckParts) {...})`, which the build wrote around the bundle (scripts/build-cli.mjs);
 * `__ckParts` loads the CLI's second script (partLoader).
 */
function runBundle(file, cacheDir) {
  // The build writes ASCII only (esbuild escapes the rest), which Latin-1 reads fastest.
  const source = readFileSync(file, 'latin1');
  const cache = cachePath(file, source, cacheDir, process.argv[2], process.argv.slice(3));
  const mod = { exports: {} };
  const run = compile(file, source, cache);
  run(mod.exports, createRequire(file), mod, file, dirname(file), partLoader(file, cache));
}

module.exports = { cachePath, runBundle };

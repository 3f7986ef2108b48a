// `npm run build:cli`: bundles the CLI, the library and the action into dist/ (esbuild), and
// writes beside them
// - dist/THIRD-PARTY-NOTICES.txt: the licence of every package whose code the bundle inlines,
//   since the bundle ships that code itself (package.json "files" includes dist/);
// - dist/inputs.json: what the bundles were built from, for bin/bundle.js's freshness check.
//
// The CLI is a CommonJS script, dist/contract-kit.cjs, that bin/contract-kit.js compiles with a
// code cache of its own (see there): a cache made after a run holds the functions that run
// compiled, where Node's compile cache holds only the top-level code of each module, so every run
// compiled again the few hundred functions a diff calls. One file also spares the resolving and
// linking of a dozen chunks. The code that only some commands need (pacts, usage, globs, the
// semantic diff, config files) is a second script, dist/contract-kit-more.cjs, loaded as the first
// is when a command first needs it, and the rule catalogue's data is dist/catalogue.json, read when
// a run first reads a rule (both below). The library (dist/index.mjs) and the action
// (dist/action.mjs) stay ES modules with split chunks.
//
// The dependencies that the CLI needs (commander, semver, minimatch) are inlined: importing
// them from node_modules costs start-up time (module resolution, ~40 small CommonJS files). Those
// that only some commands or inputs need stay external and load on first use: yaml (YAML input),
// re2js (pattern checks), ajv and the pact comparator (pacts), openapi-diff (--semantic). They
// stay dependencies in package.json either way.
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const EXTERNAL = ['yaml', 're2js', 'ajv', 'ajv-formats', '@pactflow/openapi-pact-comparator', 'openapi-diff'];

rmSync(path.join(DIST, 'chunks'), { recursive: true, force: true });
// A bundle of an older build (the CLI was an ES module until 2026-12-04).
rmSync(path.join(DIST, 'contract-kit.mjs'), { force: true });
const shared = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node22',
  // Each package is external with its subpaths too (ajv-formats/dist/formats.js).
  external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
  metafile: true,
  logLevel: 'warning',
};
const library = await build({
  ...shared,
  entryPoints: { index: 'versioning/index.ts', action: 'versioning/action/main.ts' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  outdir: DIST,
  outExtension: { '.js': '.mjs' },
  // An ES module has no `require`; the CommonJS code inlined (commander, semver) requires Node's
  // built-in modules through it. Made on first call.
  banner: {
    js:
      "import { createRequire as __ckCreateRequire } from 'node:module'; let __ckRequire; " +
      'const require = (id) => (__ckRequire ??= __ckCreateRequire(import.meta.url))(id);',
  },
});
// Two of Node's modules load a dozen more of its own when required, which a plain diff never
// uses: in the CLI each is a module of functions that require it on first call (a build plugin).
// - node:child_process (net, dgram, streams): only git refs, executable subcommands and
//   `--base-ref` call it; commander and load/source.ts import it at the top. (Its functions only:
//   the ChildProcess class, which nothing here uses, would not survive the wrapping.)
// - node:fs/promises (file handles, streams, readline, watchers): load/index.ts calls only its
//   `stat`, once per input, to ask whether the input is a file; in the CLI that `stat` is
//   node:fs's statSync (already loaded; same result, same errors) in a promise. Synchronous on
//   purpose: an asynchronous stat would start libuv's pool of four threads, which nothing else in
//   a plain diff needs.
const nodeRequire = createRequire(import.meta.url);
const functionsOf = (id) => Object.keys(nodeRequire(id)).filter((n) => typeof nodeRequire(id)[n] === 'function');
const LAZY = {
  child_process: { names: functionsOf('node:child_process').filter((n) => /^[a-z]/.test(n)), inline: {} },
  // Only what the CLI's modules import (each export is a function made at start-up); esbuild
  // fails the build on an import of any other name (the module is an ES module).
  'fs/promises': {
    names: ['readdir', 'stat'],
    inline: {
      stat: '(path, options) => new Promise((resolve) => ' + "resolve(require('node:fs').statSync(path, options)))",
    },
  },
};
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(child_process|fs\/promises)$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      return args.namespace === 'lazy' ? { path: `node:${name}`, external: true } : { path: name, namespace: 'lazy' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => {
      const { names, inline } = LAZY[args.path];
      return {
        loader: 'js',
        contents:
          `const load = () => require('node:${args.path}');\n` +
          names
            .map((name) => `export const ${name} = ${inline[name] ?? `(...args) => load().${name}(...args)`};`)
            .join('\n'),
      };
    });
  },
};
// package.json: the CLI reads only its version (`pkg.version` in cli/program.ts, the one module that
// imports it; both checked after the build), where esbuild would build the whole manifest as an object
// on every run.
const PACKAGE_JSON = path.join(ROOT, 'package.json');
const PACKAGE_READER = 'versioning/cli/program.ts';
const packageVersion = {
  name: 'package-version',
  setup(b) {
    b.onLoad({ filter: /[\\/]package\.json$/ }, (args) => {
      if (args.path !== PACKAGE_JSON) return undefined;
      const { version } = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8'));
      return { loader: 'js', contents: `export default { version: ${JSON.stringify(version)} };\n` };
    });
  },
};
// The rule catalogue (versioning/rules/catalogue.ts and its sections) is data: ~680 entries, and
// ~700 `R.someName` lookups in a table of ~680 names in the rule families' code. A run reads the
// entries only when it has findings to judge and render, or lists the rules; a diff with nothing to
// report reads none. The bundle gets the same values in a cheaper form, computed here by the
// catalogue's own code (built and run once; `ruleNames` throws on two ids with the same name):
// - `R.someName` in the rule families is the id string itself (`'some-name'`); an unknown name
//   fails the build, and their import of `R` goes, so that no module of the bundle imports the
//   catalogue's own module.
// - the code reads the catalogue through rules/catalogue-read.ts's functions, which in the bundle
//   `require` a CommonJS module that builds the tables (ck:catalogue-data) when first called:
//   esbuild runs a module's code on its first `require` and keeps its exports, so the tables are
//   built at most once per run, and never by a run that reads no rule. Their data is a file of its
//   own (dist/catalogue.json), not text of the bundle: a run that reads no rule does not read its
//   200 kB either.
// - in that file each section is one flat array of its values, which one loop turns into the same
//   entries, keys in the same order; the build checks that the loop gives back every entry exactly.
const CATALOGUE_MODULE = 'versioning/rules/catalogue.ts';
const catalogue = await build({ ...shared, entryPoints: [CATALOGUE_MODULE], format: 'cjs', write: false });
const catalogueModule = { exports: {} };
new Function('module', 'exports', 'require', catalogue.outputFiles[0].text)(
  catalogueModule,
  catalogueModule.exports,
  nodeRequire,
);
const RULE_IDS = catalogueModule.exports.R;
const SECTION_VALUES = catalogueModule.exports.SECTIONS;

// A catalogue entry as a row of the flat table: id, level, direction, action, oasdiff (0: absent),
// message, description, mitigation (0: absent). Entries of any other shape fail the build.
const ENTRY_KEYS = ['spec,message,description', 'spec,message,description,mitigation'];
const SPEC_KEYS = ['level,direction,action', 'level,direction,action,oasdiff'];
const TABLE_FUNCTION = `function table(r) {
  const out = {};
  for (let i = 0; i < r.length; i += 8) {
    const spec = { level: r[i + 1], direction: r[i + 2], action: r[i + 3] };
    if (r[i + 4] !== 0) spec.oasdiff = r[i + 4];
    out[r[i]] =
      r[i + 7] === 0
        ? { spec, message: r[i + 5], description: r[i + 6] }
        : { spec, message: r[i + 5], description: r[i + 6], mitigation: r[i + 7] };
  }
  return out;
}`;
const tableOf = new Function(`return ${TABLE_FUNCTION}`)();

/** The flat table of a catalogue section, checked to give back the section exactly. */
function sectionTable(family, section) {
  const rows = [];
  for (const [id, entry] of Object.entries(section)) {
    if (!ENTRY_KEYS.includes(Object.keys(entry).join(',')) || !SPEC_KEYS.includes(Object.keys(entry.spec).join(',')))
      throw new Error(`build:cli: catalogue entry ${id} has keys the table does not know; update the build`);
    const { spec } = entry;
    rows.push(id, spec.level, spec.direction, spec.action, 'oasdiff' in spec ? spec.oasdiff : 0);
    rows.push(entry.message, entry.description, 'mitigation' in entry ? entry.mitigation : 0);
  }
  const same = (a, b) =>
    typeof a !== 'object' || a === null
      ? a === b
      : Object.keys(a).join() === Object.keys(b).join() && Object.keys(a).every((k) => same(a[k], b[k]));
  if (!same(tableOf(rows), section)) throw new Error(`build:cli: the table of section ${family} differs from it`);
  return rows;
}

// dist/catalogue.json: each section's flat table, by family. ck:catalogue-data, a CommonJS module of
// the core, reads it and builds the tables as catalogue.ts exports them (SECTIONS, and CATALOGUE
// merged from them with Object.assign as there). JSON, read with JSON.parse, rather than a script:
// no code to compile, and so no code cache that V8's flags could make it reject (see cli/heap.ts).
const CATALOGUE_FILE = 'catalogue.json';
const CATALOGUE_JSON = JSON.stringify(
  Object.fromEntries(
    Object.entries(SECTION_VALUES).map(([family, section]) => [family, sectionTable(family, section)]),
  ),
);
const CATALOGUE_DATA =
  `'use strict';\n${TABLE_FUNCTION}\n` +
  "const { readFileSync } = require('node:fs');\n" +
  "const { join } = require('node:path');\n" +
  `const rows = JSON.parse(readFileSync(join(__dirname, ${JSON.stringify(CATALOGUE_FILE)}), 'utf8'));\n` +
  'const SECTIONS = {};\n' +
  'for (const family of Object.keys(rows)) SECTIONS[family] = table(rows[family]);\n' +
  'module.exports = { SECTIONS, CATALOGUE: Object.assign({}, ...Object.values(SECTIONS)) };\n';
// rules/catalogue-read.ts in the bundle: the same functions, reading ck:catalogue-data.
const CATALOGUE_READ = 'versioning/rules/catalogue-read.ts';
const CATALOGUE_READERS = ['catalogue', 'sections'];
const LAZY_CATALOGUE_READ =
  "const data = () => require('ck:catalogue-data');\n" +
  'export function catalogue() {\n  return data().CATALOGUE;\n}\n' +
  'export function sections() {\n  return data().SECTIONS;\n}\n';
const R_IMPORT = /^import \{ R \} from "\.\/catalogue\.ts";\n/m;

const catalogueData = {
  name: 'catalogue-data',
  setup(b) {
    b.onResolve({ filter: /^ck:catalogue-data$/ }, () => ({ path: 'catalogue-data', namespace: 'ck-catalogue' }));
    b.onLoad({ filter: /.*/, namespace: 'ck-catalogue' }, () => ({ loader: 'js', contents: CATALOGUE_DATA }));
    b.onLoad({ filter: /[\\/]versioning[\\/]rules[\\/]catalogue-read\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const exported = [...source.matchAll(/^export (?:const|function|let|var|class) (\w+)/gm)].map((m) => m[1]);
      if (exported.join() !== CATALOGUE_READERS.join())
        throw new Error(`build:cli: ${CATALOGUE_READ} exports ${exported.join(', ')}; update the build`);
      return { loader: 'js', contents: LAZY_CATALOGUE_READ };
    });
    // The rule families: `R.someName` -> the id (in code only: comments and types are gone after
    // esbuild's own transform of the file), and the import of R goes.
    b.onLoad({ filter: /[\\/]versioning[\\/]rules[\\/][^\\/]+\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!/^import \{[^}]*\bR\b[^}]*\} from '\.\/catalogue\.ts';$/m.test(source)) return undefined;
      const { code } = await transform(source, { loader: 'ts', sourcefile: args.path });
      if (!R_IMPORT.test(code)) throw new Error(`build:cli: ${args.path} imports more than R from the catalogue`);
      const contents = code.replace(R_IMPORT, '').replace(/(?<![\w$.])R\.([A-Za-z_$][\w$]*)/g, (_, name) => {
        if (!Object.hasOwn(RULE_IDS, name)) throw new Error(`build:cli: ${args.path} names R.${name}, not a rule`);
        return JSON.stringify(RULE_IDS[name]);
      });
      if (/(?<![\w$.])R(?![\w$])/.test(contents)) throw new Error(`build:cli: ${args.path} reads R other than R.name`);
      return { loader: 'js', contents };
    });
  },
};
// The CLI is two scripts and the catalogue's data (dist/catalogue.json, above):
// - dist/contract-kit.cjs, the core: every module a run can reach from the entry through static
//   imports, which every run loads;
// - dist/contract-kit-more.cjs: the modules only an `import()` reaches (pacts and consumer impact,
//   usage, --semantic, several APIs, config files, operation filters, remote inputs, path globs),
//   loaded on the first such `import()`.
// Each run reads and compiles the whole core (V8 keeps a code cache of the file, not of a module),
// so what it cannot need stays out of it: a plain diff reads 40% fewer bytes (docs/performance.md).
// The second script shares the core's modules, never copies them: a class (an error a command
// throws, checked with instanceof by the core) must be the same, and a module's state its own. So
// the split is made from the import graph of the whole CLI (built first, not written):
// - in the core, each `import()` of a module of the second script becomes a module that has the
//   loader that bin/run-bundle.js gives the core (`__ckParts`, the sixth parameter of the core's
//   function) load the second script, once, and returns that module's exports from it;
// - the second script's imports of core modules become modules that read the core's exports, from
//   the object of them that the core hands the loader (`__ckCore`, the sixth parameter of its
//   function): only the exports it uses, each read once, by name. The core's modules are ES
//   modules whose exports never change after their initialisation (no module-level mutable
//   state), which is over before any `import()` returns.
const CLI_ENTRY = 'versioning/cli/main.ts';
const MORE_FILE = 'contract-kit-more.cjs';
const HEAP_MODULE = 'versioning/cli/heap.ts';
const cliOptions = {
  ...shared,
  format: 'cjs',
  // The sources are ES modules; a few find files beside themselves through `import.meta.url`.
  define: { 'import.meta.url': '__ckImportMetaUrl' },
  banner: { js: "'use strict';\nvar __ckImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  // bin/contract-kit.js reads the script as Latin-1, which is only right for ASCII (esbuild's
  // default: it escapes every other character).
  charset: 'ascii',
  // `import()` of an external package becomes `require()` (each has a CommonJS build): a script
  // run through vm (bin/run-bundle.js) has no `import()` without an experimental option.
  supported: { 'dynamic-import': false },
};
const cliPlugins = [lazyBuiltins, packageVersion, catalogueData];

/** Whether a metafile's input is a module that a plugin above made (`namespace:path`), not a file. */
const madeByPlugin = (key) => /^[\w-]+:/.test(key);

/** The key of a resolved module in a metafile's inputs: its path from ROOT, or `namespace:path` for a plugin's. */
const inputKey = (resolved) =>
  resolved.namespace === 'file'
    ? path.relative(ROOT, resolved.path).split(path.sep).join('/')
    : `${resolved.namespace}:${resolved.path}`;

/** The key of what `args` (of an onResolve callback) resolves to otherwise; undefined for an external or an error. */
async function resolvedKey(b, args) {
  const r = await b.resolve(args.path, {
    kind: args.kind,
    importer: args.importer,
    namespace: args.namespace,
    resolveDir: args.resolveDir,
    pluginData: { ckInner: true },
  });
  return r.errors.length > 0 || r.external ? undefined : inputKey(r);
}

/** The modules reachable from `entry` in `inputs` through imports of `kinds`. */
function reachable(inputs, entry, kinds) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file) || inputs[file] === undefined) continue;
    seen.add(file);
    for (const i of inputs[file].imports) if (!i.external && kinds.includes(i.kind)) stack.push(i.path);
  }
  return seen;
}

const whole = await build({ ...cliOptions, plugins: cliPlugins, entryPoints: [CLI_ENTRY], write: false });
const wholeInputs = whole.metafile.inputs;
const coreModules = reachable(wholeInputs, CLI_ENTRY, ['import-statement', 'require-call', 'require-resolve']);
const moreModules = [
  ...reachable(wholeInputs, CLI_ENTRY, ['import-statement', 'require-call', 'require-resolve', 'dynamic-import']),
].filter((f) => !coreModules.has(f));
// The second script's entries: the modules of it that a core module imports with `import()`.
const partEntries = [
  ...new Set(
    [...coreModules].flatMap((f) =>
      wholeInputs[f].imports
        .filter((i) => i.kind === 'dynamic-import' && !i.external && !coreModules.has(i.path))
        .map((i) => i.path),
    ),
  ),
].sort();
// The core modules that the second script imports, and the names each exports. The lazy
// built-ins (above) are functions without state: each script has its own.
const copied = (key) => key.startsWith('lazy:');
const sharedModules = [
  ...new Set(
    moreModules.flatMap((f) =>
      wholeInputs[f].imports
        .filter((i) => !i.external && coreModules.has(i.path) && !copied(i.path))
        .map((i) => i.path),
    ),
  ),
].sort();
for (const key of sharedModules)
  if (wholeInputs[key].format !== 'esm' || madeByPlugin(key))
    throw new Error(
      `build:cli: ${key} is shared by both scripts of the CLI but not an ES module file; update the build`,
    );
const sharedShapes = await build({
  ...cliOptions,
  plugins: cliPlugins,
  entryPoints: sharedModules,
  format: 'esm',
  splitting: true,
  outdir: DIST,
  write: false,
});
const exportsOf = new Map(
  Object.values(sharedShapes.metafile.outputs)
    .filter((o) => o.entryPoint !== undefined)
    .map((o) => [o.entryPoint, o.exports]),
);

const fromCore = {
  name: 'from-core',
  setup(b) {
    b.onResolve({ filter: /^ck:more$/ }, () => ({ path: 'more', namespace: 'ck' }));
    b.onLoad({ filter: /^more$/, namespace: 'ck' }, () => ({
      loader: 'js',
      resolveDir: ROOT,
      contents: partEntries
        .map((key, i) => `export * as e${i} from ${JSON.stringify(path.join(ROOT, key))};\n`)
        .join(''),
    }));
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData?.ckInner || args.kind === 'entry-point' || args.namespace !== 'file') return undefined;
      const key = await resolvedKey(b, args);
      const at = sharedModules.indexOf(key);
      if (at !== -1) return { path: `m${at}`, namespace: 'ck-core' };
      if (coreModules.has(key) && !copied(key))
        throw new Error(`build:cli: ${args.importer} imports ${key}, a core module not shared`);
      return undefined;
    });
    // Each export an accessor call that esbuild drops when the second script does not use it,
    // so that the core shares only the exports used (sharing a module's every export would keep
    // code in the core that nothing runs).
    b.onLoad({ filter: /.*/, namespace: 'ck-core' }, (args) => {
      const names = exportsOf.get(sharedModules[Number(args.path.slice(1))]);
      if (names.some((n) => !/^[A-Za-z_$][\w$]*$/.test(n)))
        throw new Error(`build:cli: an export of ${args.path} is not a name`);
      const read = (name) => `/* @__PURE__ */ __ckShared(${JSON.stringify(args.path)}, ${JSON.stringify(name)})`;
      return {
        loader: 'js',
        contents: names
          .map((n) => (n === 'default' ? `export default ${read(n)};\n` : `export const ${n} = ${read(n)};\n`))
          .join(''),
      };
    });
  },
};
// The second script first: the exports it reads from the core are those the core shares.
const more = await build({
  ...cliOptions,
  plugins: [fromCore, ...cliPlugins],
  entryPoints: ['ck:more'],
  outfile: path.join(DIST, MORE_FILE),
  banner: { js: `${cliOptions.banner.js}\nvar __ckShared = (module, name) => __ckCore[module][name];` },
  write: false,
});
const moreText = more.outputFiles[0].text;
// The exports of each shared module that the second script reads, sorted.
const namesRead = sharedModules.map(() => new Set());
for (const [, module, name] of moreText.matchAll(/__ckShared\("m(\d+)", "([\w$]+)"\)/g))
  namesRead[Number(module)].add(name);
const sharedNames = namesRead.map((names) => [...names].sort());

const loadPart = {
  name: 'load-part',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData?.ckInner) return undefined;
      const at = partEntries.indexOf(await resolvedKey(b, args));
      return at === -1 ? undefined : { path: `e${at}`, namespace: 'ck-part' };
    });
    b.onResolve({ filter: /^ck:(part|main)$/ }, (args) => ({ path: args.path.slice(3), namespace: 'ck' }));
    b.onLoad({ filter: /.*/, namespace: 'ck-part' }, (args) => ({
      loader: 'js',
      contents: `module.exports = require('ck:part').${args.path};\n`,
    }));
    // Loaded once: esbuild runs a CommonJS module's code on its first `require`.
    b.onLoad({ filter: /^part$/, namespace: 'ck' }, () => ({
      loader: 'js',
      contents: `module.exports = __ckParts.load(${JSON.stringify(MORE_FILE)});\n`,
    }));
    // The core's entry: the CLI's, then what the second script reads from the core, handed to
    // the loader (bin/run-bundle.js) as a function that makes it, with heap.ts's asAtStartUp (a
    // script loaded after the young generation was settled must be compiled under V8's flags as at
    // start-up, which its code cache was made under). Imports only, no `require` of the core's own
    // modules: esbuild would then wrap each module it reaches in a function run on first use, which
    // costs a plain run bytes and calls.
    b.onLoad({ filter: /^main$/, namespace: 'ck' }, () => ({
      loader: 'js',
      resolveDir: ROOT,
      contents:
        `import { asAtStartUp } from ${JSON.stringify(path.join(ROOT, HEAP_MODULE))};\n` +
        sharedModules
          .map(
            (key, i) =>
              `import { ${sharedNames[i].map((n) => `${n} as m${i}_${n}`).join(', ')} } ` +
              `from ${JSON.stringify(path.join(ROOT, key))};\n`,
          )
          .join('') +
        `import ${JSON.stringify(path.join(ROOT, CLI_ENTRY))};\n` +
        '__ckParts.share(() => ({\n' +
        sharedModules
          .map((_, i) => `  m${i}: { ${sharedNames[i].map((n) => `${n}: m${i}_${n}`).join(', ')} },\n`)
          .join('') +
        '}), asAtStartUp);\n',
    }));
  },
};
const cli = await build({
  ...cliOptions,
  plugins: [loadPart, ...cliPlugins],
  entryPoints: ['ck:main'],
  outfile: path.join(DIST, 'contract-kit.cjs'),
  write: false,
});
// Each module is in exactly one of the two scripts.
const inCore = Object.keys(cli.metafile.inputs).filter((f) => !madeByPlugin(f));
const twice = Object.keys(more.metafile.inputs).filter((f) => !madeByPlugin(f) && inCore.includes(f));
if (twice.length > 0) throw new Error(`build:cli: both scripts of the CLI hold ${twice.join(', ')}`);
const misplaced = inCore.filter((f) => moreModules.includes(f));
if (misplaced.length > 0)
  throw new Error(`build:cli: the core holds ${misplaced.join(', ')}, which only import() reaches`);
const cliInputs = { ...cli.metafile.inputs, ...more.metafile.inputs };
// No module of the CLI imports the catalogue's own module (it would build the tables at load).
if (Object.keys(cliInputs).some((input) => /^versioning\/rules\/catalogue(\.ts|\/)/.test(input)))
  throw new Error('build:cli: the CLI bundle imports versioning/rules/catalogue.ts; read it through catalogue-read.ts');
const packageReaders = Object.entries(cliInputs).filter(([, input]) =>
  input.imports.some((i) => i.path === 'package.json'),
);
const packageFields = [...readFileSync(path.join(ROOT, PACKAGE_READER), 'utf8').matchAll(/\bpkg\.(\w+)/g)];
if (packageReaders.some(([file]) => file !== PACKAGE_READER) || packageFields.some((m) => m[1] !== 'version'))
  throw new Error('build:cli: the CLI reads more of package.json than its version; update the build');
for (const [file, output] of Object.entries({ ...cli.metafile.outputs, ...more.metafile.outputs })) {
  const dynamic = output.imports.filter((i) => i.kind === 'dynamic-import');
  if (dynamic.length > 0)
    throw new Error(`build:cli: ${file} keeps import() of ${dynamic.map((i) => i.path).join(', ')}`);
}
// The catalogue's own build too: the CLI's tables are computed from it.
const result = {
  metafile: { inputs: { ...library.metafile.inputs, ...catalogue.metafile.inputs, ...cliInputs } },
};

// Each script is the function that bin/run-bundle.js compiles and calls as Node calls a CommonJS
// module (with one more parameter, see above), written out here so that each run compiles the
// file's text as read, where adding the wrapper at run time copied the whole text once more. The
// wrapper and the comment after it on the first line keep the bundle's own line numbers. The
// comment names the content of the build (both scripts and the catalogue), for the code caches'
// file names (bin/run-bundle.js): V8 checks only the length of the source a cache was made from.
writeFileSync(path.join(DIST, CATALOGUE_FILE), CATALOGUE_JSON);
const cliText = cli.outputFiles[0].text;
const buildHash = createHash('sha256').update(`${cliText}\0${moreText}\0${CATALOGUE_JSON}`).digest('hex').slice(0, 16);
const wrap = (last, text) =>
  `(function (exports, require, module, __filename, __dirname, ${last}) {// contract-kit ${buildHash}\n${text}\n})`;
writeFileSync(path.join(DIST, 'contract-kit.cjs'), wrap('__ckParts', cliText), 'latin1');
writeFileSync(path.join(DIST, MORE_FILE), wrap('__ckCore', moreText), 'latin1');

/** The folder of the package that holds `file` (a path relative to ROOT), or undefined for the project's own files. */
function packageFolder(file) {
  const parts = file.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at === -1) return undefined;
  const end = parts[at + 1]?.startsWith('@') ? at + 3 : at + 2;
  return parts.slice(0, end).join('/');
}

// bin/run-bundle.js too: it reads the bundle as this script writes it.
const sources = new Set(['package.json', 'bin/run-bundle.js', path.relative(ROOT, fileURLToPath(import.meta.url))]);
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  if (madeByPlugin(input)) continue;
  const folder = packageFolder(input);
  if (folder !== undefined) packages.add(folder);
  else sources.add(input);
}

const notices = ['contract-kit bundles the code of the packages below into dist/. Their licences follow.', ''];
for (const folder of [...packages].sort()) {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, folder, 'package.json'), 'utf8'));
  const licence = readdirSync(path.join(ROOT, folder)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  if (licence === undefined) throw new Error(`build:cli: ${folder} has no licence file to ship with the bundle`);
  notices.push(
    '-'.repeat(78),
    `${pkg.name} ${pkg.version} (${pkg.license})`,
    '',
    readFileSync(path.join(ROOT, folder, licence), 'utf8').trim(),
    '',
  );
}
writeFileSync(path.join(DIST, 'THIRD-PARTY-NOTICES.txt'), notices.join('\n'));

// The package folders are listed as folders: npm gives a package's files the timestamp of its
// tarball, but the folder it creates on (re)install the time of the install.
const inputs = [...sources].sort().concat(
  [...packages].sort().map((folder) => {
    const name = folder.slice(folder.lastIndexOf('node_modules/') + 'node_modules/'.length);
    return existsSync(path.join(ROOT, 'node_modules', name)) && folder.split('node_modules').length === 2
      ? `node_modules/${name}`
      : folder;
  }),
);
writeFileSync(path.join(DIST, 'inputs.json'), JSON.stringify(inputs, null, 1) + '\n');

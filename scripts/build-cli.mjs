// `npm run build:cli`: bundles the CLI, the library and the action into dist/ (esbuild), and
// writes beside them
// - dist/THIRD-PARTY-NOTICES.txt: the licence of every package whose code the bundle inlines,
//   since the bundle ships that code itself (package.json "files" includes dist/);
// - dist/inputs.json: what the bundles were built from, for bin/bundle.js's freshness check.
//
// The CLI is one CommonJS script, dist/contract-kit.cjs, that bin/contract-kit.js compiles with a
// code cache of its own (see there): a cache made after a run holds the functions that run
// compiled, where Node's compile cache holds only the top-level code of each module, so every run
// compiled again the few hundred functions a diff calls. One file also spares the resolving and
// linking of a dozen chunks. The code that only some commands need (pacts, usage, globs, the
// semantic diff) is in the file too, but it is neither compiled nor run until a command calls it.
// The library (dist/index.mjs) and the action (dist/action.mjs) stay ES modules with split chunks.
//
// The dependencies that a plain `diff` needs (commander, semver, minimatch) are inlined: importing
// them from node_modules costs start-up time (module resolution, ~40 small CommonJS files). Those
// that only some commands or inputs need stay external and load on first use: yaml (YAML input),
// re2js (pattern checks), ajv and the pact comparator (pacts), openapi-diff (--semantic). They
// stay dependencies in package.json either way.
import { build } from 'esbuild';
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
// `R` (versioning/rules/catalogue.ts), the rule ids by name, is computed from the catalogue's ~680
// ids when the module loads: a few milliseconds of every run, by a regular expression per id in
// cold code. The bundle gets the finished table instead, computed here by that same code (built
// and run once; it throws on two ids with the same name) and parsed from JSON when the CLI loads.
const CATALOGUE_MODULE = 'versioning/rules/catalogue.ts';
const RULE_NAMES_CALL = 'ruleNames(Object.keys(CATALOGUE))';
const catalogue = await build({ ...shared, entryPoints: [CATALOGUE_MODULE], format: 'cjs', write: false });
const catalogueModule = { exports: {} };
new Function('module', 'exports', 'require', catalogue.outputFiles[0].text)(
  catalogueModule,
  catalogueModule.exports,
  nodeRequire,
);
const ruleNamesTable = {
  name: 'rule-names-table',
  setup(b) {
    b.onLoad({ filter: /[\\/]versioning[\\/]rules[\\/]catalogue\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (source.split(RULE_NAMES_CALL).length !== 2)
        throw new Error(`build:cli: ${CATALOGUE_MODULE} no longer computes R as ${RULE_NAMES_CALL}; update the build`);
      const table = JSON.stringify(JSON.stringify(catalogueModule.exports.R));
      return {
        loader: 'ts',
        contents: source.replace(RULE_NAMES_CALL, `Object.freeze(JSON.parse(${table}) as Record<string, string>)`),
      };
    });
  },
};
const cli = await build({
  ...shared,
  plugins: [lazyBuiltins, ruleNamesTable],
  entryPoints: ['versioning/cli/main.ts'],
  format: 'cjs',
  outfile: path.join(DIST, 'contract-kit.cjs'),
  // The sources are ES modules; a few find files beside themselves through `import.meta.url`.
  define: { 'import.meta.url': '__ckImportMetaUrl' },
  banner: { js: "'use strict';\nvar __ckImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  // bin/contract-kit.js reads the script as Latin-1, which is only right for ASCII (esbuild's
  // default: it escapes every other character).
  charset: 'ascii',
  // `import()` of an external package becomes `require()` (each has a CommonJS build): a script
  // run through vm (bin/run-bundle.js) has no `import()` without an experimental option.
  supported: { 'dynamic-import': false },
});
for (const [file, output] of Object.entries(cli.metafile.outputs)) {
  const dynamic = output.imports.filter((i) => i.kind === 'dynamic-import');
  if (dynamic.length > 0)
    throw new Error(`build:cli: ${file} keeps import() of ${dynamic.map((i) => i.path).join(', ')}`);
}
const result = { metafile: { inputs: { ...library.metafile.inputs, ...cli.metafile.inputs } } };

// The file is the function that bin/run-bundle.js compiles and calls as Node calls a CommonJS
// module, written out here so that each run compiles the file's text as read, where adding the
// wrapper at run time copied the whole text (1 MB) once more. The wrapper and the comment after it
// on the first line keep the bundle's own line numbers. The comment names the content, for the code
// cache's file name (bin/run-bundle.js): V8 checks only the length of the source a cache was made from.
const CLI_WRAPPER = '(function (exports, require, module, __filename, __dirname) {';
const cliFile = path.join(DIST, 'contract-kit.cjs');
const cliText = readFileSync(cliFile, 'latin1');
const cliHash = createHash('sha256').update(cliText).digest('hex').slice(0, 16);
writeFileSync(cliFile, `${CLI_WRAPPER}// contract-kit ${cliHash}\n${cliText}\n})`, 'latin1');

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
  if (input.startsWith('lazy:')) continue; // made by the plugin above, not a file
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

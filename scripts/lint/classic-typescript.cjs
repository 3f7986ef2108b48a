// typescript-eslint parses with the classic TypeScript compiler API (`require('typescript')`), which TypeScript 7
// (native, the project's compiler) no longer ships. The classic 5.9 compiler is installed under the alias
// `typescript-classic`; this hook points typescript-eslint's own `require('typescript')` at it, and leaves every
// other importer (tsc, tsx, the project) on TypeScript 7. Loaded by eslint.config.js before typescript-eslint.
'use strict';
const Module = require('node:module');
const path = require('node:path');

const classic = require.resolve('typescript-classic');
const marker = `${path.sep}node_modules${path.sep}`;
const linters = ['@typescript-eslint', 'typescript-eslint', 'ts-api-utils'];
const resolve = Module._resolveFilename;

Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent && typeof parent.filename === 'string') {
    const at = parent.filename.lastIndexOf(marker);
    const owner = at < 0 ? '' : parent.filename.slice(at + marker.length);
    if (linters.some((name) => owner.startsWith(name + path.sep) || owner.startsWith(name + '/'))) return classic;
  }
  return resolve.call(this, request, parent, ...rest);
};

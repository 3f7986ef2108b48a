import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = resolve(import.meta.dirname, 'support/verify-variant.ts');

interface Run {
  code: number | null;
  output: string;
  failures: string[];
}

/** Verify pacts/ against a broken provider variant in a child process (see support/verify-variant.ts). */
function verifyVariant(variant: string): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, variant], {
      cwd: ROOT,
      env: { ...process.env, PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1', PACT_BROKER_BASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
      resolveRun({ code, output: plain, failures: plain.split('\n').filter((l) => l.startsWith('FAILED ')) });
    });
  });
}

describe('the contract loop catches real provider breaks', function () {
  this.timeout(120_000);
  let renamed: Run;
  let missingState: Run;

  before(async () => {
    [renamed, missingState] = await Promise.all([verifyVariant('renamed-field'), verifyVariant('missing-state')]);
  });

  it('fails verification when the provider renames a response field, naming the field', () => {
    expect(renamed.code, renamed.output).to.equal(1);
    expect(renamed.failures.length, renamed.output).to.be.at.least(1);
    for (const line of renamed.failures) expect(line).to.contain('missing the following keys: email');
    // Every interaction whose body carries a user fails, not only one.
    expect(renamed.failures.some((l) => l.includes('a request for an existing user'))).to.equal(true);
    expect(renamed.failures.some((l) => l.includes('a request for the first page of users'))).to.equal(true);
  });

  it('fails verification when a provider state handler is dropped, naming the state', () => {
    expect(missingState.code, missingState.output).to.equal(1);
    expect(missingState.failures.length, missingState.output).to.be.at.least(1);
    for (const line of missingState.failures) expect(line).to.contain('Given a user exists');
    expect(missingState.output).to.contain('no state handler found for state: "a user exists"');
  });
});

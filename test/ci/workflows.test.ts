/**
 * The CI workflows cannot rot silently: their job graph, triggers and the exact gate command
 * line are checked here (the gate's arguments are run through the real CLI in-process).
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { run } from '../../versioning/cli/program.ts';
import { fakeIo } from '../versioning/cli/fake-io.ts';

const root = new URL('../../', import.meta.url);
const rootDir = decodeURIComponent(root.pathname);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  'runs-on'?: string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown> | string | string[];
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

function workflow(file: string): Workflow {
  return parse(read(`.github/workflows/${file}`)) as Workflow;
}

function triggers(w: Workflow): string[] {
  return typeof w.on === 'string' ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on);
}

const needs = (job: Job): string[] => (job.needs === undefined ? [] : typeof job.needs === 'string' ? [job.needs] : job.needs);

/** The setup-node step of a job, which must be Node 20 with the npm cache. */
function expectNode20(job: Job, name: string): void {
  const setup = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
  expect(setup, `${name}: actions/setup-node`).to.not.equal(undefined);
  expect(String(setup!.with?.['node-version']), `${name}: node-version`).to.equal('20');
  expect(setup!.with?.['cache'], `${name}: npm cache`).to.equal('npm');
  expect(job.steps.some((s) => /^npm ci\b/.test(s.run ?? '')), `${name}: npm ci`).to.equal(true);
}

/** Split a one-line shell command into words: double and single quotes, `$VAR` from `env`. */
function shellWords(line: string, env: Record<string, string>): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let current = '';
  let last = -1;
  for (const m of line.matchAll(re)) {
    const expand = (s: string) => s.replace(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g, (_, v: string) => env[v] ?? '');
    const piece = m[1] !== undefined ? expand(m[1]) : m[2] !== undefined ? m[2] : expand(m[3]!);
    if (m.index === last) current += piece;
    else {
      if (last !== -1) words.push(current);
      current = piece;
    }
    last = m.index + m[0].length;
  }
  if (last !== -1) words.push(current);
  return words;
}

describe('CI workflows (.github/workflows)', () => {
  it('every workflow parses, and every `npm run X` it uses is a package.json script', () => {
    for (const file of ['contract.yml', 'api-gate.yml']) {
      const w = workflow(file);
      expect(Object.keys(w.jobs), file).to.not.be.empty;
      for (const [id, job] of Object.entries(w.jobs)) {
        expect(job['runs-on'], `${file} ${id}: runs-on`).to.be.a('string');
        for (const step of job.steps) {
          for (const m of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g)) expect(scripts, `${file} ${id}: npm run ${m[1]}`).to.have.property(m[1]!);
        }
      }
    }
  });

  it('contract: consumer records the pacts, then provider verifies them and checks them against the spec (push and pull_request, Node 20)', () => {
    const w = workflow('contract.yml');
    expect(triggers(w)).to.include.members(['push', 'pull_request']);
    const { consumer, provider } = w.jobs;
    expect(consumer, 'job consumer').to.not.equal(undefined);
    expect(provider, 'job provider').to.not.equal(undefined);
    expect(needs(provider!)).to.include('consumer');
    expectNode20(consumer!, 'consumer');
    expectNode20(provider!, 'provider');
    expect(consumer!.steps.some((s) => s.run === 'npm run test:consumer')).to.equal(true);
    expect(consumer!.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.['name'] === 'pacts')).to.equal(true);
    expect(provider!.steps.some((s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.['name'] === 'pacts')).to.equal(true);
    const verify = provider!.steps.findIndex((s) => s.run === 'npm run verify:provider');
    expect(verify, 'provider runs npm run verify:provider').to.be.at.least(0);
    // Then the cross-check: the pacts are promised by the OpenAPI document.
    const check = provider!.steps.findIndex((s) => /contract-kit check-pacts\b.*--spec provider\/openapi\.yaml/.test(s.run ?? ''));
    expect(check, 'provider runs contract-kit check-pacts after the verification').to.be.greaterThan(verify);
  });

  describe('api-gate', () => {
    const w = workflow('api-gate.yml');
    const job = w.jobs['api-gate']!;
    const gateStep = () => {
      const step = job.steps.find((s) => /\bnpm run gate\b/.test(s.run ?? ''));
      expect(step, 'a step running npm run gate').to.not.equal(undefined);
      return step!;
    };

    it('runs on pull requests with the full history, Node 20 and the npm cache', () => {
      expect(job, 'job api-gate').to.not.equal(undefined);
      expect(triggers(w)).to.include('pull_request');
      const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
      // The base branch's spec is read from git: a shallow clone has no origin/<base> to read.
      expect(checkout?.with?.['fetch-depth'], 'checkout fetch-depth').to.equal(0);
      expectNode20(job, 'api-gate');
      expect(String(w.env?.['PACT_DO_NOT_TRACK'] ?? job.steps.find((s) => s.env?.['PACT_DO_NOT_TRACK'])?.env?.['PACT_DO_NOT_TRACK'])).to.equal('true');
    });

    it('annotates the PR (--format github) and writes the markdown report to the job summary in one run, with the pacts', () => {
      const line = gateStep().run!.trim();
      expect(line.split('\n'), 'one command').to.have.length(1);
      const words = shellWords(line, { GITHUB_STEP_SUMMARY: '/summary.md' });
      expect(words.slice(0, 4)).to.deep.equal(['npm', 'run', 'gate', '--']);
      const args = words.slice(4);
      const flag = (name: string, value: string) => args.some((a, i) => a === name && args[i + 1] === value);
      expect(flag('--format', 'github'), '--format github').to.equal(true);
      expect(flag('--format', 'markdown=/summary.md'), '--format markdown=$GITHUB_STEP_SUMMARY').to.equal(true);
      // Consumer-aware: the report names the pact interactions each change breaks.
      expect(flag('--pacts', 'pacts'), '--pacts pacts').to.equal(true);
    });

    it('its gate arguments work with the real CLI: annotations on stdout, the summary in the file', async () => {
      const args = shellWords(gateStep().run!.trim(), { GITHUB_STEP_SUMMARY: '/summary.md' }).slice(4);
      // A breaking change without the major bump: the (default, semver) gate fails its version check.
      const pair = ['test/fixtures/cli/base.yaml', 'test/fixtures/cli/breaking.yaml'];
      const io = fakeIo({ cwd: rootDir, env: { NO_COLOR: '1' } });
      const code = await run(['gate', ...pair, ...args], io);
      expect(io.err(), 'stderr').to.equal('');
      expect(code, 'a breaking pair fails the gate').to.equal(1);
      expect(io.out()).to.match(/^::error file=[^,]+,(line=\d+,)?title=[a-z-]+::/m);
      expect(io.files.get('/summary.md')).to.match(/^### .*contract-kit/);
    });
  });
});

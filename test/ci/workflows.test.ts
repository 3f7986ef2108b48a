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
  strategy?: { matrix?: Record<string, unknown> };
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

const needs = (job: Job): string[] =>
  job.needs === undefined ? [] : typeof job.needs === 'string' ? [job.needs] : job.needs;

/** The setup-node step of a job: a matrix of the supported Node lines (22 and 24), with the npm cache. */
function expectNodeMatrix(job: Job, name: string): void {
  expect(job.strategy?.matrix?.['node'], `${name}: matrix.node`).to.deep.equal([22, 24]);
  const setup = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
  expect(setup, `${name}: actions/setup-node`).to.not.equal(undefined);
  expect(String(setup!.with?.['node-version']), `${name}: node-version`).to.equal('${{ matrix.node }}');
  expect(setup!.with?.['cache'], `${name}: npm cache`).to.equal('npm');
  expect(
    job.steps.some((s) => /^npm ci\b/.test(s.run ?? '')),
    `${name}: npm ci`,
  ).to.equal(true);
}

describe('CI workflows (.github/workflows)', () => {
  it('every workflow parses, and every `npm run X` it uses is a package.json script', () => {
    for (const file of ['contract.yml', 'api-gate.yml']) {
      const w = workflow(file);
      expect(Object.keys(w.jobs), file).to.not.be.empty;
      for (const [id, job] of Object.entries(w.jobs)) {
        expect(job['runs-on'], `${file} ${id}: runs-on`).to.be.a('string');
        for (const step of job.steps) {
          for (const m of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g))
            expect(scripts, `${file} ${id}: npm run ${m[1]}`).to.have.property(m[1]!);
        }
      }
    }
  });

  it(
    'contract: consumer records the pacts, then provider verifies them and ' +
      'checks them against the spec (push and pull_request, Node 22 and 24)',
    () => {
      const w = workflow('contract.yml');
      expect(triggers(w)).to.include.members(['push', 'pull_request']);
      const { consumer, provider } = w.jobs;
      expect(consumer, 'job consumer').to.not.equal(undefined);
      expect(provider, 'job provider').to.not.equal(undefined);
      expect(needs(provider!)).to.include('consumer');
      expectNodeMatrix(consumer!, 'consumer');
      expectNodeMatrix(provider!, 'provider');
      expect(consumer!.steps.some((s) => s.run === 'npm run test:consumer')).to.equal(true);
      const artifact = 'pacts-node${{ matrix.node }}';
      expect(
        consumer!.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.['name'] === artifact),
      ).to.equal(true);
      expect(
        provider!.steps.some((s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.['name'] === artifact),
      ).to.equal(true);
      const verify = provider!.steps.findIndex((s) => s.run === 'npm run verify:provider');
      expect(verify, 'provider runs npm run verify:provider').to.be.at.least(0);
      // Then the cross-check: the pacts are promised by the OpenAPI document.
      const check = provider!.steps.findIndex((s) =>
        /contract-kit check-pacts\b.*--spec provider\/openapi\.yaml/.test(s.run ?? ''),
      );
      expect(check, 'provider runs contract-kit check-pacts after the verification').to.be.greaterThan(verify);
    },
  );

  describe('api-gate', () => {
    const w = workflow('api-gate.yml');
    const job = w.jobs['api-gate']!;
    const gateStep = () => {
      const step = job.steps.find((s) => s.uses === './');
      expect(step, "a step using this repository's action (uses: ./)").to.not.equal(undefined);
      return step!;
    };

    it('runs on pull requests with the full history, Node 22 and 24 and the npm cache, and may comment', () => {
      expect(job, 'job api-gate').to.not.equal(undefined);
      expect(triggers(w)).to.include('pull_request');
      const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
      // The base branch's spec is read from git: a shallow clone has no origin/<base> to read.
      expect(checkout?.with?.['fetch-depth'], 'checkout fetch-depth').to.equal(0);
      expectNodeMatrix(job, 'api-gate');
      expect(
        String(
          w.env?.['PACT_DO_NOT_TRACK'] ??
            job.steps.find((s) => s.env?.['PACT_DO_NOT_TRACK'])?.env?.['PACT_DO_NOT_TRACK'],
        ),
      ).to.equal('true');
      expect((w as unknown as { permissions: Record<string, string> }).permissions['pull-requests']).to.equal('write');
      // npm ci builds the bundle the action runs, before the action step.
      const ci = job.steps.findIndex((s) => /^npm ci\b/.test(s.run ?? ''));
      expect(ci).to.be.lessThan(job.steps.indexOf(gateStep()));
    });

    it('gates provider/openapi.yaml with the pacts through the action, whose inputs exist', () => {
      const step = gateStep();
      expect(step.with?.['spec']).to.equal('provider/openapi.yaml');
      expect(step.with?.['pacts']).to.equal('pacts');
      const action = parse(read('action.yml')) as { inputs: Record<string, unknown> };
      for (const name of Object.keys(step.with ?? {}))
        expect(action.inputs, `action input ${name}`).to.have.property(name);
    });

    it(
      'the gate arguments the action builds work with the real CLI: ' +
        'annotations on stdout, the summary in the file',
      async () => {
        // A breaking change without the major bump: the (default, semver) gate fails its version check.
        const pair = ['test/fixtures/cli/base.yaml', 'test/fixtures/cli/breaking.yaml'];
        const io = fakeIo({ cwd: rootDir, env: { NO_COLOR: '1' } });
        const code = await run(
          ['gate', ...pair, '--pacts', 'pacts', '--format', 'github', '--format', 'markdown=/summary.md'],
          io,
        );
        expect(io.err(), 'stderr').to.equal('');
        expect(code, 'a breaking pair fails the gate').to.equal(1);
        expect(io.out()).to.match(/^::error file=[^,]+,(line=\d+,)?title=[a-z-]+::/m);
        expect(io.files.get('/summary.md')).to.match(/^### .*contract-kit/);
      },
    );
  });
});

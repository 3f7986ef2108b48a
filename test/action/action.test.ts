/**
 * The GitHub Action without GitHub: its entry (versioning/action/run.ts, what dist/action.mjs runs)
 * with the GITHUB_* variables set, in a throw-away git repository, against a loopback stub of the
 * issue-comments API. Checks the annotations, the job summary, the outputs file and that a second
 * run edits the one comment instead of adding another.
 */
import { expect } from 'chai';
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { COMMENT_MARKER, runAction } from '../../versioning/action/run.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Call {
  method: string;
  url: string;
  auth: string | undefined;
  body?: { body: string };
}

/** A stateful stub of GET/POST /repos/o/r/issues/:n/comments and PATCH /repos/o/r/issues/comments/:id. */
function commentsApi() {
  const calls: Call[] = [];
  const comments: Array<{ id: number; body: string }> = [{ id: 1, body: 'an unrelated human comment' }];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const call: Call = { method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization };
      if (raw) call.body = JSON.parse(raw) as { body: string };
      calls.push(call);
      res.setHeader('content-type', 'application/json');
      const url = new URL(call.url, 'http://x');
      if (call.method === 'GET' && url.pathname === '/repos/o/r/issues/7/comments')
        return res.end(JSON.stringify(comments));
      if (call.method === 'POST' && url.pathname === '/repos/o/r/issues/7/comments') {
        const c = { id: comments.length + 1, body: call.body!.body };
        comments.push(c);
        res.statusCode = 201;
        return res.end(JSON.stringify(c));
      }
      const m = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname);
      const target = m ? comments.find((c) => c.id === Number(m[1])) : undefined;
      if (call.method === 'PATCH' && target) {
        target.body = call.body!.body;
        return res.end(JSON.stringify(target));
      }
      res.statusCode = 404;
      res.end('{"message":"Not Found"}');
    });
  });
  return { server, calls, comments };
}

describe('action: action.yml and its entry, against a stub of the GitHub API', function () {
  this.timeout(60_000);
  let dir: string;
  let api: ReturnType<typeof commentsApi>;
  let apiUrl: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ck-action-'));
    mkdirSync(path.join(dir, 'api/pacts'), { recursive: true });
    copyFileSync(path.join(REPO, 'provider/openapi.yaml'), path.join(dir, 'api/openapi.yaml'));
    for (const f of readdirSync(path.join(REPO, 'pacts')))
      copyFileSync(path.join(REPO, 'pacts', f), path.join(dir, 'api/pacts', f));
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    copyFileSync(path.join(REPO, 'provider/examples/openapi.v2-breaking.yaml'), path.join(dir, 'api/openapi.yaml'));
    writeFileSync(path.join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 7 } }));
    api = commentsApi();
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => api.server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  async function runIt(extra: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const summary = path.join(dir, `summary-${api.calls.length}.md`);
    const outputs = path.join(dir, `outputs-${api.calls.length}.txt`);
    const env: Record<string, string> = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
      GITHUB_API_URL: apiUrl,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: outputs,
      RUNNER_TEMP: dir,
      INPUT_SPEC: 'api/openapi.yaml',
      INPUT_BASE: 'HEAD',
      INPUT_PACTS: 'api/pacts',
      INPUT_TOKEN: 'secret-token',
      ...extra,
    };
    writeFileSync(summary, '');
    writeFileSync(outputs, '');
    const code = await runAction({
      env,
      cwd: dir,
      stdout: { write: (s) => void out.push(s) },
      stderr: { write: (s) => void err.push(s) },
      fetch,
    });
    return {
      code,
      out: out.join(''),
      err: err.join(''),
      summary: readFileSync(summary, 'utf8'),
      outputs: readFileSync(outputs, 'utf8'),
    };
  }

  it('annotates, summarises, sets the outputs and creates the comment; a second run edits it', async () => {
    const first = await runIt();
    expect(first.code, first.err).to.equal(0);
    expect(first.out).to.match(
      /^::(?:error|warning) file=api\/openapi\.yaml,[^:]*title=response-required-property-removed /m,
    );
    expect(first.out).to.include('title=response-required-property-removed (breaks ServiceA)::GET /users');
    expect(first.summary).to.include('response-required-property-removed');
    expect(first.outputs).to.equal('bump=major\nrequired-version=2.0.0\nbroken-interactions=1\nresult=passed\n');
    expect(api.calls.map((c) => c.method)).to.deep.equal(['GET', 'POST']);
    expect(api.calls[0]!.auth).to.equal('Bearer secret-token');
    expect(api.calls[1]!.body!.body.startsWith(COMMENT_MARKER)).to.equal(true);
    expect(api.comments).to.have.length(2);

    const second = await runIt();
    expect(second.code).to.equal(0);
    expect(api.calls.map((c) => c.method)).to.deep.equal(['GET', 'POST', 'GET', 'PATCH']);
    expect(api.calls[3]!.url).to.equal('/repos/o/r/issues/comments/2');
    expect(api.comments).to.have.length(2);
    expect(api.comments[0]!.body).to.equal('an unrelated human comment');
  });

  it('the bundled entry (dist/action.mjs, what action.yml runs) does the same as a process', async function () {
    const bundle = path.join(REPO, 'dist/action.mjs');
    try {
      statSync(bundle);
    } catch {
      console.log('      (skipped: dist/action.mjs is missing; npm run build:cli builds it, npm test does too)');
      this.skip();
    }
    const before = api.calls.length;
    const outputs = path.join(dir, 'outputs-bundle.txt');
    writeFileSync(outputs, '');
    const env = {
      PATH: process.env['PATH'] ?? '',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
      GITHUB_API_URL: apiUrl,
      GITHUB_OUTPUT: outputs,
      RUNNER_TEMP: dir,
      INPUT_SPEC: 'api/openapi.yaml',
      INPUT_BASE: 'HEAD',
      INPUT_PACTS: 'api/pacts',
      INPUT_FAIL_ON: '',
      INPUT_TOKEN: 'secret-token',
    };
    const child = spawn(process.execPath, [bundle], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).to.equal(0);
    expect(out).to.include('title=response-required-property-removed (breaks ServiceA)');
    expect(readFileSync(outputs, 'utf8')).to.equal(
      'bump=major\nrequired-version=2.0.0\nbroken-interactions=1\nresult=passed\n',
    );
    expect(api.calls.slice(before).map((c) => c.method)).to.deep.equal(['GET', 'PATCH']);
  });

  it('the consumers policy fails the run (exit 1, result=failed); no token: no comment', async () => {
    const before = api.calls.length;
    const r = await runIt({ INPUT_POLICY: 'consumers', INPUT_TOKEN: '' });
    expect(r.code).to.equal(1);
    expect(r.outputs).to.include('result=failed\n');
    expect(api.calls.length).to.equal(before);
  });

  it('bad input is exit 2 with one line, result=error', async () => {
    const r = await runIt({ INPUT_SPEC: 'api/missing.yaml', INPUT_TOKEN: '' });
    expect(r.code).to.equal(2);
    expect(r.err).to.match(/^contract-kit: .*missing\.yaml/);
    expect(r.outputs).to.include('result=error\n');
  });

  it('a comment the token may not write is a warning, not a failure', async () => {
    const r = await runIt({ GITHUB_REPOSITORY: 'o/forbidden' });
    expect(r.code).to.equal(0);
    expect(r.out).to.match(/^::warning title=contract-kit::GitHub API GET .*HTTP 404/m);
  });

  it('action.yml declares the inputs and outputs the entry reads and sets', () => {
    const action = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, { value: string }>;
      runs: { using: string; steps: Array<{ run?: string; env?: Record<string, string> }> };
    };
    for (const name of ['base', 'revision', 'spec', 'pacts', 'provider', 'policy', 'fail-on', 'config', 'token'])
      expect(action.inputs, name).to.have.property(name);
    for (const name of ['bump', 'required-version', 'broken-interactions', 'result'])
      expect(action.outputs[name]!.value).to.equal(`\${{ steps.gate.outputs.${name} }}`);
    const step = action.runs.steps.find((s) => s.run?.startsWith('node ') && s.run.includes('dist/action.mjs'));
    expect(step, 'a step runs the bundle').to.not.equal(undefined);
    for (const name of Object.keys(action.inputs)) {
      expect(step!.env, name).to.have.property(
        `INPUT_${name.toUpperCase().replace(/-/g, '_')}`,
        `\${{ inputs.${name} }}`,
      );
    }
  });
});

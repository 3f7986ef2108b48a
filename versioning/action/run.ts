/**
 * The GitHub Action (action.yml): runs `contract-kit gate` for one or more specs (or every API in
 * `.contract-kit.yaml`), writes the annotations (stdout, `--format github`), appends the markdown
 * report to the job summary, sets the step outputs (bump, required version, broken consumer
 * interactions) and, given a token on a pull request, keeps ONE comment up to date (found by a
 * hidden marker: created once, then edited). Everything it touches comes in through `ActionEnv`,
 * so tests run it against a local stub of the GitHub API.
 */
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from '../cli/io.ts';
import { run } from '../cli/program.ts';
import { chooseBase, gitIn } from '../multi/base.ts';

export const COMMENT_MARKER = '<!-- contract-kit:api-gate -->';

export interface ActionEnv {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: { write(text: string): void };
  stderr: { write(text: string): void };
  fetch: typeof fetch;
}

/** Only the report's stable summary fields are read. */
interface ReportSummary {
  bump: 'major' | 'minor' | 'patch' | 'none';
  version: { required?: string | null; ok: boolean };
  gate?: { ok: boolean } | null;
  impact?: { broken: number; interactions: number } | null;
}

interface ApiReport {
  name: string;
  report?: ReportSummary;
}

const BUMP_RANK = ['none', 'patch', 'minor', 'major'] as const;

/** An input: `INPUT_FAIL-ON` as GitHub sets it for node actions, or `INPUT_FAIL_ON` (set by the composite action). */
export function input(env: ActionEnv['env'], name: string): string {
  const upper = name.toUpperCase();
  return (env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`] ?? '').trim();
}

const list = (value: string) =>
  value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Whether `value` names a file in the working tree (else it is taken as a git ref). */
const isFile = (cwd: string, value: string) => existsSync(path.resolve(cwd, value));

function commonArgs(env: ActionEnv['env']): string[] {
  const args: string[] = [];
  const pacts = input(env, 'pacts');
  if (pacts) args.push('--pacts', pacts);
  const provider = input(env, 'provider');
  if (provider) args.push('--provider', provider);
  const policy = input(env, 'policy');
  if (policy) args.push('--policy', policy);
  const failOn = input(env, 'fail-on');
  if (failOn) args.push('--fail-on', failOn);
  const config = input(env, 'config');
  if (config) args.push('--config', config);
  return args;
}

/** The pull request number from the event payload (or the `pr-number` input); undefined off a PR. */
async function pullRequestNumber(env: ActionEnv['env']): Promise<number | undefined> {
  const explicit = input(env, 'pr-number');
  if (explicit) return Number(explicit);
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(await readFile(eventPath, 'utf8')) as { pull_request?: { number?: number } };
    return event.pull_request?.number;
  } catch {
    return undefined;
  }
}

/** Creates or edits the one comment carrying COMMENT_MARKER. Returns what it did. */
export async function upsertComment(ctx: ActionEnv, body: string): Promise<'created' | 'updated' | 'skipped'> {
  const { env } = ctx;
  const token = input(env, 'token');
  const repo = env['GITHUB_REPOSITORY'];
  const pr = await pullRequestNumber(env);
  if (!token || !repo || pr === undefined || !Number.isInteger(pr)) return 'skipped';
  const api = (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/$/, '');
  const headers = {
    authorization: `Bearer ${token}`,
    accept: 'application/vnd.github+json',
    'content-type': 'application/json',
    'user-agent': 'contract-kit',
  };
  const call = async (method: string, url: string, payload?: unknown) => {
    const res = await ctx.fetch(url, {
      method,
      headers,
      ...(payload !== undefined ? { body: JSON.stringify(payload) } : {}),
    });
    if (!res.ok)
      throw new Error(
        `GitHub API ${method} ${url.replace(api, '')}: HTTP ${res.status}; ` +
          `the token needs pull-requests: write (or issues: write)`,
      );
    return res.json() as Promise<unknown>;
  };
  let existing: number | undefined;
  for (let page = 1; existing === undefined; page++) {
    const comments = (await call(
      'GET',
      `${api}/repos/${repo}/issues/${pr}/comments?per_page=100&page=${page}`,
    )) as Array<{ id: number; body?: string }>;
    existing = comments.find((c) => c.body?.includes(COMMENT_MARKER))?.id;
    if (comments.length < 100) break;
  }
  const text = `${COMMENT_MARKER}\n${body}`;
  if (existing !== undefined) {
    await call('PATCH', `${api}/repos/${repo}/issues/comments/${existing}`, { body: text });
    return 'updated';
  }
  await call('POST', `${api}/repos/${repo}/issues/${pr}/comments`, { body: text });
  return 'created';
}

/** Runs the action; resolves to the exit code (0 passed, 1 the gate failed, 2 bad input). */
export async function runAction(ctx: ActionEnv): Promise<number> {
  const { env, cwd } = ctx;
  const work = await mkdtemp(path.join(env['RUNNER_TEMP'] ?? tmpdir(), 'contract-kit-'));
  try {
    const io: Io = {
      stdout: ctx.stdout,
      stderr: ctx.stderr,
      stdinIsTTY: true,
      env,
      cwd,
      readStdin: () => Promise.reject(new Error('the action reads no stdin')),
      writeFile: (file, text) =>
        import('node:fs/promises').then((fs) => fs.writeFile(path.resolve(cwd, file), text, 'utf8')),
    };
    const specs = list(input(env, 'spec'));
    const base = input(env, 'base');
    const revision = input(env, 'revision');
    const apis: ApiReport[] = [];
    let markdown = '';
    let code = 0;
    const gate = async (args: string[], name: string | undefined) => {
      const md = path.join(work, `report-${apis.length}.md`);
      const json = path.join(work, `report-${apis.length}.json`);
      const c = await run(
        [...args, ...commonArgs(env), '--format', 'github', '--format', `markdown=${md}`, '--format', `json=${json}`],
        io,
      );
      code = Math.max(code, c);
      if (c === 2) return;
      const doc = JSON.parse(await readFile(json, 'utf8')) as ReportSummary & {
        apis?: Array<{ name: string; report?: ReportSummary }>;
      };
      if (doc.apis) apis.push(...doc.apis.map((a) => ({ name: a.name, ...(a.report ? { report: a.report } : {}) })));
      else apis.push({ name: name ?? '', report: doc });
      markdown +=
        (name !== undefined && specs.length > 1 ? `## ${name}\n\n` : '') + (await readFile(md, 'utf8')) + '\n';
    };
    if (specs.length === 0) {
      await gate(['gate', ...(base ? ['--base-ref', base] : [])], undefined);
    } else {
      let ref: string | undefined;
      if ((!base || !isFile(cwd, base)) && specs.length > 0) {
        const choice = base ? { ref: base } : chooseBase(gitIn(cwd), env);
        if ('error' in choice) {
          ctx.stderr.write(`contract-kit: ${choice.error}\n`);
          return 2;
        }
        ref = choice.ref;
      }
      if (base && ref === undefined && specs.length > 1) {
        ctx.stderr.write(
          'contract-kit: base names a file, which fits one spec only; give a git ref as base to gate several specs\n',
        );
        return 2;
      }
      for (const spec of specs) {
        const baseArg = ref !== undefined ? `${ref}:./${spec}` : base;
        const revArg = !revision ? spec : isFile(cwd, revision) ? revision : `${revision}:./${spec}`;
        await gate(['gate', baseArg, revArg], spec);
      }
    }
    const reports = apis.flatMap((a) => (a.report ? [{ name: a.name, report: a.report }] : []));
    const bump = reports.reduce<ReportSummary['bump']>(
      (worst, r) => (BUMP_RANK.indexOf(r.report.bump) > BUMP_RANK.indexOf(worst) ? r.report.bump : worst),
      'none',
    );
    const required =
      reports.length === 1
        ? (reports[0]!.report.version.required ?? '')
        : reports.map((r) => `${r.name}=${r.report.version.required ?? ''}`).join(',');
    const broken = reports.reduce((n, r) => n + (r.report.impact?.broken ?? 0), 0);
    const result = code === 0 ? 'passed' : code === 1 ? 'failed' : 'error';
    const outputs = `bump=${bump}\nrequired-version=${required}\nbroken-interactions=${broken}\nresult=${result}\n`;
    if (env['GITHUB_OUTPUT']) await appendFile(env['GITHUB_OUTPUT'], outputs);
    if (env['GITHUB_STEP_SUMMARY'] && markdown) await appendFile(env['GITHUB_STEP_SUMMARY'], markdown);
    if (markdown && input(env, 'comment') !== 'false') {
      try {
        const done = await upsertComment(ctx, markdown);
        if (done !== 'skipped') ctx.stderr.write(`contract-kit: pull request comment ${done}\n`);
      } catch (err) {
        // A comment that cannot be written never hides the verdict; it is a warning on the run.
        ctx.stdout.write(`::warning title=contract-kit::${(err as Error).message}\n`);
      }
    }
    return code;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

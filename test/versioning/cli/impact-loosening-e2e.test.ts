/**
 * The headline of issue 8 end to end, on our own spec and pact: a loosened response guarantee
 * (a field made optional or nullable, a required problem field made optional) keeps every pact
 * example valid, yet breaks the ServiceA interactions that read the field. `diff --pacts` must name
 * them and `gate --policy consumers` must exit 1; a control change on a field nobody reads passes.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../../versioning/cli/program.ts';
import type { JsonPerOperationReport as JsonReport } from '../../../versioning/report/index.ts';
import { fakeIo } from './fake-io.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BASE = 'provider/openapi.yaml';
// Which interactions read a field, derived from the pact itself so that a new interaction
// (the README's "Add an interaction" recipe) keeps these tests true.
const PACT = JSON.parse(readFileSync(path.join(REPO, 'pacts/ServiceA-ServiceB.json'), 'utf8')) as {
  interactions: Array<{ description: string; response?: { body?: unknown; headers?: Record<string, unknown> } }>;
};
function hasKey(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((v) => hasKey(v, key));
  if (value === null || typeof value !== 'object') return false;
  const body = value as Record<string, unknown>;
  return key in body || Object.values(body).some((v) => hasKey(v, key));
}
/** The body as the pact stores it: V4 wraps it as { content }. */
function bodyOf(i: (typeof PACT.interactions)[number]): unknown {
  const b = i.response?.body;
  return b !== null && typeof b === 'object' && 'content' in b ? (b as { content: unknown }).content : b;
}
const readersOf = (key: string): string[] =>
  PACT.interactions
    .filter((i) => hasKey(bodyOf(i), key))
    .map((i) => i.description)
    .sort();
const READS_UPDATED_AT = readersOf('updatedAt');
const READS_PROBLEM = readersOf('title');

async function cli(argv: string[]) {
  const io = fakeIo({ cwd: REPO, env: {} });
  const code = await run(argv, io, { now: () => new Date('2025-06-15T00:00:00Z') });
  return { code, out: io.out(), err: io.err() };
}

describe(
  'cli end to end: a loosened guarantee breaks the consumers that read it ' + '(provider/openapi.yaml, pacts/)',
  function () {
    this.timeout(60_000);
    let dir = '';
    let spec = '';
    before(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'contract-kit-loosen-'));
      spec = await readFile(path.join(REPO, BASE), 'utf8');
    });
    after(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    /** Writes the base spec with one textual edit (which must apply) and returns its path. */
    async function revision(name: string, from: string | RegExp, to: string): Promise<string> {
      const edited = spec.replace(from, to);
      expect(edited, `the edit for ${name} applies to provider/openapi.yaml`).to.not.equal(spec);
      const file = path.join(dir, `${name}.yaml`);
      await writeFile(file, edited);
      return file;
    }

    async function check(file: string, interactions: string[], why: RegExp) {
      const diff = await cli(['diff', BASE, file, '--pacts', 'pacts', '--format', 'json', '--per-operation']);
      expect(diff.err).to.equal('');
      expect(diff.code).to.equal(0);
      const report = JSON.parse(diff.out) as JsonReport;
      const hits = report.changes.flatMap((c) => c.consumers.map((k) => k));
      expect([...new Set(hits.map((k) => k.interaction))].sort()).to.deep.equal(interactions);
      for (const k of hits) expect(k.reason).to.match(why);
      expect(report.impact!.broken).to.equal(interactions.length);
      expect(report.impact!.unmapped).to.deep.equal([]);
      const text = await cli(['diff', BASE, file, '--pacts', 'pacts']);
      expect(text.out).to.include('Breaking changes that break known consumers');
      expect(text.out).to.not.match(/updatedAt[^\n]*\n[^\n]*no known consumer uses this/);
      const gate = await cli(['gate', BASE, file, '--pacts', 'pacts', '--policy', 'consumers']);
      expect(gate.code).to.equal(1);
      for (const name of interactions) expect(gate.out).to.include(`ServiceA '${name}'`);
    }

    it('updatedAt dropped from User.required: the interactions that read it break', async () => {
      const file = await revision(
        'updated-at-optional',
        'required: [id, name, email, createdAt, updatedAt]',
        'required: [id, name, email, createdAt]',
      );
      await check(
        file,
        READS_UPDATED_AT,
        /reads `(items\[\]\.)?updatedAt` \(regex matcher [^)]*\), which the revision makes optional$/,
      );
    });

    it('updatedAt made nullable: the same interactions break', async () => {
      const file = await revision('updated-at-nullable', /(updatedAt:\n\s+)type: string/, "$1type: [string, 'null']");
      await check(
        file,
        READS_UPDATED_AT,
        /reads `(items\[\]\.)?updatedAt` \(regex matcher [^)]*\), which the revision makes nullable$/,
      );
    });

    it('title dropped from Problem.required: the interactions that read the problem body break', async () => {
      const file = await revision(
        'problem-title-optional',
        /(Problem:\n(?:.*\n){2}\s+required: \[type, )title, /,
        '$1',
      );
      await check(file, READS_PROBLEM, /reads `title` \(type matcher\), which the revision makes optional$/);
    });

    it(
      'a new enum value on a field ServiceA reads puts the interaction at ' +
        'risk: the consumers gate passes, and fails only under --fail-on ' +
        'warning',
      async () => {
        const file = await revision(
          'field-error-in-cookie',
          'enum: [body, query, path, header]',
          'enum: [body, query, path, header, cookie]',
        );
        const diff = await cli(['diff', BASE, file, '--pacts', 'pacts', '--format', 'json', '--per-operation']);
        const report = JSON.parse(diff.out) as JsonReport;
        expect(report.impact!.broken).to.equal(0);
        expect(report.impact!.atRisk).to.equal(1);
        const risky = report.changes.flatMap((c) => c.atRisk.map((k) => [c.id, k.interaction]));
        expect(risky).to.deep.equal([
          ['response-property-enum-value-added', 'a request to create a user with an invalid email'],
        ]);
        expect((await cli(['gate', BASE, file, '--pacts', 'pacts', '--policy', 'consumers'])).code).to.equal(0);
        const strict = await cli([
          'gate',
          BASE,
          file,
          '--pacts',
          'pacts',
          '--policy',
          'consumers',
          '--fail-on',
          'warning',
        ]);
        expect(strict.code).to.equal(1);
        expect(strict.out).to.include(
          "1 warning puts ServiceA 'a request to create a user with an invalid email' at risk",
        );
        const md = await cli(['diff', BASE, file, '--pacts', 'pacts', '--format', 'markdown']);
        const fine = PACT.interactions.length - 1;
        expect(md.out)
          .to.include('#### Consumers')
          .and.to.match(
            new RegExp(
              '\\| ServiceA \\| — \\| `a request to create a user with an invalid email`: ' +
                `reads \`errors\\[\\]\\.in\` \\(type matcher\\)[^|]*\\| ${fine} \\|`,
            ),
          );
      },
    );

    it('control: a new optional response field nobody reads breaks nobody and the consumers gate passes', async () => {
      const file = await revision(
        'user-nickname-added',
        /(updatedAt:\n\s+type: string\n\s+format: date-time\n\s+description: [^\n]*\n)/,
        '$1        nickname:\n          type: string\n',
      );
      const gate = await cli(['gate', BASE, file, '--pacts', 'pacts', '--policy', 'consumers']);
      expect(gate.err).to.equal('');
      expect(gate.code).to.equal(0);
    });
  },
);

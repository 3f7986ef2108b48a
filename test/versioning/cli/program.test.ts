/**
 * The CLI in-process, with a fake engine: flags, formats, outputs, exit codes and the error
 * boundary. (End-to-end runs against the real engine are in e2e.test.ts and spawn.test.ts.)
 */
import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run, type CliDeps } from '../../../versioning/cli/program.ts';
import { actionLookup, assembleReport, type AnalyzeOptions } from '../../../versioning/engine.ts';
import { InputError, type Change, type Report } from '../../../versioning/model.ts';
import { change, TEST_RULES } from '../policy/helpers.ts';
import { fakeIo, type FakeIo, type FakeIoOptions } from './fake-io.ts';

interface Harness {
  io: FakeIo;
  calls: Array<{ base: string; revision: string; options: AnalyzeOptions }>;
  code: number;
}

/** A fake engine that judges the given changes with the real policy. */
function engine(
  changes: Change[],
  versions: [string, string] = ['1.0.0', '1.0.0'],
): CliDeps['analyze'] & { calls: Harness['calls'] } {
  const calls: Harness['calls'] = [];
  const analyze = async (base: string, revision: string, options: AnalyzeOptions): Promise<Report> => {
    calls.push({ base, revision, options });
    const input: Parameters<typeof assembleReport>[0] = {
      base: { source: base, file: base, version: versions[0] },
      revision: { source: revision, file: revision, version: versions[1] },
      changes: changes.map((c) => ({ ...c })),
      actionOf: actionLookup(TEST_RULES),
    };
    if (options.config) input.config = options.config;
    if (options.gate) input.gate = options.gate;
    return assembleReport(input);
  };
  return Object.assign(analyze, { calls });
}

async function cli(
  argv: string[],
  changes: Change[] = [],
  ioOptions: FakeIoOptions = {},
  versions?: [string, string],
  analyze?: CliDeps['analyze'],
): Promise<Harness> {
  const io = fakeIo(ioOptions);
  const fake = engine(changes, versions);
  const code = await run(argv, io, {
    analyze: analyze ?? fake,
    rules: TEST_RULES,
    now: () => new Date('2025-06-15T00:00:00Z'),
  });
  return { io, calls: fake.calls, code };
}

const BREAK = [change('response-property-removed')];
const ADD = [change('endpoint-added')];
const WARN = [change('endpoint-deprecated')];

function expectOneLineError(h: Harness, pattern: RegExp | string): void {
  expect(h.code).to.equal(2);
  const err = h.io.err();
  expect(err.endsWith('\n')).to.equal(true);
  expect(err.trimEnd().split('\n'), err).to.have.length(1);
  if (typeof pattern === 'string') expect(err.trimEnd()).to.equal(pattern);
  else expect(err).to.match(pattern);
  expect(err).to.not.match(/\n\s+at /);
}

describe('cli: diff', () => {
  it('prints the text report and exits 0 even with breaking changes', async () => {
    const h = await cli(['diff', 'a.yaml', 'b.yaml'], BREAK);
    expect(h.code).to.equal(0);
    expect(h.io.out()).to.include('breaking  response property removed  response-property-removed  openapi.yaml:10');
    expect(h.io.out()).to.include('bump:    major');
    expect(h.io.out()).to.not.include('gate:');
    expect(h.calls[0]!.options.gate).to.equal(undefined);
    expect(h.calls[0]!.options.load).to.deep.equal({
      cwd: process.cwd(),
      allowRemote: false,
      limits: { maxBytes: 64 * 1024 * 1024, networkTimeoutMs: 10_000, allowHosts: [] },
    });
  });

  it('--fail-on breaking exits 1 on a breaking change, ignoring the version', async () => {
    const h = await cli(['diff', 'a.yaml', 'b.yaml', '--fail-on', 'breaking'], BREAK, {}, ['1.0.0', '2.0.0']);
    expect(h.code).to.equal(1);
    expect(h.calls[0]!.options.gate).to.deep.equal({ failOn: 'breaking', policy: 'semver', checkVersion: false });
    const ok = await cli(['diff', 'a.yaml', 'b.yaml', '--fail-on', 'breaking'], ADD, {}, ['1.0.0', '1.0.0']);
    expect(ok.code).to.equal(0);
  });

  it('--fail-on warning also fails on warnings', async () => {
    expect((await cli(['diff', 'a', 'b', '--fail-on', 'warning'], WARN)).code).to.equal(1);
    expect((await cli(['diff', 'a', 'b', '--fail-on', 'breaking'], WARN)).code).to.equal(0);
  });

  it('rejects an unknown --fail-on level', async () => {
    const h = await cli(['diff', 'a', 'b', '--fail-on', 'error'], BREAK);
    expectOneLineError(
      h,
      "contract-kit: option '--fail-on <level>' argument 'error' is invalid. " +
        'Allowed choices are breaking, warning, info. (see --help)',
    );
  });

  it('passes --allow-remote to the loader', async () => {
    const h = await cli(['diff', 'a', 'b', '--allow-remote']);
    expect(h.calls[0]!.options.load?.allowRemote).to.equal(true);
  });
});

describe('cli: --format and --output', () => {
  it('writes one format per destination', async () => {
    const h = await cli(
      ['diff', 'a', 'b', '--format', 'github', '--format', 'json=out/report.json', '-f', 'markdown=summary.md'],
      BREAK,
    );
    expect(h.code).to.equal(0);
    // The fake change exists only in the base, so it is annotated on the revision file, without a line.
    expect(h.io.out()).to.match(
      /^::error file=b,title=response-property-removed::GET \/users\/\{id\}: response property removed\n/,
    );
    const report = JSON.parse(h.io.files.get('out/report.json')!) as { bump: string; changes: unknown[] };
    expect(report.bump).to.equal('major');
    expect(report.changes).to.have.length(1);
    expect(h.io.files.get('summary.md')).to.match(/^### .* contract-kit: \*\*major\*\* bump needed/);
  });

  it('--output takes the formats that have no file of their own', async () => {
    const h = await cli(['diff', 'a', 'b', '--format', 'junit', '--output', 'junit.xml'], BREAK);
    expect(h.io.out()).to.equal('');
    expect(h.io.files.get('junit.xml')).to.match(/^<\?xml/);
  });

  it('=- means stdout', async () => {
    const h = await cli(['diff', 'a', 'b', '--format', 'json=-', '--output', 'x.txt'], BREAK);
    expect(JSON.parse(h.io.out())).to.have.property('bump', 'major');
    expect(h.io.files.size).to.equal(0);
  });

  it('refuses two formats on one destination', async () => {
    expectOneLineError(
      await cli(['diff', 'a', 'b', '--format', 'text', '--format', 'json']),
      'contract-kit: --format text and --format json both write to stdout; ' +
        'give one its own file, e.g. --format json=report.json',
    );
    expectOneLineError(await cli(['diff', 'a', 'b', '-f', 'text=r.txt', '-f', 'github=r.txt']), /both write to r\.txt/);
  });

  it('refuses an unknown format, naming the nearest', async () => {
    const h = await cli(['diff', 'a', 'b', '--format', 'jsn']);
    expectOneLineError(
      h,
      'contract-kit: unknown format "jsn"; did you mean json? (formats: text, ' +
        'json, markdown, github, junit, changelog)',
    );
    expect(h.calls).to.have.length(0);
  });

  it('reports a file it cannot write as an input error', async () => {
    expectOneLineError(
      await cli(['diff', 'a', 'b', '--output', '/nope/r.txt'], [], { failWrites: true }),
      'contract-kit: cannot write /nope/r.txt: EACCES; check the path',
    );
  });
});

describe('cli: colour', () => {
  const ESC = '\u001b[';
  it('colours text on a TTY, not in a pipe', async () => {
    expect((await cli(['diff', 'a', 'b'], BREAK, { stdoutIsTTY: true })).io.out()).to.include(ESC);
    expect((await cli(['diff', 'a', 'b'], BREAK, { stdoutIsTTY: false })).io.out()).to.not.include(ESC);
  });
  it('NO_COLOR turns it off, FORCE_COLOR on', async () => {
    expect(
      (await cli(['diff', 'a', 'b'], BREAK, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).io.out(),
    ).to.not.include(ESC);
    expect((await cli(['diff', 'a', 'b'], BREAK, { env: { FORCE_COLOR: '1' } })).io.out()).to.include(ESC);
    expect(
      (await cli(['diff', 'a', 'b'], BREAK, { stdoutIsTTY: true, env: { FORCE_COLOR: '0' } })).io.out(),
    ).to.not.include(ESC);
  });
  it('never colours files', async () => {
    const h = await cli(['diff', 'a', 'b', '-f', 'text=r.txt'], BREAK, { env: { FORCE_COLOR: '1' } });
    expect(h.io.files.get('r.txt')).to.not.include(ESC);
  });
});

describe('cli: gate', () => {
  it('exits 1 when the version is too low, with the reason', async () => {
    const h = await cli(['gate', 'a', 'b'], ADD, {}, ['1.0.0', '1.0.0']);
    expect(h.code).to.equal(1);
    expect(h.io.out()).to.include('version: FAILED 1 non-breaking API change needs 1.1.0; info.version is 1.0.0');
    expect(h.io.out()).to.include('gate:    FAILED (policy semver: version check; no fail-on level set)');
  });

  it('exits 0 when the version carries the bump', async () => {
    const h = await cli(['gate', 'a', 'b'], ADD, {}, ['1.0.0', '1.1.0']);
    expect(h.code).to.equal(0);
    expect(h.io.out()).to.include('gate:    passed');
  });

  it('passes a breaking change that carries its major bump; an explicit --fail-on breaking fails it', async () => {
    const h = await cli(['gate', 'a', 'b'], BREAK, {}, ['1.0.0', '2.0.0']);
    expect(h.code).to.equal(0);
    expect(h.calls[0]!.options.gate).to.deep.equal({ policy: 'semver', checkVersion: true });
    const explicit = await cli(['gate', 'a', 'b', '--fail-on', 'breaking'], BREAK, {}, ['1.0.0', '2.0.0']);
    expect(explicit.code).to.equal(1);
    expect(explicit.io.out()).to.include('gate:    FAILED (fail-on breaking, policy semver)');
  });

  it('--policy consumers without --pacts is a usage error (one line, exit 2)', async () => {
    expectOneLineError(
      await cli(['gate', 'a', 'b', '--policy', 'consumers']),
      /^contract-kit: --policy consumers needs --pacts/,
    );
    expectOneLineError(
      await cli(['diff', 'a', 'b', '--policy', 'consumers', '--fail-on', 'breaking']),
      /^contract-kit: --policy consumers needs --pacts/,
    );
  });

  it('--pacts broker without PACT_BROKER_BASE_URL is an input error (one line, exit 2)', async () => {
    expectOneLineError(
      await cli(['gate', 'a', 'b', '--pacts', 'broker', '--provider', 'ServiceB'], BREAK, { env: {} }),
      /^contract-kit: --pacts broker needs PACT_BROKER_BASE_URL/,
    );
  });

  it('--fail-on warning fails on warnings', async () => {
    expect((await cli(['gate', 'a', 'b'], WARN, {}, ['1.0.0', '1.1.0'])).code).to.equal(0);
    expect((await cli(['gate', 'a', 'b', '--fail-on', 'warning'], WARN, {}, ['1.0.0', '1.1.0'])).code).to.equal(1);
  });

  it('a skipped version check passes, visibly', async () => {
    const h = await cli(['gate', 'a', 'b'], ADD, {}, ['2022-04-12', '2022-05-01']);
    expect(h.code).to.equal(0);
    expect(h.io.out()).to.include('version: skipped the base info.version "2022-04-12" is a date, not semver');
  });

  it('the gate in JSON says why', async () => {
    const h = await cli(['gate', 'a', 'b', '--format', 'json'], BREAK, {}, ['1.0.0', '1.0.0']);
    const json = JSON.parse(h.io.out()) as { gate: { ok: boolean; reasons: string[] } };
    expect(json.gate).to.deep.equal({
      ok: false,
      failOn: 'breaking',
      failOnApplied: false,
      policy: 'semver',
      reasons: ['1 breaking change needs 2.0.0; info.version is 1.0.0'],
    });
  });
});

describe('cli: configuration', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ck-cli-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds .contract-kit.yaml in the working directory and uses its failOn', async () => {
    await writeFile(path.join(dir, '.contract-kit.yaml'), 'failOn: warning\n');
    const h = await cli(['gate', 'a', 'b'], WARN, { cwd: dir }, ['1.0.0', '1.1.0']);
    expect(h.code).to.equal(1);
    expect(h.calls[0]!.options.config?.failOn).to.equal('warning');
    // The CLI passes only an explicit --fail-on; the engine takes the config's failOn (explicit too).
    expect(h.calls[0]!.options.gate?.failOn).to.equal(undefined);
  });

  it('--fail-on wins over the config', async () => {
    await writeFile(path.join(dir, '.contract-kit.yaml'), 'failOn: warning\n');
    expect(
      (await cli(['gate', 'a', 'b', '--fail-on', 'breaking'], WARN, { cwd: dir }, ['1.0.0', '1.1.0'])).code,
    ).to.equal(0);
  });

  it('--config FILE is read relative to the working directory', async () => {
    await writeFile(path.join(dir, 'ck.yaml'), 'rules:\n  endpoint-added: off\n');
    const h = await cli(['diff', 'a', 'b', '--config', 'ck.yaml'], [], { cwd: dir });
    expect(h.calls[0]!.options.config).to.deep.include({ rules: { 'endpoint-added': 'off' } });
  });

  it('a missing --config is one line, exit 2', async () => {
    expectOneLineError(
      await cli(['diff', 'a', 'b', '--config', 'nope.yaml'], [], { cwd: dir }),
      'contract-kit: nope.yaml: config file not found; check the --config path',
    );
  });

  it('a bad config is one line naming file, line and fix', async () => {
    await writeFile(path.join(dir, '.contract-kit.yaml'), 'rules:\n  endpoint-addd: info\n');
    const h = await cli(['gate', 'a', 'b'], [], { cwd: dir });
    expectOneLineError(
      h,
      'contract-kit: .contract-kit.yaml:2: rules: unknown rule id ' +
        '"endpoint-addd"; did you mean endpoint-added? (see `contract-kit ' +
        'rules`)',
    );
    expect(h.calls).to.have.length(0);
  });
});

describe('cli: stdin', () => {
  it('reads - from stdin and hands it to the loader', async () => {
    const h = await cli(['diff', '-', 'b.yaml'], [], { stdin: 'openapi: 3.1.0' });
    expect(h.calls[0]!.options.load?.stdin).to.equal('openapi: 3.1.0');
    expect(h.calls[0]!.base).to.equal('-');
  });

  it('refuses to wait on a terminal', async () => {
    expectOneLineError(
      await cli(['diff', '-', 'b.yaml'], [], { stdinIsTTY: true }),
      /^contract-kit: - reads the spec from stdin, but stdin is a terminal; pipe a file in/,
    );
  });

  it('refuses - for both sides', async () => {
    expectOneLineError(
      await cli(['diff', '-', '-'], [], { stdin: 'x' }),
      'contract-kit: BASE and REVISION cannot both be - (stdin); give one of them as a file',
    );
  });
});

describe('cli: errors', () => {
  const failing =
    (err: unknown): CliDeps['analyze'] =>
    async () => {
      throw err;
    };

  it('an InputError is one line, exit 2', async () => {
    const h = await cli(
      ['diff', 'a.yaml', 'b.yaml'],
      [],
      {},
      undefined,
      failing(new InputError('a.yaml:3:7: invalid YAML: unexpected end', 'a.yaml', { line: 3, column: 7 })),
    );
    expectOneLineError(h, 'contract-kit: a.yaml:3:7: invalid YAML: unexpected end');
  });

  it('an InputError without the file in its message gets it as a prefix', async () => {
    const h = await cli(
      ['diff', 'a.yaml', 'b.yaml'],
      [],
      {},
      undefined,
      failing(new InputError('not an OpenAPI document', 'a.yaml', '/openapi')),
    );
    expectOneLineError(h, 'contract-kit: a.yaml#/openapi: not an OpenAPI document');
  });

  it('an unexpected error is one line without the stack, exit 2', async () => {
    const h = await cli(['diff', 'a', 'b'], [], {}, undefined, failing(new TypeError('x is not a function\n  more')));
    expectOneLineError(
      h,
      'contract-kit: internal error: x is not a function more (set CONTRACT_KIT_DEBUG=1 for details)',
    );
  });

  it('CONTRACT_KIT_DEBUG=1 adds the stack', async () => {
    const h = await cli(
      ['diff', 'a', 'b'],
      [],
      { env: { CONTRACT_KIT_DEBUG: '1' } },
      undefined,
      failing(new TypeError('boom')),
    );
    expect(h.code).to.equal(2);
    expect(h.io.err()).to.match(/^contract-kit: internal error: boom\nTypeError: boom\n\s+at /);
  });

  it('usage errors are one line, exit 2', async () => {
    expectOneLineError(
      await cli(['diff', 'a', 'b', '--formt', 'json']),
      "contract-kit: unknown option '--formt' (Did you mean --format?) (see --help)",
    );
    expectOneLineError(
      await cli(['diff', 'a']),
      'contract-kit: give both BASE and REVISION, or neither to run every API ' +
        'listed in .contract-kit.yaml (see --help)',
    );
    expectOneLineError(await cli(['diff', 'a', 'b', 'c']), /^contract-kit: too many arguments for 'diff'/);
    expectOneLineError(
      await cli(['dif', 'a', 'b']),
      "contract-kit: unknown command 'dif' (Did you mean diff?) (see --help)",
    );
  });

  it('no command prints the help to stderr and exits 2', async () => {
    const h = await cli([]);
    expect(h.code).to.equal(2);
    expect(h.io.err()).to.match(/^Usage: contract-kit/);
  });

  it('--help and --version exit 0 on stdout', async () => {
    const help = await cli(['gate', '--help']);
    expect(help.code).to.equal(0);
    expect(help.io.out()).to.match(/^Usage: contract-kit gate \[options\] \[base\] \[revision\]/);
    const version = await cli(['--version']);
    expect(version.code).to.equal(0);
    expect(version.io.out()).to.match(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('cli: changelog and rules', () => {
  it('changelog prints Markdown grouped by operation', async () => {
    const h = await cli(['changelog', 'a', 'b'], [...BREAK, ...ADD], {}, ['1.0.0', '2.0.0']);
    expect(h.code).to.equal(0);
    expect(h.io.out()).to.equal(
      '## API changes 1.0.0 → 2.0.0 (major)\n\n### `GET /users/{id}`\n\n- ' +
        '**Breaking:** response property removed\n- endpoint added\n',
    );
  });

  it('changelog --output writes a file', async () => {
    const h = await cli(['changelog', 'a', 'b', '-o', 'CHANGES.md'], ADD);
    expect(h.io.files.get('CHANGES.md')).to.match(/^## API changes/);
  });

  it('rules lists the catalogue in text, json and markdown', async () => {
    const text = await cli(['rules']);
    expect(text.code).to.equal(0);
    expect(text.io.out().split('\n')[0]).to.match(/^RULE ID\s+LEVEL\s+DIRECTION\s+ACTION\s+DESCRIPTION$/);
    expect(text.io.out()).to.include(`${TEST_RULES.length} rules (4 breaking, 2 warning, 4 info)`);
    const json = JSON.parse((await cli(['rules', '--format', 'json'])).io.out()) as Array<{
      id: string;
      action: string;
    }>;
    expect(json.map((r) => r.id)).to.deep.equal(TEST_RULES.map((r) => r.id).sort());
    expect(json.find((r) => r.id === 'info-title-changed')?.action).to.equal('docs');
    expect((await cli(['rules', '-f', 'markdown'])).io.out()).to.include(
      '| `endpoint-added` | info | none | add | endpoint-added description |',
    );
  });

  it('rules refuses an unknown format', async () => {
    expectOneLineError(
      await cli(['rules', '--format', 'xml']),
      /^contract-kit: option '-f, --format <format>' argument 'xml' is invalid/,
    );
  });
});

describe('cli: check-pacts', () => {
  it('is listed in the help and hands its arguments to the cross-check', async () => {
    const help = await cli(['--help']);
    expect(help.io.out()).to.match(/check-pacts \[options\]\s+check that every consumer pact interaction/);
    const own = await cli(['check-pacts', '--help']);
    expect(own.code).to.equal(0);
    expect(own.io.out()).to.match(/^Usage: check-pacts \[options\]|^Usage: contract-kit check-pacts/);
    const missing = await cli(['check-pacts']);
    expect(missing.code).to.equal(2);
    expect(missing.io.err()).to.include("required option '--spec <file>' not specified");
  });
});

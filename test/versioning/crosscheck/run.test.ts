/**
 * `runCheckPacts(args, io)`: what the CLI delegates `contract-kit check-pacts` to.
 * Exit codes: 0 ok, 1 error-level finding, 2 bad input or usage.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { runCheckPacts } from '../../../versioning/crosscheck/index.ts';
import type { CheckPactsIo, CrossCheckResult } from '../../../versioning/crosscheck/index.ts';
import { startStubBroker } from '../broker/stub-broker.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../../fixtures/crosscheck');

function capture(
  cwd: string,
  env: Record<string, string | undefined> = {},
): CheckPactsIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    cwd,
    env,
    out: () => out,
    err: () => err,
  };
}

describe('crosscheck: runCheckPacts', () => {
  it('exit 0 and a text summary when every interaction is promised', async () => {
    const io = capture(path.join(fixtures, 'valid-interaction'));
    expect(await runCheckPacts(['--spec', 'oas.yaml', '--pacts', 'pact.json'], io)).to.equal(0);
    expect(io.out()).to.equal('check-pacts ok: oas.yaml vs 1 pact (1 interaction): 0 errors, 0 warnings\n');
    expect(io.err()).to.equal('');
  });

  it('exit 1 on an error-level finding', async () => {
    const io = capture(path.join(fixtures, 'undocumented-response-status'));
    expect(await runCheckPacts(['--spec', 'oas.yaml', '--pacts', 'pact.json'], io)).to.equal(1);
    expect(io.out()).to.include('response.status.unknown');
  });

  it('--format json prints the result', async () => {
    const io = capture(path.join(fixtures, 'wrong-method'));
    expect(await runCheckPacts(['--spec', 'oas.yaml', '--pacts', 'pact.json', '--format', 'json'], io)).to.equal(1);
    const result = JSON.parse(io.out()) as CrossCheckResult;
    expect(result.findings[0]?.code).to.equal('request.path-or-method.unknown');
  });

  it('--pacts defaults to pacts/ (relative to cwd)', async () => {
    const io = capture(path.join(fixtures, 'valid-interaction'));
    expect(await runCheckPacts(['--spec', 'oas.yaml'], io)).to.equal(2);
    expect(io.err()).to.equal(
      'contract-kit: pacts: no such pact file or folder; pass --pacts <pact ' +
        'file or folder> (pact files are written by npm run test:consumer)\n',
    );
  });

  it('exit 2 with a one-line message on bad input', async () => {
    const io = capture(path.join(fixtures, 'valid-interaction'));
    expect(await runCheckPacts(['--spec', 'missing.yaml', '--pacts', 'pact.json'], io)).to.equal(2);
    expect(io.err().trimEnd().split('\n')).to.have.length(1);
    expect(io.err()).to.match(/^contract-kit: missing\.yaml: .*no such file/);
    expect(io.out()).to.equal('');
  });

  it('exit 2 on usage errors: no --spec, unknown format', async () => {
    const io = capture(fixtures);
    expect(await runCheckPacts([], io)).to.equal(2);
    expect(io.err()).to.include("required option '--spec <file>' not specified");
    const io2 = capture(fixtures);
    expect(await runCheckPacts(['--spec', 'x.yaml', '--format', 'sarif'], io2)).to.equal(2);
    expect(io2.err()).to.include('unknown format "sarif" (formats: text, json, markdown, github, junit)');
  });

  it('--format NAME=FILE writes files through io.writeFile; one format may go to stdout', async () => {
    const io = capture(path.join(fixtures, 'undocumented-response-status'));
    const files: Record<string, string> = {};
    io.writeFile = async (file, text) => {
      files[file] = text;
    };
    const code = await runCheckPacts(
      [
        '--spec',
        'oas.yaml',
        '--pacts',
        'pact.json',
        '--format',
        'github',
        '--format',
        'junit=reports/pacts.xml',
        '--format',
        'json=reports/pacts.json',
      ],
      io,
    );
    expect(code).to.equal(1);
    expect(io.out()).to.match(/^::error file=oas\.yaml,line=\d+/);
    expect(Object.keys(files)).to.deep.equal(['reports/pacts.xml', 'reports/pacts.json']);
    expect(files['reports/pacts.xml']).to.include('<failure type="response.status.unknown"');
    expect((JSON.parse(files['reports/pacts.json']!) as CrossCheckResult).summary.errors).to.equal(1);
  });

  it('--output sends the default format to a file', async () => {
    const io = capture(path.join(fixtures, 'valid-interaction'));
    const files: Record<string, string> = {};
    io.writeFile = async (file, text) => {
      files[file] = text;
    };
    expect(await runCheckPacts(['--spec', 'oas.yaml', '--pacts', 'pact.json', '--output', 'check.txt'], io)).to.equal(
      0,
    );
    expect(io.out()).to.equal('');
    expect(files['check.txt']).to.include('check-pacts ok');
  });

  it('two formats to stdout, or a file without a writer: exit 2', async () => {
    const io = capture(path.join(fixtures, 'valid-interaction'));
    expect(
      await runCheckPacts(['--spec', 'oas.yaml', '--pacts', 'pact.json', '--format', 'text', '--format', 'github'], io),
    ).to.equal(2);
    expect(io.err()).to.include('--format text and --format github both write to stdout');
    const io2 = capture(path.join(fixtures, 'valid-interaction'));
    expect(
      await runCheckPacts(['--spec', 'oas.yaml', '--pacts', 'pact.json', '--format', 'json=out.json'], io2),
    ).to.equal(2);
  });

  it('colours text on a TTY or with FORCE_COLOR, never with NO_COLOR', async () => {
    const dir = path.join(fixtures, 'undocumented-response-status');
    const forced = capture(dir, { FORCE_COLOR: '1' });
    await runCheckPacts(['--spec', 'oas.yaml', '--pacts', 'pact.json'], forced);
    expect(forced.out()).to.include('\u001b[31m');
    const none = capture(dir, { NO_COLOR: '1' });
    await runCheckPacts(['--spec', 'oas.yaml', '--pacts', 'pact.json'], none);
    expect(none.out()).not.to.include('\u001b[');
  });

  it('--help prints usage and exits 0', async () => {
    const io = capture(fixtures);
    expect(await runCheckPacts(['--help'], io)).to.equal(0);
    expect(io.out()).to.include('--pacts <path|broker>');
  });

  it('--pacts broker without PACT_BROKER_BASE_URL: exit 2, says what to set', async () => {
    const io = capture(path.join(fixtures, 'valid-interaction'), {});
    expect(await runCheckPacts(['--spec', 'oas.yaml', '--pacts', 'broker', '--provider', 'Users'], io)).to.equal(2);
    expect(io.err()).to.include('--pacts broker needs PACT_BROKER_BASE_URL');
  });

  it('--pacts broker needs --provider', async () => {
    const io = capture(path.join(fixtures, 'valid-interaction'), { PACT_BROKER_BASE_URL: 'http://127.0.0.1:1' });
    expect(await runCheckPacts(['--spec', 'oas.yaml', '--pacts', 'broker'], io)).to.equal(2);
    expect(io.err()).to.include('--pacts broker needs --provider <name>');
  });

  it('--pacts broker fetches from the configured broker (local stub) and names the pact URL in findings', async () => {
    const pact = (name: string): object =>
      JSON.parse(readFileSync(path.join(fixtures, name, 'pact.json'), 'utf8')) as object;
    const broker = await startStubBroker({
      authorization: 'Bearer t0ken',
      pacts: [
        { consumer: 'WebApp', provider: 'Users', body: pact('valid-interaction') },
        { consumer: 'WebApp', provider: 'Users', body: pact('undocumented-response-status') },
      ],
    });
    try {
      const io = capture(path.join(fixtures, 'valid-interaction'), {
        PACT_BROKER_BASE_URL: broker.url,
        PACT_BROKER_TOKEN: 't0ken',
      });
      const code = await runCheckPacts(
        ['--spec', 'oas.yaml', '--pacts', 'broker', '--provider', 'Users', '--format', 'json'],
        io,
      );
      expect(code, io.err()).to.equal(1);
      const result = JSON.parse(io.out()) as CrossCheckResult;
      expect(result.summary.pacts).to.equal(2);
      expect(result.findings.map((finding) => finding.pact.location)).to.deep.equal([
        `${broker.url}/pacts/provider/Users/consumer/WebApp/pact-version/1#/interactions/0`,
      ]);
    } finally {
      await broker.close();
    }
  });
});

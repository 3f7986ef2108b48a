/**
 * `run` builds only the command its arguments start with (`ProgramScope`'s `only`). Whatever
 * follows the command's name, the output, the errors and the exit code are those of the program
 * with every command.
 */
import { expect } from 'chai';
import { buildProgram, defaultDeps, run, selfParsedCommands, type CliDeps } from '../../../versioning/cli/program.ts';
import { reportError } from '../../../versioning/cli/errors.ts';
import { fakeIo } from './fake-io.ts';

const PAIR = ['test/fixtures/cli/base.yaml', 'test/fixtures/cli/breaking.yaml'];

const deps = (): CliDeps => ({ ...defaultDeps(), now: () => new Date('2025-06-15T00:00:00Z') });

/** The program with every command, as `run` built it for every command line before. */
async function full(argv: string[]): Promise<[number, string, string]> {
  const io = fakeIo({ stdinIsTTY: true });
  let code = 0;
  try {
    const others = await selfParsedCommands();
    await buildProgram(io, deps(), (c) => (code = c), { others }).parseAsync(argv, { from: 'user' });
  } catch (err) {
    code = reportError(err, io);
  }
  return [code, io.out(), io.err()];
}

async function single(argv: string[]): Promise<[number, string, string]> {
  const io = fakeIo({ stdinIsTTY: true });
  const code = await run(argv, io, deps());
  return [code, io.out(), io.err()];
}

describe('cli: a command line that starts with a command builds that command alone', function () {
  this.timeout(60_000);
  const lines: string[][] = [];
  for (const command of ['diff', 'gate', 'changelog', 'rules']) {
    lines.push(
      [command, '--help'],
      [command, '-h'],
      [command, '-V'],
      [command, '--version'],
      [command, '--bogus'],
      [command, '--formt', 'json'],
      [command, '--format', 'nope'],
      [command, '-o'],
      [command, 'a', 'b', 'c'],
    );
  }
  lines.push(
    ['diff', ...PAIR],
    ['diff', ...PAIR, '--format', 'json', '--fail-on', 'breaking'],
    ['diff', ...PAIR, '--fail-on', 'nope'],
    ['diff', 'test/fixtures/cli/missing.yaml', PAIR[1]!],
    ['diff', '-', '-'],
    ['diff', '-', PAIR[1]!],
    ['gate', ...PAIR, '--format', 'json'],
    ['gate', ...PAIR, '--policy', 'consumers'],
    ['changelog', ...PAIR],
    ['changelog', PAIR[0]!],
    ['rules', '--format', 'json'],
    ['rules', '--format', 'markdown', 'extra'],
  );
  it('builds the one command', () => {
    for (const command of ['diff', 'gate', 'changelog', 'rules']) {
      const program = buildProgram(fakeIo(), deps(), () => {}, { only: command });
      expect(program.commands.map((c) => c.name())).to.deep.equal([command]);
    }
  });
  for (const argv of lines) {
    it(argv.join(' '), async () => {
      const expected = await full(argv);
      expect(await single(argv)).to.deep.equal(expected);
    });
  }
});

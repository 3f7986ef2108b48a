/**
 * The one error boundary: every failure becomes exit code 2 and one line on stderr,
 * `contract-kit: <message>`. The stack is printed only with CONTRACT_KIT_DEBUG=1.
 */
import { CommanderError } from 'commander';
import { InputError } from '../model.ts';
import type { Io } from './io.ts';

/** A command line that cannot work (conflicting flags, bad format name). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function oneLine(s: string): string {
  return s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}

/** By name too: a second copy of model.ts (another module loader) has its own InputError class. */
function isInputError(err: unknown): err is InputError {
  return err instanceof InputError || (err instanceof Error && err.name === 'InputError');
}

/** Likewise for UsageError: a command module loaded on first use may come from another loader. */
function isUsageError(err: unknown): err is UsageError {
  return err instanceof UsageError || (err instanceof Error && err.name === 'UsageError');
}

function inputErrorText(err: InputError): string {
  let prefix = '';
  if (err.file && !err.message.includes(err.file)) {
    const loc = err.location;
    prefix = `${err.file}${typeof loc === 'string' ? `#${loc}` : loc ? `:${loc.line}:${loc.column}` : ''}: `;
  }
  return prefix + err.message;
}

/** Print the error and return the exit code. */
export function reportError(err: unknown, io: Pick<Io, 'stderr' | 'env'>): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.ok;
    // `contract-kit` with no command: commander has printed the help to stderr already.
    if (err.code === 'commander.help' || err.code === 'commander.executeSubCommandAsync') return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    io.stderr.write(`contract-kit: ${oneLine(err.message.replace(/^error: /, ''))} (see --help)\n`);
    return EXIT.usage;
  }
  const debug = io.env['CONTRACT_KIT_DEBUG'] === '1';
  if (isInputError(err) || isUsageError(err)) {
    io.stderr.write(`contract-kit: ${oneLine(isInputError(err) ? inputErrorText(err) : err.message)}\n`);
  } else {
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`contract-kit: internal error: ${oneLine(message) || 'unknown'}${debug ? '' : ' (set CONTRACT_KIT_DEBUG=1 for details)'}\n`);
  }
  if (debug && err instanceof Error && err.stack) io.stderr.write(err.stack + '\n');
  return EXIT.usage;
}

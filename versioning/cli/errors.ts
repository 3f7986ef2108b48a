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

/** Longest run of non-space characters an error line quotes from the input. */
const MAX_QUOTE = 200;
/** Longest error line. */
const MAX_LINE = 1000;

/**
 * One line, safe to print in a CI log: line breaks folded, control characters written as escapes,
 * `::` (a workflow command) broken up, any long run of input cut to MAX_QUOTE characters.
 */
export function oneLine(s: string): string {
  let line = s
    .split(/\r?\n|\r|\u2028|\u2029/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/::/g, ':\\:')
    .replace(new RegExp(`\\S{${MAX_QUOTE + 1},}`, 'g'), (run) => `${run.slice(0, MAX_QUOTE)}...`);
  if (line.length > MAX_LINE) line = `${line.slice(0, MAX_LINE)}...`;
  return line;
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
    if (err.code === 'commander.help' || err.code === 'commander.executeSubCommandAsync')
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    io.stderr.write(`contract-kit: ${oneLine(err.message.replace(/^error: /, ''))} (see --help)\n`);
    return EXIT.usage;
  }
  const debug = io.env['CONTRACT_KIT_DEBUG'] === '1';
  if (isInputError(err) || isUsageError(err)) {
    io.stderr.write(`contract-kit: ${oneLine(isInputError(err) ? inputErrorText(err) : err.message)}\n`);
  } else if (err instanceof RangeError && /call stack/i.test(err.message)) {
    // A backstop: the loaders refuse deep documents with their place; anything deeper that slips through is still bad
    // input.
    io.stderr.write('contract-kit: the input nests too deeply to process (nesting or $ref chains); flatten it\n');
  } else {
    const message = err instanceof Error ? err.message : String(err);
    const hint = debug ? '' : ' (set CONTRACT_KIT_DEBUG=1 for details)';
    io.stderr.write(`contract-kit: internal error: ${oneLine(message) || 'unknown'}${hint}\n`);
  }
  if (debug && err instanceof Error && err.stack) io.stderr.write(err.stack + '\n');
  return EXIT.usage;
}

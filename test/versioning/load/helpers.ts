import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { InputError } from '../../../versioning/model.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/load');
/** Fixture path relative to the project root (the `cwd` the tests load with). */
export const fixture = (name: string): string => path.posix.join('test/fixtures/load', name);

/** 1-based line of the `occurrence`-th line of a fixture matching `pattern`. */
export function lineOf(name: string, pattern: RegExp, occurrence = 1): number {
  const lines = readFileSync(path.join(FIXTURES, name), 'utf8').split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (pattern.test(lines[i]!) && ++seen === occurrence) return i + 1;
  }
  throw new Error(`no line matching ${pattern} in ${name}`);
}

/** Awaits `promise`, expects an InputError, and returns it (message checked to be one line). */
export async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).to.not.include('\n');
    return error as InputError;
  }
  expect.fail('expected an InputError, but loading succeeded');
}

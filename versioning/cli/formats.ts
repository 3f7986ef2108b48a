/**
 * `--format NAME[=FILE]`, repeatable. A format without its own file goes to `--output FILE`
 * when given, else to stdout; `FILE` may be `-` for stdout. Two formats cannot share one
 * destination. Example: `--format text --format json=report.json --format github`
 * is refused (text and github would both go to stdout); `--format github --format markdown=summary.md` works.
 */
import { nearest } from '../config/nearest.ts';
import { UsageError } from './errors.ts';

export interface OutputTarget<F extends string> {
  format: F;
  /** undefined = stdout */
  file?: string;
}

export function parseFormats<F extends string>(
  values: readonly string[],
  output: string | undefined,
  defaultFormat: F,
  allowed: readonly F[],
): OutputTarget<F>[] {
  const specs = values.length > 0 ? values : [defaultFormat];
  const targets: OutputTarget<F>[] = [];
  const seen = new Map<string, string>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const name = (eq === -1 ? spec : spec.slice(0, eq)).trim();
    const file = eq === -1 ? output : spec.slice(eq + 1).trim();
    if (!(allowed as readonly string[]).includes(name)) {
      const guess = nearest(name, allowed);
      throw new UsageError(
        `unknown format "${name}"${guess ? `; did you mean ${guess}?` : ''} (formats: ${allowed.join(', ')})`,
      );
    }
    if (file === '') throw new UsageError(`--format ${spec}: missing file name after "="`);
    const dest = file === undefined || file === '-' ? '-' : file;
    const clash = seen.get(dest);
    if (clash !== undefined) {
      const where = dest === '-' ? 'stdout' : dest;
      const ext =
        name === 'json'
          ? 'json'
          : name === 'junit'
            ? 'xml'
            : name === 'markdown' || name === 'changelog'
              ? 'md'
              : 'txt';
      throw new UsageError(
        `--format ${clash} and --format ${name} both write to ${where}; ` +
          `give one its own file, e.g. --format ${name}=report.${ext}`,
      );
    }
    seen.set(dest, name);
    targets.push(dest === '-' ? { format: name as F } : { format: name as F, file: dest });
  }
  return targets;
}

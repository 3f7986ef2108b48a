/**
 * `github`: GitHub Actions workflow commands, one annotation per change (a change repeated under
 * several operations because it sits in a shared schema is one annotation that lists them)
 * (`::error file=F,line=L,title=<rule id>::message`): breaking -> error, warning -> warning,
 * info and accepted changes -> notice. When a gate ran, `error` is kept for the changes that fail
 * it (whatever their level), and a breaking change that passes it is a warning. The version check
 * and the gate add one annotation each when they fail. At most `GITHUB_ANNOTATION_LIMITS` per kind,
 * as GitHub shows no more. Escaping follows @actions/core (`%`, CR, LF in data; also `:` and `,`
 * in properties).
 */
import type { Change, Report } from '../model.ts';
import { failsGate } from '../policy/gate.ts';
import { annotations, versionStatus, whereText, type FormatOptions } from './common.ts';
import { changesOf } from './view.ts';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

type Command = 'error' | 'warning' | 'notice';

function command(name: Command, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${list ? ` ${list}` : ''}::${escapeData(message)}`;
}

function commandFor(change: Change, report: Report): Command {
  if (change.accepted) return 'notice';
  const byLevel: Command = change.level === 'breaking' ? 'error' : change.level === 'warning' ? 'warning' : 'notice';
  if (!report.gate) return byLevel;
  // With a gate, an error annotation means "this fails the gate": a change that fails it is an
  // error whatever its level (a consumer's broken pact under `consumers`); a breaking change that
  // does not (it carries its major bump, or no known consumer uses it) is a warning.
  if (failsGate(change, report.gate)) return 'error';
  // Under semver a version too low is caused by the breaking changes: they stay errors.
  if (report.gate.policy === 'semver' && !report.gate.ok && versionStatus(report) === 'failed') return byLevel;
  return byLevel === 'error' ? 'warning' : byLevel;
}

/**
 * GitHub shows at most 10 error and 10 warning annotations per step (and 50 per job); notices
 * are held to 10 too. Beyond that it drops them silently, so the report keeps to these limits
 * itself: the version check and the gate first, then the changes in report order (most severe
 * first), then notes, and one notice that says how many were left out.
 */
export const GITHUB_ANNOTATION_LIMITS: Readonly<Record<Command, number>> = { error: 10, warning: 10, notice: 10 };

interface Annotation {
  name: Command;
  line: string;
}

function annotation(name: Command, props: Record<string, string | number | undefined>, message: string): Annotation {
  return { name, line: command(name, props, message) };
}

/** The annotations that fit GitHub's limits, in their order, and how many did not. */
function withinLimits(first: Annotation[], rest: Annotation[]): { shown: Set<Annotation>; dropped: number } {
  const all = [...first, ...rest];
  const fits = (Object.keys(GITHUB_ANNOTATION_LIMITS) as Command[]).every(
    (name) => all.filter((a) => a.name === name).length <= GITHUB_ANNOTATION_LIMITS[name],
  );
  if (fits) return { shown: new Set(all), dropped: 0 };
  // One notice is kept for the line that says what was left out.
  const left: Record<Command, number> = { ...GITHUB_ANNOTATION_LIMITS, notice: GITHUB_ANNOTATION_LIMITS.notice - 1 };
  const shown = new Set<Annotation>();
  for (const a of all) {
    if (left[a.name] <= 0) continue;
    left[a.name] -= 1;
    shown.add(a);
  }
  return { shown, dropped: all.length - shown.size };
}

export function github(report: Report, _options: FormatOptions): string {
  // One annotation per physical change: a change in a schema shared by many operations sits at
  // one file:line, so repeating it per operation would only bury the rest.
  const changes = changesOf(report).all.entries.map((entry) => {
    const c = entry.change;
    const extra = annotations(c);
    if (entry.count > 1) extra.push(whereText(entry));
    const message = extra.length ? `${c.message}\n${extra.join('\n')}` : c.message;
    // Annotations belong to the revision (the files of the pull request): a change that only
    // exists in the base (a removal) is annotated on the revision file, without a line.
    const where =
      c.revision || report.revision.file.startsWith('<')
        ? { file: c.location.file, line: c.location.line }
        : { file: report.revision.file, line: undefined };
    const broken = [...new Set((c.consumers ?? []).map((k) => k.consumer))];
    const title = c.accepted
      ? `${c.id} (accepted)`
      : broken.length > 0
        ? `${c.id} (breaks ${broken.join(', ')})`
        : c.id;
    return annotation(commandFor(c, report), { ...where, title }, message);
  });
  const checks: Annotation[] = [];
  const status = versionStatus(report);
  const revisionFile = report.revision.file.startsWith('<') ? undefined : report.revision.file;
  if (status === 'failed') {
    checks.push(
      annotation(
        'error',
        { file: revisionFile, title: 'contract-kit version' },
        report.version.message ?? 'version check failed',
      ),
    );
  }
  if (status === 'skipped') {
    checks.push(
      annotation('notice', { title: 'contract-kit version' }, report.version.message ?? 'version check skipped'),
    );
  }
  if (report.gate && !report.gate.ok) {
    checks.push(annotation('error', { title: 'contract-kit gate' }, `gate failed:\n${report.gate.reasons.join('\n')}`));
  }
  const notes = (report.notes ?? []).map((note) => annotation('notice', { title: 'contract-kit' }, note));
  const { shown, dropped } = withinLimits(checks, [...changes, ...notes]);
  const lines = [...changes, ...checks, ...notes].filter((a) => shown.has(a)).map((a) => a.line);
  if (dropped > 0) {
    const limits = GITHUB_ANNOTATION_LIMITS;
    lines.push(
      command(
        'notice',
        { title: 'contract-kit' },
        `${dropped} more annotations not shown: GitHub shows at most ${limits.error} errors, ` +
          `${limits.warning} warnings and ${limits.notice} notices per step (the most severe are shown); ` +
          'the text or markdown report lists every change',
      ),
    );
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/**
 * `github`: GitHub Actions workflow commands, one annotation per change (a change repeated under
 * several operations because it sits in a shared schema is one annotation that lists them)
 * (`::error file=F,line=L,title=<rule id>::message`): breaking -> error, warning -> warning,
 * info and accepted changes -> notice. When a gate ran, `error` is kept for the changes that fail
 * it (whatever their level), and a breaking change that passes it is a warning. The version check and the gate add one annotation each
 * when they fail. Escaping follows @actions/core (`%`, CR, LF in data; also `:` and `,` in properties).
 */
import type { Change, Report } from '../model.ts';
import { failsGate } from '../policy/gate.ts';
import { annotations, collapse, versionStatus, whereText, type FormatOptions } from './common.ts';

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

export function github(report: Report, _options: FormatOptions): string {
  // One annotation per physical change: a change in a schema shared by many operations sits at
  // one file:line, so repeating it per operation would only bury the rest (GitHub shows a few
  // annotations per step).
  const lines = collapse(report.changes).map((entry) => {
    const c = entry.change;
    const extra = annotations(c);
    if (entry.changes.length > 1) extra.push(whereText(entry));
    const message = extra.length ? `${c.message}\n${extra.join('\n')}` : c.message;
    // Annotations belong to the revision (the files of the pull request): a change that only
    // exists in the base (a removal) is annotated on the revision file, without a line.
    const where = c.revision || report.revision.file.startsWith('<') ? { file: c.location.file, line: c.location.line } : { file: report.revision.file, line: undefined };
    const broken = [...new Set((c.consumers ?? []).map((k) => k.consumer))];
    const title = c.accepted ? `${c.id} (accepted)` : broken.length > 0 ? `${c.id} (breaks ${broken.join(', ')})` : c.id;
    return command(commandFor(c, report), { ...where, title }, message);
  });
  const status = versionStatus(report);
  if (status === 'failed') lines.push(command('error', { file: report.revision.file.startsWith('<') ? undefined : report.revision.file, title: 'contract-kit version' }, report.version.message ?? 'version check failed'));
  if (status === 'skipped') lines.push(command('notice', { title: 'contract-kit version' }, report.version.message ?? 'version check skipped'));
  if (report.gate && !report.gate.ok) lines.push(command('error', { title: 'contract-kit gate' }, `gate failed:\n${report.gate.reasons.join('\n')}`));
  for (const note of report.notes ?? []) lines.push(command('notice', { title: 'contract-kit' }, note));
  return lines.length ? lines.join('\n') + '\n' : '';
}

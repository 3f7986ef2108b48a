/**
 * `contract-kit usage`: who reads what. For every operation and documented status of the spec,
 * each body field, header, media type and status the consumers' pacts read (with the consumers,
 * interactions and matchers), and the documented response fields no consumer reads: the answer to
 * "can we remove this?" before anyone tries. Offline: the pacts are the only source.
 *
 * `usageOf` is pure (spec + pacts in memory); `runUsage` is the command, with its effects passed in.
 */
import { CommanderError } from 'commander';
import { oneLine } from '../cli/errors.ts';
import { LimitFlagError, limitsFromFlags, type LimitFlags } from '../load/input.ts';
import { usageCommand, type UsageFormat } from './usage-command.ts';
export { USAGE_FORMATS, usageCommand, type UsageFormat } from './usage-command.ts';
import { findOperation } from '../crosscheck/guarantees.ts';
import { isHttpInteraction } from '../crosscheck/pacts.ts';
import { matcherText, responseReads, type Read } from '../crosscheck/reads.ts';
import { openSpec } from '../crosscheck/spec.ts';
import type { PactFile } from '../crosscheck/types.ts';
import { HTTP_METHODS, InputError, type JsonObject, type LoadedSpec } from '../model.ts';
import { loadPacts } from '../crosscheck/source.ts';
import type { CheckPactsIo } from '../crosscheck/run.ts';

export interface UsageReader {
  consumer: string;
  interaction: string;
  pactLocation: string;
  /** `type matcher`, `exact value "x"` (fields and headers only). */
  matcher?: string;
}

export interface UsageRead {
  kind: 'status' | 'media-type' | 'header' | 'field';
  /** The field path (`items[].email`), header name, media type, or the status. */
  name: string;
  consumers: string[];
  readers: UsageReader[];
}

export interface StatusUsage {
  status: string;
  /** Whether the spec documents this status (a status only a pact expects is listed too, with `false`). */
  documented: boolean;
  reads: UsageRead[];
  /** Documented response body fields (and headers, as `header X`) that no consumer reads. */
  unread: string[];
}

export interface OperationUsage {
  /** `GET /users/{id}` */
  operation: string;
  consumers: string[];
  statuses: StatusUsage[];
}

export interface UsageReport {
  spec: { source: string; file: string };
  pacts: number;
  interactions: number;
  operations: OperationUsage[];
  /** Interactions on no documented operation. */
  unmatched: UsageReader[];
}

type Schema = Record<string, unknown>;
const asSchema = (v: unknown): Schema | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Schema) : undefined;
const list = (v: unknown): Schema[] => (Array.isArray(v) ? v.flatMap((x) => (asSchema(x) ? [asSchema(x)!] : [])) : []);

/**
 * Every property path a schema documents (`a`, `a.b`, `items[].c`), through compositions; recursion stops at a cycle
 * or depth 12.
 */
function documentedPaths(schema: Schema, prefix: string, out: Set<string>, seen: Set<Schema>, depth = 0): void {
  if (seen.has(schema) || depth > 12) return;
  const next = new Set(seen).add(schema);
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
    for (const branch of list(schema[key])) documentedPaths(branch, prefix, out, next, depth + 1);
  const items = asSchema(schema['items']);
  if (items) documentedPaths(items, `${prefix}[]`, out, next, depth + 1);
  const properties = asSchema(schema['properties']) ?? {};
  for (const [name, child] of Object.entries(properties)) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    out.add(path);
    const sub = asSchema(child);
    if (sub) documentedPaths(sub, path, out, next, depth + 1);
  }
}

function nameOf(read: Read): string {
  switch (read.kind) {
    case 'status':
      return String(read.status);
    case 'media-type':
      return read.mediaType;
    case 'header':
      return read.name;
    case 'field':
      return read.property;
  }
}

function describe(interaction: JsonObject, index: number): string {
  const d = interaction['description'];
  return typeof d === 'string' && d !== '' ? d : `interaction ${index}`;
}

/** Who reads what, per operation and status. */
export function usageOf(spec: LoadedSpec, pacts: readonly PactFile[]): UsageReport {
  const byOperation = new Map<string, Map<string, Map<string, UsageRead>>>();
  const consumersOf = new Map<string, Set<string>>();
  const unmatched: UsageReader[] = [];
  let interactions = 0;
  for (const file of pacts) {
    file.pact.interactions.forEach((interaction, index) => {
      if (!isHttpInteraction(interaction)) return;
      interactions++;
      const consumer = file.pact.consumer.name;
      const reader: UsageReader = {
        consumer,
        interaction: describe(interaction, index),
        pactLocation: `${file.source}#/interactions/${index}`,
      };
      const request = asSchema(interaction['request']) ?? {};
      const found = findOperation(spec, String(request['method'] ?? ''), String(request['path'] ?? ''));
      if (!found) {
        unmatched.push(reader);
        return;
      }
      const operation = `${found.method.toUpperCase()} ${found.path}`;
      const statuses = byOperation.get(operation) ?? new Map<string, Map<string, UsageRead>>();
      byOperation.set(operation, statuses);
      const consumers = consumersOf.get(operation) ?? new Set<string>();
      consumers.add(consumer);
      consumersOf.set(operation, consumers);
      for (const read of responseReads(interaction)) {
        const status = String(read.status);
        const reads = statuses.get(status) ?? new Map<string, UsageRead>();
        statuses.set(status, reads);
        const key = `${read.kind} ${nameOf(read)}`;
        const entry = reads.get(key) ?? { kind: read.kind, name: nameOf(read), consumers: [], readers: [] };
        reads.set(key, entry);
        if (!entry.consumers.includes(consumer)) entry.consumers.push(consumer);
        entry.readers.push(
          read.kind === 'field' || read.kind === 'header' ? { ...reader, matcher: matcherText(read) } : reader,
        );
      }
    });
  }

  const operations: OperationUsage[] = [];
  const paths = (spec.document.paths ?? {}) as Record<string, unknown>;
  for (const path of Object.keys(paths)) {
    const item = asSchema(paths[path]) ?? {};
    for (const method of HTTP_METHODS) {
      const op = asSchema(item[method]);
      if (!op) continue;
      const operation = `${method.toUpperCase()} ${path}`;
      const seenStatuses = byOperation.get(operation) ?? new Map<string, Map<string, UsageRead>>();
      const responses = asSchema(op['responses']) ?? {};
      const statuses: StatusUsage[] = [];
      const keys = [...new Set([...Object.keys(responses), ...seenStatuses.keys()])].sort();
      for (const status of keys) {
        const response = asSchema(responses[status]);
        const reads = [...(seenStatuses.get(status)?.values() ?? [])];
        const readFields = new Set(reads.filter((r) => r.kind === 'field').map((r) => r.name));
        const readHeaders = new Set(reads.filter((r) => r.kind === 'header').map((r) => r.name.toLowerCase()));
        const documented = new Set<string>();
        for (const media of Object.values(asSchema(response?.['content']) ?? {})) {
          const schema = asSchema(asSchema(media)?.['schema']);
          if (schema) documentedPaths(schema, '', documented, new Set());
        }
        // A field is used when it, or anything below it, is read.
        const used = (field: string) =>
          [...readFields].some((r) => r === field || r.startsWith(`${field}.`) || r.startsWith(`${field}[`));
        // An unread field stands for the fields below it (`errors`, not also `errors[].field`).
        const unreadAll = [...documented].filter((field) => !used(field));
        const unread = unreadAll
          .filter((field) => !unreadAll.some((other) => field.startsWith(`${other}.`) || field.startsWith(`${other}[`)))
          .sort();
        for (const header of Object.keys(asSchema(response?.['headers']) ?? {}))
          if (!readHeaders.has(header.toLowerCase())) unread.push(`header ${header}`);
        statuses.push({ status, documented: response !== undefined, reads, unread });
      }
      operations.push({ operation, consumers: [...(consumersOf.get(operation) ?? [])].sort(), statuses });
    }
  }
  return { spec: { source: spec.source, file: spec.file }, pacts: pacts.length, interactions, operations, unmatched };
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

const KIND_LABEL: Record<UsageRead['kind'], string> = {
  status: 'status',
  'media-type': 'media type',
  header: 'header',
  field: 'field',
};

function readerList(read: UsageRead): string {
  return read.readers.map((r) => `${r.consumer} '${r.interaction}'${r.matcher ? ` (${r.matcher})` : ''}`).join('; ');
}

export function renderUsage(format: UsageFormat, report: UsageReport): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  const md = format === 'markdown';
  const out: string[] = [];
  out.push(
    md
      ? `### contract-kit usage: ${report.spec.file}`
      : `usage: ${report.spec.file} read by ${report.pacts} pact${report.pacts === 1 ? '' : 's'} ` +
          `(${report.interactions} interactions)`,
  );
  if (md) out.push('', `${report.pacts} pact${report.pacts === 1 ? '' : 's'}, ${report.interactions} interactions.`);
  for (const op of report.operations) {
    out.push(
      '',
      md
        ? `#### \`${op.operation}\`${op.consumers.length ? ` (${op.consumers.join(', ')})` : ' (no known consumer)'}`
        : `${op.operation}  ${op.consumers.length ? `consumers: ${op.consumers.join(', ')}` : 'no known consumer'}`,
    );
    for (const s of op.statuses) {
      const title = `${s.status}${s.documented ? '' : ' (not documented)'}`;
      if (md) out.push('', `- **${title}**`);
      else out.push(`  ${title}`);
      const fieldsAndHeaders = s.reads.filter(
        (r) => r.kind === 'field' || r.kind === 'header' || r.kind === 'media-type',
      );
      if (s.reads.length === 0)
        out.push(md ? '  - no consumer reads this response' : '    no consumer reads this response');
      for (const r of fieldsAndHeaders) {
        out.push(
          md
            ? `  - ${KIND_LABEL[r.kind]} \`${r.name}\`: ${readerList(r)}`
            : `    ${KIND_LABEL[r.kind].padEnd(10)} ${r.name}  ${readerList(r)}`,
        );
      }
      if (s.unread.length > 0)
        out.push(
          md ? `  - unread: ${s.unread.map((f) => `\`${f}\``).join(', ')}` : `    unread     ${s.unread.join(', ')}`,
        );
    }
  }
  if (report.unmatched.length > 0) {
    out.push('', md ? '#### Interactions on no documented operation' : 'interactions on no documented operation:');
    for (const r of report.unmatched)
      out.push(
        md
          ? `- ${r.consumer} '${r.interaction}' (${r.pactLocation})`
          : `  ${r.consumer} '${r.interaction}' (${r.pactLocation})`,
      );
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------

interface Flags extends LimitFlags {
  spec: string;
  pacts: string;
  provider?: string;
  format: UsageFormat;
  output?: string;
}

/** Runs `usage` with `args` (the words after `usage`). Resolves to the exit code (0, or 2 on bad input). */
export async function runUsage(args: readonly string[], io: CheckPactsIo): Promise<number> {
  const command = usageCommand()
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  let flags: Flags;
  try {
    command.parse([...args], { from: 'user' });
    flags = command.opts<Flags>();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  try {
    const limits = limitsFromFlags(flags);
    const spec = await openSpec(flags.spec, io.cwd, limits);
    const all = await loadPacts(flags.pacts, {
      cwd: io.cwd,
      env: io.env ?? {},
      limits,
      ...(flags.provider !== undefined ? { provider: flags.provider } : {}),
      ...(io.fetch ? { fetch: io.fetch } : {}),
    });
    const pacts = flags.provider === undefined ? all : all.filter((p) => p.pact.provider.name === flags.provider);
    if (pacts.length === 0)
      throw new InputError(`no pact for provider "${flags.provider}"; pass --provider with the provider's pact name`);
    const text = renderUsage(flags.format, usageOf(spec, pacts));
    if (flags.output === undefined || flags.output === '-') io.stdout.write(text);
    else {
      if (!io.writeFile) throw new InputError('writing to a file is not available here; print to stdout instead');
      try {
        await io.writeFile(flags.output, text);
      } catch (error) {
        throw new InputError(
          `cannot write ${flags.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; ` +
            `check the path`,
          flags.output,
        );
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof LimitFlagError) {
      io.stderr.write(`contract-kit: ${oneLine(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

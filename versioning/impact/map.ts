/**
 * Which changes made a pact interaction fail, and why, in one plain sentence. Pure.
 *
 * A change is a candidate when it is on the interaction's operation (method, and a path template
 * that matches the request path). Each failure of the interaction (a cross-check finding against
 * the revision) is then scored against the candidates: the same body property, parameter, status,
 * media type or header scores highest; a change on an ancestor property (the whole body, the
 * array around the property) next; nothing else is tied to it. A failure that no candidate
 * explains is left unmapped, and the caller reports it: it is never dropped.
 */
import { templateMatches } from '../crosscheck/check.ts';
import type { Change, JsonValue } from '../model.ts';
import type { BodyProblem, Target } from './classify.ts';

/** The interaction as the mapping needs it. */
export interface InteractionFacts {
  consumer: string;
  description: string;
  method: string;
  /** Request path without the query string. */
  path: string;
  status?: number;
}

/**
 * `METHOD /path/{id}` of a change, from its details or its operation label; undefined for changes to
 * what the API sends (callbacks and webhooks): an HTTP pact of the API's consumers records requests
 * they send to the API, never the requests the API sends them, so no interaction is on such an
 * operation (message pacts are not read).
 */
function operationOf(change: Change): { method: string; path: string } | undefined {
  if (change.operation !== undefined && isSentLabel(change.operation)) return undefined;
  const d = change.details;
  if (d?.method && d.path) return { method: d.method.toLowerCase(), path: d.path };
  const match = change.operation ? /^([A-Za-z]+) (\S+)$/.exec(change.operation) : null;
  return match ? { method: match[1]!.toLowerCase(), path: match[2]! } : undefined;
}

/** Whether an operation label names a callback or webhook operation (`... -> callback name -> ...`, `WEBHOOK name`). */
export function isSentLabel(label: string): boolean {
  return label.startsWith('WEBHOOK ') || label.includes(' -> callback ');
}

/** Whether a change is on the interaction's operation. */
export function onOperation(change: Change, facts: Pick<InteractionFacts, 'method' | 'path'>): boolean {
  const op = operationOf(change);
  return op !== undefined && op.method === facts.method.toLowerCase() && templateMatches(op.path, facts.path);
}

/** Whether a response status as written (`200`, `4XX`, `default`) covers a concrete status. */
function statusCovers(written: string | undefined, status: number | undefined): 0 | 1 | 2 {
  if (written === undefined || status === undefined) return 1;
  if (written === String(status)) return 2;
  if (/^[1-5]XX$/i.test(written) && written[0] === String(status)[0]) return 1;
  if (written === 'default') return 1;
  return 0;
}

function related(finding: string, change: string): number {
  if (finding === change) return 3;
  if (change === '' || finding.startsWith(`${change}.`) || finding.startsWith(`${change}[`)) return 2;
  if (finding === '' || change.startsWith(`${finding}.`) || change.startsWith(`${finding}[`)) return 1;
  return 0;
}

/** How well a change explains a failure: 0 = not at all, 3 = the same field. */
export function score(change: Change, target: Target, facts: InteractionFacts): number {
  const d = change.details ?? {};
  switch (target.kind) {
    case 'operation':
      if (d.area === 'operation') return 3;
      if (target.pathParameter && d.area === 'parameter' && d.parameter?.in === 'path') return 3;
      return 0;
    case 'status':
      if (
        d.area !== 'status' &&
        !(d.area === 'operation' && d.direction === undefined && change.id.includes('removed'))
      )
        return 0;
      return d.area === 'status'
        ? statusCovers(d.status, facts.status) === 2
          ? 3
          : statusCovers(d.status, facts.status) === 1
            ? 2
            : 0
        : 1;
    case 'body': {
      if (d.direction !== target.side) return 0;
      if (target.side === 'response' && statusCovers(d.status, facts.status) === 0) return 0;
      if (target.problem === 'no-schema')
        return d.area === 'body' || d.area === 'status' ? (d.property === undefined ? 3 : 1) : 0;
      if (d.area !== 'body') return 0;
      return related(target.property, d.property ?? '');
    }
    case 'parameter':
      if (d.area !== 'parameter' || d.parameter?.in !== target.in) return 0;
      return (
        target.in === 'header'
          ? d.parameter.name.toLowerCase() === target.name.toLowerCase()
          : d.parameter.name === target.name
      )
        ? 3
        : 0;
    case 'media-type':
      if (d.direction !== target.side || d.area !== 'body' || d.property !== undefined) return 0;
      if (target.side === 'response' && statusCovers(d.status, facts.status) === 0) return 0;
      if (target.mediaType && d.mediaType) return baseType(d.mediaType) === baseType(target.mediaType) ? 3 : 1;
      return d.mediaType ? 2 : 1;
    case 'response-header':
      if (d.area !== 'response-header' || statusCovers(d.status, facts.status) === 0) return 0;
      return d.header?.toLowerCase() === target.name.toLowerCase() ? 3 : 0;
    case 'security':
      return d.area === 'security' ? 3 : 0;
    case 'other':
      return 0;
  }
}

function baseType(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

/** The candidates that best explain one failure (all those with the top score), or none. */
export function bestMatches(candidates: readonly Change[], target: Target, facts: InteractionFacts): Change[] {
  let best = 0;
  let out: Change[] = [];
  for (const change of candidates) {
    const s = score(change, target, facts);
    if (s === 0 || s < best) continue;
    if (s > best) {
      best = s;
      out = [];
    }
    out.push(change);
  }
  return out;
}

const code = (s: string): string => `\`${s}\``;

function shown(value: JsonValue | undefined): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function kindOf(value: JsonValue | undefined): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a number' : 'a number';
  return `a ${typeof value}`;
}

function bodyWhy(
  who: string,
  side: 'request' | 'response',
  property: string,
  problem: BodyProblem,
  value: JsonValue | undefined,
  expected: string | undefined,
  status: number | undefined,
): string {
  const field = property
    ? code(property)
    : side === 'request'
      ? 'the request body'
      : `the ${status ?? ''} response body`.replace('  ', ' ');
  if (side === 'request') {
    switch (problem) {
      case 'missing':
        return `${who} does not send ${field}, which the revision makes required`;
      case 'extra':
        return `${who} sends ${field}, which the revision no longer accepts`;
      case 'enum':
        return `${who} sends ${field} = ${shown(value)}, which the revision no longer accepts`;
      case 'type':
        return `${who} sends ${field} as ${kindOf(value)}, which the revision changes to ${expected ?? 'another type'}`;
      case 'no-schema':
        return `${who} sends a request body, which the revision no longer describes`;
      default:
        return (
          `${who} sends ${field}${value !== undefined ? ` = ${shown(value)}` : ''}, ` +
          `which the revision no longer accepts (${expected ?? 'rejected by its schema'})`
        );
    }
  }
  switch (problem) {
    case 'extra':
      return `${who} reads ${field}, which the revision removes`;
    case 'missing':
      return `${who} expects a response without ${field}, which the revision makes required`;
    case 'enum':
      return `${who} reads ${field} = ${shown(value)}, which the revision no longer allows`;
    case 'type':
      return `${who} reads ${field} as ${kindOf(value)}, which the revision changes to ${expected ?? 'another type'}`;
    case 'no-schema':
      return `${who} reads ${field}, which the revision no longer describes`;
    default:
      return (
        `${who} reads ${field}${value !== undefined ? ` = ${shown(value)}` : ''}, ` +
        `which the revision no longer allows (${expected ?? 'rejected by its schema'})`
      );
  }
}

/** The sentence for one failure of an interaction, e.g. "ServiceA 'get a user' reads `email`, which the revision
 * removes". */
export function why(target: Target, facts: InteractionFacts, message: string, change?: Change): string {
  const who = `${facts.consumer} '${facts.description}'`;
  switch (target.kind) {
    case 'operation': {
      const op = change?.operation ?? `${facts.method.toUpperCase()} ${facts.path}`;
      if (target.pathParameter)
        return (
          `${who} calls ${code(`${facts.method.toUpperCase()} ${facts.path}`)}, ` +
          `whose path parameter the revision no longer accepts`
        );
      return `${who} calls ${code(op)}, which the revision removes`;
    }
    case 'status':
      return `${who} expects status ${facts.status ?? '?'}, which the revision no longer documents`;
    case 'body':
      return bodyWhy(who, target.side, target.property, target.problem, target.value, target.expected, facts.status);
    case 'parameter': {
      const param = `${target.in === 'query' ? 'query parameter' : 'header'} ${code(target.name)}`;
      if (target.problem === 'missing') return `${who} does not send the ${param}, which the revision makes required`;
      if (target.problem === 'unknown') return `${who} sends the ${param}, which the revision removes`;
      return (
        `${who} sends the ${param} = ${shown(target.value)}, which the ` +
        `revision no longer accepts (${target.expected ?? 'rejected by its schema'})`
      );
    }
    case 'media-type':
      return target.side === 'request'
        ? `${who} sends ${target.mediaType ? code(target.mediaType) : 'its request body'}, ` +
            `which the revision no longer accepts`
        : `${who} expects ${target.mediaType ? code(target.mediaType) : 'its response media type'}, ` +
            `which the revision no longer produces`;
    case 'response-header':
      return `${who} reads the response header ${code(target.name)}, which the revision no longer allows`;
    case 'security':
      return `${who} sends no credentials the revision requires`;
    case 'other':
      return `${who} now fails against the revision: ${message}`;
  }
}

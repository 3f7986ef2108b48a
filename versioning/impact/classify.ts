/**
 * What a cross-check finding is about, read from the comparator's result code, its location in
 * the pact (`response.body.items.0.email`) and its message: the operation itself, a status, a
 * body property, a parameter, a media type, a response header or the credentials. Pure.
 */
import type { JsonValue } from '../model.ts';
import type { CrossCheckFinding } from '../crosscheck/types.ts';

export type Side = 'request' | 'response';

/** What went wrong with a body property. */
export type BodyProblem = 'extra' | 'missing' | 'enum' | 'type' | 'value' | 'no-schema';

export type Target =
  | { kind: 'operation'; pathParameter: boolean }
  | { kind: 'status' }
  | { kind: 'body'; side: Side; property: string; problem: BodyProblem; value?: JsonValue; expected?: string }
  | {
      kind: 'parameter';
      in: 'query' | 'header';
      name: string;
      problem: 'missing' | 'unknown' | 'value';
      value?: JsonValue;
      expected?: string;
    }
  | { kind: 'media-type'; side: Side; mediaType?: string }
  | { kind: 'response-header'; name: string }
  | { kind: 'security' }
  | { kind: 'other' };

/** `items.0.email` -> `items[].email` (the `FindingDetails.property` notation). */
export function propertyPathOf(segments: readonly string[]): string {
  let out = '';
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) out += '[]';
    else out += (out ? '.' : '') + segment;
  }
  return out;
}

function join(base: string, name: string): string {
  return base ? `${base}.${name}` : name;
}

function stringValue(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

export function classify(finding: CrossCheckFinding): Target {
  const { code, message } = finding;
  const field = finding.pact.field ?? '';
  const value = finding.pact.value;
  const withValue = <T extends object>(t: T): T & { value?: JsonValue } => (value !== undefined ? { ...t, value } : t);

  if (code === 'request.path-or-method.unknown')
    return { kind: 'operation', pathParameter: /path parameter does not match/.test(message) };
  if (code === 'response.status.unknown' || code === 'response.status.default') return { kind: 'status' };
  if (code === 'request.authorization.missing') return { kind: 'security' };

  const body = /^(request|response)\.body\.(incompatible|unknown|unvalidatable)$/.exec(code);
  if (body) {
    const side = body[1] as Side;
    if (body[2] !== 'incompatible') return { kind: 'body', side, property: '', problem: 'no-schema' };
    const prefix = `${side}.body`;
    const rest = field.startsWith(prefix) ? field.slice(prefix.length).replace(/^\./, '') : '';
    const base = propertyPathOf(rest ? rest.split('.') : []);
    const extra = / - ([^\s]+)$/.exec(message);
    if (/must NOT have additional properties/.test(message) && extra?.[1])
      return { kind: 'body', side, property: join(base, extra[1]), problem: 'extra' };
    const missing = /must have required property '([^']+)'/.exec(message);
    if (missing?.[1]) return { kind: 'body', side, property: join(base, missing[1]), problem: 'missing' };
    if (/must be equal to one of the allowed values|must be equal to constant/.test(message))
      return withValue({ kind: 'body', side, property: base, problem: 'enum' as const });
    const type = /must be (string|integer|number|boolean|object|array|null)(,.*)?$/.exec(message);
    if (type?.[1])
      return withValue({
        kind: 'body',
        side,
        property: base,
        problem: 'type' as const,
        expected: message.slice(message.indexOf('must be ') + 'must be '.length),
      });
    return withValue({
      kind: 'body',
      side,
      property: base,
      problem: 'value' as const,
      expected: message.replace(/^.*?spec file: /, ''),
    });
  }

  const parameter = /^request\.(query|header)\.(incompatible|unknown)$/.exec(code);
  if (parameter) {
    const where = parameter[1] as 'query' | 'header';
    const segments = field.split('.');
    // `request.query.<name>[.<instance path>]`, `request.headers.<name>`
    const name = segments[2] ?? '';
    if (where === 'header' && name.toLowerCase() === 'content-type')
      return { kind: 'media-type', side: 'request', ...(stringValue(value) ? { mediaType: stringValue(value)! } : {}) };
    if (parameter[2] === 'unknown')
      return withValue({ kind: 'parameter', in: where, name, problem: 'unknown' as const });
    if (value === undefined || /sends no (query parameter|header)/.test(message))
      return { kind: 'parameter', in: where, name, problem: 'missing' };
    return withValue({
      kind: 'parameter',
      in: where,
      name,
      problem: 'value' as const,
      expected: message.replace(/^.*?spec file: /, '').replace(/ \(the pact sends.*$/, ''),
    });
  }

  if (/^request\.(content-type|accept)\./.test(code)) {
    const mediaType = stringValue(value);
    return code.startsWith('request.accept')
      ? { kind: 'media-type', side: 'response', ...(mediaType ? { mediaType } : {}) }
      : { kind: 'media-type', side: 'request', ...(mediaType ? { mediaType } : {}) };
  }
  if (/^response\.content-type\./.test(code)) {
    const mediaType = stringValue(value);
    return { kind: 'media-type', side: 'response', ...(mediaType ? { mediaType } : {}) };
  }
  if (/^response\.header\./.test(code)) {
    const name = field.split('.')[2] ?? '';
    if (name.toLowerCase() === 'content-type')
      return {
        kind: 'media-type',
        side: 'response',
        ...(stringValue(value) ? { mediaType: stringValue(value)! } : {}),
      };
    return { kind: 'response-header', name };
  }
  return { kind: 'other' };
}

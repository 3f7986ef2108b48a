import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the schema-not family (../schema-not.ts): a `not` subschema added or removed,
 * and changes inside one. `{detail}` is the keyword family's own message for the change, naming
 * "the `not` subschema of ...".
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const schemaNot = {
  'request-narrowed-by-not': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: '{detail}; inside `not`, this narrows what clients may send',
    description:
      'A change inside a `not` subschema of a request schema makes `not` ' +
      'match more values, so the request accepts fewer: values clients send ' +
      'today may be rejected.',
    mitigation:
      'Do not widen the `not` subschema of an existing request schema; add ' +
      'the exclusion in a new version of the operation.',
  },
  'request-widened-by-not': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: '{detail}; inside `not`, this widens what clients may send',
    description:
      'A change inside a `not` subschema of a request schema makes `not` ' +
      'match fewer values: the request accepts at least what it accepted ' +
      'before.',
  },
  'response-widened-by-not': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: '{detail}; inside `not`, this widens what clients may receive',
    description:
      'A change inside a `not` subschema of a response schema makes `not` ' +
      'match fewer values, so the response may now hold values it excluded ' +
      'before; clients may not handle them.',
    mitigation:
      'Do not narrow the `not` subschema of an existing response schema; ' +
      'return the new values from a new version of the operation.',
  },
  'response-narrowed-by-not': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: '{detail}; inside `not`, this narrows what clients may receive',
    description:
      'A change inside a `not` subschema of a response schema makes `not` ' +
      'match more values: the response holds a subset of what it held before.',
  },
  'request-body-not-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add', oasdiff: null },
    message: 'added a `not` subschema to {where}',
    description:
      'A `not` subschema was added to the request body schema: values that ' +
      'match it are now rejected, and clients may send such values today.',
    mitigation:
      'Do not exclude values from an existing request schema; add the exclusion in a new version of the operation.',
  },
  'request-body-not-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove', oasdiff: null },
    message: 'removed the `not` subschema from {where}',
    description:
      'The `not` subschema of the request body schema was removed: the ' +
      'request accepts at least what it accepted before.',
  },
  'request-property-not-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add', oasdiff: null },
    message: 'added a `not` subschema to {where}',
    description:
      'A `not` subschema was added to a request-body property: values that ' +
      'match it are now rejected, and clients may send such values today.',
    mitigation:
      'Do not exclude values from an existing request schema; add the exclusion in a new version of the operation.',
  },
  'request-property-not-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove', oasdiff: null },
    message: 'removed the `not` subschema from {where}',
    description:
      'The `not` subschema of a request-body property was removed: the ' +
      'request accepts at least what it accepted before.',
  },
  'request-parameter-not-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add', oasdiff: null },
    message: 'added a `not` subschema to {where}',
    description:
      'A `not` subschema was added to a request parameter schema: values that ' +
      'match it are now rejected, and clients may send such values today.',
    mitigation:
      'Do not exclude values from an existing request schema; add the exclusion in a new version of the operation.',
  },
  'request-parameter-not-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove', oasdiff: null },
    message: 'removed the `not` subschema from {where}',
    description:
      'The `not` subschema of a request parameter schema was removed: the ' +
      'request accepts at least what it accepted before.',
  },
  'response-body-not-added': {
    spec: { level: 'info', direction: 'response', action: 'add', oasdiff: null },
    message: 'added a `not` subschema to {where}',
    description:
      'A `not` subschema was added to the response body schema: the response holds a subset of what it held before.',
  },
  'response-body-not-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove', oasdiff: null },
    message: 'removed the `not` subschema from {where}',
    description:
      'The `not` subschema of the response body schema was removed: the ' +
      'response may now hold values it excluded before, which clients may not ' +
      'handle.',
    mitigation: 'Keep excluding those values from the response, or return them from a new version of the operation.',
  },
  'response-property-not-added': {
    spec: { level: 'info', direction: 'response', action: 'add', oasdiff: null },
    message: 'added a `not` subschema to {where}',
    description:
      'A `not` subschema was added to a response-body property: the response holds a subset of what it held before.',
  },
  'response-property-not-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove', oasdiff: null },
    message: 'removed the `not` subschema from {where}',
    description:
      'The `not` subschema of a response-body property was removed: the ' +
      'response may now hold values it excluded before, which clients may not ' +
      'handle.',
    mitigation: 'Keep excluding those values from the response, or return them from a new version of the operation.',
  },
} as const satisfies Record<string, RuleEntry>;

import type { MessageEntry } from './entry.ts';

/** Catalogue section: changes inside a `not` subschema (schema-not.ts). `{detail}` is the keyword
 * family's own message for the change, naming "the `not` subschema of ...". Keys are rule ids. */
export const negatedMessages = {
  'request-narrowed-by-not': {
    message: '{detail}; inside `not`, this narrows what clients may send',
    description:
      'A change inside a `not` subschema of a request schema makes `not` match more values, so the request accepts fewer: values clients send today may be rejected.',
    mitigation: 'Do not widen the `not` subschema of an existing request schema; add the exclusion in a new version of the operation.',
  },
  'request-widened-by-not': {
    message: '{detail}; inside `not`, this widens what clients may send',
    description: 'A change inside a `not` subschema of a request schema makes `not` match fewer values: the request accepts at least what it accepted before.',
  },
  'response-widened-by-not': {
    message: '{detail}; inside `not`, this widens what clients may receive',
    description:
      'A change inside a `not` subschema of a response schema makes `not` match fewer values, so the response may now hold values it excluded before; clients may not handle them.',
    mitigation: 'Do not narrow the `not` subschema of an existing response schema; return the new values from a new version of the operation.',
  },
  'response-narrowed-by-not': {
    message: '{detail}; inside `not`, this narrows what clients may receive',
    description: 'A change inside a `not` subschema of a response schema makes `not` match more values: the response holds a subset of what it held before.',
  },
} as const satisfies Record<string, MessageEntry>;

import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the request-body family (../request-body.ts): existence, required-ness and
 * media types of request bodies. Schema keyword changes inside bodies are in the schema sections.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const requestBody = {
  // --- request body -------------------------------------------------------------------------
  'request-body-added-required': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a required request body',
    description:
      'The operation now requires a request body: the requests clients send today have none and are rejected.',
    mitigation:
      'Make the new body optional (`required: false`) and keep serving ' +
      'requests without it, or add it in a new version of the operation.',
  },
  'request-body-added-optional': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added an optional request body',
    description: 'The operation now accepts an optional request body: requests without one stay valid.',
  },
  'request-body-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed the request body',
    description:
      'The operation no longer takes a request body: the body clients send ' +
      'today is ignored (its data is lost) or rejected.',
    mitigation:
      'Keep accepting the body (it may become optional, and unused fields may ' +
      'be ignored), or move to a new version of the operation.',
  },
  'request-body-became-required': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'made the request body required',
    description: 'An optional request body became required: requests sent without a body are now rejected.',
    mitigation: 'Keep the body optional and apply defaults on the server when it is missing.',
  },
  'request-body-became-optional': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'made the request body optional',
    description: 'A required request body became optional: every request clients send today stays valid.',
  },
  'request-body-media-type-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'the request body now also accepts {mediaType}',
    description: 'A media type was added to the request body: clients may send it; existing requests stay valid.',
  },
  'request-body-media-type-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'the request body no longer accepts {mediaType}',
    description:
      'A media type was removed from the request body and no remaining media ' +
      'type (such as a wildcard) accepts it: clients that send it are ' +
      'rejected (415).',
    mitigation: 'Keep accepting the media type alongside the new ones; drop it only in a new version of the operation.',
  },
  'request-body-media-type-name-generalized': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'the request body media type {from} was replaced by the broader {to}, which still accepts it',
    description:
      'A request media type was replaced by one that covers it ' +
      '(`application/*` or `*/*` covers `application/json`; ' +
      '`application/json` covers `application/problem+json`), or removed ' +
      'while a remaining one covers it: clients can keep sending it.',
  },
  'request-body-media-type-name-specialized': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'the request body media type {from} was replaced by the narrower {to}',
    description:
      'A request media type was replaced by one it covers (e.g. ' +
      '`application/*` by `application/json`): clients that send any other ' +
      'member of the old range are rejected (415).',
    mitigation: 'Keep accepting the broader media type, and document the specific one alongside it.',
  },
  'request-body-media-type-name-changed': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'the request body media type {from} became {to}',
    description:
      'A request media type kept its type and subtype but changed its ' +
      'parameters (such as `charset`); servers match on type and subtype, so ' +
      'requests stay valid.',
  },
  'request-body-media-type-schema-added': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'added a schema to the request body media type {mediaType}, which accepted any content before',
    description:
      'A request media type that had no schema (any content was accepted) now ' +
      'has one: content clients send today may be rejected.',
    mitigation:
      'Keep the media type schemaless, or make sure the new schema accepts ' +
      'everything clients send today before enforcing it.',
  },
  'request-body-media-type-schema-removed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'removed the schema of the request body media type {mediaType}; it now accepts any content',
    description:
      'A request media type lost its schema: the server accepts any content, ' +
      'so every request that was valid stays valid.',
  },
} as const satisfies Record<string, RuleEntry>;

import type { MessageEntry } from './entry.ts';

/**
 * Catalogue section: request bodies, responses (status codes, media types) and response headers:
 * existence, required-ness and media types. Keys are rule ids; see ../messages.ts. Schema keyword
 * changes inside bodies and headers are in the schema sections. `{status}` is the response key as
 * written (`200`, `2XX`, `default`); media types and header names are already rendered as code.
 */
export const bodiesMessages = {
  // --- request body -------------------------------------------------------------------------
  'request-body-added-required': {
    message: 'added a required request body',
    description:
      'The operation now requires a request body: the requests clients send today have none and are rejected.',
    mitigation:
      'Make the new body optional (`required: false`) and keep serving ' +
      'requests without it, or add it in a new version of the operation.',
  },
  'request-body-added-optional': {
    message: 'added an optional request body',
    description: 'The operation now accepts an optional request body: requests without one stay valid.',
  },
  'request-body-removed': {
    message: 'removed the request body',
    description:
      'The operation no longer takes a request body: the body clients send ' +
      'today is ignored (its data is lost) or rejected.',
    mitigation:
      'Keep accepting the body (it may become optional, and unused fields may ' +
      'be ignored), or move to a new version of the operation.',
  },
  'request-body-became-required': {
    message: 'made the request body required',
    description: 'An optional request body became required: requests sent without a body are now rejected.',
    mitigation: 'Keep the body optional and apply defaults on the server when it is missing.',
  },
  'request-body-became-optional': {
    message: 'made the request body optional',
    description: 'A required request body became optional: every request clients send today stays valid.',
  },
  'request-body-media-type-added': {
    message: 'the request body now also accepts {mediaType}',
    description: 'A media type was added to the request body: clients may send it; existing requests stay valid.',
  },
  'request-body-media-type-removed': {
    message: 'the request body no longer accepts {mediaType}',
    description:
      'A media type was removed from the request body and no remaining media ' +
      'type (such as a wildcard) accepts it: clients that send it are ' +
      'rejected (415).',
    mitigation: 'Keep accepting the media type alongside the new ones; drop it only in a new version of the operation.',
  },
  'request-body-media-type-name-generalized': {
    message: 'the request body media type {from} was replaced by the broader {to}, which still accepts it',
    description:
      'A request media type was replaced by one that covers it ' +
      '(`application/*` or `*/*` covers `application/json`; ' +
      '`application/json` covers `application/problem+json`), or removed ' +
      'while a remaining one covers it: clients can keep sending it.',
  },
  'request-body-media-type-name-specialized': {
    message: 'the request body media type {from} was replaced by the narrower {to}',
    description:
      'A request media type was replaced by one it covers (e.g. ' +
      '`application/*` by `application/json`): clients that send any other ' +
      'member of the old range are rejected (415).',
    mitigation: 'Keep accepting the broader media type, and document the specific one alongside it.',
  },
  'request-body-media-type-name-changed': {
    message: 'the request body media type {from} became {to}',
    description:
      'A request media type kept its type and subtype but changed its ' +
      'parameters (such as `charset`); servers match on type and subtype, so ' +
      'requests stay valid.',
  },
  'request-body-media-type-schema-added': {
    message: 'added a schema to the request body media type {mediaType}, which accepted any content before',
    description:
      'A request media type that had no schema (any content was accepted) now ' +
      'has one: content clients send today may be rejected.',
    mitigation:
      'Keep the media type schemaless, or make sure the new schema accepts ' +
      'everything clients send today before enforcing it.',
  },
  'request-body-media-type-schema-removed': {
    message: 'removed the schema of the request body media type {mediaType}; it now accepts any content',
    description:
      'A request media type lost its schema: the server accepts any content, ' +
      'so every request that was valid stays valid.',
  },

  // --- responses: status codes ---------------------------------------------------------------
  'response-success-status-removed': {
    message: 'removed the {status} success response',
    description:
      'A success response (2xx, `2XX`, or `default` when it is the only ' +
      'description of success) was removed and no other key documents that ' +
      'status: clients that handle it will get a status they do not expect. A ' +
      'remaining `default` does not count, since it conventionally describes ' +
      'errors.',
    mitigation:
      'Keep returning and documenting the status; add new success statuses ' +
      'alongside it, or move to a new version of the operation.',
  },
  'response-success-status-added': {
    message: 'added the {status} success response',
    description: 'A new success response was documented.',
  },
  'response-non-success-status-removed': {
    message: 'removed the {status} non-success response',
    description:
      'An error (or other non-2xx) response is no longer documented; clients handle unknown errors generically.',
  },
  'response-non-success-status-added': {
    message: 'added the {status} non-success response',
    description: 'A new error (or other non-2xx) response was documented.',
  },
  'response-success-status-regrouped': {
    message:
      'removed the {status} success response; that status is now documented ' +
      'by {by}, whose body is not compared with the removed one',
    description:
      'A success status moved between keys (`200` removed while `2XX` ' +
      'documents it, `2XX` split into explicit codes, or a success-only ' +
      '`default` replaced by explicit codes): still documented, but the ' +
      'bodies sit under different keys and are not compared, so review them ' +
      'by hand.',
  },

  // --- responses: media types ----------------------------------------------------------------
  'response-media-type-removed': {
    message: 'removed the media type {mediaType} from the {status} response',
    description:
      'A response media type was removed: clients that ask for it (`Accept`) get 406 or a body they cannot parse.',
    mitigation: 'Keep producing the media type; add new media types alongside it.',
  },
  'response-media-type-added': {
    message: 'added the media type {mediaType} to the {status} response',
    description: 'A new response media type was documented; clients that do not ask for it are unaffected.',
  },
  'response-media-type-name-generalized': {
    message: 'the {status} response media type {from} became the broader {to}',
    description:
      'A response media type was replaced by a range that contains it (e.g. ' +
      '`application/json` by `application/*`): clients may receive content ' +
      'types they cannot parse.',
    mitigation: 'Keep documenting (and producing) the specific media type; add other media types alongside it.',
  },
  'response-media-type-name-specialized': {
    message: 'the {status} response media type {from} became the narrower {to}',
    description:
      'A response media type was replaced by one it contains (e.g. ' +
      '`application/*` by `application/json`, or `application/json` by ' +
      '`application/problem+json`): clients receive a subset of what they ' +
      'accepted.',
  },
  'response-media-type-name-changed': {
    message: 'the {status} response media type {from} became {to}',
    description: 'A response media type kept its type and subtype but changed its parameters (such as `charset`).',
  },
  'response-body-media-type-schema-added': {
    message: 'added a schema to the media type {mediaType} of the {status} response',
    description:
      'A response media type that had no schema now describes its content: ' +
      'clients receive what they received before, now documented.',
  },
  'response-body-media-type-schema-removed': {
    message:
      'removed the schema of the media type {mediaType} of the {status} response; its content is no longer described',
    description:
      'A response media type lost its schema: the response content is no ' +
      'longer guaranteed to have the shape clients parse.',
  },

  // --- response headers ----------------------------------------------------------------------
  'required-response-header-removed': {
    message: 'removed the required header {header} from the {status} response',
    description: 'A header the response always carried is gone: clients that read it break.',
    mitigation: 'Keep sending the header; drop it only in a new version of the operation.',
  },
  'optional-response-header-removed': {
    message: 'removed the optional header {header} from the {status} response',
    description: 'An optional response header is no longer documented: clients that use it when present lose it.',
  },
  'response-header-became-optional': {
    message: 'made the header {header} of the {status} response optional',
    description:
      'A response header that was always sent may now be missing: clients that read it unconditionally break.',
    mitigation: 'Keep the header required and always send it.',
  },
  'response-header-became-required': {
    message: 'made the header {header} of the {status} response required',
    description: 'A response header that was optional is now always sent: clients get at least what they got before.',
  },
  'response-header-added': {
    message: 'added the header {header} to the {status} response',
    description: 'A new response header was documented; clients that ignore it are unaffected.',
  },
} as const satisfies Record<string, MessageEntry>;

import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the responses family (../responses.ts): status codes and media types.
 * `{status}` is the response key as written (`200`, `2XX`, `default`); media types are already
 * rendered as code. Schema keyword changes inside bodies are in the schema sections.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const responses = {
  // --- responses: status codes ---------------------------------------------------------------
  'response-success-status-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
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
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the {status} success response',
    description: 'A new success response was documented.',
  },
  'response-non-success-status-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed the {status} non-success response',
    description:
      'An error (or other non-2xx) response is no longer documented; clients handle unknown errors generically.',
  },
  'response-non-success-status-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the {status} non-success response',
    description: 'A new error (or other non-2xx) response was documented.',
  },
  'response-success-status-regrouped': {
    spec: { level: 'warning', direction: 'response', action: 'change', oasdiff: null },
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
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed the media type {mediaType} from the {status} response',
    description:
      'A response media type was removed: clients that ask for it (`Accept`) get 406 or a body they cannot parse.',
    mitigation: 'Keep producing the media type; add new media types alongside it.',
  },
  'response-media-type-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the media type {mediaType} to the {status} response',
    description: 'A new response media type was documented; clients that do not ask for it are unaffected.',
  },
  'response-media-type-name-generalized': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'the {status} response media type {from} became the broader {to}',
    description:
      'A response media type was replaced by a range that contains it (e.g. ' +
      '`application/json` by `application/*`): clients may receive content ' +
      'types they cannot parse.',
    mitigation: 'Keep documenting (and producing) the specific media type; add other media types alongside it.',
  },
  'response-media-type-name-specialized': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'the {status} response media type {from} became the narrower {to}',
    description:
      'A response media type was replaced by one it contains (e.g. ' +
      '`application/*` by `application/json`, or `application/json` by ' +
      '`application/problem+json`): clients receive a subset of what they ' +
      'accepted.',
  },
  'response-media-type-name-changed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'the {status} response media type {from} became {to}',
    description: 'A response media type kept its type and subtype but changed its parameters (such as `charset`).',
  },
  'response-body-media-type-schema-added': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'added a schema to the media type {mediaType} of the {status} response',
    description:
      'A response media type that had no schema now describes its content: ' +
      'clients receive what they received before, now documented.',
  },
  'response-body-media-type-schema-removed': {
    spec: { level: 'warning', direction: 'response', action: 'change' },
    message:
      'removed the schema of the media type {mediaType} of the {status} response; its content is no longer described',
    description:
      'A response media type lost its schema: the response content is no ' +
      'longer guaranteed to have the shape clients parse.',
  },
} as const satisfies Record<string, RuleEntry>;

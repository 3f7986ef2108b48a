import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the callbacks family (../callbacks.ts). Callback and webhook payloads are
 * judged by the schema families with their usual ids, the directions reversed (see `forEachRoot` in schema-walk.ts).
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const callbacks = {
  'callback-removed': {
    spec: { level: 'breaking', direction: 'none', action: 'remove', oasdiff: null },
    message: 'callback operation removed: the API no longer sends this request to subscribers',
    description:
      'A callback (or one of its operations) was removed from an operation ' +
      'that stays: subscribers stop receiving the requests they rely on. ' +
      'Payloads of callbacks and webhooks are judged by the schema rules with ' +
      'the directions reversed (the payload like a response body, the ' +
      "subscriber's answer like a request body). oasdiff has no callback " +
      'checks.',
    mitigation:
      "Keep sending the callback; announce its end in the operation's " +
      'description and remove it in a later major version.',
  },
  'callback-added': {
    spec: { level: 'info', direction: 'none', action: 'add', oasdiff: null },
    message: 'callback operation added: the API now also sends this request to subscribers',
    description:
      'A callback (or an operation of one) was added to an existing ' +
      'operation: existing subscribers that do not handle it may receive ' +
      'requests they do not expect, but nothing they send changes. oasdiff ' +
      'has no callback checks.',
  },
  'payload-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove', oasdiff: null },
    message: 'payload removed: the API no longer sends a body to subscribers',
    description:
      'The request body of a callback or webhook operation (the payload subscribers receive) was ' +
      'removed: subscribers that read it get nothing. Judged like a removed response body. ' +
      'oasdiff has no callback checks.',
    mitigation: 'Keep sending the payload; send a new, separate callback or webhook for the new shape.',
  },
  'payload-added': {
    spec: { level: 'info', direction: 'response', action: 'add', oasdiff: null },
    message: 'payload added: the API now sends a body to subscribers',
    description: 'A callback or webhook operation that sent no body now sends one: subscribers may ignore it.',
  },
  'payload-media-type-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove', oasdiff: null },
    message: 'payload media type {mediaType} removed: subscribers that read it no longer receive it',
    description:
      'The API no longer sends a media type of a callback or webhook payload, and no remaining ' +
      'type is one it covered: subscribers that only read the removed type break (the directions ' +
      'are reversed: the payload is judged like a response body). oasdiff has no callback checks.',
    mitigation: 'Keep sending the media type to existing subscribers, or let them choose it when they subscribe.',
  },
  'payload-media-type-added': {
    spec: { level: 'warning', direction: 'response', action: 'add', oasdiff: null },
    message: 'payload media type {mediaType} added: subscribers may now receive a type they cannot read',
    description:
      'The API may now send a callback or webhook payload in a media type that no base type ' +
      'covered. A client of a served operation picks its response type with Accept; a subscriber ' +
      'cannot, so this is a warning rather than the info of `response-media-type-added`.',
  },
  'subscriber-response-success-status-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove', oasdiff: null },
    message: "subscriber's {status} answer no longer accepted: subscribers that send it are treated as failing",
    description:
      'A success status of the responses of a callback or webhook operation (what the API receives ' +
      'back from subscribers) was removed: a subscriber that answers with it may be retried or ' +
      'unsubscribed. The directions are reversed: the API is the client here. oasdiff has no callback checks.',
    mitigation: 'Keep accepting the status; document the preferred one in the description.',
  },
  'subscriber-response-non-success-status-removed': {
    spec: { level: 'warning', direction: 'request', action: 'remove', oasdiff: null },
    message: "subscriber's {status} answer no longer documented: the API may now ignore it",
    description:
      'A non-success status of the responses of a callback or webhook operation was removed: an ' +
      'answer subscribers send on purpose (`410 Gone` to unsubscribe, `429` to slow down) may ' +
      'no longer be acted on. A warning: whether the API still honours it is not in the document.',
  },
  'subscriber-response-status-added': {
    spec: { level: 'info', direction: 'request', action: 'add', oasdiff: null },
    message: "subscriber's {status} answer added: the API now understands it",
    description:
      'A status was added to the responses of a callback or webhook operation: nothing subscribers send changes.',
  },
  'subscriber-response-media-type-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove', oasdiff: null },
    message: "subscriber's {status} answer in {mediaType} no longer accepted",
    description:
      'A media type of a subscriber answer (what the API receives back from a callback or webhook) ' +
      'was removed and no remaining type covers it: subscribers that answer in it are not understood. ' +
      'Judged like a removed request body media type. oasdiff has no callback checks.',
    mitigation: 'Keep accepting the media type in the answers of existing subscribers.',
  },
  'subscriber-response-media-type-added': {
    spec: { level: 'info', direction: 'request', action: 'add', oasdiff: null },
    message: "subscriber's {status} answer in {mediaType} now accepted",
    description: 'The API now also accepts a media type in the answers of subscribers: nothing they send changes.',
  },
  'subscriber-response-body-added': {
    spec: { level: 'warning', direction: 'request', action: 'add', oasdiff: null },
    message: "subscriber's {status} answer now has a body: subscribers that answer without one may not be understood",
    description:
      'A status of the responses of a callback or webhook operation that described no body now ' +
      'describes one: subscribers answer without it today. A warning: the API may still accept an ' +
      'empty answer, but if it reads the new body (a required `ack`), they break. oasdiff has no callback checks.',
  },
} as const satisfies Record<string, RuleEntry>;

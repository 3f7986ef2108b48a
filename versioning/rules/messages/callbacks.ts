import type { MessageEntry } from './entry.ts';

/**
 * Catalogue section: callbacks (family callbacks.ts). Callback and webhook payloads are judged by
 * the schema families with their usual ids, the directions reversed (see `forEachSentRoot`).
 */
export const callbacksMessages = {
  'callback-removed': {
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
    message: 'callback operation added: the API now also sends this request to subscribers',
    description:
      'A callback (or an operation of one) was added to an existing ' +
      'operation: existing subscribers that do not handle it may receive ' +
      'requests they do not expect, but nothing they send changes. oasdiff ' +
      'has no callback checks.',
  },
} as const satisfies Record<string, MessageEntry>;

import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the response-headers family (../response-headers.ts): existence and
 * required-ness of response headers. `{status}` is the response key as written; header names are
 * already rendered as code. Schema keyword changes of headers are in the schema sections.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const responseHeaders = {
  // --- response headers ----------------------------------------------------------------------
  'required-response-header-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed the required header {header} from the {status} response',
    description: 'A header the response always carried is gone: clients that read it break.',
    mitigation: 'Keep sending the header; drop it only in a new version of the operation.',
  },
  'optional-response-header-removed': {
    spec: { level: 'warning', direction: 'response', action: 'remove' },
    message: 'removed the optional header {header} from the {status} response',
    description: 'An optional response header is no longer documented: clients that use it when present lose it.',
  },
  'response-header-became-optional': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'made the header {header} of the {status} response optional',
    description:
      'A response header that was always sent may now be missing: clients that read it unconditionally break.',
    mitigation: 'Keep the header required and always send it.',
  },
  'response-header-became-required': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'made the header {header} of the {status} response required',
    description: 'A response header that was optional is now always sent: clients get at least what they got before.',
  },
  'response-header-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the header {header} to the {status} response',
    description: 'A new response header was documented; clients that ignore it are unaffected.',
  },
} as const satisfies Record<string, RuleEntry>;

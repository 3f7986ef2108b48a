import type { MessageEntry } from './entry.ts';

const SUNSET_FORMAT = 'Write `x-sunset` as an RFC 3339 date (`2030-01-31`) or date-time (`2030-01-31T00:00:00Z`).';
const STABILITY_FORMAT =
  'Set `x-stability-level` to one of `draft`, `alpha`, `beta` or `stable` (or leave it out, which means `stable`).';

/**
 * Catalogue section: endpoints, lifecycle and security. Keys are rule ids; see ../messages.ts.
 * Families: endpoints.ts (operations, paths, webhooks and their deprecation / sunset / stability),
 * lifecycle.ts (the same for parameters and body properties), security.ts.
 */
export const endpointsMessages = {
  // ---------------------------------------------------------------- endpoints (existence)
  'endpoint-added': {
    message: 'operation added',
    description: 'A new operation: clients can start using it; nothing they do today changes.',
  },
  'api-removed-without-deprecation': {
    message: 'operation removed without being deprecated first',
    description: 'An operation that the base did not mark `deprecated` was removed: every client calling it now fails.',
    mitigation:
      'Keep the operation and mark it `deprecated: true` with an `x-sunset` ' +
      'date; remove it in a release after that date.',
  },
  'api-removed-with-deprecation': {
    message: 'deprecated operation removed ({sunset})',
    description:
      'An operation that the base marked `deprecated` (its `x-sunset` date, ' +
      "if any, has passed) was removed. A warning rather than oasdiff's info: " +
      'the deprecation policy allows it, but clients that ignored the notice ' +
      'still break.',
  },
  'api-removed-before-sunset': {
    message: 'operation removed before its sunset date {date}',
    description:
      'An operation was removed while its `x-sunset` date is still in the future: clients were promised it until then.',
    mitigation: 'Keep the operation until its `x-sunset` date has passed, then remove it.',
  },
  'api-path-removed-without-deprecation': {
    message: 'path removed, taking this operation with it, without deprecating the operation first',
    description:
      'A whole path was removed and one of its operations was not marked ' +
      '`deprecated` in the base: every client calling it now fails.',
    mitigation:
      'Keep the path and mark its operations `deprecated: true` with an ' +
      '`x-sunset` date; remove them in a release after that date.',
  },
  'api-path-removed-with-deprecation': {
    message: 'path removed, taking this deprecated operation with it ({sunset})',
    description:
      'A whole path was removed and this operation of it was `deprecated` in ' +
      'the base (its `x-sunset`, if any, has passed). A warning rather than ' +
      "oasdiff's info: allowed by the deprecation policy, but clients that " +
      'ignored the notice break.',
  },
  'api-path-removed-before-sunset': {
    message: "path removed before the operation's sunset date {date}",
    description:
      'A whole path was removed while one of its deprecated operations has an `x-sunset` date still in the future.',
    mitigation: 'Keep the path until the `x-sunset` dates of all its operations have passed, then remove it.',
  },
  'api-path-sunset-parse': {
    message: "the {side}'s `x-sunset` value {value} of the deprecated operation is not a date",
    description:
      'A deprecated operation was removed, or its `x-sunset` changed, and the ' +
      '`x-sunset` value is not an RFC 3339 date, so the engine cannot tell ' +
      'whether the removal is allowed: it is treated as breaking, like ' +
      'oasdiff.',
    mitigation: SUNSET_FORMAT,
  },
  'webhook-added': {
    message: 'webhook {webhook} added',
    description: 'The API now calls subscribers on a new webhook; existing subscribers are unaffected.',
  },
  'webhook-removed': {
    message: 'webhook {webhook} removed',
    description:
      'A webhook (or one of its operations) was removed: subscribers stop receiving the events they rely on.',
    mitigation:
      "Keep sending the webhook; announce its end in the webhook's description and remove it in a later major version.",
  },
  // ---------------------------------------------------------------- endpoints (lifecycle)
  'endpoint-deprecated': {
    message: 'operation deprecated, with no sunset date',
    description:
      'The operation is now `deprecated` without an `x-sunset` date: clients ' +
      'should migrate; under the deprecation policy it may be removed in any ' +
      'later release.',
  },
  'endpoint-deprecated-with-sunset': {
    message: 'operation deprecated, sunset date {date}',
    description:
      'The operation is now `deprecated` with an `x-sunset` date: it stays ' +
      'until that date and may be removed after it.',
  },
  'endpoint-reactivated': {
    message: 'operation is no longer deprecated',
    description: 'The base marked the operation `deprecated`; the revision does not.',
  },
  'api-deprecated-sunset-parse': {
    message: 'operation deprecated with an `x-sunset` value {value} that is not a date',
    description:
      'The operation was deprecated with an `x-sunset` that is not an RFC ' +
      '3339 date, so clients cannot know until when it stays (oasdiff: an ' +
      'error).',
    mitigation: SUNSET_FORMAT,
  },
  'api-removed-deprecated-without-sunset': {
    message:
      'deprecated operation removed, but it had no `x-sunset` date while the ' +
      'deprecation policy asks for {days} days of notice',
    description:
      'Under a deprecation window (`deprecation.minDays` above 0 in ' +
      '`.contract-kit.yaml`), an operation deprecated without an `x-sunset` ' +
      'date was removed: clients were never told until when it stays, and ' +
      'semver asks for a major release to remove deprecated behaviour. With ' +
      'no window (the default, as oasdiff) this is ' +
      '`api-removed-with-deprecation`, a warning.',
    mitigation:
      "Give the deprecated operation an `x-sunset` date at least the policy's " +
      'window away, and remove it in a release after that date.',
  },
  'api-deprecated-sunset-missing': {
    message:
      'operation deprecated without an `x-sunset` date, while the deprecation policy asks for {days} days of notice',
    description:
      'Under a deprecation window (`deprecation.minDays` above 0), an ' +
      'operation was deprecated without an `x-sunset` date: clients cannot ' +
      'know until when it stays.',
    mitigation: "Add an `x-sunset` date at least the policy's window away.",
  },
  'api-sunset-date-too-soon': {
    message:
      'operation deprecated with a sunset date {date}, sooner than the ' +
      "deprecation policy's {days} days allow ({earliest} at the earliest)",
    description:
      'Under a deprecation window (`deprecation.minDays` above 0), an ' +
      'operation was deprecated with an `x-sunset` date closer than the ' +
      'window: clients get less notice than the policy promises.',
    mitigation: "Move the `x-sunset` date to at least the policy's window away.",
  },
  'api-sunset-date-too-small': {
    message: 'operation deprecated with a sunset date {date} that has already passed',
    description:
      'The operation was deprecated (or given an `x-sunset`) with a date in ' +
      'the past: it could be removed at once, giving clients no notice ' +
      '(oasdiff: an error, minimum deprecation period 0 days).',
    mitigation: 'Give the deprecated operation an `x-sunset` date in the future that leaves clients time to migrate.',
  },
  'sunset-deleted': {
    message: 'the sunset date {date} of the deprecated operation was removed',
    description:
      'A deprecated operation lost its `x-sunset`: under the deprecation ' +
      'policy it may now be removed at any time instead of after the ' +
      'announced date (oasdiff: an error).',
    mitigation:
      'Keep the `x-sunset` date (move it later if needed), or remove `deprecated` as well if the operation stays.',
  },
  'api-sunset-date-changed-too-small': {
    message: 'the sunset date of the deprecated operation moved from {from} to {to}, which has already passed',
    description:
      'The `x-sunset` of a deprecated operation was moved earlier, to a date ' +
      'already in the past: clients lose the notice they were promised.',
    mitigation: 'Only move an `x-sunset` date later, or to a future date that still leaves clients time to migrate.',
  },
  'api-stability-decreased': {
    message: 'stability level decreased from {from} to {to}',
    description:
      "The operation's `x-stability-level` went down (e.g. `stable` to " +
      '`beta`): clients lose the guarantees they built on (oasdiff: an ' +
      'error).',
    mitigation: 'Do not lower the stability of an operation; publish the unstable variant as a new operation instead.',
  },
  'api-stability-increased': {
    message: 'stability level increased from {from} to {to}',
    description:
      "The operation's `x-stability-level` went up (e.g. `beta` to `stable`): it now carries stronger guarantees.",
  },
  'api-invalid-stability-level': {
    message: "the {side}'s `x-stability-level` value {value} is not a stability level",
    description:
      'A modified or removed operation has an `x-stability-level` that is not ' +
      '`draft`, `alpha`, `beta` or `stable`, so the engine cannot tell which ' +
      'guarantees apply: treated as breaking, like oasdiff.',
    mitigation: STABILITY_FORMAT,
  },
  // ---------------------------------------------------------------- lifecycle: parameters
  'request-parameter-deprecated': {
    message: '{param} deprecated ({sunset})',
    description:
      'A request parameter is now `deprecated` (with or without an `x-sunset` date): clients should stop sending it.',
  },
  'request-parameter-reactivated': {
    message: '{param} is no longer deprecated',
    description: 'The base marked the request parameter `deprecated`; the revision does not.',
  },
  'request-parameter-sunset-date-too-small': {
    message: '{param} deprecated with a sunset date {date} that has already passed',
    description:
      'A request parameter was deprecated with an `x-sunset` date in the ' +
      'past: it could be removed at once, giving clients no notice (oasdiff: ' +
      'an error).',
    mitigation: 'Give the deprecated parameter an `x-sunset` date in the future that leaves clients time to migrate.',
  },
  'request-parameter-sunset-parse': {
    message: "the {side}'s `x-sunset` value {value} of deprecated {param} is not a date",
    description:
      'A deprecated request parameter was deprecated, re-dated or removed and ' +
      'its `x-sunset` is not an RFC 3339 date, so the engine cannot tell ' +
      'whether its removal is allowed (oasdiff: an error).',
    mitigation: SUNSET_FORMAT,
  },
  'request-parameter-sunset-deleted': {
    message: 'the sunset date {date} of deprecated {param} was removed',
    description:
      'A deprecated request parameter lost its `x-sunset`: it may now be ' +
      'removed at any time instead of after the announced date (oasdiff: an ' +
      'error).',
    mitigation:
      'Keep the `x-sunset` date (move it later if needed), or remove `deprecated` as well if the parameter stays.',
  },
  'request-parameter-sunset-date-changed-too-small': {
    message: 'the sunset date of deprecated {param} moved from {from} to {to}, which has already passed',
    description:
      'The `x-sunset` of a deprecated request parameter was moved earlier, to ' +
      'a date already in the past: clients lose the notice they were ' +
      'promised.',
    mitigation: 'Only move an `x-sunset` date later, or to a future date that still leaves clients time to migrate.',
  },
  'request-parameter-removed-with-deprecation': {
    message: 'deprecated {param} removed ({sunset})',
    description:
      'A request parameter that the base marked `deprecated` (its `x-sunset`, ' +
      "if any, has passed) was removed. A warning rather than oasdiff's info: " +
      'allowed by the deprecation policy, but clients still sending it may be ' +
      'affected.',
  },
  'request-parameter-removed-before-sunset': {
    message: '{param} removed before its sunset date {date}',
    description: 'A deprecated request parameter was removed while its `x-sunset` date is still in the future.',
    mitigation: 'Keep the parameter until its `x-sunset` date has passed, then remove it.',
  },
  // ---------------------------------------------------------------- lifecycle: body properties
  'request-property-deprecated': {
    message: '{where} deprecated, with no sunset date',
    description:
      'A request body property is now `deprecated` without an `x-sunset` date: clients should stop sending it.',
  },
  'request-property-deprecated-with-sunset': {
    message: '{where} deprecated, sunset date {date}',
    description: 'A request body property is now `deprecated` with an `x-sunset` date.',
  },
  'request-property-deprecated-sunset-invalid': {
    message: '{where} deprecated with an `x-sunset` value {value} that is not a date',
    description:
      'A request body property was deprecated with an `x-sunset` that is not an RFC 3339 date (oasdiff: an error).',
    mitigation: SUNSET_FORMAT,
  },
  'request-property-sunset-date-too-small': {
    message: '{where} deprecated with a sunset date {date} that has already passed',
    description:
      'A request body property was deprecated with an `x-sunset` date in the ' +
      'past, giving clients no notice (oasdiff: an error).',
    mitigation: 'Give the deprecated property an `x-sunset` date in the future that leaves clients time to migrate.',
  },
  'request-property-reactivated': {
    message: '{where} is no longer deprecated',
    description: 'The base marked the request body property `deprecated`; the revision does not.',
  },
  'request-property-stability-decreased': {
    message: 'stability level of {where} decreased from {from} to {to}',
    description:
      'The `x-stability-level` of a request body property went down: clients ' +
      'lose the guarantees they built on (oasdiff: an error).',
    mitigation: 'Do not lower the stability of a property; add the unstable variant as a new property instead.',
  },
  'request-property-stability-increased': {
    message: 'stability level of {where} increased from {from} to {to}',
    description: 'The `x-stability-level` of a request body property went up.',
  },
  'request-property-invalid-stability-level': {
    message: "the {side}'s `x-stability-level` value {value} of {where} is not a stability level",
    description:
      'A request body property whose `x-stability-level` changed has a value ' +
      'that is not `draft`, `alpha`, `beta` or `stable` (oasdiff reports it ' +
      'as api-invalid-stability-level, an error).',
    mitigation: STABILITY_FORMAT,
  },
  'request-property-removed-before-sunset': {
    message: '{where} removed before its sunset date {date}',
    description: 'A deprecated request body property was removed while its `x-sunset` date is still in the future.',
    mitigation: 'Keep the property until its `x-sunset` date has passed, then remove it.',
  },
  'request-property-sunset-parse': {
    message: 'the `x-sunset` value {value} of removed deprecated {where} is not a date',
    description:
      'A deprecated request body property was removed and its `x-sunset` is ' +
      'not an RFC 3339 date, so the engine cannot tell whether the removal is ' +
      'allowed.',
    mitigation: SUNSET_FORMAT,
  },
  'response-property-deprecated': {
    message: '{where} deprecated, with no sunset date',
    description:
      'A response body property is now `deprecated` without an `x-sunset` date: clients should stop reading it.',
  },
  'response-property-deprecated-with-sunset': {
    message: '{where} deprecated, sunset date {date}',
    description: 'A response body property is now `deprecated` with an `x-sunset` date.',
  },
  'response-property-deprecated-sunset-invalid': {
    message: '{where} deprecated with an `x-sunset` value {value} that is not a date',
    description:
      'A response body property was deprecated with an `x-sunset` that is not an RFC 3339 date (oasdiff: an error).',
    mitigation: SUNSET_FORMAT,
  },
  'response-property-sunset-date-too-small': {
    message: '{where} deprecated with a sunset date {date} that has already passed',
    description:
      'A response body property was deprecated with an `x-sunset` date in the ' +
      'past, giving clients no notice (oasdiff: an error).',
    mitigation: 'Give the deprecated property an `x-sunset` date in the future that leaves clients time to migrate.',
  },
  'response-property-reactivated': {
    message: '{where} is no longer deprecated',
    description: 'The base marked the response body property `deprecated`; the revision does not.',
  },
  'response-property-stability-decreased': {
    message: 'stability level of {where} decreased from {from} to {to}',
    description:
      'The `x-stability-level` of a response body property went down: clients ' +
      'lose the guarantees they built on (oasdiff: an error).',
    mitigation: 'Do not lower the stability of a property; add the unstable variant as a new property instead.',
  },
  'response-property-stability-increased': {
    message: 'stability level of {where} increased from {from} to {to}',
    description: 'The `x-stability-level` of a response body property went up.',
  },
  'response-property-invalid-stability-level': {
    message: "the {side}'s `x-stability-level` value {value} of {where} is not a stability level",
    description:
      'A response body property whose `x-stability-level` changed has a value ' +
      'that is not `draft`, `alpha`, `beta` or `stable` (oasdiff reports it ' +
      'as api-invalid-stability-level, an error).',
    mitigation: STABILITY_FORMAT,
  },
  'response-property-removed-before-sunset': {
    message: '{where} removed before its sunset date {date}',
    description: 'A deprecated response body property was removed while its `x-sunset` date is still in the future.',
    mitigation: 'Keep returning the property until its `x-sunset` date has passed, then remove it.',
  },
  'response-property-sunset-parse': {
    message: 'the `x-sunset` value {value} of removed deprecated {where} is not a date',
    description:
      'A deprecated response body property was removed and its `x-sunset` is ' +
      'not an RFC 3339 date, so the engine cannot tell whether the removal is ' +
      'allowed.',
    mitigation: SUNSET_FORMAT,
  },
  // ---------------------------------------------------------------- security: operations
  'api-security-added': {
    message: 'accepts a new security requirement {requirement}',
    description:
      'The operation lists a new security requirement alternative while it ' +
      'already required authentication (or still accepts anonymous calls): ' +
      'clients may use it; existing ways keep working.',
  },
  'api-security-now-required': {
    message: 'now requires authentication ({requirements}); it accepted anonymous calls before',
    description:
      'The operation had no security requirement (or an empty `{}` ' +
      'alternative) and now requires one: anonymous clients are rejected. ' +
      'oasdiff reports this as api-security-added (info); it breaks every ' +
      'client that calls without credentials.',
    mitigation:
      'Keep accepting anonymous calls (add an empty `{}` alternative) until ' +
      'clients send credentials, or require authentication in a new version ' +
      'of the operation.',
  },
  'api-security-removed': {
    message: 'no longer accepts security requirement {requirement}',
    description:
      'A security requirement alternative was removed while the operation ' +
      'still requires authentication: clients authenticating that way are ' +
      'rejected. oasdiff reports it as info; it is breaking here.',
    mitigation: 'Keep the old requirement as an alternative next to the new one until clients have moved over.',
  },
  'api-security-removed-anonymous-allowed': {
    message: 'security requirement {requirement} removed; the operation accepts calls without authentication',
    description:
      'A security requirement alternative was removed and the revision ' +
      'accepts anonymous calls (no requirement left, or an empty `{}` ' +
      'alternative): no client is rejected (oasdiff: api-security-removed).',
  },
  'api-security-scope-added': {
    message: 'security requirement {requirement} now also requires scope {scope}',
    description:
      'A scope was added to a security requirement: tokens issued without it ' +
      'are rejected. oasdiff reports it as info; it is breaking here.',
    mitigation:
      'Do not require new scopes on an existing operation; accept the old ' +
      'scopes as an alternative requirement until clients hold tokens with ' +
      'the new scope.',
  },
  'api-security-scope-removed': {
    message: 'security requirement {requirement} no longer requires scope {scope}',
    description: 'A scope was removed from a security requirement: tokens that had it still work.',
  },
  // ---------------------------------------------------------------- security: document level
  'api-global-security-added': {
    message: 'document-level security accepts a new requirement {requirement}',
    description:
      'The document-level `security` lists a new alternative (it applies to ' +
      'operations without their own `security`); existing ways keep working.',
  },
  'api-global-security-now-required': {
    message:
      'document-level security now requires authentication ({requirements}) ' +
      'for operations without their own `security`',
    description:
      'The document-level `security` used to accept anonymous calls and now ' +
      'requires authentication for every operation that does not declare its ' +
      'own `security` (oasdiff: api-global-security-added, info).',
    mitigation:
      'Keep accepting anonymous calls (an empty `{}` alternative) until ' +
      'clients send credentials, or require authentication in a new major ' +
      'version.',
  },
  'api-global-security-removed': {
    message: 'document-level security no longer accepts requirement {requirement}',
    description:
      'A document-level security alternative was removed while authentication ' +
      'is still required: clients of operations without their own `security` ' +
      'that authenticate that way are rejected (oasdiff: info).',
    mitigation: 'Keep the old requirement as an alternative next to the new one until clients have moved over.',
  },
  'api-global-security-removed-anonymous-allowed': {
    message:
      'document-level security requirement {requirement} removed; operations ' +
      'without their own `security` accept calls without authentication',
    description:
      'A document-level security alternative was removed and anonymous calls ' +
      'are accepted in the revision: no client is rejected (oasdiff: ' +
      'api-global-security-removed).',
  },
  'api-global-security-scope-added': {
    message: 'document-level security requirement {requirement} now also requires scope {scope}',
    description:
      'A scope was added to a document-level security requirement: tokens ' +
      'issued without it are rejected by operations without their own ' +
      '`security` (oasdiff: info).',
    mitigation:
      'Do not require new scopes on existing operations; accept the old ' +
      'scopes as an alternative requirement until clients hold tokens with ' +
      'the new scope.',
  },
  'api-global-security-scope-removed': {
    message: 'document-level security requirement {requirement} no longer requires scope {scope}',
    description: 'A scope was removed from a document-level security requirement: tokens that had it still work.',
  },
  // ---------------------------------------------------------------- security: components.securitySchemes
  'api-security-component-added': {
    message: 'security scheme {name} added',
    description: 'A new entry in `components.securitySchemes`; it matters only once an operation requires it.',
  },
  'api-security-component-removed': {
    message: 'security scheme {name} removed',
    description:
      'An entry of `components.securitySchemes` was removed; operations that required it are reported on their own.',
  },
  'api-security-component-type-changed': {
    message: 'type of security scheme {name} changed from {from} to {to}',
    description:
      'A security scheme changed type (e.g. `apiKey` to `http`): clients ' +
      'using it must send credentials differently. oasdiff reports it as ' +
      'info; it is breaking here.',
    mitigation:
      'Add the new mechanism as a new security scheme and accept both as alternatives until clients have moved over.',
  },
  'api-security-component-api-key-changed': {
    message: 'API key of security scheme {name} moved from {from} to {to}',
    description:
      'An `apiKey` scheme changed where the key goes (`in`) or its `name`: ' +
      'clients send the key where the API no longer looks.',
    mitigation:
      'Add the new location as a second `apiKey` scheme and accept both as alternatives until clients have moved over.',
  },
  'api-security-component-http-scheme-changed': {
    message: 'HTTP authentication scheme of security scheme {name} changed from {from} to {to}',
    description:
      'An `http` security scheme changed its `scheme` (e.g. `basic` to ' +
      '`bearer`): clients send an `Authorization` header the API no longer ' +
      'accepts.',
    mitigation:
      'Add the new scheme as a second security scheme and accept both as alternatives until clients have moved over.',
  },
  'api-security-component-oauth-flow-added': {
    message: 'security scheme {name} offers a new OAuth flow {flow}',
    description: 'An OAuth2 security scheme gained a flow; clients using the other flows are unaffected.',
  },
  'api-security-component-oauth-flow-removed': {
    message: 'security scheme {name} no longer offers the OAuth flow {flow}',
    description: 'An OAuth2 security scheme dropped a flow: clients obtaining tokens through it can no longer do so.',
    mitigation: 'Keep offering the flow until clients have moved to another one.',
  },
  'api-security-component-oauth-url-changed': {
    message: '{url} of security scheme {name} changed from {from} to {to}',
    description:
      'The authorization URL (or OpenID Connect discovery URL) of a security ' +
      'scheme changed: clients configured with the old URL must be updated. A ' +
      "warning rather than oasdiff's info.",
  },
  'api-security-component-oauth-token-url-changed': {
    message: 'token URL of the {flow} flow of security scheme {name} changed from {from} to {to}',
    description:
      'The token URL of an OAuth2 flow changed: clients configured with the ' +
      "old URL must be updated. A warning rather than oasdiff's info.",
  },
  'api-security-component-oauth-scope-added': {
    message: 'security scheme {name} defines a new scope {scope} in its {flow} flow',
    description: 'An OAuth2 flow defines a new scope; it matters only once an operation requires it.',
  },
  'api-security-component-oauth-scope-removed': {
    message: 'security scheme {name} no longer defines scope {scope} in its {flow} flow',
    description:
      'An OAuth2 flow dropped a scope: clients that still request it when ' +
      "obtaining tokens may be refused. A warning rather than oasdiff's info.",
  },
  'api-security-component-oauth-scope-changed': {
    message: 'description of scope {scope} in the {flow} flow of security scheme {name} changed',
    description: 'The description of an OAuth2 scope changed (documentation only).',
  },
} as const satisfies Record<string, MessageEntry>;

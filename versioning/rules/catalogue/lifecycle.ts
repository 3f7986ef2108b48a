import { STABILITY_FORMAT, SUNSET_FORMAT, type RuleEntry } from './entry.ts';

/**
 * Catalogue section of the lifecycle family (../lifecycle.ts): deprecation, sunset and stability of
 * parameters and body properties.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const lifecycle = {
  // ---------------------------------------------------------------- lifecycle: parameters
  'request-parameter-deprecated': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{param} deprecated ({sunset})',
    description:
      'A request parameter is now `deprecated` (with or without an `x-sunset` date): clients should stop sending it.',
  },
  'request-parameter-reactivated': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{param} is no longer deprecated',
    description: 'The base marked the request parameter `deprecated`; the revision does not.',
  },
  'request-parameter-sunset-date-too-small': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{param} deprecated with a sunset date {date} that has already passed',
    description:
      'A request parameter was deprecated with an `x-sunset` date in the ' +
      'past: it could be removed at once, giving clients no notice (oasdiff: ' +
      'an error).',
    mitigation: 'Give the deprecated parameter an `x-sunset` date in the future that leaves clients time to migrate.',
  },
  'request-parameter-sunset-parse': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: "the {side}'s `x-sunset` value {value} of deprecated {param} is not a date",
    description:
      'A deprecated request parameter was deprecated, re-dated or removed and ' +
      'its `x-sunset` is not an RFC 3339 date, so the engine cannot tell ' +
      'whether its removal is allowed (oasdiff: an error).',
    mitigation: SUNSET_FORMAT,
  },
  'request-parameter-sunset-deleted': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'the sunset date {date} of deprecated {param} was removed',
    description:
      'A deprecated request parameter lost its `x-sunset`: it may now be ' +
      'removed at any time instead of after the announced date (oasdiff: an ' +
      'error).',
    mitigation:
      'Keep the `x-sunset` date (move it later if needed), or remove `deprecated` as well if the parameter stays.',
  },
  'request-parameter-sunset-date-changed-too-small': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'the sunset date of deprecated {param} moved from {from} to {to}, which has already passed',
    description:
      'The `x-sunset` of a deprecated request parameter was moved earlier, to ' +
      'a date already in the past: clients lose the notice they were ' +
      'promised.',
    mitigation: 'Only move an `x-sunset` date later, or to a future date that still leaves clients time to migrate.',
  },
  'request-parameter-removed-with-deprecation': {
    spec: { level: 'warning', direction: 'request', action: 'remove' },
    message: 'deprecated {param} removed ({sunset})',
    description:
      'A request parameter that the base marked `deprecated` (its `x-sunset`, ' +
      "if any, has passed) was removed. A warning rather than oasdiff's info: " +
      'allowed by the deprecation policy, but clients still sending it may be ' +
      'affected.',
  },
  'request-parameter-removed-before-sunset': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: '{param} removed before its sunset date {date}',
    description: 'A deprecated request parameter was removed while its `x-sunset` date is still in the future.',
    mitigation: 'Keep the parameter until its `x-sunset` date has passed, then remove it.',
  },
  // ---------------------------------------------------------------- lifecycle: body properties
  'request-property-deprecated': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} deprecated, with no sunset date',
    description:
      'A request body property is now `deprecated` without an `x-sunset` date: clients should stop sending it.',
  },
  'request-property-deprecated-with-sunset': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} deprecated, sunset date {date}',
    description: 'A request body property is now `deprecated` with an `x-sunset` date.',
  },
  'request-property-deprecated-sunset-invalid': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} deprecated with an `x-sunset` value {value} that is not a date',
    description:
      'A request body property was deprecated with an `x-sunset` that is not an RFC 3339 date (oasdiff: an error).',
    mitigation: SUNSET_FORMAT,
  },
  'request-property-sunset-date-too-small': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} deprecated with a sunset date {date} that has already passed',
    description:
      'A request body property was deprecated with an `x-sunset` date in the ' +
      'past, giving clients no notice (oasdiff: an error).',
    mitigation: 'Give the deprecated property an `x-sunset` date in the future that leaves clients time to migrate.',
  },
  'request-property-reactivated': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} is no longer deprecated',
    description: 'The base marked the request body property `deprecated`; the revision does not.',
  },
  'request-property-stability-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'stability level of {where} decreased from {from} to {to}',
    description:
      'The `x-stability-level` of a request body property went down: clients ' +
      'lose the guarantees they built on (oasdiff: an error).',
    mitigation: 'Do not lower the stability of a property; add the unstable variant as a new property instead.',
  },
  'request-property-stability-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'stability level of {where} increased from {from} to {to}',
    description: 'The `x-stability-level` of a request body property went up.',
  },
  'request-property-invalid-stability-level': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: 'api-invalid-stability-level' },
    message: "the {side}'s `x-stability-level` value {value} of {where} is not a stability level",
    description:
      'A request body property whose `x-stability-level` changed has a value ' +
      'that is not `draft`, `alpha`, `beta` or `stable` (oasdiff reports it ' +
      'as api-invalid-stability-level, an error).',
    mitigation: STABILITY_FORMAT,
  },
  'request-property-removed-before-sunset': {
    spec: { level: 'breaking', direction: 'request', action: 'remove', oasdiff: null },
    message: '{where} removed before its sunset date {date}',
    description: 'A deprecated request body property was removed while its `x-sunset` date is still in the future.',
    mitigation: 'Keep the property until its `x-sunset` date has passed, then remove it.',
  },
  'request-property-sunset-parse': {
    spec: { level: 'breaking', direction: 'request', action: 'remove', oasdiff: null },
    message: 'the `x-sunset` value {value} of removed deprecated {where} is not a date',
    description:
      'A deprecated request body property was removed and its `x-sunset` is ' +
      'not an RFC 3339 date, so the engine cannot tell whether the removal is ' +
      'allowed.',
    mitigation: SUNSET_FORMAT,
  },
  'response-property-deprecated': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '{where} deprecated, with no sunset date',
    description:
      'A response body property is now `deprecated` without an `x-sunset` date: clients should stop reading it.',
  },
  'response-property-deprecated-with-sunset': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '{where} deprecated, sunset date {date}',
    description: 'A response body property is now `deprecated` with an `x-sunset` date.',
  },
  'response-property-deprecated-sunset-invalid': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '{where} deprecated with an `x-sunset` value {value} that is not a date',
    description:
      'A response body property was deprecated with an `x-sunset` that is not an RFC 3339 date (oasdiff: an error).',
    mitigation: SUNSET_FORMAT,
  },
  'response-property-sunset-date-too-small': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '{where} deprecated with a sunset date {date} that has already passed',
    description:
      'A response body property was deprecated with an `x-sunset` date in the ' +
      'past, giving clients no notice (oasdiff: an error).',
    mitigation: 'Give the deprecated property an `x-sunset` date in the future that leaves clients time to migrate.',
  },
  'response-property-reactivated': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '{where} is no longer deprecated',
    description: 'The base marked the response body property `deprecated`; the revision does not.',
  },
  'response-property-stability-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'stability level of {where} decreased from {from} to {to}',
    description:
      'The `x-stability-level` of a response body property went down: clients ' +
      'lose the guarantees they built on (oasdiff: an error).',
    mitigation: 'Do not lower the stability of a property; add the unstable variant as a new property instead.',
  },
  'response-property-stability-increased': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'stability level of {where} increased from {from} to {to}',
    description: 'The `x-stability-level` of a response body property went up.',
  },
  'response-property-invalid-stability-level': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: 'api-invalid-stability-level' },
    message: "the {side}'s `x-stability-level` value {value} of {where} is not a stability level",
    description:
      'A response body property whose `x-stability-level` changed has a value ' +
      'that is not `draft`, `alpha`, `beta` or `stable` (oasdiff reports it ' +
      'as api-invalid-stability-level, an error).',
    mitigation: STABILITY_FORMAT,
  },
  'response-property-removed-before-sunset': {
    spec: { level: 'breaking', direction: 'response', action: 'remove', oasdiff: null },
    message: '{where} removed before its sunset date {date}',
    description: 'A deprecated response body property was removed while its `x-sunset` date is still in the future.',
    mitigation: 'Keep returning the property until its `x-sunset` date has passed, then remove it.',
  },
  'response-property-sunset-parse': {
    spec: { level: 'breaking', direction: 'response', action: 'remove', oasdiff: null },
    message: 'the `x-sunset` value {value} of removed deprecated {where} is not a date',
    description:
      'A deprecated response body property was removed and its `x-sunset` is ' +
      'not an RFC 3339 date, so the engine cannot tell whether the removal is ' +
      'allowed.',
    mitigation: SUNSET_FORMAT,
  },
} as const satisfies Record<string, RuleEntry>;

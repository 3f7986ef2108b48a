import { STABILITY_FORMAT, SUNSET_FORMAT, type RuleEntry } from './entry.ts';

/**
 * Catalogue section of the endpoints family (../endpoints.ts): operations, paths, webhooks and their
 * deprecation / sunset / stability.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const endpoints = {
  // ---------------------------------------------------------------- endpoints (existence)
  'endpoint-added': {
    spec: { level: 'info', direction: 'none', action: 'add' },
    message: 'operation added',
    description: 'A new operation: clients can start using it; nothing they do today changes.',
  },
  'api-removed-without-deprecation': {
    spec: { level: 'breaking', direction: 'none', action: 'remove' },
    message: 'operation removed without being deprecated first',
    description: 'An operation that the base did not mark `deprecated` was removed: every client calling it now fails.',
    mitigation:
      'Keep the operation and mark it `deprecated: true` with an `x-sunset` ' +
      'date; remove it in a release after that date.',
  },
  'api-removed-with-deprecation': {
    spec: { level: 'warning', direction: 'none', action: 'remove' },
    message: 'deprecated operation removed ({sunset})',
    description:
      'An operation that the base marked `deprecated` (its `x-sunset` date, ' +
      "if any, has passed) was removed. A warning rather than oasdiff's info: " +
      'the deprecation policy allows it, but clients that ignored the notice ' +
      'still break.',
  },
  'api-removed-before-sunset': {
    spec: { level: 'breaking', direction: 'none', action: 'remove' },
    message: 'operation removed before its sunset date {date}',
    description:
      'An operation was removed while its `x-sunset` date is still in the future: clients were promised it until then.',
    mitigation: 'Keep the operation until its `x-sunset` date has passed, then remove it.',
  },
  'api-path-removed-without-deprecation': {
    spec: { level: 'breaking', direction: 'none', action: 'remove' },
    message: 'path removed, taking this operation with it, without deprecating the operation first',
    description:
      'A whole path was removed and one of its operations was not marked ' +
      '`deprecated` in the base: every client calling it now fails.',
    mitigation:
      'Keep the path and mark its operations `deprecated: true` with an ' +
      '`x-sunset` date; remove them in a release after that date.',
  },
  'api-path-removed-with-deprecation': {
    spec: { level: 'warning', direction: 'none', action: 'remove' },
    message: 'path removed, taking this deprecated operation with it ({sunset})',
    description:
      'A whole path was removed and this operation of it was `deprecated` in ' +
      'the base (its `x-sunset`, if any, has passed). A warning rather than ' +
      "oasdiff's info: allowed by the deprecation policy, but clients that " +
      'ignored the notice break.',
  },
  'api-path-removed-before-sunset': {
    spec: { level: 'breaking', direction: 'none', action: 'remove' },
    message: "path removed before the operation's sunset date {date}",
    description:
      'A whole path was removed while one of its deprecated operations has an `x-sunset` date still in the future.',
    mitigation: 'Keep the path until the `x-sunset` dates of all its operations have passed, then remove it.',
  },
  'api-path-sunset-parse': {
    spec: { level: 'breaking', direction: 'none', action: 'change' },
    message: "the {side}'s `x-sunset` value {value} of the deprecated operation is not a date",
    description:
      'A deprecated operation was removed, or its `x-sunset` changed, and the ' +
      '`x-sunset` value is not an RFC 3339 date, so the engine cannot tell ' +
      'whether the removal is allowed: it is treated as breaking, like ' +
      'oasdiff.',
    mitigation: SUNSET_FORMAT,
  },
  'webhook-added': {
    spec: { level: 'info', direction: 'none', action: 'add' },
    message: 'webhook {webhook} added',
    description: 'The API now calls subscribers on a new webhook; existing subscribers are unaffected.',
  },
  'webhook-removed': {
    spec: { level: 'breaking', direction: 'none', action: 'remove' },
    message: 'webhook {webhook} removed',
    description:
      'A webhook (or one of its operations) was removed: subscribers stop receiving the events they rely on.',
    mitigation:
      "Keep sending the webhook; announce its end in the webhook's description and remove it in a later major version.",
  },
  // ---------------------------------------------------------------- endpoints (lifecycle)
  'endpoint-deprecated': {
    spec: { level: 'info', direction: 'none', action: 'change' },
    message: 'operation deprecated, with no sunset date',
    description:
      'The operation is now `deprecated` without an `x-sunset` date: clients ' +
      'should migrate; under the deprecation policy it may be removed in any ' +
      'later release.',
  },
  'endpoint-deprecated-with-sunset': {
    spec: { level: 'info', direction: 'none', action: 'change' },
    message: 'operation deprecated, sunset date {date}',
    description:
      'The operation is now `deprecated` with an `x-sunset` date: it stays ' +
      'until that date and may be removed after it.',
  },
  'endpoint-reactivated': {
    spec: { level: 'info', direction: 'none', action: 'change' },
    message: 'operation is no longer deprecated',
    description: 'The base marked the operation `deprecated`; the revision does not.',
  },
  'api-deprecated-sunset-parse': {
    spec: { level: 'breaking', direction: 'none', action: 'change' },
    message: 'operation deprecated with an `x-sunset` value {value} that is not a date',
    description:
      'The operation was deprecated with an `x-sunset` that is not an RFC ' +
      '3339 date, so clients cannot know until when it stays (oasdiff: an ' +
      'error).',
    mitigation: SUNSET_FORMAT,
  },
  'api-removed-deprecated-without-sunset': {
    spec: { level: 'breaking', direction: 'none', action: 'remove', oasdiff: null },
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
    spec: { level: 'breaking', direction: 'none', action: 'change' },
    message:
      'operation deprecated without an `x-sunset` date, while the deprecation policy asks for {days} days of notice',
    description:
      'Under a deprecation window (`deprecation.minDays` above 0), an ' +
      'operation was deprecated without an `x-sunset` date: clients cannot ' +
      'know until when it stays.',
    mitigation: "Add an `x-sunset` date at least the policy's window away.",
  },
  'api-sunset-date-too-soon': {
    spec: { level: 'breaking', direction: 'none', action: 'change', oasdiff: 'api-sunset-date-too-small' },
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
    spec: { level: 'breaking', direction: 'none', action: 'change' },
    message: 'operation deprecated with a sunset date {date} that has already passed',
    description:
      'The operation was deprecated (or given an `x-sunset`) with a date in ' +
      'the past: it could be removed at once, giving clients no notice ' +
      '(oasdiff: an error, minimum deprecation period 0 days).',
    mitigation: 'Give the deprecated operation an `x-sunset` date in the future that leaves clients time to migrate.',
  },
  'sunset-deleted': {
    spec: { level: 'breaking', direction: 'none', action: 'change' },
    message: 'the sunset date {date} of the deprecated operation was removed',
    description:
      'A deprecated operation lost its `x-sunset`: under the deprecation ' +
      'policy it may now be removed at any time instead of after the ' +
      'announced date (oasdiff: an error).',
    mitigation:
      'Keep the `x-sunset` date (move it later if needed), or remove `deprecated` as well if the operation stays.',
  },
  'api-sunset-date-changed-too-small': {
    spec: { level: 'breaking', direction: 'none', action: 'change' },
    message: 'the sunset date of the deprecated operation moved from {from} to {to}, which has already passed',
    description:
      'The `x-sunset` of a deprecated operation was moved earlier, to a date ' +
      'already in the past: clients lose the notice they were promised.',
    mitigation: 'Only move an `x-sunset` date later, or to a future date that still leaves clients time to migrate.',
  },
  'api-stability-decreased': {
    spec: { level: 'breaking', direction: 'none', action: 'change' },
    message: 'stability level decreased from {from} to {to}',
    description:
      "The operation's `x-stability-level` went down (e.g. `stable` to " +
      '`beta`): clients lose the guarantees they built on (oasdiff: an ' +
      'error).',
    mitigation: 'Do not lower the stability of an operation; publish the unstable variant as a new operation instead.',
  },
  'api-stability-increased': {
    spec: { level: 'info', direction: 'none', action: 'change' },
    message: 'stability level increased from {from} to {to}',
    description:
      "The operation's `x-stability-level` went up (e.g. `beta` to `stable`): it now carries stronger guarantees.",
  },
  'api-invalid-stability-level': {
    spec: { level: 'breaking', direction: 'none', action: 'change' },
    message: "the {side}'s `x-stability-level` value {value} is not a stability level",
    description:
      'A modified or removed operation has an `x-stability-level` that is not ' +
      '`draft`, `alpha`, `beta` or `stable`, so the engine cannot tell which ' +
      'guarantees apply: treated as breaking, like oasdiff.',
    mitigation: STABILITY_FORMAT,
  },
} as const satisfies Record<string, RuleEntry>;

import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the schema-values family (../schema-values.ts): enum, const, default and
 * x-extensible-enum.
 * Schema rules come one per site: `<site>-<change>` for the request body, request properties,
 * parameters, response bodies, properties and headers (see `SchemaPrefix` in ../framework.ts); the
 * families emit them through the tables of `V` in ../schema-variants.ts.
 * Placeholders: {where} (site phrase), {property} + {root} (a property path and the schema it
 * belongs to), {from}/{to} (values or bounds), {values}, {types}, {members}, {names}, {default}.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const schemaValues = {
  'request-body-enum-value-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed {values} from the enum of {where}',
    description: 'Values were removed from the enum of the request body schema: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-enum-value-added': {
    spec: { level: 'info', direction: 'request', action: 'add', oasdiff: null },
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of the request body schema: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-enum-value-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed {values} from the enum of {where}',
    description: 'Values were removed from the enum of a request-body property: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-enum-value-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of a request-body property: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-parameter-enum-value-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed {values} from the enum of {where}',
    description: 'Values were removed from the enum of a request parameter: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-enum-value-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of a request parameter: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-parameter-property-enum-value-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed {values} from the enum of {where}',
    description:
      'Values were removed from the enum of a property of an object-valued ' +
      'request parameter: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-property-enum-value-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of a property of an object-valued ' +
      'request parameter: the operation still accepts everything it accepted ' +
      'before.',
  },
  'request-body-became-enum': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'restricted {where} to the enum values {values}',
    description:
      'The request body schema was restricted to a list of enum values: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-became-not-enum': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of the request body schema was removed: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-became-enum': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'restricted {where} to the enum values {values}',
    description:
      'A request-body property was restricted to a list of enum values: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-became-not-enum': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of a request-body property was removed: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-parameter-became-enum': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'restricted {where} to the enum values {values}',
    description:
      'A request parameter was restricted to a list of enum values: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-became-not-enum': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of a request parameter was removed: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-header-property-became-enum': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'restricted {where} to the enum values {values}',
    description:
      'A property of an object-valued header parameter was restricted to a ' +
      'list of enum values: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-read-only-property-enum-value-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed {values} from the enum of the read-only {where}',
    description:
      'An enum value was removed from a read-only request-body property: ' +
      'clients do not send read-only properties, so requests are unaffected.',
  },
  'response-body-enum-value-added': {
    spec: { level: 'warning', direction: 'response', action: 'add', oasdiff: null },
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of the response body schema: clients ' +
      'with an exhaustive switch over the old values may not handle them (a ' +
      'warning: many clients tolerate unknown values).',
  },
  'response-body-enum-value-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove', oasdiff: 'response-mediatype-enum-value-removed' },
    message: 'removed {values} from the enum of {where}',
    description:
      'Values were removed from the enum of the response body schema: clients ' +
      'receive a subset of what they already handle.',
  },
  'response-body-became-not-enum': {
    spec: { level: 'warning', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of the response body schema was removed: clients ' +
      'may receive values outside the old list (a warning, like an added enum ' +
      'value).',
  },
  'response-body-became-enum': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'restricted {where} to the enum values {values}',
    description:
      'The response body schema was restricted to a list of enum values: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-property-enum-value-added': {
    spec: { level: 'warning', direction: 'response', action: 'add' },
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of a response-body property: clients ' +
      'with an exhaustive switch over the old values may not handle them (a ' +
      'warning: many clients tolerate unknown values).',
  },
  'response-property-enum-value-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed {values} from the enum of {where}',
    description:
      'Values were removed from the enum of a response-body property: clients ' +
      'receive a subset of what they already handle.',
  },
  'response-property-became-not-enum': {
    spec: { level: 'warning', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of a response-body property was removed: clients ' +
      'may receive values outside the old list (a warning, like an added enum ' +
      'value).',
  },
  'response-property-became-enum': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'restricted {where} to the enum values {values}',
    description:
      'A response-body property was restricted to a list of enum values: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-header-enum-value-added': {
    spec: { level: 'warning', direction: 'response', action: 'add', oasdiff: null },
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of a response header: clients with an ' +
      'exhaustive switch over the old values may not handle them (a warning: ' +
      'many clients tolerate unknown values).',
  },
  'response-header-enum-value-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove', oasdiff: null },
    message: 'removed {values} from the enum of {where}',
    description:
      'Values were removed from the enum of a response header: clients receive a subset of what they already handle.',
  },
  'response-header-became-not-enum': {
    spec: { level: 'warning', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of a response header was removed: clients may ' +
      'receive values outside the old list (a warning, like an added enum ' +
      'value).',
  },
  'response-header-became-enum': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'restricted {where} to the enum values {values}',
    description:
      'A response header was restricted to a list of enum values: clients ' +
      'receive a subset of what they already handle.',
  },
  'response-write-only-property-enum-value-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added {values} to the enum of the write-only {where}',
    description:
      'An enum value was added to a write-only response-body property: ' +
      'clients never receive write-only properties, so responses are ' +
      'unaffected.',
  },
  'request-body-const-added': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'fixed {where} to the constant {to}',
    description: 'A `const` was added to the request body schema: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-const-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of the request body schema changed: clients that send the old value are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-const-removed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'removed the constant {from} from {where}',
    description:
      'The `const` of the request body schema was removed: the operation still accepts everything it accepted before.',
  },
  'request-property-const-added': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'fixed {where} to the constant {to}',
    description: 'A `const` was added to a request-body property: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-const-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of a request-body property changed: clients that send the old value are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-const-removed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'removed the constant {from} from {where}',
    description:
      'The `const` of a request-body property was removed: the operation still accepts everything it accepted before.',
  },
  'request-parameter-const-added': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'fixed {where} to the constant {to}',
    description: 'A `const` was added to a request parameter: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-const-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of a request parameter changed: clients that send the old value are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-const-removed': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'removed the constant {from} from {where}',
    description:
      'The `const` of a request parameter was removed: the operation still accepts everything it accepted before.',
  },
  'response-body-const-added': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'fixed {where} to the constant {to}',
    description:
      'A `const` was added to the response body schema: clients receive a subset of what they already handle.',
  },
  'response-body-const-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of the response body schema changed: clients that expect the old value break.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-const-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'removed the constant {from} from {where}',
    description:
      'The `const` of the response body schema was removed: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-const-added': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'fixed {where} to the constant {to}',
    description:
      'A `const` was added to a response-body property: clients receive a subset of what they already handle.',
  },
  'response-property-const-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of a response-body property changed: clients that expect the old value break.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-const-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'removed the constant {from} from {where}',
    description:
      'The `const` of a response-body property was removed: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-const-added': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'fixed {where} to the constant {to}',
    description: 'A `const` was added to a response header: clients receive a subset of what they already handle.',
  },
  'response-header-const-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of a response header changed: clients that expect the old value break.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-const-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the constant {from} from {where}',
    description: 'The `const` of a response header was removed: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'request-body-default-value-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added the default value {to} to {where}',
    description:
      'A default was added to the request body schema: documentation of what the server assumes when it is omitted.',
  },
  'request-body-default-value-changed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'changed the default value of {where} from {from} to {to}',
    description: 'The default of the request body schema changed: the server assumes another value when it is omitted.',
  },
  'request-body-default-value-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed the default value {from} from {where}',
    description:
      'The default of the request body schema was removed: the server no ' +
      'longer documents what it assumes when it is omitted.',
  },
  'request-property-default-value-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added the default value {to} to {where}',
    description:
      'A default was added to a request-body property: documentation of what the server assumes when it is omitted.',
  },
  'request-property-default-value-changed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'changed the default value of {where} from {from} to {to}',
    description: 'The default of a request-body property changed: the server assumes another value when it is omitted.',
  },
  'request-property-default-value-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed the default value {from} from {where}',
    description:
      'The default of a request-body property was removed: the server no ' +
      'longer documents what it assumes when it is omitted.',
  },
  'response-body-default-value-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the default value {to} to {where}',
    description: 'A default was added to the response body schema: documentation of what the value usually is.',
  },
  'response-body-default-value-changed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'changed the default value of {where} from {from} to {to}',
    description: 'The default of the response body schema changed: documentation only.',
  },
  'response-body-default-value-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed the default value {from} from {where}',
    description: 'The default of the response body schema was removed: documentation only.',
  },
  'response-property-default-value-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the default value {to} to {where}',
    description: 'A default was added to a response-body property: documentation of what the value usually is.',
  },
  'response-property-default-value-changed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'changed the default value of {where} from {from} to {to}',
    description: 'The default of a response-body property changed: documentation only.',
  },
  'response-property-default-value-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed the default value {from} from {where}',
    description: 'The default of a response-body property was removed: documentation only.',
  },
  'request-parameter-default-value-added': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'added the default value {to} to {where}',
    description:
      'A default was added to a request parameter: clients that omit the ' +
      'parameter now get the default behaviour instead of none.',
    mitigation:
      'Keep the old default for the parameter; introduce new behaviour through a new parameter value clients opt into.',
  },
  'request-parameter-default-value-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'changed the default value of {where} from {from} to {to}',
    description:
      'The default of a request parameter changed: clients that omit the parameter silently get different behaviour.',
    mitigation:
      'Keep the old default for the parameter; introduce new behaviour through a new parameter value clients opt into.',
  },
  'request-parameter-default-value-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'removed the default value {from} from {where}',
    description:
      'The default of a request parameter was removed: clients that omit the ' +
      'parameter no longer get the documented behaviour.',
    mitigation:
      'Keep the old default for the parameter; introduce new behaviour through a new parameter value clients opt into.',
  },
  'request-body-x-extensible-enum-value-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove', oasdiff: null },
    message: 'removed {values} from the `x-extensible-enum` of {where}',
    description:
      'Values were removed from the `x-extensible-enum` of the request body ' +
      'schema: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-x-extensible-enum-value-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed {values} from the `x-extensible-enum` of {where}',
    description:
      'Values were removed from the `x-extensible-enum` of a request-body ' +
      'property: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-x-extensible-enum-value-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed {values} from the `x-extensible-enum` of {where}',
    description:
      'Values were removed from the `x-extensible-enum` of a request parameter: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
} as const satisfies Record<string, RuleEntry>;

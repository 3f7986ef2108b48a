import type { MessageEntry } from './entry.ts';

/**
 * Catalogue section: schema keywords (types and formats, nullable, enum/const/default, bounds,
 * pattern, required/optional, property existence, readOnly/writeOnly, allOf/anyOf/oneOf,
 * discriminator). Keys are rule ids; see ../messages.ts. The rule tables are in ../schema-specs.ts.
 * Placeholders: {where} (site phrase), {property} + {root} (a property path and the schema it
 * belongs to), {from}/{to} (values or bounds), {values}, {types}, {members}, {names}, {default}.
 */
export const schemasMessages = {
  'request-body-type-changed': {
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of the request body schema changed incompatibly: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-body-type-generalized': {
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of the request body schema was widened (e.g. ' +
      '`integer` to `number`, a format removed): the operation still accepts ' +
      'everything it accepted before.',
  },
  'request-body-type-compatible': {
    message: 'changed the type of {where} from {from} to {to}, which its text encoding keeps compatible',
    description:
      'The type of the request body schema changed in a media type that is ' +
      'not strictly typed (any value can be read as a string), so existing ' +
      'values stay valid.',
  },
  'request-property-type-changed': {
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of a request-body property changed incompatibly: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-property-type-generalized': {
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of a request-body property was widened (e.g. ' +
      '`integer` to `number`, a format removed): the operation still accepts ' +
      'everything it accepted before.',
  },
  'request-property-type-compatible': {
    message: 'changed the type of {where} from {from} to {to}, which its text encoding keeps compatible',
    description:
      'The type of a request-body property changed in a media type that is ' +
      'not strictly typed (any value can be read as a string), so existing ' +
      'values stay valid.',
  },
  'request-parameter-type-changed': {
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of a request parameter changed incompatibly: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-parameter-type-generalized': {
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of a request parameter was widened (e.g. `integer` ' +
      'to `number`, a format removed): the operation still accepts everything ' +
      'it accepted before.',
  },
  'request-parameter-property-type-specialized': {
    message: 'narrowed the type of {where} from {from} to {to}',
    description:
      'The type or format of a property of an object-valued request parameter ' +
      'was narrowed in a way that breaks clients whatever the parameter ' +
      'serialization: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-parameter-property-type-changed': {
    message:
      'changed the type of {where} from {from} to {to}; whether this breaks ' +
      'clients depends on how they serialize the parameter',
    description:
      'The type or format of a property of an object-valued request parameter ' +
      'changed in a way that is safe for text serializations (form, ' +
      'deepObject) but not for JSON: a warning.',
  },
  'request-parameter-property-type-generalized': {
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of a property of an object-valued request parameter ' +
      'was widened (e.g. `integer` to `number`, a format removed): the ' +
      'operation still accepts everything it accepted before.',
  },
  'response-body-type-changed': {
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of the response body schema changed incompatibly: ' +
      'clients may receive values their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-body-type-generalized': {
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of the response body schema was widened (e.g. ' +
      '`integer` to `number`, a format removed): clients may receive values ' +
      'their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-body-type-specialized': {
    message: 'narrowed the type of {where} from {from} to {to}',
    description:
      'The type or format of the response body schema was narrowed (e.g. ' +
      '`number` to `integer`, a format added): clients receive a subset of ' +
      'what they already handle.',
  },
  'response-body-type-compatible': {
    message: 'changed the type of {where} from {from} to {to}, which its text encoding keeps compatible',
    description:
      'The type of the response body schema changed in a media type that is ' +
      'not strictly typed (a string can carry any value), so existing values ' +
      'stay valid.',
  },
  'response-property-type-changed': {
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of a response-body property changed incompatibly: ' +
      'clients may receive values their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-property-type-generalized': {
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of a response-body property was widened (e.g. ' +
      '`integer` to `number`, a format removed): clients may receive values ' +
      'their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-property-type-specialized': {
    message: 'narrowed the type of {where} from {from} to {to}',
    description:
      'The type or format of a response-body property was narrowed (e.g. ' +
      '`number` to `integer`, a format added): clients receive a subset of ' +
      'what they already handle.',
  },
  'response-property-type-compatible': {
    message: 'changed the type of {where} from {from} to {to}, which its text encoding keeps compatible',
    description:
      'The type of a response-body property changed in a media type that is ' +
      'not strictly typed (a string can carry any value), so existing values ' +
      'stay valid.',
  },
  'response-header-type-changed': {
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of a response header changed incompatibly: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-header-type-generalized': {
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of a response header was widened (e.g. `integer` to ' +
      '`number`, a format removed): clients may receive values their code ' +
      'does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-header-type-specialized': {
    message: 'narrowed the type of {where} from {from} to {to}',
    description:
      'The type or format of a response header was narrowed (e.g. `number` to ' +
      '`integer`, a format added): clients receive a subset of what they ' +
      'already handle.',
  },
  'response-header-type-compatible': {
    message: 'changed the type of {where} from {from} to {to}, which its text encoding keeps compatible',
    description:
      'The type of a response header changed in a media type that is not ' +
      'strictly typed (a string can carry any value), so existing values stay ' +
      'valid.',
  },
  'request-body-list-of-types-narrowed': {
    message: '{where} no longer accepts values of type {types}',
    description:
      'Types were removed from the type list of the request body schema: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-body-list-of-types-widened': {
    message: '{where} now also accepts values of type {types}',
    description:
      'Types were added to the type list of the request body schema: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-list-of-types-narrowed': {
    message: '{where} no longer accepts values of type {types}',
    description:
      'Types were removed from the type list of a request-body property: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-property-list-of-types-widened': {
    message: '{where} now also accepts values of type {types}',
    description:
      'Types were added to the type list of a request-body property: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-parameter-list-of-types-narrowed': {
    message: '{where} no longer accepts values of type {types}',
    description:
      'Types were removed from the type list of a request parameter: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-parameter-list-of-types-widened': {
    message: '{where} now also accepts values of type {types}',
    description:
      'Types were added to the type list of a request parameter: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-parameter-property-list-of-types-narrowed': {
    message: '{where} no longer accepts values of type {types}',
    description:
      'Types were removed from the type list of a property of an ' +
      'object-valued request parameter: values that clients send today may be ' +
      'rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-parameter-property-list-of-types-widened': {
    message: '{where} now also accepts values of type {types}',
    description:
      'Types were added to the type list of a property of an object-valued ' +
      'request parameter: the operation still accepts everything it accepted ' +
      'before.',
  },
  'response-body-list-of-types-widened': {
    message: '{where} may now also return values of type {types}',
    description:
      'Types were added to the type list of the response body schema: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-body-list-of-types-narrowed': {
    message: '{where} no longer returns values of type {types}',
    description:
      'Types were removed from the type list of the response body schema: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-property-list-of-types-widened': {
    message: '{where} may now also return values of type {types}',
    description:
      'Types were added to the type list of a response-body property: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-property-list-of-types-narrowed': {
    message: '{where} no longer returns values of type {types}',
    description:
      'Types were removed from the type list of a response-body property: ' +
      'clients receive a subset of what they already handle.',
  },
  'request-body-became-not-nullable': {
    message: '{where} no longer accepts null',
    description: 'The request body schema is no longer nullable: clients that send null are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-became-nullable': {
    message: '{where} now accepts null',
    description: 'The request body schema became nullable: the operation still accepts everything it accepted before.',
  },
  'request-property-became-not-nullable': {
    message: '{where} no longer accepts null',
    description: 'A request-body property is no longer nullable: clients that send null are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-became-nullable': {
    message: '{where} now accepts null',
    description: 'A request-body property became nullable: the operation still accepts everything it accepted before.',
  },
  'request-parameter-became-not-nullable': {
    message: '{where} no longer accepts null',
    description: 'A request parameter is no longer nullable: clients that send null are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-became-nullable': {
    message: '{where} now accepts null',
    description: 'A request parameter became nullable: the operation still accepts everything it accepted before.',
  },
  'request-parameter-property-became-not-nullable': {
    message: '{where} no longer accepts null',
    description:
      'A property of an object-valued request parameter is no longer nullable: clients that send null are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-property-became-nullable': {
    message: '{where} now accepts null',
    description:
      'A property of an object-valued request parameter became nullable: the ' +
      'operation still accepts everything it accepted before.',
  },
  'response-body-became-nullable': {
    message: '{where} can now be null',
    description: 'The response body schema became nullable: clients that do not expect null may fail.',
    mitigation:
      'Omit the field or return an empty value of its type instead of null, or make it nullable in a new API version.',
  },
  'response-body-became-not-nullable': {
    message: '{where} can no longer be null',
    description:
      'The response body schema is no longer nullable: clients receive a subset of what they already handle.',
  },
  'response-property-became-nullable': {
    message: '{where} can now be null',
    description: 'A response-body property became nullable: clients that do not expect null may fail.',
    mitigation:
      'Omit the field or return an empty value of its type instead of null, or make it nullable in a new API version.',
  },
  'response-property-became-not-nullable': {
    message: '{where} can no longer be null',
    description:
      'A response-body property is no longer nullable: clients receive a subset of what they already handle.',
  },
  'response-header-became-nullable': {
    message: '{where} can now be null',
    description: 'A response header became nullable: clients that do not expect null may fail.',
    mitigation:
      'Omit the field or return an empty value of its type instead of null, or make it nullable in a new API version.',
  },
  'response-header-became-not-nullable': {
    message: '{where} can no longer be null',
    description: 'A response header is no longer nullable: clients receive a subset of what they already handle.',
  },
  'request-body-enum-value-removed': {
    message: 'removed {values} from the enum of {where}',
    description: 'Values were removed from the enum of the request body schema: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-enum-value-added': {
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of the request body schema: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-enum-value-removed': {
    message: 'removed {values} from the enum of {where}',
    description: 'Values were removed from the enum of a request-body property: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-enum-value-added': {
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of a request-body property: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-parameter-enum-value-removed': {
    message: 'removed {values} from the enum of {where}',
    description: 'Values were removed from the enum of a request parameter: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-enum-value-added': {
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of a request parameter: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-parameter-property-enum-value-removed': {
    message: 'removed {values} from the enum of {where}',
    description:
      'Values were removed from the enum of a property of an object-valued ' +
      'request parameter: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-property-enum-value-added': {
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of a property of an object-valued ' +
      'request parameter: the operation still accepts everything it accepted ' +
      'before.',
  },
  'request-body-became-enum': {
    message: 'restricted {where} to the enum values {values}',
    description:
      'The request body schema was restricted to a list of enum values: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-became-not-enum': {
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of the request body schema was removed: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-became-enum': {
    message: 'restricted {where} to the enum values {values}',
    description:
      'A request-body property was restricted to a list of enum values: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-became-not-enum': {
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of a request-body property was removed: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-parameter-became-enum': {
    message: 'restricted {where} to the enum values {values}',
    description:
      'A request parameter was restricted to a list of enum values: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-became-not-enum': {
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of a request parameter was removed: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-header-property-became-enum': {
    message: 'restricted {where} to the enum values {values}',
    description:
      'A property of an object-valued header parameter was restricted to a ' +
      'list of enum values: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-read-only-property-enum-value-removed': {
    message: 'removed {values} from the enum of the read-only {where}',
    description:
      'An enum value was removed from a read-only request-body property: ' +
      'clients do not send read-only properties, so requests are unaffected.',
  },
  'response-body-enum-value-added': {
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of the response body schema: clients ' +
      'with an exhaustive switch over the old values may not handle them (a ' +
      'warning: many clients tolerate unknown values).',
  },
  'response-body-enum-value-removed': {
    message: 'removed {values} from the enum of {where}',
    description:
      'Values were removed from the enum of the response body schema: clients ' +
      'receive a subset of what they already handle.',
  },
  'response-body-became-not-enum': {
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of the response body schema was removed: clients ' +
      'may receive values outside the old list (a warning, like an added enum ' +
      'value).',
  },
  'response-body-became-enum': {
    message: 'restricted {where} to the enum values {values}',
    description:
      'The response body schema was restricted to a list of enum values: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-property-enum-value-added': {
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of a response-body property: clients ' +
      'with an exhaustive switch over the old values may not handle them (a ' +
      'warning: many clients tolerate unknown values).',
  },
  'response-property-enum-value-removed': {
    message: 'removed {values} from the enum of {where}',
    description:
      'Values were removed from the enum of a response-body property: clients ' +
      'receive a subset of what they already handle.',
  },
  'response-property-became-not-enum': {
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of a response-body property was removed: clients ' +
      'may receive values outside the old list (a warning, like an added enum ' +
      'value).',
  },
  'response-property-became-enum': {
    message: 'restricted {where} to the enum values {values}',
    description:
      'A response-body property was restricted to a list of enum values: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-header-enum-value-added': {
    message: 'added {values} to the enum of {where}',
    description:
      'Values were added to the enum of a response header: clients with an ' +
      'exhaustive switch over the old values may not handle them (a warning: ' +
      'many clients tolerate unknown values).',
  },
  'response-header-enum-value-removed': {
    message: 'removed {values} from the enum of {where}',
    description:
      'Values were removed from the enum of a response header: clients receive a subset of what they already handle.',
  },
  'response-header-became-not-enum': {
    message: 'removed the enum restriction ({values}) from {where}',
    description:
      'The enum restriction of a response header was removed: clients may ' +
      'receive values outside the old list (a warning, like an added enum ' +
      'value).',
  },
  'response-header-became-enum': {
    message: 'restricted {where} to the enum values {values}',
    description:
      'A response header was restricted to a list of enum values: clients ' +
      'receive a subset of what they already handle.',
  },
  'response-write-only-property-enum-value-added': {
    message: 'added {values} to the enum of the write-only {where}',
    description:
      'An enum value was added to a write-only response-body property: ' +
      'clients never receive write-only properties, so responses are ' +
      'unaffected.',
  },
  'request-body-const-added': {
    message: 'fixed {where} to the constant {to}',
    description: 'A `const` was added to the request body schema: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-const-changed': {
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of the request body schema changed: clients that send the old value are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-const-removed': {
    message: 'removed the constant {from} from {where}',
    description:
      'The `const` of the request body schema was removed: the operation still accepts everything it accepted before.',
  },
  'request-property-const-added': {
    message: 'fixed {where} to the constant {to}',
    description: 'A `const` was added to a request-body property: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-const-changed': {
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of a request-body property changed: clients that send the old value are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-const-removed': {
    message: 'removed the constant {from} from {where}',
    description:
      'The `const` of a request-body property was removed: the operation still accepts everything it accepted before.',
  },
  'request-parameter-const-added': {
    message: 'fixed {where} to the constant {to}',
    description: 'A `const` was added to a request parameter: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-const-changed': {
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of a request parameter changed: clients that send the old value are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-const-removed': {
    message: 'removed the constant {from} from {where}',
    description:
      'The `const` of a request parameter was removed: the operation still accepts everything it accepted before.',
  },
  'response-body-const-added': {
    message: 'fixed {where} to the constant {to}',
    description:
      'A `const` was added to the response body schema: clients receive a subset of what they already handle.',
  },
  'response-body-const-changed': {
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of the response body schema changed: clients that expect the old value break.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-const-removed': {
    message: 'removed the constant {from} from {where}',
    description:
      'The `const` of the response body schema was removed: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-const-added': {
    message: 'fixed {where} to the constant {to}',
    description:
      'A `const` was added to a response-body property: clients receive a subset of what they already handle.',
  },
  'response-property-const-changed': {
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of a response-body property changed: clients that expect the old value break.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-const-removed': {
    message: 'removed the constant {from} from {where}',
    description:
      'The `const` of a response-body property was removed: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-const-added': {
    message: 'fixed {where} to the constant {to}',
    description: 'A `const` was added to a response header: clients receive a subset of what they already handle.',
  },
  'response-header-const-changed': {
    message: 'changed the constant of {where} from {from} to {to}',
    description: 'The `const` of a response header changed: clients that expect the old value break.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-const-removed': {
    message: 'removed the constant {from} from {where}',
    description: 'The `const` of a response header was removed: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'request-body-default-value-added': {
    message: 'added the default value {to} to {where}',
    description:
      'A default was added to the request body schema: documentation of what the server assumes when it is omitted.',
  },
  'request-body-default-value-changed': {
    message: 'changed the default value of {where} from {from} to {to}',
    description: 'The default of the request body schema changed: the server assumes another value when it is omitted.',
  },
  'request-body-default-value-removed': {
    message: 'removed the default value {from} from {where}',
    description:
      'The default of the request body schema was removed: the server no ' +
      'longer documents what it assumes when it is omitted.',
  },
  'request-property-default-value-added': {
    message: 'added the default value {to} to {where}',
    description:
      'A default was added to a request-body property: documentation of what the server assumes when it is omitted.',
  },
  'request-property-default-value-changed': {
    message: 'changed the default value of {where} from {from} to {to}',
    description: 'The default of a request-body property changed: the server assumes another value when it is omitted.',
  },
  'request-property-default-value-removed': {
    message: 'removed the default value {from} from {where}',
    description:
      'The default of a request-body property was removed: the server no ' +
      'longer documents what it assumes when it is omitted.',
  },
  'response-body-default-value-added': {
    message: 'added the default value {to} to {where}',
    description: 'A default was added to the response body schema: documentation of what the value usually is.',
  },
  'response-body-default-value-changed': {
    message: 'changed the default value of {where} from {from} to {to}',
    description: 'The default of the response body schema changed: documentation only.',
  },
  'response-body-default-value-removed': {
    message: 'removed the default value {from} from {where}',
    description: 'The default of the response body schema was removed: documentation only.',
  },
  'response-property-default-value-added': {
    message: 'added the default value {to} to {where}',
    description: 'A default was added to a response-body property: documentation of what the value usually is.',
  },
  'response-property-default-value-changed': {
    message: 'changed the default value of {where} from {from} to {to}',
    description: 'The default of a response-body property changed: documentation only.',
  },
  'response-property-default-value-removed': {
    message: 'removed the default value {from} from {where}',
    description: 'The default of a response-body property was removed: documentation only.',
  },
  'request-parameter-default-value-added': {
    message: 'added the default value {to} to {where}',
    description:
      'A default was added to a request parameter: clients that omit the ' +
      'parameter now get the default behaviour instead of none.',
    mitigation:
      'Keep the old default for the parameter; introduce new behaviour through a new parameter value clients opt into.',
  },
  'request-parameter-default-value-changed': {
    message: 'changed the default value of {where} from {from} to {to}',
    description:
      'The default of a request parameter changed: clients that omit the parameter silently get different behaviour.',
    mitigation:
      'Keep the old default for the parameter; introduce new behaviour through a new parameter value clients opt into.',
  },
  'request-parameter-default-value-removed': {
    message: 'removed the default value {from} from {where}',
    description:
      'The default of a request parameter was removed: clients that omit the ' +
      'parameter no longer get the documented behaviour.',
    mitigation:
      'Keep the old default for the parameter; introduce new behaviour through a new parameter value clients opt into.',
  },
  'request-body-x-extensible-enum-value-removed': {
    message: 'removed {values} from the `x-extensible-enum` of {where}',
    description:
      'Values were removed from the `x-extensible-enum` of the request body ' +
      'schema: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-x-extensible-enum-value-removed': {
    message: 'removed {values} from the `x-extensible-enum` of {where}',
    description:
      'Values were removed from the `x-extensible-enum` of a request-body ' +
      'property: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-x-extensible-enum-value-removed': {
    message: 'removed {values} from the `x-extensible-enum` of {where}',
    description:
      'Values were removed from the `x-extensible-enum` of a request parameter: clients that send them are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-min-increased': {
    message: 'raised the minimum of {where} from {from} to {to}',
    description: 'The minimum of the request body schema was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-min-decreased': {
    message: 'lowered the minimum of {where} from {from} to {to}',
    description:
      'The minimum of the request body schema was lowered: the operation still accepts everything it accepted before.',
  },
  'request-body-min-set': {
    message: 'set the minimum of {where} to {to}',
    description:
      'The minimum was added to the request body schema: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-body-exclusive-min-increased': {
    message: 'raised the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of the request body schema was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-exclusive-min-decreased': {
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of the request body schema was lowered: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-body-exclusive-min-set': {
    message: 'set the exclusive minimum of {where} to {to}',
    description:
      'The exclusive minimum was added to the request body schema: values ' +
      'beyond the new bound that clients send today are rejected (a warning: ' +
      'the bound may match what clients already do).',
  },
  'request-body-max-decreased': {
    message: 'lowered the maximum of {where} from {from} to {to}',
    description: 'The maximum of the request body schema was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-max-increased': {
    message: 'raised the maximum of {where} from {from} to {to}',
    description:
      'The maximum of the request body schema was raised: the operation still accepts everything it accepted before.',
  },
  'request-body-max-set': {
    message: 'set the maximum of {where} to {to}',
    description:
      'The maximum was added to the request body schema: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-body-exclusive-max-decreased': {
    message: 'lowered the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of the request body schema was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-exclusive-max-increased': {
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of the request body schema was raised: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-body-exclusive-max-set': {
    message: 'set the exclusive maximum of {where} to {to}',
    description:
      'The exclusive maximum was added to the request body schema: values ' +
      'beyond the new bound that clients send today are rejected (a warning: ' +
      'the bound may match what clients already do).',
  },
  'request-body-min-length-increased': {
    message: 'raised `minLength` of {where} from {from} to {to}',
    description: '`minLength` of the request body schema was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-min-length-decreased': {
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description:
      '`minLength` of the request body schema was lowered: the operation still accepts everything it accepted before.',
  },
  'request-body-min-length-set': {
    message: 'set `minLength` of {where} to {to}',
    description:
      '`minLength` was added to the request body schema: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-body-max-length-decreased': {
    message: 'lowered `maxLength` of {where} from {from} to {to}',
    description: '`maxLength` of the request body schema was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-max-length-increased': {
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description:
      '`maxLength` of the request body schema was raised: the operation still accepts everything it accepted before.',
  },
  'request-body-max-length-set': {
    message: 'set `maxLength` of {where} to {to}',
    description:
      '`maxLength` was added to the request body schema: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-body-min-items-increased': {
    message: 'raised `minItems` of {where} from {from} to {to}',
    description: '`minItems` of the request body schema was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-min-items-decreased': {
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description:
      '`minItems` of the request body schema was lowered: the operation still accepts everything it accepted before.',
  },
  'request-body-min-items-set': {
    message: 'set `minItems` of {where} to {to}',
    description:
      '`minItems` was added to the request body schema: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-body-max-items-decreased': {
    message: 'lowered `maxItems` of {where} from {from} to {to}',
    description: '`maxItems` of the request body schema was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-max-items-increased': {
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description:
      '`maxItems` of the request body schema was raised: the operation still accepts everything it accepted before.',
  },
  'request-body-max-items-set': {
    message: 'set `maxItems` of {where} to {to}',
    description:
      '`maxItems` was added to the request body schema: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-property-min-increased': {
    message: 'raised the minimum of {where} from {from} to {to}',
    description: 'The minimum of a request-body property was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-min-decreased': {
    message: 'lowered the minimum of {where} from {from} to {to}',
    description:
      'The minimum of a request-body property was lowered: the operation still accepts everything it accepted before.',
  },
  'request-property-min-set': {
    message: 'set the minimum of {where} to {to}',
    description:
      'The minimum was added to a request-body property: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-property-exclusive-min-increased': {
    message: 'raised the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a request-body property was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-exclusive-min-decreased': {
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a request-body property was lowered: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-exclusive-min-set': {
    message: 'set the exclusive minimum of {where} to {to}',
    description:
      'The exclusive minimum was added to a request-body property: values ' +
      'beyond the new bound that clients send today are rejected (a warning: ' +
      'the bound may match what clients already do).',
  },
  'request-property-max-decreased': {
    message: 'lowered the maximum of {where} from {from} to {to}',
    description: 'The maximum of a request-body property was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-max-increased': {
    message: 'raised the maximum of {where} from {from} to {to}',
    description:
      'The maximum of a request-body property was raised: the operation still accepts everything it accepted before.',
  },
  'request-property-max-set': {
    message: 'set the maximum of {where} to {to}',
    description:
      'The maximum was added to a request-body property: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-property-exclusive-max-decreased': {
    message: 'lowered the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a request-body property was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-exclusive-max-increased': {
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a request-body property was raised: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-exclusive-max-set': {
    message: 'set the exclusive maximum of {where} to {to}',
    description:
      'The exclusive maximum was added to a request-body property: values ' +
      'beyond the new bound that clients send today are rejected (a warning: ' +
      'the bound may match what clients already do).',
  },
  'request-property-min-length-increased': {
    message: 'raised `minLength` of {where} from {from} to {to}',
    description: '`minLength` of a request-body property was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-min-length-decreased': {
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description:
      '`minLength` of a request-body property was lowered: the operation still accepts everything it accepted before.',
  },
  'request-property-min-length-set': {
    message: 'set `minLength` of {where} to {to}',
    description:
      '`minLength` was added to a request-body property: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-property-max-length-decreased': {
    message: 'lowered `maxLength` of {where} from {from} to {to}',
    description: '`maxLength` of a request-body property was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-max-length-increased': {
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description:
      '`maxLength` of a request-body property was raised: the operation still accepts everything it accepted before.',
  },
  'request-property-max-length-set': {
    message: 'set `maxLength` of {where} to {to}',
    description:
      '`maxLength` was added to a request-body property: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-property-min-items-increased': {
    message: 'raised `minItems` of {where} from {from} to {to}',
    description: '`minItems` of a request-body property was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-min-items-decreased': {
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description:
      '`minItems` of a request-body property was lowered: the operation still accepts everything it accepted before.',
  },
  'request-property-min-items-set': {
    message: 'set `minItems` of {where} to {to}',
    description:
      '`minItems` was added to a request-body property: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-property-max-items-decreased': {
    message: 'lowered `maxItems` of {where} from {from} to {to}',
    description: '`maxItems` of a request-body property was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-max-items-increased': {
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description:
      '`maxItems` of a request-body property was raised: the operation still accepts everything it accepted before.',
  },
  'request-property-max-items-set': {
    message: 'set `maxItems` of {where} to {to}',
    description:
      '`maxItems` was added to a request-body property: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-min-increased': {
    message: 'raised the minimum of {where} from {from} to {to}',
    description: 'The minimum of a request parameter was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-min-decreased': {
    message: 'lowered the minimum of {where} from {from} to {to}',
    description:
      'The minimum of a request parameter was lowered: the operation still accepts everything it accepted before.',
  },
  'request-parameter-min-set': {
    message: 'set the minimum of {where} to {to}',
    description:
      'The minimum was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-exclusive-min-increased': {
    message: 'raised the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a request parameter was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-exclusive-min-decreased': {
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a request parameter was lowered: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-parameter-exclusive-min-set': {
    message: 'set the exclusive minimum of {where} to {to}',
    description:
      'The exclusive minimum was added to a request parameter: values beyond ' +
      'the new bound that clients send today are rejected (a warning: the ' +
      'bound may match what clients already do).',
  },
  'request-parameter-max-decreased': {
    message: 'lowered the maximum of {where} from {from} to {to}',
    description: 'The maximum of a request parameter was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-max-increased': {
    message: 'raised the maximum of {where} from {from} to {to}',
    description:
      'The maximum of a request parameter was raised: the operation still accepts everything it accepted before.',
  },
  'request-parameter-max-set': {
    message: 'set the maximum of {where} to {to}',
    description:
      'The maximum was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-exclusive-max-decreased': {
    message: 'lowered the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a request parameter was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-exclusive-max-increased': {
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a request parameter was raised: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-parameter-exclusive-max-set': {
    message: 'set the exclusive maximum of {where} to {to}',
    description:
      'The exclusive maximum was added to a request parameter: values beyond ' +
      'the new bound that clients send today are rejected (a warning: the ' +
      'bound may match what clients already do).',
  },
  'request-parameter-min-length-increased': {
    message: 'raised `minLength` of {where} from {from} to {to}',
    description: '`minLength` of a request parameter was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-min-length-decreased': {
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description:
      '`minLength` of a request parameter was lowered: the operation still accepts everything it accepted before.',
  },
  'request-parameter-min-length-set': {
    message: 'set `minLength` of {where} to {to}',
    description:
      '`minLength` was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-max-length-decreased': {
    message: 'lowered `maxLength` of {where} from {from} to {to}',
    description: '`maxLength` of a request parameter was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-max-length-increased': {
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description:
      '`maxLength` of a request parameter was raised: the operation still accepts everything it accepted before.',
  },
  'request-parameter-max-length-set': {
    message: 'set `maxLength` of {where} to {to}',
    description:
      '`maxLength` was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-min-items-increased': {
    message: 'raised `minItems` of {where} from {from} to {to}',
    description: '`minItems` of a request parameter was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-min-items-decreased': {
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description:
      '`minItems` of a request parameter was lowered: the operation still accepts everything it accepted before.',
  },
  'request-parameter-min-items-set': {
    message: 'set `minItems` of {where} to {to}',
    description:
      '`minItems` was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-max-items-decreased': {
    message: 'lowered `maxItems` of {where} from {from} to {to}',
    description: '`maxItems` of a request parameter was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-max-items-increased': {
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description:
      '`maxItems` of a request parameter was raised: the operation still accepts everything it accepted before.',
  },
  'request-parameter-max-items-set': {
    message: 'set `maxItems` of {where} to {to}',
    description:
      '`maxItems` was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-read-only-property-max-decreased': {
    message: 'lowered the maximum of the read-only {where} from {from} to {to}',
    description:
      'The maximum of a read-only request-body property was tightened: ' +
      'clients do not send read-only properties, so requests are unaffected.',
  },
  'request-read-only-property-max-length-decreased': {
    message: 'lowered `maxLength` of the read-only {where} from {from} to {to}',
    description:
      '`maxLength` of a read-only request-body property was tightened: ' +
      'clients do not send read-only properties, so requests are unaffected.',
  },
  'request-read-only-property-min-increased': {
    message: 'raised the minimum of the read-only {where} from {from} to {to}',
    description:
      'The minimum of a read-only request-body property was tightened: ' +
      'clients do not send read-only properties, so requests are unaffected.',
  },
  'request-read-only-property-exclusive-min-increased': {
    message: 'raised the exclusive minimum of the read-only {where} from {from} to {to}',
    description:
      'The exclusive minimum of a read-only request-body property was ' +
      'tightened: clients do not send read-only properties, so requests are ' +
      'unaffected.',
  },
  'request-read-only-property-exclusive-max-decreased': {
    message: 'lowered the exclusive maximum of the read-only {where} from {from} to {to}',
    description:
      'The exclusive maximum of a read-only request-body property was ' +
      'tightened: clients do not send read-only properties, so requests are ' +
      'unaffected.',
  },
  'response-body-min-decreased': {
    message: 'lowered the minimum of {where} from {from} to {to}',
    description:
      'The minimum of the response body schema was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-min-unset': {
    message: 'removed the minimum ({from}) from {where}',
    description:
      'The minimum was removed from the response body schema: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-exclusive-min-decreased': {
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of the response body schema was lowered: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-exclusive-min-unset': {
    message: 'removed the exclusive minimum ({from}) from {where}',
    description:
      'The exclusive minimum was removed from the response body schema: ' +
      'clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-increased': {
    message: 'raised the maximum of {where} from {from} to {to}',
    description:
      'The maximum of the response body schema was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-unset': {
    message: 'removed the maximum ({from}) from {where}',
    description:
      'The maximum was removed from the response body schema: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-exclusive-max-increased': {
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of the response body schema was raised: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-exclusive-max-unset': {
    message: 'removed the exclusive maximum ({from}) from {where}',
    description:
      'The exclusive maximum was removed from the response body schema: ' +
      'clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-min-length-decreased': {
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description:
      '`minLength` of the response body schema was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-min-length-unset': {
    message: 'removed `minLength` ({from}) from {where}',
    description:
      '`minLength` was removed from the response body schema: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-length-increased': {
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description:
      '`maxLength` of the response body schema was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-length-unset': {
    message: 'removed `maxLength` ({from}) from {where}',
    description:
      '`maxLength` was removed from the response body schema: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-min-items-decreased': {
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description:
      '`minItems` of the response body schema was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-min-items-unset': {
    message: 'removed `minItems` ({from}) from {where}',
    description:
      '`minItems` was removed from the response body schema: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-items-increased': {
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description:
      '`maxItems` of the response body schema was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-items-unset': {
    message: 'removed `maxItems` ({from}) from {where}',
    description:
      '`maxItems` was removed from the response body schema: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-decreased': {
    message: 'lowered the minimum of {where} from {from} to {to}',
    description:
      'The minimum of a response-body property was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-unset': {
    message: 'removed the minimum ({from}) from {where}',
    description:
      'The minimum was removed from a response-body property: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-exclusive-min-decreased': {
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a response-body property was lowered: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-exclusive-min-unset': {
    message: 'removed the exclusive minimum ({from}) from {where}',
    description:
      'The exclusive minimum was removed from a response-body property: ' +
      'clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-increased': {
    message: 'raised the maximum of {where} from {from} to {to}',
    description:
      'The maximum of a response-body property was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-unset': {
    message: 'removed the maximum ({from}) from {where}',
    description:
      'The maximum was removed from a response-body property: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-exclusive-max-increased': {
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a response-body property was raised: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-exclusive-max-unset': {
    message: 'removed the exclusive maximum ({from}) from {where}',
    description:
      'The exclusive maximum was removed from a response-body property: ' +
      'clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-length-decreased': {
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description:
      '`minLength` of a response-body property was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-length-unset': {
    message: 'removed `minLength` ({from}) from {where}',
    description:
      '`minLength` was removed from a response-body property: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-length-increased': {
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description:
      '`maxLength` of a response-body property was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-length-unset': {
    message: 'removed `maxLength` ({from}) from {where}',
    description:
      '`maxLength` was removed from a response-body property: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-items-decreased': {
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description:
      '`minItems` of a response-body property was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-items-unset': {
    message: 'removed `minItems` ({from}) from {where}',
    description:
      '`minItems` was removed from a response-body property: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-items-increased': {
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description:
      '`maxItems` of a response-body property was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-items-unset': {
    message: 'removed `maxItems` ({from}) from {where}',
    description:
      '`maxItems` was removed from a response-body property: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-decreased': {
    message: 'lowered the minimum of {where} from {from} to {to}',
    description: 'The minimum of a response header was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-unset': {
    message: 'removed the minimum ({from}) from {where}',
    description:
      'The minimum was removed from a response header: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-exclusive-min-decreased': {
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a response header was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-exclusive-min-unset': {
    message: 'removed the exclusive minimum ({from}) from {where}',
    description:
      'The exclusive minimum was removed from a response header: clients may ' +
      'receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-increased': {
    message: 'raised the maximum of {where} from {from} to {to}',
    description: 'The maximum of a response header was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-unset': {
    message: 'removed the maximum ({from}) from {where}',
    description:
      'The maximum was removed from a response header: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-exclusive-max-increased': {
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a response header was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-exclusive-max-unset': {
    message: 'removed the exclusive maximum ({from}) from {where}',
    description:
      'The exclusive maximum was removed from a response header: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-length-decreased': {
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description: '`minLength` of a response header was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-length-unset': {
    message: 'removed `minLength` ({from}) from {where}',
    description:
      '`minLength` was removed from a response header: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-length-increased': {
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description: '`maxLength` of a response header was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-length-unset': {
    message: 'removed `maxLength` ({from}) from {where}',
    description:
      '`maxLength` was removed from a response header: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-items-decreased': {
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description: '`minItems` of a response header was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-items-unset': {
    message: 'removed `minItems` ({from}) from {where}',
    description:
      '`minItems` was removed from a response header: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-items-increased': {
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description: '`maxItems` of a response header was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-items-unset': {
    message: 'removed `maxItems` ({from}) from {where}',
    description: '`maxItems` was removed from a response header: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'request-body-pattern-added': {
    message: 'added the pattern {to} to {where}',
    description: 'A `pattern` was added to the request body schema: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-pattern-changed': {
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of the request body schema changed: whether it still ' +
      'accepts every value it accepted before cannot be decided automatically ' +
      '(a warning).',
  },
  'request-body-pattern-generalized': {
    message: 'relaxed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of the request body schema was replaced by one that ' +
      'accepts any string: the operation still accepts everything it accepted ' +
      'before.',
  },
  'request-body-pattern-removed': {
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of the request body schema was removed: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-property-pattern-added': {
    message: 'added the pattern {to} to {where}',
    description: 'A `pattern` was added to a request-body property: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-pattern-changed': {
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a request-body property changed: whether it still ' +
      'accepts every value it accepted before cannot be decided automatically ' +
      '(a warning).',
  },
  'request-property-pattern-generalized': {
    message: 'relaxed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a request-body property was replaced by one that ' +
      'accepts any string: the operation still accepts everything it accepted ' +
      'before.',
  },
  'request-property-pattern-removed': {
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of a request-body property was removed: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-parameter-pattern-added': {
    message: 'added the pattern {to} to {where}',
    description: 'A `pattern` was added to a request parameter: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-number-became-pattern': {
    message:
      '{where} was {was} and is now a string matching {to}: the pattern ' +
      'matches the {values} tried ({tried}), but whether it matches every ' +
      '{value} the parameter accepted cannot be decided',
    description:
      'A request parameter sent as text changed from an integer or a number to a string ' +
      'with a `pattern` that matches every value tried inside the old ' +
      'bounds but cannot be proved to match them all (a warning rather than a ' +
      'break). A pattern that provably matches them all (`^[0-9]+$` with ' +
      '`minimum: 0`, `^-?\\d+$`, `^[0-9]{1,3}$` for 0..999, `^-?\\d+(\\.\\d+)?$` for an ' +
      'integer, the JSON number grammar with its exponent for a number) is no change; a ' +
      'decimal-only pattern such as `^-?\\d+(\\.\\d+)?$` for a number is this warning (it ' +
      'rejects `1e3`, the same number in exponent notation); one ' +
      'that rejects an old value is `request-parameter-pattern-added`.',
  },
  'request-parameter-pattern-changed': {
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a request parameter changed: whether it still accepts ' +
      'every value it accepted before cannot be decided automatically (a ' +
      'warning).',
  },
  'request-parameter-pattern-generalized': {
    message: 'relaxed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a request parameter was replaced by one that accepts ' +
      'any string: the operation still accepts everything it accepted before.',
  },
  'request-parameter-pattern-removed': {
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of a request parameter was removed: the operation still accepts everything it accepted before.',
  },
  'response-body-pattern-added': {
    message: 'added the pattern {to} to {where}',
    description:
      'A `pattern` was added to the response body schema: clients receive a subset of what they already handle.',
  },
  'response-body-pattern-changed': {
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of the response body schema changed: clients that ' +
      'validate responses against the old pattern may reject new values.',
  },
  'response-body-pattern-removed': {
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of the response body schema was removed: clients that ' +
      'rely on the old format may receive other strings.',
  },
  'response-property-pattern-added': {
    message: 'added the pattern {to} to {where}',
    description:
      'A `pattern` was added to a response-body property: clients receive a subset of what they already handle.',
  },
  'response-property-pattern-changed': {
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a response-body property changed: clients that ' +
      'validate responses against the old pattern may reject new values.',
  },
  'response-property-pattern-removed': {
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of a response-body property was removed: clients that ' +
      'rely on the old format may receive other strings.',
  },
  'response-header-pattern-added': {
    message: 'added the pattern {to} to {where}',
    description: 'A `pattern` was added to a response header: clients receive a subset of what they already handle.',
  },
  'response-header-pattern-changed': {
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a response header changed: clients that validate ' +
      'responses against the old pattern may reject new values.',
  },
  'response-header-pattern-removed': {
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of a response header was removed: clients that rely on the old format may receive other strings.',
  },
  'request-property-became-required': {
    message: '{where} became required',
    description:
      'An optional property of a request body became required: requests of clients that omit it are rejected.',
    mitigation: 'Keep the property optional and apply a server-side default when it is missing.',
  },
  'request-property-became-required-with-default': {
    message: '{where} became required although it has the default {default}',
    description:
      'An optional request-body property with a default became required: a ' +
      'default does not make an omitted required property valid, so clients ' +
      'that omit it are rejected.',
    mitigation: 'Keep the property optional; the server applies the default when it is missing.',
  },
  'request-property-became-optional': {
    message: '{where} became optional',
    description: 'A required request-body property became optional: existing clients still send it and remain valid.',
  },
  'request-header-property-became-required': {
    message: '{where} became required',
    description:
      'An optional property of an object-valued header parameter became ' +
      'required: requests of clients that omit it are rejected.',
    mitigation: 'Keep the property optional and apply a server-side default when it is missing.',
  },
  'request-parameter-property-became-required': {
    message: '{where} became required',
    description:
      'An optional property of an object-valued request parameter became ' +
      'required: requests of clients that omit it are rejected.',
    mitigation: 'Keep the property optional and apply a server-side default when it is missing.',
  },
  'new-required-request-property': {
    message: 'added the required property {property} to {root}',
    description:
      'A new required property was added to a request body: requests built by ' +
      'existing clients lack it and are rejected.',
    mitigation:
      'Add the property as optional (the server can apply a default), or ' +
      'require it only in a new operation or API version.',
  },
  'new-required-request-property-with-default': {
    message: 'added the required property {property} to {root}, with the default {default}',
    description:
      'A new required property with a default was added to a request body: a ' +
      'default does not make an omitted required property valid, so requests ' +
      'of existing clients are rejected.',
    mitigation: 'Make the property optional and let the server apply the default.',
  },
  'new-optional-request-property': {
    message: 'added the optional property {property} to {root}',
    description:
      'A new optional property was added to a request body: existing clients are unaffected and can start sending it.',
  },
  'request-property-removed': {
    message: 'removed the property {property} from {root}',
    description:
      'A property was removed from a request body: clients that still send it ' +
      'may be rejected if the schema forbids additional properties, and the ' +
      'server ignores it otherwise.',
  },
  'new-required-request-header-property': {
    message: 'added the required property {property} to {root}',
    description:
      'A new required property was added to an object-valued header ' +
      'parameter: headers built by existing clients lack it.',
    mitigation: 'Add the property as optional, or require it only in a new operation or API version.',
  },
  'new-required-request-parameter-property': {
    message: 'added the required property {property} to {root}',
    description:
      'A new required property was added to an object-valued request ' +
      'parameter (e.g. a deepObject query parameter): requests of existing ' +
      'clients lack it.',
    mitigation: 'Add the property as optional, or require it only in a new operation or API version.',
  },
  'response-property-became-optional': {
    message: '{where} became optional',
    description:
      'A required response-body property became optional: clients that rely ' +
      'on it being present may fail when it is missing.',
    mitigation:
      'Keep returning the property (mark it deprecated first if it must go), or make it optional in a new API version.',
  },
  'response-property-became-required': {
    message: '{where} became required',
    description:
      'An optional response-body property became required: clients always receive it now, which they already handle.',
  },
  'response-write-only-property-became-optional': {
    message: 'the write-only {where} became optional',
    description:
      'A write-only response-body property became optional: clients never ' +
      'receive write-only properties, so nothing changes for them.',
  },
  'response-write-only-property-became-required': {
    message: 'the write-only {where} became required',
    description:
      'A write-only response-body property became required: clients never ' +
      'receive write-only properties, so nothing changes for them.',
  },
  'response-required-property-removed': {
    message: 'removed the required property {property} from {root}',
    description: 'A required property was removed from a response body: clients that read it break.',
    mitigation:
      'Deprecate the property (with an `x-sunset` date) and keep returning it ' +
      'until that date, or remove it in a new API version.',
  },
  'response-optional-property-removed': {
    message: 'removed the optional property {property} from {root}',
    description:
      'An optional property was removed from a response body: clients had to ' +
      'cope with its absence, but those that use it when present lose data.',
  },
  'response-deprecated-property-removed': {
    message: 'removed the deprecated property {property} from {root}',
    description:
      'A response-body property that the base marked deprecated (and whose ' +
      '`x-sunset` date, if any, has passed) was removed: the deprecation ' +
      'announced it, so this is a warning rather than a break.',
  },
  'response-required-property-added': {
    message: 'added the required property {property} to {root}',
    description:
      'A new required property was added to a response body: clients receive ' +
      'one more field, which tolerant readers ignore.',
  },
  'response-optional-property-added': {
    message: 'added the optional property {property} to {root}',
    description:
      'A new optional property was added to a response body: clients may ' +
      'receive one more field, which tolerant readers ignore.',
  },
  'response-required-write-only-property-added': {
    message: 'added the required write-only property {property} to {root}',
    description:
      'A required write-only property was added to a response body: clients ' +
      'never receive write-only properties, so responses are unaffected.',
  },
  'response-required-write-only-property-removed': {
    message: 'removed the required write-only property {property} from {root}',
    description:
      'A required write-only property was removed from a response body: ' +
      'clients never receive write-only properties, so responses are ' +
      'unaffected.',
  },
  'request-required-property-became-read-only': {
    message: 'the required {where} became read-only',
    description:
      'A required request-body property became read-only: clients must stop ' +
      'sending it. OpenAPI lets a server ignore it, but validating servers ' +
      'reject a request that carries a readOnly property ' +
      '(express-openapi-validator, which the example provider uses, answers ' +
      '400), so clients that send it today may fail: a warning rather than ' +
      "oasdiff's info.",
  },
  'request-required-property-became-not-read-only': {
    message: 'the required {where} is no longer read-only',
    description: 'A required request-body property is no longer read-only: clients may now send it.',
  },
  'request-required-property-became-write-only': {
    message: 'the required {where} became write-only',
    description:
      'A required request-body property became write-only: clients keep sending it but no longer receive it.',
  },
  'request-required-property-became-not-write-only': {
    message: 'the required {where} is no longer write-only',
    description: 'A required request-body property is no longer write-only: clients now also receive it in responses.',
  },
  'response-required-property-became-read-only': {
    message: 'the required {where} became read-only',
    description: 'A required response-body property became read-only: clients still receive it but must not send it.',
  },
  'response-required-property-became-not-read-only': {
    message: 'the required {where} is no longer read-only',
    description: 'A required response-body property is no longer read-only: clients may now also send it.',
  },
  'response-required-property-became-write-only': {
    message: 'the required {where} became write-only',
    description: 'A required response-body property became write-only: clients no longer receive it in responses.',
  },
  'response-required-property-became-not-write-only': {
    message: 'the required {where} is no longer write-only',
    description:
      'A required response-body property is no longer write-only: clients now ' +
      'receive a required field they never saw before, which the server must ' +
      'now always return.',
  },
  'response-optional-write-only-property-added': {
    message: 'added the optional write-only property {property} to {root}',
    description:
      'A optional write-only property was added to a response body: clients ' +
      'never receive write-only properties, so responses are unaffected.',
  },
  'response-optional-write-only-property-removed': {
    message: 'removed the optional write-only property {property} from {root}',
    description:
      'A optional write-only property was removed from a response body: ' +
      'clients never receive write-only properties, so responses are ' +
      'unaffected.',
  },
  'request-optional-property-became-read-only': {
    message: 'the optional {where} became read-only',
    description:
      'An optional request-body property became read-only: clients must stop ' +
      'sending it. OpenAPI lets a server ignore it, but validating servers ' +
      'reject a request that carries a readOnly property ' +
      '(express-openapi-validator, which the example provider uses, answers ' +
      '400), so clients that send it today may fail: a warning rather than ' +
      "oasdiff's info.",
  },
  'request-optional-property-became-not-read-only': {
    message: 'the optional {where} is no longer read-only',
    description: 'A optional request-body property is no longer read-only: clients may now send it.',
  },
  'request-optional-property-became-write-only': {
    message: 'the optional {where} became write-only',
    description:
      'A optional request-body property became write-only: clients keep sending it but no longer receive it.',
  },
  'request-optional-property-became-not-write-only': {
    message: 'the optional {where} is no longer write-only',
    description: 'A optional request-body property is no longer write-only: clients now also receive it in responses.',
  },
  'response-optional-property-became-read-only': {
    message: 'the optional {where} became read-only',
    description: 'A optional response-body property became read-only: clients still receive it but must not send it.',
  },
  'response-optional-property-became-not-read-only': {
    message: 'the optional {where} is no longer read-only',
    description: 'A optional response-body property is no longer read-only: clients may now also send it.',
  },
  'response-optional-property-became-write-only': {
    message: 'the optional {where} became write-only',
    description: 'A optional response-body property became write-only: clients no longer receive it in responses.',
  },
  'response-optional-property-became-not-write-only': {
    message: 'the optional {where} is no longer write-only',
    description: 'A optional response-body property is no longer write-only: clients may now receive it.',
  },
  'request-body-all-of-added': {
    message: 'added {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was added to the request body ' +
      'schema: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-all-of-removed': {
    message: 'removed {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was removed from the request body ' +
      'schema: the operation still accepts everything it accepted before, but ' +
      'the server may now ignore data it used to process (a warning).',
  },
  'request-body-any-of-added': {
    message: 'added {members} to the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was added to the request body schema: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-body-any-of-removed': {
    message: 'removed {members} from the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was removed from the request body schema: clients that send that shape are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-one-of-added': {
    message: 'added {members} to the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was added to the request body schema: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-body-one-of-removed': {
    message: 'removed {members} from the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was removed from the request body schema: clients that send that shape are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-wrapped-in-one-of': {
    message: 'wrapped {where} in a `oneOf` of {members}',
    description:
      'The request body schema was wrapped in a `oneOf`: a value that matches ' +
      'more than one alternative is invalid, so requests valid before may be ' +
      'rejected.',
    mitigation:
      'Keep the original schema as is, or make the alternatives mutually ' +
      'exclusive (e.g. with a discriminator) and keep the old shape valid.',
  },
  'request-property-all-of-added': {
    message: 'added {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was added to a request-body ' +
      'property: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-all-of-removed': {
    message: 'removed {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was removed from a request-body ' +
      'property: the operation still accepts everything it accepted before, ' +
      'but the server may now ignore data it used to process (a warning).',
  },
  'request-property-any-of-added': {
    message: 'added {members} to the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was added to a request-body property: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-any-of-removed': {
    message: 'removed {members} from the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was removed from a request-body property: clients that send that shape are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-one-of-added': {
    message: 'added {members} to the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was added to a request-body property: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-one-of-removed': {
    message: 'removed {members} from the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was removed from a request-body property: clients that send that shape are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-wrapped-in-one-of': {
    message: 'wrapped {where} in a `oneOf` of {members}',
    description:
      'A request-body property was wrapped in a `oneOf`: a value that matches ' +
      'more than one alternative is invalid, so requests valid before may be ' +
      'rejected.',
    mitigation:
      'Keep the original schema as is, or make the alternatives mutually ' +
      'exclusive (e.g. with a discriminator) and keep the old shape valid.',
  },
  'response-body-all-of-added': {
    message: 'added {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was added to the response body ' +
      'schema: clients receive a subset of what they already handle.',
  },
  'response-body-all-of-removed': {
    message: 'removed {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was removed from the response body ' +
      'schema: clients may receive values the member used to exclude.',
  },
  'response-body-any-of-added': {
    message: 'added {members} to the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was added to the response body schema: clients may receive a shape they do not handle.',
  },
  'response-body-any-of-removed': {
    message: 'removed {members} from the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was removed from the response body schema: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-body-one-of-added': {
    message: 'added {members} to the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was added to the response body schema: clients may receive a shape they do not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-one-of-removed': {
    message: 'removed {members} from the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was removed from the response body schema: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-body-wrapped-in-one-of': {
    message: 'wrapped {where} in a `oneOf` of {members}',
    description:
      'The response body schema was wrapped in a `oneOf`: a value that ' +
      'matches more than one alternative is invalid, so clients that decode ' +
      'the old shape may fail.',
    mitigation:
      'Keep the original schema as is, or make the alternatives mutually ' +
      'exclusive (e.g. with a discriminator) and keep the old shape valid.',
  },
  'response-property-all-of-added': {
    message: 'added {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was added to a response-body ' +
      'property: clients receive a subset of what they already handle.',
  },
  'response-property-all-of-removed': {
    message: 'removed {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was removed from a response-body ' +
      'property: clients may receive values the member used to exclude.',
  },
  'response-property-any-of-added': {
    message: 'added {members} to the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was added to a response-body property: clients may receive a shape they do not handle.',
  },
  'response-property-any-of-removed': {
    message: 'removed {members} from the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was removed from a response-body property: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-property-one-of-added': {
    message: 'added {members} to the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was added to a response-body property: clients may receive a shape they do not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-one-of-removed': {
    message: 'removed {members} from the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was removed from a response-body property: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-property-wrapped-in-one-of': {
    message: 'wrapped {where} in a `oneOf` of {members}',
    description:
      'A response-body property was wrapped in a `oneOf`: a value that ' +
      'matches more than one alternative is invalid, so clients that decode ' +
      'the old shape may fail.',
    mitigation:
      'Keep the original schema as is, or make the alternatives mutually ' +
      'exclusive (e.g. with a discriminator) and keep the old shape valid.',
  },
  'request-body-all-of-added-annotation-only': {
    message: 'added the annotation-only {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only (title, description, ' +
      'examples...) was added to the request body schema: documentation only.',
  },
  'request-body-all-of-removed-annotation-only': {
    message: 'removed the annotation-only {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only was removed from the request body schema: documentation only.',
  },
  'request-body-discriminator-added': {
    message: 'added a discriminator on {to} to {where}',
    description: 'A discriminator was added to the request body schema: a hint for code generators and decoders.',
  },
  'request-body-discriminator-removed': {
    message: 'removed the discriminator on {from} from {where}',
    description:
      'The discriminator of the request body schema was removed: generated decoders may pick alternatives differently.',
  },
  'request-body-discriminator-property-name-changed': {
    message: 'changed the discriminator property of {where} from {from} to {to}',
    description:
      'The discriminator property of the request body schema changed: ' +
      'generated decoders read another field to pick the alternative.',
  },
  'request-body-discriminator-mapping-added': {
    message: 'added the discriminator mapping {names} to {where}',
    description: 'Discriminator mapping entries were added to the request body schema.',
  },
  'request-body-discriminator-mapping-deleted': {
    message: 'removed the discriminator mapping {names} from {where}',
    description: 'Discriminator mapping entries were removed from the request body schema.',
  },
  'request-body-discriminator-mapping-changed': {
    message: 'changed the discriminator mapping {names} of {where}',
    description: 'Discriminator mapping entries of the request body schema point at other schemas.',
  },
  'request-property-all-of-added-annotation-only': {
    message: 'added the annotation-only {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only (title, description, ' +
      'examples...) was added to a request-body property: documentation only.',
  },
  'request-property-all-of-removed-annotation-only': {
    message: 'removed the annotation-only {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only was removed from a request-body property: documentation only.',
  },
  'request-property-discriminator-added': {
    message: 'added a discriminator on {to} to {where}',
    description: 'A discriminator was added to a request-body property: a hint for code generators and decoders.',
  },
  'request-property-discriminator-removed': {
    message: 'removed the discriminator on {from} from {where}',
    description:
      'The discriminator of a request-body property was removed: generated decoders may pick alternatives differently.',
  },
  'request-property-discriminator-property-name-changed': {
    message: 'changed the discriminator property of {where} from {from} to {to}',
    description:
      'The discriminator property of a request-body property changed: ' +
      'generated decoders read another field to pick the alternative.',
  },
  'request-property-discriminator-mapping-added': {
    message: 'added the discriminator mapping {names} to {where}',
    description: 'Discriminator mapping entries were added to a request-body property.',
  },
  'request-property-discriminator-mapping-deleted': {
    message: 'removed the discriminator mapping {names} from {where}',
    description: 'Discriminator mapping entries were removed from a request-body property.',
  },
  'request-property-discriminator-mapping-changed': {
    message: 'changed the discriminator mapping {names} of {where}',
    description: 'Discriminator mapping entries of a request-body property point at other schemas.',
  },
  'response-body-all-of-added-annotation-only': {
    message: 'added the annotation-only {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only (title, description, ' +
      'examples...) was added to the response body schema: documentation ' +
      'only.',
  },
  'response-body-all-of-removed-annotation-only': {
    message: 'removed the annotation-only {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only was removed from the response body schema: documentation only.',
  },
  'response-body-discriminator-added': {
    message: 'added a discriminator on {to} to {where}',
    description: 'A discriminator was added to the response body schema: a hint for code generators and decoders.',
  },
  'response-body-discriminator-removed': {
    message: 'removed the discriminator on {from} from {where}',
    description:
      'The discriminator of the response body schema was removed: generated ' +
      'decoders may pick alternatives differently.',
  },
  'response-body-discriminator-property-name-changed': {
    message: 'changed the discriminator property of {where} from {from} to {to}',
    description:
      'The discriminator property of the response body schema changed: ' +
      'generated decoders read another field to pick the alternative.',
  },
  'response-body-discriminator-mapping-added': {
    message: 'added the discriminator mapping {names} to {where}',
    description: 'Discriminator mapping entries were added to the response body schema.',
  },
  'response-body-discriminator-mapping-deleted': {
    message: 'removed the discriminator mapping {names} from {where}',
    description: 'Discriminator mapping entries were removed from the response body schema.',
  },
  'response-body-discriminator-mapping-changed': {
    message: 'changed the discriminator mapping {names} of {where}',
    description: 'Discriminator mapping entries of the response body schema point at other schemas.',
  },
  'response-property-all-of-added-annotation-only': {
    message: 'added the annotation-only {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only (title, description, ' +
      'examples...) was added to a response-body property: documentation ' +
      'only.',
  },
  'response-property-all-of-removed-annotation-only': {
    message: 'removed the annotation-only {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only was removed from a response-body property: documentation only.',
  },
  'response-property-discriminator-added': {
    message: 'added a discriminator on {to} to {where}',
    description: 'A discriminator was added to a response-body property: a hint for code generators and decoders.',
  },
  'response-property-discriminator-removed': {
    message: 'removed the discriminator on {from} from {where}',
    description:
      'The discriminator of a response-body property was removed: generated ' +
      'decoders may pick alternatives differently.',
  },
  'response-property-discriminator-property-name-changed': {
    message: 'changed the discriminator property of {where} from {from} to {to}',
    description:
      'The discriminator property of a response-body property changed: ' +
      'generated decoders read another field to pick the alternative.',
  },
  'response-property-discriminator-mapping-added': {
    message: 'added the discriminator mapping {names} to {where}',
    description: 'Discriminator mapping entries were added to a response-body property.',
  },
  'response-property-discriminator-mapping-deleted': {
    message: 'removed the discriminator mapping {names} from {where}',
    description: 'Discriminator mapping entries were removed from a response-body property.',
  },
  'response-property-discriminator-mapping-changed': {
    message: 'changed the discriminator mapping {names} of {where}',
    description: 'Discriminator mapping entries of a response-body property point at other schemas.',
  },
  'request-body-additional-properties-disallowed': {
    message: 'disallowed additional properties in {where}: {keyword} was {from}, now `false`',
    description:
      'The request body schema no longer accepts properties it does not list ' +
      '(`additionalProperties: false`, or its twin `unevaluatedProperties: ' +
      'false`, judged alike): clients that send undocumented fields are now ' +
      'rejected (a warning: documented requests stay valid).',
    mitigation: 'Keep the object open, or ignore unknown fields on the server instead of rejecting them.',
  },
  'request-body-additional-properties-schema-removed': {
    message: 'removed the {keyword} schema of {where}: it is now `false`, and additional properties are rejected',
    description:
      'The request body schema documented additional properties with a schema ' +
      '(a map) and now rejects them: requests that clients send today, ' +
      'following the documentation, may be rejected.',
    mitigation:
      'Keep accepting the additional properties the schema documented, or ' +
      'move the stricter shape to a new operation or API version.',
  },
  'request-body-additional-properties-allowed': {
    message: 'allowed additional properties in {where}: {keyword} was `false`, now {to}',
    description:
      'The request body schema now accepts properties it does not list: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-additional-properties-disallowed': {
    message: 'disallowed additional properties in {where}: {keyword} was {from}, now `false`',
    description:
      'A request-body property no longer accepts properties it does not list ' +
      '(`additionalProperties: false`, or its twin `unevaluatedProperties: ' +
      'false`, judged alike): clients that send undocumented fields are now ' +
      'rejected (a warning: documented requests stay valid).',
    mitigation: 'Keep the object open, or ignore unknown fields on the server instead of rejecting them.',
  },
  'request-property-additional-properties-schema-removed': {
    message: 'removed the {keyword} schema of {where}: it is now `false`, and additional properties are rejected',
    description:
      'A request-body property documented additional properties with a schema ' +
      '(a map) and now rejects them: requests that clients send today, ' +
      'following the documentation, may be rejected.',
    mitigation:
      'Keep accepting the additional properties the schema documented, or ' +
      'move the stricter shape to a new operation or API version.',
  },
  'request-property-additional-properties-allowed': {
    message: 'allowed additional properties in {where}: {keyword} was `false`, now {to}',
    description:
      'A request-body property now accepts properties it does not list: the ' +
      'operation still accepts everything it accepted before.',
  },
  'response-body-additional-properties-allowed': {
    message: 'allowed additional properties in {where}: {keyword} was `false`, now {to}',
    description:
      'The response body schema was closed (`additionalProperties: false`, or ' +
      'its twin `unevaluatedProperties: false`, judged alike) and may now ' +
      'hold properties it does not list: strict clients (e.g. generated ones) ' +
      'that reject unknown fields may fail (a warning: tolerant clients are ' +
      'fine).',
    mitigation: 'Keep the object closed in the response, or document the new fields as properties.',
  },
  'response-body-additional-properties-disallowed': {
    message: 'disallowed additional properties in {where}: {keyword} was {from}, now `false`',
    description:
      'The response body schema no longer holds properties it does not list: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-property-additional-properties-allowed': {
    message: 'allowed additional properties in {where}: {keyword} was `false`, now {to}',
    description:
      'A response-body property was closed (`additionalProperties: false`, or ' +
      'its twin `unevaluatedProperties: false`, judged alike) and may now ' +
      'hold properties it does not list: strict clients (e.g. generated ones) ' +
      'that reject unknown fields may fail (a warning: tolerant clients are ' +
      'fine).',
    mitigation: 'Keep the object closed in the response, or document the new fields as properties.',
  },
  'response-property-additional-properties-disallowed': {
    message: 'disallowed additional properties in {where}: {keyword} was {from}, now `false`',
    description:
      'A response-body property no longer holds properties it does not list: ' +
      'clients receive a subset of what they already handle.',
  },
  'request-body-additional-properties-narrowed': {
    message: 'constrained the additional properties of {where} with a schema: {keyword} was {from}, now a schema',
    description:
      'The request body schema accepted any additional property and now ' +
      'constrains their values with a schema: clients that send undocumented ' +
      'fields whose values do not match it are now rejected (a warning: ' +
      'documented requests stay valid).',
    mitigation:
      'Keep the additional properties open, or ignore unknown fields on the server instead of rejecting them.',
  },
  'request-body-additional-properties-widened': {
    message: 'freed the additional properties of {where} from their schema: {keyword} was a schema, now {to}',
    description:
      'The request body schema constrained its additional properties (map ' +
      'values) with a schema and now accepts any value there: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-property-additional-properties-narrowed': {
    message: 'constrained the additional properties of {where} with a schema: {keyword} was {from}, now a schema',
    description:
      'A request-body property accepted any additional property and now ' +
      'constrains their values with a schema: clients that send undocumented ' +
      'fields whose values do not match it are now rejected (a warning: ' +
      'documented requests stay valid).',
    mitigation:
      'Keep the additional properties open, or ignore unknown fields on the server instead of rejecting them.',
  },
  'request-property-additional-properties-widened': {
    message: 'freed the additional properties of {where} from their schema: {keyword} was a schema, now {to}',
    description:
      'A request-body property constrained its additional properties (map ' +
      'values) with a schema and now accepts any value there: the operation ' +
      'still accepts everything it accepted before.',
  },
  'response-body-additional-properties-widened': {
    message: 'freed the additional properties of {where} from their schema: {keyword} was a schema, now {to}',
    description:
      'The response body schema documented its additional properties (map ' +
      'values) with a schema and now allows any value there: clients decode ' +
      'those values as the documented schema, so values of another shape ' +
      'break them. Breaking, unlike ' +
      '`response-body-additional-properties-allowed` (a warning): there, ' +
      'unknown keys appear beside the documented ones and tolerant clients ' +
      'ignore them; here the map values are the data the client reads, and no ' +
      'client can ignore them.',
    mitigation:
      'Keep documenting the map values with their schema (widen it ' +
      'explicitly, e.g. a `oneOf` of the old and new value shapes, in a new ' +
      'API version), or document new values as named properties.',
  },
  'response-body-additional-properties-narrowed': {
    message: 'constrained the additional properties of {where} with a schema: {keyword} was {from}, now a schema',
    description:
      'The response body schema allowed any additional property and now ' +
      'constrains their values with a schema: clients receive a subset of ' +
      'what they already handle.',
  },
  'response-property-additional-properties-widened': {
    message: 'freed the additional properties of {where} from their schema: {keyword} was a schema, now {to}',
    description:
      'A response-body property documented its additional properties (map ' +
      'values) with a schema and now allows any value there: clients decode ' +
      'those values as the documented schema, so values of another shape ' +
      'break them. Breaking, unlike ' +
      '`response-property-additional-properties-allowed` (a warning): there, ' +
      'unknown keys appear beside the documented ones and tolerant clients ' +
      'ignore them; here the map values are the data the client reads, and no ' +
      'client can ignore them.',
    mitigation:
      'Keep documenting the map values with their schema (widen it ' +
      'explicitly, e.g. a `oneOf` of the old and new value shapes, in a new ' +
      'API version), or document new values as named properties.',
  },
  'response-property-additional-properties-narrowed': {
    message: 'constrained the additional properties of {where} with a schema: {keyword} was {from}, now a schema',
    description:
      'A response-body property allowed any additional property and now ' +
      'constrains their values with a schema: clients receive a subset of ' +
      'what they already handle.',
  },
  'request-parameter-additional-properties-disallowed': {
    message: 'disallowed additional properties in {where}: {keyword} was {from}, now `false`',
    description:
      'An object-valued request parameter (or an object property of one) no ' +
      'longer accepts properties it does not list (`additionalProperties: ' +
      'false`, or its twin `unevaluatedProperties: false`, judged alike): ' +
      'clients that send undocumented keys are now rejected (a warning: ' +
      'documented requests stay valid).',
    mitigation: 'Keep the object open, or ignore unknown keys on the server instead of rejecting them.',
  },
  'request-parameter-additional-properties-schema-removed': {
    message: 'removed the {keyword} schema of {where}: it is now `false`, and additional properties are rejected',
    description:
      'An object-valued request parameter (or an object property of one) ' +
      'documented additional properties with a schema (a map) and now rejects ' +
      'them: requests that clients send today, following the documentation, ' +
      'may be rejected.',
    mitigation:
      'Keep accepting the additional properties the schema documented, or ' +
      'move the stricter shape to a new operation or API version.',
  },
  'request-parameter-additional-properties-allowed': {
    message: 'allowed additional properties in {where}: {keyword} was `false`, now {to}',
    description:
      'An object-valued request parameter (or an object property of one) now ' +
      'accepts properties it does not list: the operation still accepts ' +
      'everything it accepted before.',
  },
  'request-parameter-additional-properties-narrowed': {
    message: 'constrained the additional properties of {where} with a schema: {keyword} was {from}, now a schema',
    description:
      'An object-valued request parameter (or an object property of one) ' +
      'accepted any additional property and now constrains their values with ' +
      'a schema: clients that send undocumented keys whose values do not ' +
      'match it are now rejected (a warning: documented requests stay valid).',
    mitigation: 'Keep the additional properties open, or ignore unknown keys on the server instead of rejecting them.',
  },
  'request-parameter-additional-properties-widened': {
    message: 'freed the additional properties of {where} from their schema: {keyword} was a schema, now {to}',
    description:
      'An object-valued request parameter (or an object property of one) ' +
      'constrained its additional properties (map values) with a schema and ' +
      'now accepts any value there: the operation still accepts everything it ' +
      'accepted before.',
  },
  'request-body-any-of-became-one-of': {
    message: 'changed the `anyOf` of {where} into a `oneOf` with the same alternatives ({members})',
    description:
      'The request body schema changed its `anyOf` into a `oneOf` with the ' +
      'same alternatives: a value that matches more than one alternative is ' +
      'now rejected (a warning: with mutually exclusive alternatives nothing ' +
      'changes).',
    mitigation:
      'Make the alternatives mutually exclusive (e.g. with a discriminator or ' +
      'distinct required properties), or keep the `anyOf`.',
  },
  'request-body-one-of-became-any-of': {
    message: 'changed the `oneOf` of {where} into an `anyOf` with the same alternatives ({members})',
    description:
      'The request body schema changed its `oneOf` into an `anyOf` with the ' +
      'same alternatives: the operation still accepts everything it accepted ' +
      'before, and also values matching several alternatives.',
  },
  'request-property-any-of-became-one-of': {
    message: 'changed the `anyOf` of {where} into a `oneOf` with the same alternatives ({members})',
    description:
      'A request-body property changed its `anyOf` into a `oneOf` with the ' +
      'same alternatives: a value that matches more than one alternative is ' +
      'now rejected (a warning: with mutually exclusive alternatives nothing ' +
      'changes).',
    mitigation:
      'Make the alternatives mutually exclusive (e.g. with a discriminator or ' +
      'distinct required properties), or keep the `anyOf`.',
  },
  'request-property-one-of-became-any-of': {
    message: 'changed the `oneOf` of {where} into an `anyOf` with the same alternatives ({members})',
    description:
      'A request-body property changed its `oneOf` into an `anyOf` with the ' +
      'same alternatives: the operation still accepts everything it accepted ' +
      'before, and also values matching several alternatives.',
  },
  'response-body-one-of-became-any-of': {
    message: 'changed the `oneOf` of {where} into an `anyOf` with the same alternatives ({members})',
    description:
      'The response body schema changed its `oneOf` into an `anyOf` with the ' +
      'same alternatives: clients may now receive values that match more than ' +
      'one alternative, which decoders that pick exactly one may not handle ' +
      '(a warning: with mutually exclusive alternatives nothing changes).',
    mitigation: 'Keep the alternatives mutually exclusive in what the server returns, or keep the `oneOf`.',
  },
  'response-body-any-of-became-one-of': {
    message: 'changed the `anyOf` of {where} into a `oneOf` with the same alternatives ({members})',
    description:
      'The response body schema changed its `anyOf` into a `oneOf` with the ' +
      'same alternatives: clients receive a subset of what they already ' +
      'handle.',
  },
  'response-property-one-of-became-any-of': {
    message: 'changed the `oneOf` of {where} into an `anyOf` with the same alternatives ({members})',
    description:
      'A response-body property changed its `oneOf` into an `anyOf` with the ' +
      'same alternatives: clients may now receive values that match more than ' +
      'one alternative, which decoders that pick exactly one may not handle ' +
      '(a warning: with mutually exclusive alternatives nothing changes).',
    mitigation: 'Keep the alternatives mutually exclusive in what the server returns, or keep the `oneOf`.',
  },
  'response-property-any-of-became-one-of': {
    message: 'changed the `anyOf` of {where} into a `oneOf` with the same alternatives ({members})',
    description:
      'A response-body property changed its `anyOf` into a `oneOf` with the ' +
      'same alternatives: clients receive a subset of what they already ' +
      'handle.',
  },
} as const satisfies Record<string, MessageEntry>;

import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the schema-types family (../schema-types.ts): types and formats, type lists,
 * nullable.
 * Schema rules come one per site: `<site>-<change>` for the request body, request properties,
 * parameters, response bodies, properties and headers (see `SchemaPrefix` in ../framework.ts); the
 * families emit them through the tables of `V` in ../schema-variants.ts.
 * Placeholders: {where} (site phrase), {property} + {root} (a property path and the schema it
 * belongs to), {from}/{to} (values or bounds), {values}, {types}, {members}, {names}, {default}.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const schemaTypes = {
  'request-body-type-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of the request body schema changed incompatibly: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-body-type-generalized': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of the request body schema was widened (e.g. ' +
      '`integer` to `number`, a format removed): the operation still accepts ' +
      'everything it accepted before.',
  },
  'request-body-type-compatible': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'changed the type of {where} from {from} to {to}, which its text encoding keeps compatible',
    description:
      'The type of the request body schema changed in a media type that is ' +
      'not strictly typed (any value can be read as a string), so existing ' +
      'values stay valid.',
  },
  'request-property-type-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of a request-body property changed incompatibly: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-property-type-generalized': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of a request-body property was widened (e.g. ' +
      '`integer` to `number`, a format removed): the operation still accepts ' +
      'everything it accepted before.',
  },
  'request-property-type-compatible': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'changed the type of {where} from {from} to {to}, which its text encoding keeps compatible',
    description:
      'The type of a request-body property changed in a media type that is ' +
      'not strictly typed (any value can be read as a string), so existing ' +
      'values stay valid.',
  },
  'request-parameter-type-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of a request parameter changed incompatibly: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-parameter-type-generalized': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of a request parameter was widened (e.g. `integer` ' +
      'to `number`, a format removed): the operation still accepts everything ' +
      'it accepted before.',
  },
  'request-parameter-property-type-specialized': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
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
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message:
      'changed the type of {where} from {from} to {to}; whether this breaks ' +
      'clients depends on how they serialize the parameter',
    description:
      'The type or format of a property of an object-valued request parameter ' +
      'changed in a way that is safe for text serializations (form, ' +
      'deepObject) but not for JSON: a warning.',
  },
  'request-parameter-property-type-generalized': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of a property of an object-valued request parameter ' +
      'was widened (e.g. `integer` to `number`, a format removed): the ' +
      'operation still accepts everything it accepted before.',
  },
  'response-body-type-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of the response body schema changed incompatibly: ' +
      'clients may receive values their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-body-type-generalized': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of the response body schema was widened (e.g. ' +
      '`integer` to `number`, a format removed): clients may receive values ' +
      'their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-body-type-specialized': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'narrowed the type of {where} from {from} to {to}',
    description:
      'The type or format of the response body schema was narrowed (e.g. ' +
      '`number` to `integer`, a format added): clients receive a subset of ' +
      'what they already handle.',
  },
  'response-body-type-compatible': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'changed the type of {where} from {from} to {to}, which its text encoding keeps compatible',
    description:
      'The type of the response body schema changed in a media type that is ' +
      'not strictly typed (a string can carry any value), so existing values ' +
      'stay valid.',
  },
  'response-property-type-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of a response-body property changed incompatibly: ' +
      'clients may receive values their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-property-type-generalized': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of a response-body property was widened (e.g. ' +
      '`integer` to `number`, a format removed): clients may receive values ' +
      'their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-property-type-specialized': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'narrowed the type of {where} from {from} to {to}',
    description:
      'The type or format of a response-body property was narrowed (e.g. ' +
      '`number` to `integer`, a format added): clients receive a subset of ' +
      'what they already handle.',
  },
  'response-property-type-compatible': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'changed the type of {where} from {from} to {to}, which its text encoding keeps compatible',
    description:
      'The type of a response-body property changed in a media type that is ' +
      'not strictly typed (a string can carry any value), so existing values ' +
      'stay valid.',
  },
  'response-header-type-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'changed the type of {where} from {from} to {to}',
    description:
      'The type or format of a response header changed incompatibly: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-header-type-generalized': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'widened the type of {where} from {from} to {to}',
    description:
      'The type or format of a response header was widened (e.g. `integer` to ' +
      '`number`, a format removed): clients may receive values their code ' +
      'does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-header-type-specialized': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'narrowed the type of {where} from {from} to {to}',
    description:
      'The type or format of a response header was narrowed (e.g. `number` to ' +
      '`integer`, a format added): clients receive a subset of what they ' +
      'already handle.',
  },
  'response-header-type-compatible': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'changed the type of {where} from {from} to {to}, which its text encoding keeps compatible',
    description:
      'The type of a response header changed in a media type that is not ' +
      'strictly typed (a string can carry any value), so existing values stay ' +
      'valid.',
  },
  'request-body-list-of-types-narrowed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} no longer accepts values of type {types}',
    description:
      'Types were removed from the type list of the request body schema: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-body-list-of-types-widened': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} now also accepts values of type {types}',
    description:
      'Types were added to the type list of the request body schema: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-list-of-types-narrowed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} no longer accepts values of type {types}',
    description:
      'Types were removed from the type list of a request-body property: ' +
      'values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-property-list-of-types-widened': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} now also accepts values of type {types}',
    description:
      'Types were added to the type list of a request-body property: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-parameter-list-of-types-narrowed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} no longer accepts values of type {types}',
    description:
      'Types were removed from the type list of a request parameter: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting the old type (use a type list or `oneOf` of old and ' +
      'new), or change the type in a new API version.',
  },
  'request-parameter-list-of-types-widened': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} now also accepts values of type {types}',
    description:
      'Types were added to the type list of a request parameter: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-parameter-property-list-of-types-narrowed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
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
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} now also accepts values of type {types}',
    description:
      'Types were added to the type list of a property of an object-valued ' +
      'request parameter: the operation still accepts everything it accepted ' +
      'before.',
  },
  'response-body-list-of-types-widened': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '{where} may now also return values of type {types}',
    description:
      'Types were added to the type list of the response body schema: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-body-list-of-types-narrowed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '{where} no longer returns values of type {types}',
    description:
      'Types were removed from the type list of the response body schema: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-property-list-of-types-widened': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '{where} may now also return values of type {types}',
    description:
      'Types were added to the type list of a response-body property: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep returning the old type; add a new field with the new type instead, or change it in a new API version.',
  },
  'response-property-list-of-types-narrowed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '{where} no longer returns values of type {types}',
    description:
      'Types were removed from the type list of a response-body property: ' +
      'clients receive a subset of what they already handle.',
  },
  'request-body-became-not-nullable': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} no longer accepts null',
    description: 'The request body schema is no longer nullable: clients that send null are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-became-nullable': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} now accepts null',
    description: 'The request body schema became nullable: the operation still accepts everything it accepted before.',
  },
  'request-property-became-not-nullable': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} no longer accepts null',
    description: 'A request-body property is no longer nullable: clients that send null are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-became-nullable': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} now accepts null',
    description: 'A request-body property became nullable: the operation still accepts everything it accepted before.',
  },
  'request-parameter-became-not-nullable': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} no longer accepts null',
    description: 'A request parameter is no longer nullable: clients that send null are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-became-nullable': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} now accepts null',
    description: 'A request parameter became nullable: the operation still accepts everything it accepted before.',
  },
  'request-parameter-property-became-not-nullable': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} no longer accepts null',
    description:
      'A property of an object-valued request parameter is no longer nullable: clients that send null are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-property-became-nullable': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} now accepts null',
    description:
      'A property of an object-valued request parameter became nullable: the ' +
      'operation still accepts everything it accepted before.',
  },
  'response-body-became-nullable': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '{where} can now be null',
    description: 'The response body schema became nullable: clients that do not expect null may fail.',
    mitigation:
      'Omit the field or return an empty value of its type instead of null, or make it nullable in a new API version.',
  },
  'response-body-became-not-nullable': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '{where} can no longer be null',
    description:
      'The response body schema is no longer nullable: clients receive a subset of what they already handle.',
  },
  'response-property-became-nullable': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '{where} can now be null',
    description: 'A response-body property became nullable: clients that do not expect null may fail.',
    mitigation:
      'Omit the field or return an empty value of its type instead of null, or make it nullable in a new API version.',
  },
  'response-property-became-not-nullable': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '{where} can no longer be null',
    description:
      'A response-body property is no longer nullable: clients receive a subset of what they already handle.',
  },
  'response-header-became-nullable': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '{where} can now be null',
    description: 'A response header became nullable: clients that do not expect null may fail.',
    mitigation:
      'Omit the field or return an empty value of its type instead of null, or make it nullable in a new API version.',
  },
  'response-header-became-not-nullable': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '{where} can no longer be null',
    description: 'A response header is no longer nullable: clients receive a subset of what they already handle.',
  },
} as const satisfies Record<string, RuleEntry>;

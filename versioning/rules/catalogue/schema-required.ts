import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the schema-required family (../schema-required.ts): required / optional,
 * properties added and removed, readOnly / writeOnly, and additionalProperties closed or opened
 * (`-narrowed` / `-widened`: open, i.e. absent, `true` or `{}`, to a schema and back; no oasdiff
 * counterpart). A request property that became readOnly is a warning: validating servers reject
 * requests that carry it.
 * Schema rules come one per site: `<site>-<change>` for the request body, request properties,
 * parameters, response bodies, properties and headers (see `SchemaPrefix` in ../framework.ts); the
 * families emit them through the tables of `V` in ../schema-variants.ts.
 * Placeholders: {where} (site phrase), {property} + {root} (a property path and the schema it
 * belongs to), {from}/{to} (values or bounds), {values}, {types}, {members}, {names}, {default}.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const schemaRequired = {
  'request-property-became-required': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} became required',
    description:
      'An optional property of a request body became required: requests of clients that omit it are rejected.',
    mitigation: 'Keep the property optional and apply a server-side default when it is missing.',
  },
  'request-property-became-required-with-default': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} became required although it has the default {default}',
    description:
      'An optional request-body property with a default became required: a ' +
      'default does not make an omitted required property valid, so clients ' +
      'that omit it are rejected.',
    mitigation: 'Keep the property optional; the server applies the default when it is missing.',
  },
  'request-property-became-optional': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '{where} became optional',
    description: 'A required request-body property became optional: existing clients still send it and remain valid.',
  },
  'request-header-property-became-required': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '{where} became required',
    description:
      'An optional property of an object-valued header parameter became ' +
      'required: requests of clients that omit it are rejected.',
    mitigation: 'Keep the property optional and apply a server-side default when it is missing.',
  },
  'request-parameter-property-became-required': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: '{where} became required',
    description:
      'An optional property of an object-valued request parameter became ' +
      'required: requests of clients that omit it are rejected.',
    mitigation: 'Keep the property optional and apply a server-side default when it is missing.',
  },
  'new-required-request-property': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added the required property {property} to {root}',
    description:
      'A new required property was added to a request body: requests built by ' +
      'existing clients lack it and are rejected.',
    mitigation:
      'Add the property as optional (the server can apply a default), or ' +
      'require it only in a new operation or API version.',
  },
  'new-required-request-property-with-default': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added the required property {property} to {root}, with the default {default}',
    description:
      'A new required property with a default was added to a request body: a ' +
      'default does not make an omitted required property valid, so requests ' +
      'of existing clients are rejected.',
    mitigation: 'Make the property optional and let the server apply the default.',
  },
  'new-optional-request-property': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added the optional property {property} to {root}',
    description:
      'A new optional property was added to a request body: existing clients are unaffected and can start sending it.',
  },
  'request-property-removed': {
    spec: { level: 'warning', direction: 'request', action: 'remove' },
    message: 'removed the property {property} from {root}',
    description:
      'A property was removed from a request body: clients that still send it ' +
      'may be rejected if the schema forbids additional properties, and the ' +
      'server ignores it otherwise.',
  },
  'new-required-request-header-property': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added the required property {property} to {root}',
    description:
      'A new required property was added to an object-valued header ' +
      'parameter: headers built by existing clients lack it.',
    mitigation: 'Add the property as optional, or require it only in a new operation or API version.',
  },
  'new-required-request-parameter-property': {
    spec: { level: 'breaking', direction: 'request', action: 'add', oasdiff: null },
    message: 'added the required property {property} to {root}',
    description:
      'A new required property was added to an object-valued request ' +
      'parameter (e.g. a deepObject query parameter): requests of existing ' +
      'clients lack it.',
    mitigation: 'Add the property as optional, or require it only in a new operation or API version.',
  },
  'response-property-became-optional': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '{where} became optional',
    description:
      'A required response-body property became optional: clients that rely ' +
      'on it being present may fail when it is missing.',
    mitigation:
      'Keep returning the property (mark it deprecated first if it must go), or make it optional in a new API version.',
  },
  'response-property-became-required': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '{where} became required',
    description:
      'An optional response-body property became required: clients always receive it now, which they already handle.',
  },
  'response-write-only-property-became-optional': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'the write-only {where} became optional',
    description:
      'A write-only response-body property became optional: clients never ' +
      'receive write-only properties, so nothing changes for them.',
  },
  'response-write-only-property-became-required': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'the write-only {where} became required',
    description:
      'A write-only response-body property became required: clients never ' +
      'receive write-only properties, so nothing changes for them.',
  },
  'response-required-property-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed the required property {property} from {root}',
    description: 'A required property was removed from a response body: clients that read it break.',
    mitigation:
      'Deprecate the property (with an `x-sunset` date) and keep returning it ' +
      'until that date, or remove it in a new API version.',
  },
  'response-optional-property-removed': {
    spec: { level: 'warning', direction: 'response', action: 'remove' },
    message: 'removed the optional property {property} from {root}',
    description:
      'An optional property was removed from a response body: clients had to ' +
      'cope with its absence, but those that use it when present lose data.',
  },
  'response-deprecated-property-removed': {
    spec: { level: 'warning', direction: 'response', action: 'remove', oasdiff: null },
    message: 'removed the deprecated property {property} from {root}',
    description:
      'A response-body property that the base marked deprecated (and whose ' +
      '`x-sunset` date, if any, has passed) was removed: the deprecation ' +
      'announced it, so this is a warning rather than a break.',
  },
  'response-required-property-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the required property {property} to {root}',
    description:
      'A new required property was added to a response body: clients receive ' +
      'one more field, which tolerant readers ignore.',
  },
  'response-optional-property-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the optional property {property} to {root}',
    description:
      'A new optional property was added to a response body: clients may ' +
      'receive one more field, which tolerant readers ignore.',
  },
  'response-required-write-only-property-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the required write-only property {property} to {root}',
    description:
      'A required write-only property was added to a response body: clients ' +
      'never receive write-only properties, so responses are unaffected.',
  },
  'response-required-write-only-property-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed the required write-only property {property} from {root}',
    description:
      'A required write-only property was removed from a response body: ' +
      'clients never receive write-only properties, so responses are ' +
      'unaffected.',
  },
  'request-required-property-became-read-only': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
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
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'the required {where} is no longer read-only',
    description: 'A required request-body property is no longer read-only: clients may now send it.',
  },
  'request-required-property-became-write-only': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'the required {where} became write-only',
    description:
      'A required request-body property became write-only: clients keep sending it but no longer receive it.',
  },
  'request-required-property-became-not-write-only': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'the required {where} is no longer write-only',
    description: 'A required request-body property is no longer write-only: clients now also receive it in responses.',
  },
  'response-required-property-became-read-only': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'the required {where} became read-only',
    description: 'A required response-body property became read-only: clients still receive it but must not send it.',
  },
  'response-required-property-became-not-read-only': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'the required {where} is no longer read-only',
    description: 'A required response-body property is no longer read-only: clients may now also send it.',
  },
  'response-required-property-became-write-only': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'the required {where} became write-only',
    description: 'A required response-body property became write-only: clients no longer receive it in responses.',
  },
  'response-required-property-became-not-write-only': {
    spec: { level: 'warning', direction: 'response', action: 'change' },
    message: 'the required {where} is no longer write-only',
    description:
      'A required response-body property is no longer write-only: clients now ' +
      'receive a required field they never saw before, which the server must ' +
      'now always return.',
  },
  'response-optional-write-only-property-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the optional write-only property {property} to {root}',
    description:
      'A optional write-only property was added to a response body: clients ' +
      'never receive write-only properties, so responses are unaffected.',
  },
  'response-optional-write-only-property-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed the optional write-only property {property} from {root}',
    description:
      'A optional write-only property was removed from a response body: ' +
      'clients never receive write-only properties, so responses are ' +
      'unaffected.',
  },
  'request-optional-property-became-read-only': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
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
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'the optional {where} is no longer read-only',
    description: 'A optional request-body property is no longer read-only: clients may now send it.',
  },
  'request-optional-property-became-write-only': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'the optional {where} became write-only',
    description:
      'A optional request-body property became write-only: clients keep sending it but no longer receive it.',
  },
  'request-optional-property-became-not-write-only': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'the optional {where} is no longer write-only',
    description: 'A optional request-body property is no longer write-only: clients now also receive it in responses.',
  },
  'response-optional-property-became-read-only': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'the optional {where} became read-only',
    description: 'A optional response-body property became read-only: clients still receive it but must not send it.',
  },
  'response-optional-property-became-not-read-only': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'the optional {where} is no longer read-only',
    description: 'A optional response-body property is no longer read-only: clients may now also send it.',
  },
  'response-optional-property-became-write-only': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'the optional {where} became write-only',
    description: 'A optional response-body property became write-only: clients no longer receive it in responses.',
  },
  'response-optional-property-became-not-write-only': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'the optional {where} is no longer write-only',
    description: 'A optional response-body property is no longer write-only: clients may now receive it.',
  },
  'request-body-additional-properties-disallowed': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
    message: 'disallowed additional properties in {where}: {keyword} was {from}, now `false`',
    description:
      'The request body schema no longer accepts properties it does not list ' +
      '(`additionalProperties: false`, or its twin `unevaluatedProperties: ' +
      'false`, judged alike): clients that send undocumented fields are now ' +
      'rejected (a warning: documented requests stay valid).',
    mitigation: 'Keep the object open, or ignore unknown fields on the server instead of rejecting them.',
  },
  'request-body-additional-properties-schema-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'allowed additional properties in {where}: {keyword} was `false`, now {to}',
    description:
      'The request body schema now accepts properties it does not list: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-additional-properties-disallowed': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
    message: 'disallowed additional properties in {where}: {keyword} was {from}, now `false`',
    description:
      'A request-body property no longer accepts properties it does not list ' +
      '(`additionalProperties: false`, or its twin `unevaluatedProperties: ' +
      'false`, judged alike): clients that send undocumented fields are now ' +
      'rejected (a warning: documented requests stay valid).',
    mitigation: 'Keep the object open, or ignore unknown fields on the server instead of rejecting them.',
  },
  'request-property-additional-properties-schema-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'allowed additional properties in {where}: {keyword} was `false`, now {to}',
    description:
      'A request-body property now accepts properties it does not list: the ' +
      'operation still accepts everything it accepted before.',
  },
  'response-body-additional-properties-allowed': {
    spec: { level: 'warning', direction: 'response', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'disallowed additional properties in {where}: {keyword} was {from}, now `false`',
    description:
      'The response body schema no longer holds properties it does not list: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-property-additional-properties-allowed': {
    spec: { level: 'warning', direction: 'response', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'disallowed additional properties in {where}: {keyword} was {from}, now `false`',
    description:
      'A response-body property no longer holds properties it does not list: ' +
      'clients receive a subset of what they already handle.',
  },
  'request-body-additional-properties-narrowed': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'freed the additional properties of {where} from their schema: {keyword} was a schema, now {to}',
    description:
      'The request body schema constrained its additional properties (map ' +
      'values) with a schema and now accepts any value there: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-property-additional-properties-narrowed': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'freed the additional properties of {where} from their schema: {keyword} was a schema, now {to}',
    description:
      'A request-body property constrained its additional properties (map ' +
      'values) with a schema and now accepts any value there: the operation ' +
      'still accepts everything it accepted before.',
  },
  'response-body-additional-properties-widened': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'constrained the additional properties of {where} with a schema: {keyword} was {from}, now a schema',
    description:
      'The response body schema allowed any additional property and now ' +
      'constrains their values with a schema: clients receive a subset of ' +
      'what they already handle.',
  },
  'response-property-additional-properties-widened': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'constrained the additional properties of {where} with a schema: {keyword} was {from}, now a schema',
    description:
      'A response-body property allowed any additional property and now ' +
      'constrains their values with a schema: clients receive a subset of ' +
      'what they already handle.',
  },
  'request-parameter-additional-properties-disallowed': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
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
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'allowed additional properties in {where}: {keyword} was `false`, now {to}',
    description:
      'An object-valued request parameter (or an object property of one) now ' +
      'accepts properties it does not list: the operation still accepts ' +
      'everything it accepted before.',
  },
  'request-parameter-additional-properties-narrowed': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
    message: 'constrained the additional properties of {where} with a schema: {keyword} was {from}, now a schema',
    description:
      'An object-valued request parameter (or an object property of one) ' +
      'accepted any additional property and now constrains their values with ' +
      'a schema: clients that send undocumented keys whose values do not ' +
      'match it are now rejected (a warning: documented requests stay valid).',
    mitigation: 'Keep the additional properties open, or ignore unknown keys on the server instead of rejecting them.',
  },
  'request-parameter-additional-properties-widened': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'freed the additional properties of {where} from their schema: {keyword} was a schema, now {to}',
    description:
      'An object-valued request parameter (or an object property of one) ' +
      'constrained its additional properties (map values) with a schema and ' +
      'now accepts any value there: the operation still accepts everything it ' +
      'accepted before.',
  },
} as const satisfies Record<string, RuleEntry>;

import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the schema-2020-12 family (../schema-2020-12.ts): JSON Schema 2020-12
 * keywords (prefixItems, if/then/else, contains, propertyNames, unevaluated*, content*,
 * patternProperties, dependentSchemas, dependentRequired).
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const schema202012 = {
  'request-body-prefix-items-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added tuple positions (`prefixItems`) to {where}',
    description: '`prefixItems` was added on a request schema: the request accepts at least what it accepted before.',
  },
  'request-body-prefix-items-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed tuple positions (`prefixItems`) from {where}',
    description: '`prefixItems` was removed on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `prefixItems` on an existing request schema; accept ' +
      'both shapes, or add the constraint in a new version of the operation.',
  },
  'request-body-if-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added an `if` condition to {where}',
    description: '`if` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `if` on an existing request schema; accept both shapes, ' +
      'or add the constraint in a new version of the operation.',
  },
  'request-body-if-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed an `if` condition from {where}',
    description: '`if` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-body-then-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a `then` subschema to {where}',
    description: '`then` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `then` on an existing request schema; accept both ' +
      'shapes, or add the constraint in a new version of the operation.',
  },
  'request-body-then-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a `then` subschema from {where}',
    description: '`then` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-body-else-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added an `else` subschema to {where}',
    description: '`else` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `else` on an existing request schema; accept both ' +
      'shapes, or add the constraint in a new version of the operation.',
  },
  'request-body-else-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed an `else` subschema from {where}',
    description: '`else` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-body-contains-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a `contains` constraint to {where}',
    description: '`contains` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `contains` on an existing request schema; accept both ' +
      'shapes, or add the constraint in a new version of the operation.',
  },
  'request-body-contains-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a `contains` constraint from {where}',
    description: '`contains` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-body-property-names-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a `propertyNames` constraint to {where}',
    description: '`propertyNames` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `propertyNames` on an existing request schema; accept ' +
      'both shapes, or add the constraint in a new version of the operation.',
  },
  'request-body-property-names-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a `propertyNames` constraint from {where}',
    description:
      '`propertyNames` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-body-unevaluated-items-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added an `unevaluatedItems` constraint to {where}',
    description: '`unevaluatedItems` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `unevaluatedItems` on an existing request schema; ' +
      'accept both shapes, or add the constraint in a new version of the ' +
      'operation.',
  },
  'request-body-unevaluated-items-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed an `unevaluatedItems` constraint from {where}',
    description:
      '`unevaluatedItems` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-body-content-schema-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a `contentSchema` to {where}',
    description: '`contentSchema` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `contentSchema` on an existing request schema; accept ' +
      'both shapes, or add the constraint in a new version of the operation.',
  },
  'request-body-content-schema-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a `contentSchema` from {where}',
    description:
      '`contentSchema` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-body-pattern-property-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added pattern property {key} to {where}',
    description:
      'A `patternProperties` entry was added on a request schema: objects clients send today may be rejected.',
    mitigation:
      'Do not tighten `patternProperties` on an existing request schema; ' +
      'accept both shapes, or add the constraint in a new version of the ' +
      'operation.',
  },
  'request-body-pattern-property-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed pattern property {key} from {where}',
    description: 'A `patternProperties` entry was removed on a request schema.',
  },
  'request-body-dependent-schema-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a dependent schema for {key} to {where}',
    description:
      'A `dependentSchemas` entry was added on a request schema: objects clients send today may be rejected.',
    mitigation:
      'Do not tighten `dependentSchemas` on an existing request schema; ' +
      'accept both shapes, or add the constraint in a new version of the ' +
      'operation.',
  },
  'request-body-dependent-schema-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a dependent schema for {key} from {where}',
    description: 'A `dependentSchemas` entry was removed on a request schema.',
  },
  'request-body-dependent-required-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a dependentRequired entry for {key} to {where}',
    description:
      'A `dependentRequired` entry was added on a request schema: objects clients send today may be rejected.',
    mitigation:
      'Do not tighten `dependentRequired` on an existing request schema; ' +
      'accept both shapes, or add the constraint in a new version of the ' +
      'operation.',
  },
  'request-body-dependent-required-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a dependentRequired entry for {key} from {where}',
    description: 'A `dependentRequired` entry was removed on a request schema.',
  },
  'request-body-dependent-required-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'property {key} of {where} now also requires {names} (dependentRequired)',
    description: 'A dependentRequired list on a request schema gained names: requests that omit them are now rejected.',
    mitigation:
      'Do not tighten `dependentRequired` on an existing request schema; ' +
      'accept both shapes, or add the constraint in a new version of the ' +
      'operation.',
  },
  'request-body-dependent-required-relaxed': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'property {key} of {where} no longer requires {names} (dependentRequired)',
    description: 'A dependentRequired list on a request schema lost names: the request accepts more than before.',
  },
  'request-body-min-contains-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '`minContains` of {where} increased from {from} to {to}',
    description: '`minContains` increased on a request schema: arrays clients send today may be rejected.',
    mitigation:
      'Do not tighten `minContains` on an existing request schema; accept ' +
      'both shapes, or add the constraint in a new version of the operation.',
  },
  'request-body-min-contains-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '`minContains` of {where} decreased from {from} to {to}',
    description: '`minContains` decreased on a request schema: the request accepts more arrays than before.',
  },
  'request-body-max-contains-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '`maxContains` of {where} increased from {from} to {to}',
    description: '`maxContains` increased on a request schema: the request accepts more arrays than before.',
  },
  'request-body-max-contains-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '`maxContains` of {where} decreased from {from} to {to}',
    description: '`maxContains` decreased on a request schema: arrays clients send today may be rejected.',
    mitigation:
      'Do not tighten `maxContains` on an existing request schema; accept ' +
      'both shapes, or add the constraint in a new version of the operation.',
  },
  'request-body-content-media-type-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '`contentMediaType` of {where} changed from {from} to {to}',
    description: 'The `contentMediaType` of a string in a request changed: clients encode the content the old way.',
    mitigation:
      'Keep `contentMediaType` as it is; to change the encoding, add a new field or a new version of the operation.',
  },
  'request-body-content-encoding-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '`contentEncoding` of {where} changed from {from} to {to}',
    description: 'The `contentEncoding` of a string in a request changed: clients encode the content the old way.',
    mitigation:
      'Keep `contentEncoding` as it is; to change the encoding, add a new field or a new version of the operation.',
  },
  'request-property-prefix-items-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added tuple positions (`prefixItems`) to {where}',
    description: '`prefixItems` was added on a request schema: the request accepts at least what it accepted before.',
  },
  'request-property-prefix-items-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed tuple positions (`prefixItems`) from {where}',
    description: '`prefixItems` was removed on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `prefixItems` on an existing request schema; accept ' +
      'both shapes, or add the constraint in a new version of the operation.',
  },
  'request-property-if-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added an `if` condition to {where}',
    description: '`if` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `if` on an existing request schema; accept both shapes, ' +
      'or add the constraint in a new version of the operation.',
  },
  'request-property-if-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed an `if` condition from {where}',
    description: '`if` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-property-then-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a `then` subschema to {where}',
    description: '`then` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `then` on an existing request schema; accept both ' +
      'shapes, or add the constraint in a new version of the operation.',
  },
  'request-property-then-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a `then` subschema from {where}',
    description: '`then` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-property-else-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added an `else` subschema to {where}',
    description: '`else` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `else` on an existing request schema; accept both ' +
      'shapes, or add the constraint in a new version of the operation.',
  },
  'request-property-else-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed an `else` subschema from {where}',
    description: '`else` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-property-contains-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a `contains` constraint to {where}',
    description: '`contains` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `contains` on an existing request schema; accept both ' +
      'shapes, or add the constraint in a new version of the operation.',
  },
  'request-property-contains-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a `contains` constraint from {where}',
    description: '`contains` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-property-property-names-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a `propertyNames` constraint to {where}',
    description: '`propertyNames` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `propertyNames` on an existing request schema; accept ' +
      'both shapes, or add the constraint in a new version of the operation.',
  },
  'request-property-property-names-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a `propertyNames` constraint from {where}',
    description:
      '`propertyNames` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-property-unevaluated-items-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added an `unevaluatedItems` constraint to {where}',
    description: '`unevaluatedItems` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `unevaluatedItems` on an existing request schema; ' +
      'accept both shapes, or add the constraint in a new version of the ' +
      'operation.',
  },
  'request-property-unevaluated-items-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed an `unevaluatedItems` constraint from {where}',
    description:
      '`unevaluatedItems` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-property-content-schema-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a `contentSchema` to {where}',
    description: '`contentSchema` was added on a request schema: values clients send today may be rejected.',
    mitigation:
      'Do not tighten `contentSchema` on an existing request schema; accept ' +
      'both shapes, or add the constraint in a new version of the operation.',
  },
  'request-property-content-schema-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a `contentSchema` from {where}',
    description:
      '`contentSchema` was removed on a request schema: the request accepts at least what it accepted before.',
  },
  'request-property-pattern-property-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added pattern property {key} to {where}',
    description:
      'A `patternProperties` entry was added on a request schema: objects clients send today may be rejected.',
    mitigation:
      'Do not tighten `patternProperties` on an existing request schema; ' +
      'accept both shapes, or add the constraint in a new version of the ' +
      'operation.',
  },
  'request-property-pattern-property-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed pattern property {key} from {where}',
    description: 'A `patternProperties` entry was removed on a request schema.',
  },
  'request-property-dependent-schema-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a dependent schema for {key} to {where}',
    description:
      'A `dependentSchemas` entry was added on a request schema: objects clients send today may be rejected.',
    mitigation:
      'Do not tighten `dependentSchemas` on an existing request schema; ' +
      'accept both shapes, or add the constraint in a new version of the ' +
      'operation.',
  },
  'request-property-dependent-schema-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a dependent schema for {key} from {where}',
    description: 'A `dependentSchemas` entry was removed on a request schema.',
  },
  'request-property-dependent-required-added': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added a dependentRequired entry for {key} to {where}',
    description:
      'A `dependentRequired` entry was added on a request schema: objects clients send today may be rejected.',
    mitigation:
      'Do not tighten `dependentRequired` on an existing request schema; ' +
      'accept both shapes, or add the constraint in a new version of the ' +
      'operation.',
  },
  'request-property-dependent-required-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed a dependentRequired entry for {key} from {where}',
    description: 'A `dependentRequired` entry was removed on a request schema.',
  },
  'request-property-dependent-required-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'property {key} of {where} now also requires {names} (dependentRequired)',
    description: 'A dependentRequired list on a request schema gained names: requests that omit them are now rejected.',
    mitigation:
      'Do not tighten `dependentRequired` on an existing request schema; ' +
      'accept both shapes, or add the constraint in a new version of the ' +
      'operation.',
  },
  'request-property-dependent-required-relaxed': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'property {key} of {where} no longer requires {names} (dependentRequired)',
    description: 'A dependentRequired list on a request schema lost names: the request accepts more than before.',
  },
  'request-property-min-contains-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '`minContains` of {where} increased from {from} to {to}',
    description: '`minContains` increased on a request schema: arrays clients send today may be rejected.',
    mitigation:
      'Do not tighten `minContains` on an existing request schema; accept ' +
      'both shapes, or add the constraint in a new version of the operation.',
  },
  'request-property-min-contains-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '`minContains` of {where} decreased from {from} to {to}',
    description: '`minContains` decreased on a request schema: the request accepts more arrays than before.',
  },
  'request-property-max-contains-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: '`maxContains` of {where} increased from {from} to {to}',
    description: '`maxContains` increased on a request schema: the request accepts more arrays than before.',
  },
  'request-property-max-contains-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '`maxContains` of {where} decreased from {from} to {to}',
    description: '`maxContains` decreased on a request schema: arrays clients send today may be rejected.',
    mitigation:
      'Do not tighten `maxContains` on an existing request schema; accept ' +
      'both shapes, or add the constraint in a new version of the operation.',
  },
  'request-property-content-media-type-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '`contentMediaType` of {where} changed from {from} to {to}',
    description: 'The `contentMediaType` of a string in a request changed: clients encode the content the old way.',
    mitigation:
      'Keep `contentMediaType` as it is; to change the encoding, add a new field or a new version of the operation.',
  },
  'request-property-content-encoding-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: '`contentEncoding` of {where} changed from {from} to {to}',
    description: 'The `contentEncoding` of a string in a request changed: clients encode the content the old way.',
    mitigation:
      'Keep `contentEncoding` as it is; to change the encoding, add a new field or a new version of the operation.',
  },
  'response-body-prefix-items-added': {
    spec: { level: 'breaking', direction: 'response', action: 'add' },
    message: 'added tuple positions (`prefixItems`) to {where}',
    description:
      '`prefixItems` was added on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `prefixItems` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-body-prefix-items-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed tuple positions (`prefixItems`) from {where}',
    description: '`prefixItems` was removed on a response schema: responses still satisfy what clients were promised.',
  },
  'response-body-if-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added an `if` condition to {where}',
    description: '`if` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-body-if-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed an `if` condition from {where}',
    description: '`if` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `if` guarantee in the response; if responses must change, ' +
      'serve the new shape from a new version or a new field.',
  },
  'response-body-then-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a `then` subschema to {where}',
    description: '`then` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-body-then-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a `then` subschema from {where}',
    description:
      '`then` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `then` guarantee in the response; if responses must change, ' +
      'serve the new shape from a new version or a new field.',
  },
  'response-body-else-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added an `else` subschema to {where}',
    description: '`else` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-body-else-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed an `else` subschema from {where}',
    description:
      '`else` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `else` guarantee in the response; if responses must change, ' +
      'serve the new shape from a new version or a new field.',
  },
  'response-body-contains-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a `contains` constraint to {where}',
    description: '`contains` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-body-contains-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a `contains` constraint from {where}',
    description:
      '`contains` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `contains` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-body-property-names-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a `propertyNames` constraint to {where}',
    description: '`propertyNames` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-body-property-names-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a `propertyNames` constraint from {where}',
    description:
      '`propertyNames` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `propertyNames` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-body-unevaluated-items-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added an `unevaluatedItems` constraint to {where}',
    description:
      '`unevaluatedItems` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-body-unevaluated-items-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed an `unevaluatedItems` constraint from {where}',
    description:
      '`unevaluatedItems` was removed on a response schema: clients may ' +
      'receive values they were promised they would not.',
    mitigation:
      'Keep the `unevaluatedItems` guarantee in the response; if responses ' +
      'must change, serve the new shape from a new version or a new field.',
  },
  'response-body-content-schema-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a `contentSchema` to {where}',
    description: '`contentSchema` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-body-content-schema-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a `contentSchema` from {where}',
    description:
      '`contentSchema` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `contentSchema` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-body-pattern-property-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added pattern property {key} to {where}',
    description: 'A `patternProperties` entry was added on a response schema.',
  },
  'response-body-pattern-property-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed pattern property {key} from {where}',
    description:
      'A `patternProperties` entry was removed on a response schema: clients ' +
      'lose a guarantee about the objects they receive.',
    mitigation:
      'Keep the `patternProperties` guarantee in the response; if responses ' +
      'must change, serve the new shape from a new version or a new field.',
  },
  'response-body-dependent-schema-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a dependent schema for {key} to {where}',
    description: 'A `dependentSchemas` entry was added on a response schema.',
  },
  'response-body-dependent-schema-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a dependent schema for {key} from {where}',
    description:
      'A `dependentSchemas` entry was removed on a response schema: clients ' +
      'lose a guarantee about the objects they receive.',
    mitigation:
      'Keep the `dependentSchemas` guarantee in the response; if responses ' +
      'must change, serve the new shape from a new version or a new field.',
  },
  'response-body-dependent-required-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a dependentRequired entry for {key} to {where}',
    description: 'A `dependentRequired` entry was added on a response schema.',
  },
  'response-body-dependent-required-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a dependentRequired entry for {key} from {where}',
    description:
      'A `dependentRequired` entry was removed on a response schema: clients ' +
      'lose a guarantee about the objects they receive.',
    mitigation:
      'Keep the `dependentRequired` guarantee in the response; if responses ' +
      'must change, serve the new shape from a new version or a new field.',
  },
  'response-body-dependent-required-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'property {key} of {where} no longer guarantees {names} (dependentRequired)',
    description:
      'A dependentRequired list on a response schema lost names: clients may ' +
      'no longer receive properties they rely on.',
    mitigation:
      'Keep the `dependentRequired` guarantee in the response; if responses ' +
      'must change, serve the new shape from a new version or a new field.',
  },
  'response-body-dependent-required-tightened': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'property {key} of {where} now also guarantees {names} (dependentRequired)',
    description: 'A dependentRequired list on a response schema gained names: responses carry at least what they did.',
  },
  'response-body-min-contains-increased': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '`minContains` of {where} increased from {from} to {to}',
    description: '`minContains` increased on a response schema: responses stay within the old bound.',
  },
  'response-body-min-contains-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '`minContains` of {where} decreased from {from} to {to}',
    description: '`minContains` decreased on a response schema: clients may receive arrays outside the old bound.',
    mitigation:
      'Keep the `minContains` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-body-max-contains-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '`maxContains` of {where} increased from {from} to {to}',
    description: '`maxContains` increased on a response schema: clients may receive arrays outside the old bound.',
    mitigation:
      'Keep the `maxContains` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-body-max-contains-decreased': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '`maxContains` of {where} decreased from {from} to {to}',
    description: '`maxContains` decreased on a response schema: responses stay within the old bound.',
  },
  'response-body-content-media-type-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '`contentMediaType` of {where} changed from {from} to {to}',
    description: 'The `contentMediaType` of a string in a response changed: clients decode the content the old way.',
    mitigation:
      'Keep `contentMediaType` as it is; to change the encoding, add a new field or a new version of the operation.',
  },
  'response-body-content-encoding-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '`contentEncoding` of {where} changed from {from} to {to}',
    description: 'The `contentEncoding` of a string in a response changed: clients decode the content the old way.',
    mitigation:
      'Keep `contentEncoding` as it is; to change the encoding, add a new field or a new version of the operation.',
  },
  'response-property-prefix-items-added': {
    spec: { level: 'breaking', direction: 'response', action: 'add' },
    message: 'added tuple positions (`prefixItems`) to {where}',
    description:
      '`prefixItems` was added on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `prefixItems` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-property-prefix-items-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed tuple positions (`prefixItems`) from {where}',
    description: '`prefixItems` was removed on a response schema: responses still satisfy what clients were promised.',
  },
  'response-property-if-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added an `if` condition to {where}',
    description: '`if` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-property-if-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed an `if` condition from {where}',
    description: '`if` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `if` guarantee in the response; if responses must change, ' +
      'serve the new shape from a new version or a new field.',
  },
  'response-property-then-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a `then` subschema to {where}',
    description: '`then` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-property-then-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a `then` subschema from {where}',
    description:
      '`then` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `then` guarantee in the response; if responses must change, ' +
      'serve the new shape from a new version or a new field.',
  },
  'response-property-else-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added an `else` subschema to {where}',
    description: '`else` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-property-else-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed an `else` subschema from {where}',
    description:
      '`else` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `else` guarantee in the response; if responses must change, ' +
      'serve the new shape from a new version or a new field.',
  },
  'response-property-contains-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a `contains` constraint to {where}',
    description: '`contains` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-property-contains-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a `contains` constraint from {where}',
    description:
      '`contains` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `contains` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-property-property-names-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a `propertyNames` constraint to {where}',
    description: '`propertyNames` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-property-property-names-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a `propertyNames` constraint from {where}',
    description:
      '`propertyNames` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `propertyNames` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-property-unevaluated-items-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added an `unevaluatedItems` constraint to {where}',
    description:
      '`unevaluatedItems` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-property-unevaluated-items-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed an `unevaluatedItems` constraint from {where}',
    description:
      '`unevaluatedItems` was removed on a response schema: clients may ' +
      'receive values they were promised they would not.',
    mitigation:
      'Keep the `unevaluatedItems` guarantee in the response; if responses ' +
      'must change, serve the new shape from a new version or a new field.',
  },
  'response-property-content-schema-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a `contentSchema` to {where}',
    description: '`contentSchema` was added on a response schema: responses still satisfy what clients were promised.',
  },
  'response-property-content-schema-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a `contentSchema` from {where}',
    description:
      '`contentSchema` was removed on a response schema: clients may receive values they were promised they would not.',
    mitigation:
      'Keep the `contentSchema` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-property-pattern-property-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added pattern property {key} to {where}',
    description: 'A `patternProperties` entry was added on a response schema.',
  },
  'response-property-pattern-property-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed pattern property {key} from {where}',
    description:
      'A `patternProperties` entry was removed on a response schema: clients ' +
      'lose a guarantee about the objects they receive.',
    mitigation:
      'Keep the `patternProperties` guarantee in the response; if responses ' +
      'must change, serve the new shape from a new version or a new field.',
  },
  'response-property-dependent-schema-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a dependent schema for {key} to {where}',
    description: 'A `dependentSchemas` entry was added on a response schema.',
  },
  'response-property-dependent-schema-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a dependent schema for {key} from {where}',
    description:
      'A `dependentSchemas` entry was removed on a response schema: clients ' +
      'lose a guarantee about the objects they receive.',
    mitigation:
      'Keep the `dependentSchemas` guarantee in the response; if responses ' +
      'must change, serve the new shape from a new version or a new field.',
  },
  'response-property-dependent-required-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added a dependentRequired entry for {key} to {where}',
    description: 'A `dependentRequired` entry was added on a response schema.',
  },
  'response-property-dependent-required-removed': {
    spec: { level: 'breaking', direction: 'response', action: 'remove' },
    message: 'removed a dependentRequired entry for {key} from {where}',
    description:
      'A `dependentRequired` entry was removed on a response schema: clients ' +
      'lose a guarantee about the objects they receive.',
    mitigation:
      'Keep the `dependentRequired` guarantee in the response; if responses ' +
      'must change, serve the new shape from a new version or a new field.',
  },
  'response-property-dependent-required-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'property {key} of {where} no longer guarantees {names} (dependentRequired)',
    description:
      'A dependentRequired list on a response schema lost names: clients may ' +
      'no longer receive properties they rely on.',
    mitigation:
      'Keep the `dependentRequired` guarantee in the response; if responses ' +
      'must change, serve the new shape from a new version or a new field.',
  },
  'response-property-dependent-required-tightened': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'property {key} of {where} now also guarantees {names} (dependentRequired)',
    description: 'A dependentRequired list on a response schema gained names: responses carry at least what they did.',
  },
  'response-property-min-contains-increased': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '`minContains` of {where} increased from {from} to {to}',
    description: '`minContains` increased on a response schema: responses stay within the old bound.',
  },
  'response-property-min-contains-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '`minContains` of {where} decreased from {from} to {to}',
    description: '`minContains` decreased on a response schema: clients may receive arrays outside the old bound.',
    mitigation:
      'Keep the `minContains` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-property-max-contains-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '`maxContains` of {where} increased from {from} to {to}',
    description: '`maxContains` increased on a response schema: clients may receive arrays outside the old bound.',
    mitigation:
      'Keep the `maxContains` guarantee in the response; if responses must ' +
      'change, serve the new shape from a new version or a new field.',
  },
  'response-property-max-contains-decreased': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: '`maxContains` of {where} decreased from {from} to {to}',
    description: '`maxContains` decreased on a response schema: responses stay within the old bound.',
  },
  'response-property-content-media-type-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '`contentMediaType` of {where} changed from {from} to {to}',
    description: 'The `contentMediaType` of a string in a response changed: clients decode the content the old way.',
    mitigation:
      'Keep `contentMediaType` as it is; to change the encoding, add a new field or a new version of the operation.',
  },
  'response-property-content-encoding-changed': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: '`contentEncoding` of {where} changed from {from} to {to}',
    description: 'The `contentEncoding` of a string in a response changed: clients decode the content the old way.',
    mitigation:
      'Keep `contentEncoding` as it is; to change the encoding, add a new field or a new version of the operation.',
  },
} as const satisfies Record<string, RuleEntry>;

import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the schema-bounds family (../schema-bounds.ts): minimum/maximum, exclusive
 * bounds, minLength/maxLength, minItems/maxItems (`-set` where there was none, `-unset` removed) and
 * pattern. readOnly request properties have info rules of their own for the narrowings oasdiff
 * reports as info (clients do not send them).
 * Schema rules come one per site: `<site>-<change>` for the request body, request properties,
 * parameters, response bodies, properties and headers (see `SchemaPrefix` in ../framework.ts); the
 * families emit them through the tables of `V` in ../schema-variants.ts.
 * Placeholders: {where} (site phrase), {property} + {root} (a property path and the schema it
 * belongs to), {from}/{to} (values or bounds), {values}, {types}, {members}, {names}, {default}.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const schemaBounds = {
  'request-body-min-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised the minimum of {where} from {from} to {to}',
    description: 'The minimum of the request body schema was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-min-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered the minimum of {where} from {from} to {to}',
    description:
      'The minimum of the request body schema was lowered: the operation still accepts everything it accepted before.',
  },
  'request-body-min-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the minimum of {where} to {to}',
    description:
      'The minimum was added to the request body schema: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-body-exclusive-min-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of the request body schema was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-exclusive-min-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of the request body schema was lowered: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-body-exclusive-min-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the exclusive minimum of {where} to {to}',
    description:
      'The exclusive minimum was added to the request body schema: values ' +
      'beyond the new bound that clients send today are rejected (a warning: ' +
      'the bound may match what clients already do).',
  },
  'request-body-max-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'lowered the maximum of {where} from {from} to {to}',
    description: 'The maximum of the request body schema was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-max-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised the maximum of {where} from {from} to {to}',
    description:
      'The maximum of the request body schema was raised: the operation still accepts everything it accepted before.',
  },
  'request-body-max-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the maximum of {where} to {to}',
    description:
      'The maximum was added to the request body schema: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-body-exclusive-max-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'lowered the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of the request body schema was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-exclusive-max-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of the request body schema was raised: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-body-exclusive-max-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the exclusive maximum of {where} to {to}',
    description:
      'The exclusive maximum was added to the request body schema: values ' +
      'beyond the new bound that clients send today are rejected (a warning: ' +
      'the bound may match what clients already do).',
  },
  'request-body-min-length-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised `minLength` of {where} from {from} to {to}',
    description: '`minLength` of the request body schema was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-min-length-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description:
      '`minLength` of the request body schema was lowered: the operation still accepts everything it accepted before.',
  },
  'request-body-min-length-set': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
    message: 'set `minLength` of {where} to {to}',
    description:
      '`minLength` was added to the request body schema: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-body-max-length-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'lowered `maxLength` of {where} from {from} to {to}',
    description: '`maxLength` of the request body schema was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-max-length-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description:
      '`maxLength` of the request body schema was raised: the operation still accepts everything it accepted before.',
  },
  'request-body-max-length-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set `maxLength` of {where} to {to}',
    description:
      '`maxLength` was added to the request body schema: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-body-min-items-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised `minItems` of {where} from {from} to {to}',
    description: '`minItems` of the request body schema was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-min-items-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description:
      '`minItems` of the request body schema was lowered: the operation still accepts everything it accepted before.',
  },
  'request-body-min-items-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set `minItems` of {where} to {to}',
    description:
      '`minItems` was added to the request body schema: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-body-max-items-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'lowered `maxItems` of {where} from {from} to {to}',
    description: '`maxItems` of the request body schema was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-max-items-increased': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description:
      '`maxItems` of the request body schema was raised: the operation still accepts everything it accepted before.',
  },
  'request-body-max-items-set': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
    message: 'set `maxItems` of {where} to {to}',
    description:
      '`maxItems` was added to the request body schema: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-property-min-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised the minimum of {where} from {from} to {to}',
    description: 'The minimum of a request-body property was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-min-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered the minimum of {where} from {from} to {to}',
    description:
      'The minimum of a request-body property was lowered: the operation still accepts everything it accepted before.',
  },
  'request-property-min-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the minimum of {where} to {to}',
    description:
      'The minimum was added to a request-body property: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-property-exclusive-min-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a request-body property was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-exclusive-min-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a request-body property was lowered: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-exclusive-min-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the exclusive minimum of {where} to {to}',
    description:
      'The exclusive minimum was added to a request-body property: values ' +
      'beyond the new bound that clients send today are rejected (a warning: ' +
      'the bound may match what clients already do).',
  },
  'request-property-max-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'lowered the maximum of {where} from {from} to {to}',
    description: 'The maximum of a request-body property was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-max-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised the maximum of {where} from {from} to {to}',
    description:
      'The maximum of a request-body property was raised: the operation still accepts everything it accepted before.',
  },
  'request-property-max-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the maximum of {where} to {to}',
    description:
      'The maximum was added to a request-body property: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-property-exclusive-max-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'lowered the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a request-body property was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-exclusive-max-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a request-body property was raised: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-exclusive-max-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the exclusive maximum of {where} to {to}',
    description:
      'The exclusive maximum was added to a request-body property: values ' +
      'beyond the new bound that clients send today are rejected (a warning: ' +
      'the bound may match what clients already do).',
  },
  'request-property-min-length-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised `minLength` of {where} from {from} to {to}',
    description: '`minLength` of a request-body property was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-min-length-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description:
      '`minLength` of a request-body property was lowered: the operation still accepts everything it accepted before.',
  },
  'request-property-min-length-set': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
    message: 'set `minLength` of {where} to {to}',
    description:
      '`minLength` was added to a request-body property: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-property-max-length-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'lowered `maxLength` of {where} from {from} to {to}',
    description: '`maxLength` of a request-body property was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-max-length-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description:
      '`maxLength` of a request-body property was raised: the operation still accepts everything it accepted before.',
  },
  'request-property-max-length-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set `maxLength` of {where} to {to}',
    description:
      '`maxLength` was added to a request-body property: values beyond the ' +
      'new bound that clients send today are rejected (a warning: the bound ' +
      'may match what clients already do).',
  },
  'request-property-min-items-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised `minItems` of {where} from {from} to {to}',
    description: '`minItems` of a request-body property was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-min-items-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description:
      '`minItems` of a request-body property was lowered: the operation still accepts everything it accepted before.',
  },
  'request-property-min-items-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set `minItems` of {where} to {to}',
    description:
      '`minItems` was added to a request-body property: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-property-max-items-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'lowered `maxItems` of {where} from {from} to {to}',
    description: '`maxItems` of a request-body property was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-max-items-increased': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description:
      '`maxItems` of a request-body property was raised: the operation still accepts everything it accepted before.',
  },
  'request-property-max-items-set': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
    message: 'set `maxItems` of {where} to {to}',
    description:
      '`maxItems` was added to a request-body property: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-min-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised the minimum of {where} from {from} to {to}',
    description: 'The minimum of a request parameter was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-min-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered the minimum of {where} from {from} to {to}',
    description:
      'The minimum of a request parameter was lowered: the operation still accepts everything it accepted before.',
  },
  'request-parameter-min-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the minimum of {where} to {to}',
    description:
      'The minimum was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-exclusive-min-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a request parameter was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-exclusive-min-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a request parameter was lowered: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-parameter-exclusive-min-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the exclusive minimum of {where} to {to}',
    description:
      'The exclusive minimum was added to a request parameter: values beyond ' +
      'the new bound that clients send today are rejected (a warning: the ' +
      'bound may match what clients already do).',
  },
  'request-parameter-max-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'lowered the maximum of {where} from {from} to {to}',
    description: 'The maximum of a request parameter was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-max-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised the maximum of {where} from {from} to {to}',
    description:
      'The maximum of a request parameter was raised: the operation still accepts everything it accepted before.',
  },
  'request-parameter-max-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the maximum of {where} to {to}',
    description:
      'The maximum was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-exclusive-max-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'lowered the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a request parameter was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-exclusive-max-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a request parameter was raised: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-parameter-exclusive-max-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set the exclusive maximum of {where} to {to}',
    description:
      'The exclusive maximum was added to a request parameter: values beyond ' +
      'the new bound that clients send today are rejected (a warning: the ' +
      'bound may match what clients already do).',
  },
  'request-parameter-min-length-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised `minLength` of {where} from {from} to {to}',
    description: '`minLength` of a request parameter was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-min-length-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description:
      '`minLength` of a request parameter was lowered: the operation still accepts everything it accepted before.',
  },
  'request-parameter-min-length-set': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
    message: 'set `minLength` of {where} to {to}',
    description:
      '`minLength` was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-max-length-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'lowered `maxLength` of {where} from {from} to {to}',
    description: '`maxLength` of a request parameter was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-max-length-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description:
      '`maxLength` of a request parameter was raised: the operation still accepts everything it accepted before.',
  },
  'request-parameter-max-length-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set `maxLength` of {where} to {to}',
    description:
      '`maxLength` was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-min-items-increased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'raised `minItems` of {where} from {from} to {to}',
    description: '`minItems` of a request parameter was raised: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-min-items-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description:
      '`minItems` of a request parameter was lowered: the operation still accepts everything it accepted before.',
  },
  'request-parameter-min-items-set': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'set `minItems` of {where} to {to}',
    description:
      '`minItems` was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-parameter-max-items-decreased': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'lowered `maxItems` of {where} from {from} to {to}',
    description: '`maxItems` of a request parameter was lowered: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-max-items-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description:
      '`maxItems` of a request parameter was raised: the operation still accepts everything it accepted before.',
  },
  'request-parameter-max-items-set': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
    message: 'set `maxItems` of {where} to {to}',
    description:
      '`maxItems` was added to a request parameter: values beyond the new ' +
      'bound that clients send today are rejected (a warning: the bound may ' +
      'match what clients already do).',
  },
  'request-read-only-property-max-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered the maximum of the read-only {where} from {from} to {to}',
    description:
      'The maximum of a read-only request-body property was tightened: ' +
      'clients do not send read-only properties, so requests are unaffected.',
  },
  'request-read-only-property-max-length-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered `maxLength` of the read-only {where} from {from} to {to}',
    description:
      '`maxLength` of a read-only request-body property was tightened: ' +
      'clients do not send read-only properties, so requests are unaffected.',
  },
  'request-read-only-property-min-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised the minimum of the read-only {where} from {from} to {to}',
    description:
      'The minimum of a read-only request-body property was tightened: ' +
      'clients do not send read-only properties, so requests are unaffected.',
  },
  'request-read-only-property-exclusive-min-increased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'raised the exclusive minimum of the read-only {where} from {from} to {to}',
    description:
      'The exclusive minimum of a read-only request-body property was ' +
      'tightened: clients do not send read-only properties, so requests are ' +
      'unaffected.',
  },
  'request-read-only-property-exclusive-max-decreased': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'lowered the exclusive maximum of the read-only {where} from {from} to {to}',
    description:
      'The exclusive maximum of a read-only request-body property was ' +
      'tightened: clients do not send read-only properties, so requests are ' +
      'unaffected.',
  },
  'response-body-min-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'lowered the minimum of {where} from {from} to {to}',
    description:
      'The minimum of the response body schema was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-min-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the minimum ({from}) from {where}',
    description:
      'The minimum was removed from the response body schema: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-exclusive-min-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of the response body schema was lowered: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-exclusive-min-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the exclusive minimum ({from}) from {where}',
    description:
      'The exclusive minimum was removed from the response body schema: ' +
      'clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'raised the maximum of {where} from {from} to {to}',
    description:
      'The maximum of the response body schema was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the maximum ({from}) from {where}',
    description:
      'The maximum was removed from the response body schema: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-exclusive-max-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of the response body schema was raised: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-exclusive-max-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the exclusive maximum ({from}) from {where}',
    description:
      'The exclusive maximum was removed from the response body schema: ' +
      'clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-min-length-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description:
      '`minLength` of the response body schema was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-min-length-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed `minLength` ({from}) from {where}',
    description:
      '`minLength` was removed from the response body schema: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-length-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description:
      '`maxLength` of the response body schema was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-length-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'removed `maxLength` ({from}) from {where}',
    description:
      '`maxLength` was removed from the response body schema: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-min-items-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description:
      '`minItems` of the response body schema was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-min-items-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'removed `minItems` ({from}) from {where}',
    description:
      '`minItems` was removed from the response body schema: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-items-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description:
      '`maxItems` of the response body schema was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-max-items-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed `maxItems` ({from}) from {where}',
    description:
      '`maxItems` was removed from the response body schema: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'lowered the minimum of {where} from {from} to {to}',
    description:
      'The minimum of a response-body property was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the minimum ({from}) from {where}',
    description:
      'The minimum was removed from a response-body property: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-exclusive-min-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a response-body property was lowered: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-exclusive-min-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the exclusive minimum ({from}) from {where}',
    description:
      'The exclusive minimum was removed from a response-body property: ' +
      'clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'raised the maximum of {where} from {from} to {to}',
    description:
      'The maximum of a response-body property was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the maximum ({from}) from {where}',
    description:
      'The maximum was removed from a response-body property: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-exclusive-max-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a response-body property was raised: clients ' +
      'may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-exclusive-max-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the exclusive maximum ({from}) from {where}',
    description:
      'The exclusive maximum was removed from a response-body property: ' +
      'clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-length-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description:
      '`minLength` of a response-body property was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-length-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed `minLength` ({from}) from {where}',
    description:
      '`minLength` was removed from a response-body property: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-length-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description:
      '`maxLength` of a response-body property was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-length-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'removed `maxLength` ({from}) from {where}',
    description:
      '`maxLength` was removed from a response-body property: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-items-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description:
      '`minItems` of a response-body property was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-min-items-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
    message: 'removed `minItems` ({from}) from {where}',
    description:
      '`minItems` was removed from a response-body property: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-items-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description:
      '`maxItems` of a response-body property was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-max-items-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed `maxItems` ({from}) from {where}',
    description:
      '`maxItems` was removed from a response-body property: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'lowered the minimum of {where} from {from} to {to}',
    description: 'The minimum of a response header was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the minimum ({from}) from {where}',
    description:
      'The minimum was removed from a response header: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-exclusive-min-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'lowered the exclusive minimum of {where} from {from} to {to}',
    description:
      'The exclusive minimum of a response header was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-exclusive-min-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the exclusive minimum ({from}) from {where}',
    description:
      'The exclusive minimum was removed from a response header: clients may ' +
      'receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'raised the maximum of {where} from {from} to {to}',
    description: 'The maximum of a response header was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the maximum ({from}) from {where}',
    description:
      'The maximum was removed from a response header: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-exclusive-max-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'raised the exclusive maximum of {where} from {from} to {to}',
    description:
      'The exclusive maximum of a response header was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-exclusive-max-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the exclusive maximum ({from}) from {where}',
    description:
      'The exclusive maximum was removed from a response header: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-length-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'lowered `minLength` of {where} from {from} to {to}',
    description: '`minLength` of a response header was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-length-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed `minLength` ({from}) from {where}',
    description:
      '`minLength` was removed from a response header: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-length-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'raised `maxLength` of {where} from {from} to {to}',
    description: '`maxLength` of a response header was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-length-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed `maxLength` ({from}) from {where}',
    description:
      '`maxLength` was removed from a response header: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-items-decreased': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'lowered `minItems` of {where} from {from} to {to}',
    description: '`minItems` of a response header was lowered: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-min-items-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed `minItems` ({from}) from {where}',
    description:
      '`minItems` was removed from a response header: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-items-increased': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'raised `maxItems` of {where} from {from} to {to}',
    description: '`maxItems` of a response header was raised: clients may receive values their code does not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-header-max-items-unset': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed `maxItems` ({from}) from {where}',
    description: '`maxItems` was removed from a response header: clients receive a subset of what they already handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'request-body-pattern-added': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'added the pattern {to} to {where}',
    description: 'A `pattern` was added to the request body schema: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-pattern-changed': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of the request body schema changed: whether it still ' +
      'accepts every value it accepted before cannot be decided automatically ' +
      '(a warning).',
  },
  'request-body-pattern-generalized': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'relaxed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of the request body schema was replaced by one that ' +
      'accepts any string: the operation still accepts everything it accepted ' +
      'before.',
  },
  'request-body-pattern-removed': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of the request body schema was removed: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-property-pattern-added': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'added the pattern {to} to {where}',
    description: 'A `pattern` was added to a request-body property: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-pattern-changed': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a request-body property changed: whether it still ' +
      'accepts every value it accepted before cannot be decided automatically ' +
      '(a warning).',
  },
  'request-property-pattern-generalized': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'relaxed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a request-body property was replaced by one that ' +
      'accepts any string: the operation still accepts everything it accepted ' +
      'before.',
  },
  'request-property-pattern-removed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of a request-body property was removed: the operation ' +
      'still accepts everything it accepted before.',
  },
  'request-parameter-pattern-added': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'added the pattern {to} to {where}',
    description: 'A `pattern` was added to a request parameter: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-parameter-number-became-pattern': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
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
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a request parameter changed: whether it still accepts ' +
      'every value it accepted before cannot be decided automatically (a ' +
      'warning).',
  },
  'request-parameter-pattern-generalized': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'relaxed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a request parameter was replaced by one that accepts ' +
      'any string: the operation still accepts everything it accepted before.',
  },
  'request-parameter-pattern-removed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of a request parameter was removed: the operation still accepts everything it accepted before.',
  },
  'response-body-pattern-added': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'added the pattern {to} to {where}',
    description:
      'A `pattern` was added to the response body schema: clients receive a subset of what they already handle.',
  },
  'response-body-pattern-changed': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of the response body schema changed: clients that ' +
      'validate responses against the old pattern may reject new values.',
  },
  'response-body-pattern-removed': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of the response body schema was removed: clients that ' +
      'rely on the old format may receive other strings.',
  },
  'response-property-pattern-added': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'added the pattern {to} to {where}',
    description:
      'A `pattern` was added to a response-body property: clients receive a subset of what they already handle.',
  },
  'response-property-pattern-changed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a response-body property changed: clients that ' +
      'validate responses against the old pattern may reject new values.',
  },
  'response-property-pattern-removed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of a response-body property was removed: clients that ' +
      'rely on the old format may receive other strings.',
  },
  'response-header-pattern-added': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'added the pattern {to} to {where}',
    description: 'A `pattern` was added to a response header: clients receive a subset of what they already handle.',
  },
  'response-header-pattern-changed': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'changed the pattern of {where} from {from} to {to}',
    description:
      'The `pattern` of a response header changed: clients that validate ' +
      'responses against the old pattern may reject new values.',
  },
  'response-header-pattern-removed': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'removed the pattern {from} from {where}',
    description:
      'The `pattern` of a response header was removed: clients that rely on the old format may receive other strings.',
  },
} as const satisfies Record<string, RuleEntry>;

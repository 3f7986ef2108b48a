import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the schema-composition family (../schema-composition.ts): allOf, anyOf,
 * oneOf and discriminator. anyOf <-> oneOf with the same alternatives has no oasdiff counterpart:
 * oneOf rejects values that match several.
 * Schema rules come one per site: `<site>-<change>` for the request body, request properties,
 * parameters, response bodies, properties and headers (see `SchemaPrefix` in ../framework.ts); the
 * families emit them through the tables of `V` in ../schema-variants.ts.
 * Placeholders: {where} (site phrase), {property} + {root} (a property path and the schema it
 * belongs to), {from}/{to} (values or bounds), {values}, {types}, {members}, {names}, {default}.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const schemaComposition = {
  'request-body-all-of-added': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'added {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was added to the request body ' +
      'schema: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-all-of-removed': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'removed {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was removed from the request body ' +
      'schema: the operation still accepts everything it accepted before, but ' +
      'the server may now ignore data it used to process (a warning).',
  },
  'request-body-any-of-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added {members} to the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was added to the request body schema: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-body-any-of-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed {members} from the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was removed from the request body schema: clients that send that shape are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-one-of-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added {members} to the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was added to the request body schema: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-body-one-of-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed {members} from the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was removed from the request body schema: clients that send that shape are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-body-wrapped-in-one-of': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
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
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'added {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was added to a request-body ' +
      'property: values that clients send today may be rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-all-of-removed': {
    spec: { level: 'warning', direction: 'request', action: 'change' },
    message: 'removed {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was removed from a request-body ' +
      'property: the operation still accepts everything it accepted before, ' +
      'but the server may now ignore data it used to process (a warning).',
  },
  'request-property-any-of-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added {members} to the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was added to a request-body property: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-any-of-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed {members} from the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was removed from a request-body property: clients that send that shape are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-one-of-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added {members} to the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was added to a request-body property: the ' +
      'operation still accepts everything it accepted before.',
  },
  'request-property-one-of-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed {members} from the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was removed from a request-body property: clients that send that shape are rejected.',
    mitigation:
      'Keep accepting what clients send today: relax the new constraint, or ' +
      'introduce the stricter schema in a new operation or API version.',
  },
  'request-property-wrapped-in-one-of': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'added {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was added to the response body ' +
      'schema: clients receive a subset of what they already handle.',
  },
  'response-body-all-of-removed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'removed {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was removed from the response body ' +
      'schema: clients may receive values the member used to exclude.',
  },
  'response-body-any-of-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added {members} to the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was added to the response body schema: clients may receive a shape they do not handle.',
  },
  'response-body-any-of-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed {members} from the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was removed from the response body schema: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-body-one-of-added': {
    spec: { level: 'breaking', direction: 'response', action: 'add' },
    message: 'added {members} to the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was added to the response body schema: clients may receive a shape they do not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-body-one-of-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed {members} from the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was removed from the response body schema: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-body-wrapped-in-one-of': {
    spec: { level: 'breaking', direction: 'response', action: 'change' },
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
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'added {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was added to a response-body ' +
      'property: clients receive a subset of what they already handle.',
  },
  'response-property-all-of-removed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'removed {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with constraints was removed from a response-body ' +
      'property: clients may receive values the member used to exclude.',
  },
  'response-property-any-of-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added {members} to the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was added to a response-body property: clients may receive a shape they do not handle.',
  },
  'response-property-any-of-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed {members} from the `anyOf` of {where}',
    description:
      'An `anyOf` alternative was removed from a response-body property: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-property-one-of-added': {
    spec: { level: 'breaking', direction: 'response', action: 'add' },
    message: 'added {members} to the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was added to a response-body property: clients may receive a shape they do not handle.',
    mitigation:
      'Keep responses within what clients handle today: return the new values ' +
      'only to clients that opt in (a new field, media type or API version).',
  },
  'response-property-one-of-removed': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed {members} from the `oneOf` of {where}',
    description:
      'A `oneOf` alternative was removed from a response-body property: ' +
      'clients receive a subset of what they already handle.',
  },
  'response-property-wrapped-in-one-of': {
    spec: { level: 'breaking', direction: 'response', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'request', action: 'docs' },
    message: 'added the annotation-only {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only (title, description, ' +
      'examples...) was added to the request body schema: documentation only.',
  },
  'request-body-all-of-removed-annotation-only': {
    spec: { level: 'info', direction: 'request', action: 'docs' },
    message: 'removed the annotation-only {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only was removed from the request body schema: documentation only.',
  },
  'request-body-discriminator-added': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'added a discriminator on {to} to {where}',
    description: 'A discriminator was added to the request body schema: a hint for code generators and decoders.',
  },
  'request-body-discriminator-removed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'removed the discriminator on {from} from {where}',
    description:
      'The discriminator of the request body schema was removed: generated decoders may pick alternatives differently.',
  },
  'request-body-discriminator-property-name-changed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'changed the discriminator property of {where} from {from} to {to}',
    description:
      'The discriminator property of the request body schema changed: ' +
      'generated decoders read another field to pick the alternative.',
  },
  'request-body-discriminator-mapping-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added the discriminator mapping {names} to {where}',
    description: 'Discriminator mapping entries were added to the request body schema.',
  },
  'request-body-discriminator-mapping-deleted': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed the discriminator mapping {names} from {where}',
    description: 'Discriminator mapping entries were removed from the request body schema.',
  },
  'request-body-discriminator-mapping-changed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'changed the discriminator mapping {names} of {where}',
    description: 'Discriminator mapping entries of the request body schema point at other schemas.',
  },
  'request-property-all-of-added-annotation-only': {
    spec: { level: 'info', direction: 'request', action: 'docs' },
    message: 'added the annotation-only {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only (title, description, ' +
      'examples...) was added to a request-body property: documentation only.',
  },
  'request-property-all-of-removed-annotation-only': {
    spec: { level: 'info', direction: 'request', action: 'docs' },
    message: 'removed the annotation-only {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only was removed from a request-body property: documentation only.',
  },
  'request-property-discriminator-added': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'added a discriminator on {to} to {where}',
    description: 'A discriminator was added to a request-body property: a hint for code generators and decoders.',
  },
  'request-property-discriminator-removed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'removed the discriminator on {from} from {where}',
    description:
      'The discriminator of a request-body property was removed: generated decoders may pick alternatives differently.',
  },
  'request-property-discriminator-property-name-changed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'changed the discriminator property of {where} from {from} to {to}',
    description:
      'The discriminator property of a request-body property changed: ' +
      'generated decoders read another field to pick the alternative.',
  },
  'request-property-discriminator-mapping-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added the discriminator mapping {names} to {where}',
    description: 'Discriminator mapping entries were added to a request-body property.',
  },
  'request-property-discriminator-mapping-deleted': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'removed the discriminator mapping {names} from {where}',
    description: 'Discriminator mapping entries were removed from a request-body property.',
  },
  'request-property-discriminator-mapping-changed': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'changed the discriminator mapping {names} of {where}',
    description: 'Discriminator mapping entries of a request-body property point at other schemas.',
  },
  'response-body-all-of-added-annotation-only': {
    spec: { level: 'info', direction: 'response', action: 'docs' },
    message: 'added the annotation-only {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only (title, description, ' +
      'examples...) was added to the response body schema: documentation ' +
      'only.',
  },
  'response-body-all-of-removed-annotation-only': {
    spec: { level: 'info', direction: 'response', action: 'docs' },
    message: 'removed the annotation-only {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only was removed from the response body schema: documentation only.',
  },
  'response-body-discriminator-added': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'added a discriminator on {to} to {where}',
    description: 'A discriminator was added to the response body schema: a hint for code generators and decoders.',
  },
  'response-body-discriminator-removed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'removed the discriminator on {from} from {where}',
    description:
      'The discriminator of the response body schema was removed: generated ' +
      'decoders may pick alternatives differently.',
  },
  'response-body-discriminator-property-name-changed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'changed the discriminator property of {where} from {from} to {to}',
    description:
      'The discriminator property of the response body schema changed: ' +
      'generated decoders read another field to pick the alternative.',
  },
  'response-body-discriminator-mapping-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the discriminator mapping {names} to {where}',
    description: 'Discriminator mapping entries were added to the response body schema.',
  },
  'response-body-discriminator-mapping-deleted': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed the discriminator mapping {names} from {where}',
    description: 'Discriminator mapping entries were removed from the response body schema.',
  },
  'response-body-discriminator-mapping-changed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'changed the discriminator mapping {names} of {where}',
    description: 'Discriminator mapping entries of the response body schema point at other schemas.',
  },
  'response-property-all-of-added-annotation-only': {
    spec: { level: 'info', direction: 'response', action: 'docs' },
    message: 'added the annotation-only {members} to the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only (title, description, ' +
      'examples...) was added to a response-body property: documentation ' +
      'only.',
  },
  'response-property-all-of-removed-annotation-only': {
    spec: { level: 'info', direction: 'response', action: 'docs' },
    message: 'removed the annotation-only {members} from the `allOf` of {where}',
    description:
      'An `allOf` member with annotations only was removed from a response-body property: documentation only.',
  },
  'response-property-discriminator-added': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'added a discriminator on {to} to {where}',
    description: 'A discriminator was added to a response-body property: a hint for code generators and decoders.',
  },
  'response-property-discriminator-removed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'removed the discriminator on {from} from {where}',
    description:
      'The discriminator of a response-body property was removed: generated ' +
      'decoders may pick alternatives differently.',
  },
  'response-property-discriminator-property-name-changed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'changed the discriminator property of {where} from {from} to {to}',
    description:
      'The discriminator property of a response-body property changed: ' +
      'generated decoders read another field to pick the alternative.',
  },
  'response-property-discriminator-mapping-added': {
    spec: { level: 'info', direction: 'response', action: 'add' },
    message: 'added the discriminator mapping {names} to {where}',
    description: 'Discriminator mapping entries were added to a response-body property.',
  },
  'response-property-discriminator-mapping-deleted': {
    spec: { level: 'info', direction: 'response', action: 'remove' },
    message: 'removed the discriminator mapping {names} from {where}',
    description: 'Discriminator mapping entries were removed from a response-body property.',
  },
  'response-property-discriminator-mapping-changed': {
    spec: { level: 'info', direction: 'response', action: 'change' },
    message: 'changed the discriminator mapping {names} of {where}',
    description: 'Discriminator mapping entries of a response-body property point at other schemas.',
  },
  'request-body-any-of-became-one-of': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'changed the `oneOf` of {where} into an `anyOf` with the same alternatives ({members})',
    description:
      'The request body schema changed its `oneOf` into an `anyOf` with the ' +
      'same alternatives: the operation still accepts everything it accepted ' +
      'before, and also values matching several alternatives.',
  },
  'request-property-any-of-became-one-of': {
    spec: { level: 'warning', direction: 'request', action: 'change', oasdiff: null },
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
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'changed the `oneOf` of {where} into an `anyOf` with the same alternatives ({members})',
    description:
      'A request-body property changed its `oneOf` into an `anyOf` with the ' +
      'same alternatives: the operation still accepts everything it accepted ' +
      'before, and also values matching several alternatives.',
  },
  'response-body-one-of-became-any-of': {
    spec: { level: 'warning', direction: 'response', action: 'change', oasdiff: null },
    message: 'changed the `oneOf` of {where} into an `anyOf` with the same alternatives ({members})',
    description:
      'The response body schema changed its `oneOf` into an `anyOf` with the ' +
      'same alternatives: clients may now receive values that match more than ' +
      'one alternative, which decoders that pick exactly one may not handle ' +
      '(a warning: with mutually exclusive alternatives nothing changes).',
    mitigation: 'Keep the alternatives mutually exclusive in what the server returns, or keep the `oneOf`.',
  },
  'response-body-any-of-became-one-of': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'changed the `anyOf` of {where} into a `oneOf` with the same alternatives ({members})',
    description:
      'The response body schema changed its `anyOf` into a `oneOf` with the ' +
      'same alternatives: clients receive a subset of what they already ' +
      'handle.',
  },
  'response-property-one-of-became-any-of': {
    spec: { level: 'warning', direction: 'response', action: 'change', oasdiff: null },
    message: 'changed the `oneOf` of {where} into an `anyOf` with the same alternatives ({members})',
    description:
      'A response-body property changed its `oneOf` into an `anyOf` with the ' +
      'same alternatives: clients may now receive values that match more than ' +
      'one alternative, which decoders that pick exactly one may not handle ' +
      '(a warning: with mutually exclusive alternatives nothing changes).',
    mitigation: 'Keep the alternatives mutually exclusive in what the server returns, or keep the `oneOf`.',
  },
  'response-property-any-of-became-one-of': {
    spec: { level: 'info', direction: 'response', action: 'change', oasdiff: null },
    message: 'changed the `anyOf` of {where} into a `oneOf` with the same alternatives ({members})',
    description:
      'A response-body property changed its `anyOf` into a `oneOf` with the ' +
      'same alternatives: clients receive a subset of what they already ' +
      'handle.',
  },
} as const satisfies Record<string, RuleEntry>;

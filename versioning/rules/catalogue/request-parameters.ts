import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the request-parameters family (../request-parameters.ts): existence,
 * required-ness and serialization of parameters. Schema keyword changes of parameters (type, enum,
 * bounds ...) are in the schema sections; deprecation and sunset of parameters in the lifecycle one.
 * `{in}` is `query` / `header` / `cookie` / `path`; `{name}` is already rendered as code.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const requestParameters = {
  'new-required-request-parameter': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added the required {in} parameter {name}',
    description:
      'A new required query, header or cookie parameter: requests that clients send today lack it and are rejected.',
    mitigation:
      'Make the new parameter optional and apply a server-side default when ' +
      'it is missing, or add it in a new version of the operation.',
  },
  'new-optional-request-parameter': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added the optional {in} parameter {name}',
    description:
      'A new optional parameter: every request clients send today stays valid, and clients may start using it.',
  },
  'new-required-request-default-parameter-to-existing-path': {
    spec: { level: 'breaking', direction: 'request', action: 'add' },
    message: 'added the required {in} parameter {name} to the path item, so this existing operation now requires it',
    description:
      'A required parameter was added at path-item level, where it applies to ' +
      'every existing operation of the path: their current requests lack it ' +
      'and are rejected.',
    mitigation:
      'Make the path-level parameter optional, or declare it only on new operations (or in a new version of the path).',
  },
  'new-optional-request-default-parameter-to-existing-path': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'added the optional {in} parameter {name} to the path item, so this existing operation now accepts it',
    description:
      'An optional parameter was added at path-item level, where it applies ' +
      'to every existing operation of the path; current requests stay valid.',
  },
  'request-parameter-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'removed the {in} parameter {name} without deprecating it first',
    description:
      'A parameter the base did not mark deprecated was removed: clients that ' +
      'send it are ignored (the filter or option they rely on silently stops ' +
      'working) or rejected by strict validators. Breaking here although ' +
      'oasdiff rates it a warning, because the deprecation policy requires ' +
      'deprecating a parameter before removing it (removing a deprecated one ' +
      'is a lifecycle rule).',
    mitigation:
      'Mark the parameter `deprecated: true` (with an `x-sunset` date if you ' +
      'like) in one release and remove it in a later one; until then keep ' +
      'accepting it.',
  },
  'request-parameter-became-required': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'made the {in} parameter {name} required',
    description: 'An optional parameter became required: requests that omit it today are rejected.',
    mitigation: 'Keep the parameter optional and apply a default on the server when it is missing.',
  },
  'request-parameter-became-optional': {
    spec: { level: 'info', direction: 'request', action: 'change' },
    message: 'made the {in} parameter {name} optional',
    description: 'A required parameter became optional: every request clients send today stays valid.',
  },
  'request-parameter-style-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'changed the serialization style of the {in} parameter {name} from {from} to {to}',
    description:
      'The effective `style` of a parameter changed (defaults applied: `form` ' +
      'for query and cookie, `simple` for path and header), so values clients ' +
      "encode today are parsed differently. Same concept as oasdiff's newer " +
      'rule of this id, which its catalogue snapshot lacks.',
    mitigation:
      'Keep the old style; to change the wire format, add a new parameter ' +
      'with the new style and deprecate the old one.',
  },
  'request-parameter-explode-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'changed `explode` of the {in} parameter {name} from {from} to {to}',
    description:
      'The effective `explode` of an array or object parameter changed, so ' +
      'multi-valued parameters are encoded differently (writing out the ' +
      'default and changing it on a scalar parameter are not changes). Same ' +
      "concept as oasdiff's newer rule of this id.",
    mitigation:
      'Keep the old `explode` value; to change the wire format, add a new parameter and deprecate the old one.',
  },
  'request-parameter-became-allow-reserved': {
    spec: { level: 'info', direction: 'request', action: 'change', oasdiff: null },
    message: 'the {in} parameter {name} now accepts reserved characters without percent-encoding',
    description:
      '`allowReserved` became true on a query parameter: the server accepts ' +
      'more raw input, and encoded values keep working.',
  },
  'request-parameter-became-not-allow-reserved': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'the {in} parameter {name} no longer accepts reserved characters without percent-encoding',
    description:
      '`allowReserved` became false on a query parameter: clients that send ' +
      'reserved characters raw (`/`, `?`, `:` ...) now have their values ' +
      "parsed differently or rejected. Same concept as oasdiff's newer rule " +
      'of this id.',
    mitigation: 'Keep `allowReserved: true`; if raw values cause trouble, add a new parameter and deprecate this one.',
  },
  'request-parameter-media-type-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'changed how the {in} parameter {name} is serialized: {from} became {to}',
    description:
      'A parameter switched between `schema` (style-based) and `content` ' +
      'serialization, or its `content` media type changed: the value clients ' +
      'put on the wire today no longer parses as the server expects.',
    mitigation: 'Keep the old serialization; add a new parameter with the new one and deprecate the old parameter.',
  },
} as const satisfies Record<string, RuleEntry>;

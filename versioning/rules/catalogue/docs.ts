import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the docs family (../docs.ts): documentation-only changes. Long texts
 * (descriptions) are never quoted in messages, short ones are.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const docs = {
  'api-info-title-changed': {
    spec: { level: 'info', direction: 'none', action: 'docs', oasdiff: null },
    message: 'API title changed from {from} to {to}',
    description: '`info.title` changed (documentation only).',
  },
  'api-info-description-changed': {
    spec: { level: 'info', direction: 'none', action: 'docs', oasdiff: null },
    message: 'API description changed',
    description: '`info.description` changed (documentation only).',
  },
  'api-info-changed': {
    spec: { level: 'info', direction: 'none', action: 'docs', oasdiff: null },
    message: '{field} changed',
    description:
      'Another `info` field (summary, contact, license, terms of service, ' +
      'extensions) changed; `info.version` is checked by the version policy, ' +
      'not reported here.',
  },
  'api-document-docs-changed': {
    spec: { level: 'info', direction: 'none', action: 'docs', oasdiff: null },
    message: 'documentation at {field} changed',
    description:
      'A document-level documentation field changed (tag definitions, `externalDocs`, server descriptions, ...).',
  },
  'api-server-added': {
    spec: { level: 'info', direction: 'none', action: 'docs', oasdiff: null },
    message: 'server {url} added',
    description: 'A new entry in `servers`: the API is (also) offered at another base URL.',
  },
  'api-server-base-path-changed': {
    spec: { level: 'breaking', direction: 'none', action: 'change', oasdiff: null },
    message: "no server offers the base path {from} any more (now {to}): every operation's URL under it moved",
    description:
      'The base paths of `servers` changed (`https://api.example.com/v1` -> ' +
      '`https://api.example.com/v2`, or a path added where there was none): ' +
      "every operation's URL moves, so every client calling the old URLs gets " +
      '404. A change of host alone keeps every path and is ' +
      '`api-server-removed` / `api-server-added`.',
    mitigation:
      'Keep serving the old base path beside the new one (list both in ' +
      '`servers`) until clients have moved, and remove it in a major version.',
  },
  'api-server-removed': {
    spec: { level: 'warning', direction: 'none', action: 'change', oasdiff: null },
    message: 'server {url} removed',
    description:
      'An entry of `servers` was removed while its base path is still offered ' +
      '(a host change): clients configured with that base URL must move. A ' +
      'warning because the documented address of the API changed, though no ' +
      'operation path did.',
  },
  'api-operation-summary-changed': {
    spec: { level: 'info', direction: 'none', action: 'docs', oasdiff: null },
    message: 'summary changed from {from} to {to}',
    description: "The operation's `summary` changed (documentation only).",
  },
  'api-operation-description-changed': {
    spec: { level: 'info', direction: 'none', action: 'docs', oasdiff: null },
    message: 'description changed',
    description: "The operation's `description` changed (documentation only).",
  },
  'api-operation-external-docs-changed': {
    spec: { level: 'info', direction: 'none', action: 'docs', oasdiff: null },
    message: '`externalDocs` changed',
    description: "The operation's `externalDocs` changed (documentation only).",
  },
  'api-operation-id-added': {
    spec: { level: 'info', direction: 'none', action: 'docs' },
    message: 'operation id {id} added',
    description: 'The operation got an `operationId` where it had none: generated clients get a named method.',
  },
  'api-operation-id-removed': {
    spec: { level: 'warning', direction: 'none', action: 'change' },
    message: 'operation id {id} removed',
    description:
      'The operation lost its `operationId`: nothing changes on the wire, but ' +
      'generated clients rename the method and `links` that name it break. A ' +
      "warning rather than oasdiff's info.",
  },
  'api-operation-id-changed': {
    spec: { level: 'warning', direction: 'none', action: 'change', oasdiff: 'api-operation-id-removed' },
    message: 'operation id changed from {from} to {to}',
    description:
      'The `operationId` changed: nothing changes on the wire, but generated ' +
      'clients rename the method and `links` that name it break (oasdiff: ' +
      'api-operation-id-removed, info). A warning.',
  },
  'api-tag-added': {
    spec: { level: 'info', direction: 'none', action: 'docs' },
    message: 'tag {tag} added',
    description: 'The operation got a new tag (documentation grouping only).',
  },
  'api-tag-removed': {
    spec: { level: 'info', direction: 'none', action: 'docs' },
    message: 'tag {tag} removed',
    description: 'The operation lost a tag (documentation grouping only).',
  },
  'request-parameter-description-changed': {
    spec: { level: 'info', direction: 'request', action: 'docs', oasdiff: null },
    message: 'description of {param} changed',
    description: 'The description of a request parameter changed (documentation only).',
  },
  'request-body-description-changed': {
    spec: { level: 'info', direction: 'request', action: 'docs', oasdiff: null },
    message: 'description of the request body changed',
    description: 'The description of the request body changed (documentation only).',
  },
  'response-description-changed': {
    spec: { level: 'info', direction: 'response', action: 'docs', oasdiff: null },
    message: 'description of the {status} response changed',
    description: 'The description of a response changed (documentation only).',
  },
  'response-header-description-changed': {
    spec: { level: 'info', direction: 'response', action: 'docs', oasdiff: null },
    message: 'description of response header {header} of status {status} changed',
    description: 'The description of a response header changed (documentation only).',
  },
  'schema-description-changed': {
    spec: { level: 'info', direction: 'none', action: 'docs', oasdiff: null },
    message: 'description of {where} changed',
    description:
      'The `description` of a schema or property changed (documentation ' +
      'only); reported once per changed schema, at the first operation that ' +
      'uses it.',
  },
  'schema-title-changed': {
    spec: { level: 'info', direction: 'none', action: 'docs', oasdiff: null },
    message: 'title of {where} changed from {from} to {to}',
    description:
      'The `title` of a schema or property changed (documentation only); ' +
      'reported once per changed schema, at the first operation that uses it.',
  },
  'api-example-changed': {
    spec: { level: 'info', direction: 'none', action: 'docs', oasdiff: null },
    message: '{what} of {where} changed',
    description:
      'An `example` or `examples` value of a parameter, media type or schema ' +
      "changed (documentation only); a schema's is reported once, at the " +
      'first operation that uses it.',
  },
} as const satisfies Record<string, RuleEntry>;

import type { MessageEntry } from './entry.ts';

/**
 * Catalogue section: docs (documentation-only changes; family docs.ts). Keys are rule ids; see
 * ../messages.ts. Long texts (descriptions) are never quoted in messages, short ones are.
 */
export const docsMessages = {
  'api-info-title-changed': {
    message: 'API title changed from {from} to {to}',
    description: '`info.title` changed (documentation only).',
  },
  'api-info-description-changed': {
    message: 'API description changed',
    description: '`info.description` changed (documentation only).',
  },
  'api-info-changed': {
    message: '{field} changed',
    description:
      'Another `info` field (summary, contact, license, terms of service, ' +
      'extensions) changed; `info.version` is checked by the version policy, ' +
      'not reported here.',
  },
  'api-document-docs-changed': {
    message: 'documentation at {field} changed',
    description:
      'A document-level documentation field changed (tag definitions, `externalDocs`, server descriptions, ...).',
  },
  'api-server-added': {
    message: 'server {url} added',
    description: 'A new entry in `servers`: the API is (also) offered at another base URL.',
  },
  'api-server-base-path-changed': {
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
    message: 'server {url} removed',
    description:
      'An entry of `servers` was removed while its base path is still offered ' +
      '(a host change): clients configured with that base URL must move. A ' +
      'warning because the documented address of the API changed, though no ' +
      'operation path did.',
  },
  'api-operation-summary-changed': {
    message: 'summary changed from {from} to {to}',
    description: "The operation's `summary` changed (documentation only).",
  },
  'api-operation-description-changed': {
    message: 'description changed',
    description: "The operation's `description` changed (documentation only).",
  },
  'api-operation-external-docs-changed': {
    message: '`externalDocs` changed',
    description: "The operation's `externalDocs` changed (documentation only).",
  },
  'api-operation-id-added': {
    message: 'operation id {id} added',
    description: 'The operation got an `operationId` where it had none: generated clients get a named method.',
  },
  'api-operation-id-removed': {
    message: 'operation id {id} removed',
    description:
      'The operation lost its `operationId`: nothing changes on the wire, but ' +
      'generated clients rename the method and `links` that name it break. A ' +
      "warning rather than oasdiff's info.",
  },
  'api-operation-id-changed': {
    message: 'operation id changed from {from} to {to}',
    description:
      'The `operationId` changed: nothing changes on the wire, but generated ' +
      'clients rename the method and `links` that name it break (oasdiff: ' +
      'api-operation-id-removed, info). A warning.',
  },
  'api-tag-added': {
    message: 'tag {tag} added',
    description: 'The operation got a new tag (documentation grouping only).',
  },
  'api-tag-removed': {
    message: 'tag {tag} removed',
    description: 'The operation lost a tag (documentation grouping only).',
  },
  'request-parameter-description-changed': {
    message: 'description of {param} changed',
    description: 'The description of a request parameter changed (documentation only).',
  },
  'request-body-description-changed': {
    message: 'description of the request body changed',
    description: 'The description of the request body changed (documentation only).',
  },
  'response-description-changed': {
    message: 'description of the {status} response changed',
    description: 'The description of a response changed (documentation only).',
  },
  'response-header-description-changed': {
    message: 'description of response header {header} of status {status} changed',
    description: 'The description of a response header changed (documentation only).',
  },
  'schema-description-changed': {
    message: 'description of {where} changed',
    description:
      'The `description` of a schema or property changed (documentation ' +
      'only); reported once per changed schema, at the first operation that ' +
      'uses it.',
  },
  'schema-title-changed': {
    message: 'title of {where} changed from {from} to {to}',
    description:
      'The `title` of a schema or property changed (documentation only); ' +
      'reported once per changed schema, at the first operation that uses it.',
  },
  'api-example-changed': {
    message: '{what} of {where} changed',
    description:
      'An `example` or `examples` value of a parameter, media type or schema ' +
      "changed (documentation only); a schema's is reported once, at the " +
      'first operation that uses it.',
  },
} as const satisfies Record<string, MessageEntry>;

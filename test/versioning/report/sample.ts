/** A report with one of everything, for the formatter tests. */
import type { Change, Edit, Report } from '../../../versioning/model.ts';

/**
 * Changes as the engine makes them: with `text`, the message without the operation, and an `edit`
 * shared by the changes of one physical edit (here: the same rule, places and `key`, the values of
 * the message apart from the site; by default the message itself).
 */
export function asMade(changes: ReadonlyArray<Change & { key?: string }>): Change[] {
  const edits = new Map<string, Edit>();
  return changes.map(({ key, ...c }) => {
    const text = c.operation !== undefined ? c.message.slice(c.operation.length + 2) : c.message;
    const at = (s: Change['base']): string => (s ? `${s.file}#${s.pointer}` : '');
    const id = [c.id, at(c.base), at(c.revision), key ?? text].join('\u0001');
    let edit = edits.get(id);
    if (!edit) edits.set(id, (edit = { id: c.id, base: at(c.base), revision: at(c.revision), key: key ?? text }));
    return { ...c, text, edit };
  });
}

export function sampleReport(): Report {
  return {
    base: { source: 'HEAD~1:api/openapi.yaml', file: 'HEAD~1:api/openapi.yaml' },
    revision: { source: 'api/openapi.yaml', file: 'api/openapi.yaml' },
    bump: 'major',
    version: {
      base: '2.5.0',
      revision: '2.5.0',
      required: '3.0.0',
      ok: false,
      message: '2 breaking changes need 3.0.0; info.version is 2.5.0',
    },
    changes: asMade([
      {
        id: 'endpoint-removed',
        level: 'breaking',
        defaultLevel: 'breaking',
        operation: 'DELETE /users/{id}',
        pointer: '/paths/~1users~1{id}/delete',
        location: { file: 'HEAD~1:api/openapi.yaml', line: 40 },
        base: { pointer: '/paths/~1users~1{id}/delete', file: 'HEAD~1:api/openapi.yaml', line: 40 },
        message: 'DELETE /users/{id}: the operation was removed',
        consumers: [
          {
            consumer: 'ServiceA',
            interaction: 'delete user 1',
            reason: "ServiceA 'delete user 1' calls `DELETE /users/{id}`, which the revision removes",
            pactLocation: 'pacts/ServiceA-ServiceB.json#/interactions/7',
          },
        ],
      },
      {
        id: 'response-property-removed',
        level: 'breaking',
        defaultLevel: 'breaking',
        operation: 'GET /users/{id}',
        pointer: '/paths/~1users~1{id}/get/responses/200',
        location: { file: 'api/openapi.yaml', line: 22 },
        base: {
          pointer: '/paths/~1users~1{id}/get/responses/200/properties/email',
          file: 'HEAD~1:api/openapi.yaml',
          line: 30,
        },
        revision: { pointer: '/paths/~1users~1{id}/get/responses/200', file: 'api/openapi.yaml', line: 22 },
        message: 'GET /users/{id}: removed property `email` | 100% gone\nsecond line, with: commas',
        details: { direction: 'response', property: 'email' },
      },
      {
        id: 'response-property-type-changed',
        level: 'breaking',
        defaultLevel: 'breaking',
        operation: 'GET /users/{id}',
        pointer: '/paths/~1users~1{id}/get/responses/200/properties/id',
        location: { file: 'api/schemas.yaml', line: 7 },
        revision: {
          pointer: '/paths/~1users~1{id}/get/responses/200/properties/id',
          file: 'api/schemas.yaml',
          line: 7,
        },
        message: 'GET /users/{id}: type of `id` changed from <integer> to "string" & more',
        accepted: { reason: 'all consumers parse ids as strings', expires: '2099-01-01' },
      },
      {
        id: 'endpoint-deprecated',
        level: 'warning',
        defaultLevel: 'info',
        operation: 'GET /users',
        pointer: '/paths/~1users/get',
        location: { file: 'api/openapi.yaml', line: 10 },
        revision: { pointer: '/paths/~1users/get', file: 'api/openapi.yaml', line: 10 },
        message: 'GET /users: the operation is deprecated',
        expiredAcceptance: { reason: 'until the v3 launch', expires: '2024-01-01' },
      },
      {
        id: 'endpoint-added',
        level: 'info',
        defaultLevel: 'info',
        operation: 'POST /users',
        pointer: '/paths/~1users/post',
        location: { file: 'api/openapi.yaml', line: 14 },
        revision: { pointer: '/paths/~1users/post', file: 'api/openapi.yaml', line: 14 },
        message: 'POST /users: the operation was added',
      },
      {
        id: 'info-title-changed',
        level: 'info',
        defaultLevel: 'info',
        pointer: '/info/title',
        location: { file: 'api/openapi.yaml', line: 3 },
        revision: { pointer: '/info/title', file: 'api/openapi.yaml', line: 3 },
        message: 'info.title changed from `Users` to `People`',
      },
    ]),
    summary: { breaking: 3, warning: 1, info: 2, accepted: 1 },
    gate: {
      ok: false,
      failOn: 'breaking',
      failOnApplied: true,
      policy: 'semver',
      reasons: [
        '2 breaking changes need 3.0.0; info.version is 2.5.0',
        '2 breaking changes (fail-on breaking; accept them in the config or fix them)',
      ],
    },
    notes: ['.contract-kit.yaml:9: accept entry for endpoint-added matched no change; remove it'],
  };
}

export function emptyReport(): Report {
  return {
    base: { source: 'a.yaml', file: 'a.yaml' },
    revision: { source: 'b.yaml', file: 'b.yaml' },
    bump: 'none',
    version: { base: '1.0.0', revision: '1.0.0', required: '1.0.0', ok: true },
    changes: [],
    summary: { breaking: 0, warning: 0, info: 0, accepted: 0 },
  };
}

/**
 * A report where one change in a shared component schema is listed under several operations
 * (and twice under one, for its 200 and default responses), as the engine reports it: one
 * `Change` per operation, same rule, same physical place, messages differing in the operation,
 * the status and the path leading to the property.
 */
export function sharedReport(): Report {
  const file = 'api/openapi.yaml';
  const enumAdded = (operation: string, status: string, path: string): Change & { key: string } => ({
    key: 'jcb',
    id: 'response-property-enum-value-added',
    level: 'warning',
    defaultLevel: 'warning',
    operation,
    pointer: '/components/schemas/Card/properties/brand',
    location: { file, line: 120 },
    base: { pointer: '/components/schemas/Card/properties/brand', file: 'HEAD~1:api/openapi.yaml', line: 110 },
    revision: { pointer: '/components/schemas/Card/properties/brand', file, line: 120 },
    message:
      `${operation}: added \`jcb\` to the enum of property \`${path}\` ` +
      `of the ${status} response body (application/json)`,
    details: { direction: 'response', area: 'body', property: path, status, mediaType: 'application/json' },
  });
  // Two properties made optional by one edit of the same `required` list: distinct changes at one place.
  const optional = (name: string): Change => ({
    id: 'response-property-became-optional',
    level: 'breaking',
    defaultLevel: 'breaking',
    operation: 'GET /cards/{id}',
    pointer: '/components/schemas/Card',
    location: { file, line: 100 },
    base: { pointer: '/components/schemas/Card', file: 'HEAD~1:api/openapi.yaml', line: 90 },
    revision: { pointer: '/components/schemas/Card', file, line: 100 },
    message: `GET /cards/{id}: property \`${name}\` of the 200 response body (application/json) became optional`,
    details: { direction: 'response', area: 'body', property: name, status: '200', mediaType: 'application/json' },
    consumers: [],
  });
  const changes: Report['changes'] = asMade([
    optional('brand'),
    optional('last4'),
    enumAdded('DELETE /cards/{id}', 'default', 'error.card.brand'),
    enumAdded('GET /cards', '200', 'data[].brand'),
    enumAdded('GET /cards', 'default', 'error.card.brand'),
    enumAdded('GET /cards/{id}', '200', 'brand'),
    enumAdded('GET /cards/{id}', 'default', 'error.card.brand'),
    enumAdded('GET /customers/{id}', '200', 'cards[].brand'),
    enumAdded('POST /cards', '201', 'brand'),
    // The same change, but it breaks a known consumer here: listed on its own with its consumer.
    {
      ...enumAdded('POST /charges', '200', 'card.brand'),
      consumers: [
        {
          consumer: 'Billing',
          interaction: 'charge a card',
          reason: "Billing 'charge a card' reads `card.brand` = `jcb`, which the revision adds",
        },
      ],
    },
    // The same change, accepted for one operation: its own entry.
    { ...enumAdded('PUT /cards/{id}', '200', 'brand'), accepted: { reason: 'PUT is internal' } },
  ]);
  return {
    base: { source: 'HEAD~1:api/openapi.yaml', file: 'HEAD~1:api/openapi.yaml' },
    revision: { source: 'api/openapi.yaml', file: 'api/openapi.yaml' },
    bump: 'major',
    version: { base: '2.5.0', revision: '3.0.0', required: '3.0.0', ok: true },
    changes,
    summary: { breaking: 2, warning: 9, info: 0, accepted: 1 },
  };
}

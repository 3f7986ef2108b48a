/** A report with one of everything, for the formatter tests. */
import type { Report } from '../../../versioning/model.ts';

export function sampleReport(): Report {
  return {
    base: { source: 'HEAD~1:api/openapi.yaml', file: 'HEAD~1:api/openapi.yaml' },
    revision: { source: 'api/openapi.yaml', file: 'api/openapi.yaml' },
    bump: 'major',
    version: { base: '2.5.0', revision: '2.5.0', required: '3.0.0', ok: false, message: '2 breaking changes need 3.0.0; info.version is 2.5.0' },
    changes: [
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
        base: { pointer: '/paths/~1users~1{id}/get/responses/200/properties/email', file: 'HEAD~1:api/openapi.yaml', line: 30 },
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
        revision: { pointer: '/paths/~1users~1{id}/get/responses/200/properties/id', file: 'api/schemas.yaml', line: 7 },
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
    ],
    summary: { breaking: 3, warning: 1, info: 2, accepted: 1 },
    gate: {
      ok: false,
      failOn: 'breaking',
      failOnApplied: true,
      policy: 'semver',
      reasons: ['2 breaking changes need 3.0.0; info.version is 2.5.0', '2 breaking changes (fail-on breaking; accept them in the config or fix them)'],
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

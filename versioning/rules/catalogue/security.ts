import type { RuleEntry } from './entry.ts';

/**
 * Catalogue section of the security family (../security.ts): security requirements and schemes.
 *
 * Keys are rule ids, each written only here; code names the rules through `R` (see ../catalogue.ts).
 */
export const security = {
  // ---------------------------------------------------------------- security: operations
  'api-security-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'accepts a new security requirement {requirement}',
    description:
      'The operation lists a new security requirement alternative while it ' +
      'already required authentication (or still accepts anonymous calls): ' +
      'clients may use it; existing ways keep working.',
  },
  'api-security-now-required': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: 'api-security-added' },
    message: 'now requires authentication ({requirements}); it accepted anonymous calls before',
    description:
      'The operation had no security requirement (or an empty `{}` ' +
      'alternative) and now requires one: anonymous clients are rejected. ' +
      'oasdiff reports this as api-security-added (info); it breaks every ' +
      'client that calls without credentials.',
    mitigation:
      'Keep accepting anonymous calls (add an empty `{}` alternative) until ' +
      'clients send credentials, or require authentication in a new version ' +
      'of the operation.',
  },
  'api-security-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'no longer accepts security requirement {requirement}',
    description:
      'A security requirement alternative was removed while the operation ' +
      'still requires authentication: clients authenticating that way are ' +
      'rejected. oasdiff reports it as info; it is breaking here.',
    mitigation: 'Keep the old requirement as an alternative next to the new one until clients have moved over.',
  },
  'api-security-removed-anonymous-allowed': {
    spec: { level: 'info', direction: 'request', action: 'remove', oasdiff: 'api-security-removed' },
    message: 'security requirement {requirement} removed; the operation accepts calls without authentication',
    description:
      'A security requirement alternative was removed and the revision ' +
      'accepts anonymous calls (no requirement left, or an empty `{}` ' +
      'alternative): no client is rejected (oasdiff: api-security-removed).',
  },
  'api-security-scope-added': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'security requirement {requirement} now also requires scope {scope}',
    description:
      'A scope was added to a security requirement: tokens issued without it ' +
      'are rejected. oasdiff reports it as info; it is breaking here.',
    mitigation:
      'Do not require new scopes on an existing operation; accept the old ' +
      'scopes as an alternative requirement until clients hold tokens with ' +
      'the new scope.',
  },
  'api-security-scope-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'security requirement {requirement} no longer requires scope {scope}',
    description: 'A scope was removed from a security requirement: tokens that had it still work.',
  },
  // ---------------------------------------------------------------- security: document level
  'api-global-security-added': {
    spec: { level: 'info', direction: 'request', action: 'add' },
    message: 'document-level security accepts a new requirement {requirement}',
    description:
      'The document-level `security` lists a new alternative (it applies to ' +
      'operations without their own `security`); existing ways keep working.',
  },
  'api-global-security-now-required': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: 'api-global-security-added' },
    message:
      'document-level security now requires authentication ({requirements}) ' +
      'for operations without their own `security`',
    description:
      'The document-level `security` used to accept anonymous calls and now ' +
      'requires authentication for every operation that does not declare its ' +
      'own `security` (oasdiff: api-global-security-added, info).',
    mitigation:
      'Keep accepting anonymous calls (an empty `{}` alternative) until ' +
      'clients send credentials, or require authentication in a new major ' +
      'version.',
  },
  'api-global-security-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove' },
    message: 'document-level security no longer accepts requirement {requirement}',
    description:
      'A document-level security alternative was removed while authentication ' +
      'is still required: clients of operations without their own `security` ' +
      'that authenticate that way are rejected (oasdiff: info).',
    mitigation: 'Keep the old requirement as an alternative next to the new one until clients have moved over.',
  },
  'api-global-security-removed-anonymous-allowed': {
    spec: { level: 'info', direction: 'request', action: 'remove', oasdiff: 'api-global-security-removed' },
    message:
      'document-level security requirement {requirement} removed; operations ' +
      'without their own `security` accept calls without authentication',
    description:
      'A document-level security alternative was removed and anonymous calls ' +
      'are accepted in the revision: no client is rejected (oasdiff: ' +
      'api-global-security-removed).',
  },
  'api-global-security-scope-added': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'document-level security requirement {requirement} now also requires scope {scope}',
    description:
      'A scope was added to a document-level security requirement: tokens ' +
      'issued without it are rejected by operations without their own ' +
      '`security` (oasdiff: info).',
    mitigation:
      'Do not require new scopes on existing operations; accept the old ' +
      'scopes as an alternative requirement until clients hold tokens with ' +
      'the new scope.',
  },
  'api-global-security-scope-removed': {
    spec: { level: 'info', direction: 'request', action: 'remove' },
    message: 'document-level security requirement {requirement} no longer requires scope {scope}',
    description: 'A scope was removed from a document-level security requirement: tokens that had it still work.',
  },
  // ---------------------------------------------------------------- security: components.securitySchemes
  'api-security-component-added': {
    spec: { level: 'info', direction: 'none', action: 'add' },
    message: 'security scheme {name} added',
    description: 'A new entry in `components.securitySchemes`; it matters only once an operation requires it.',
  },
  'api-security-component-removed': {
    spec: { level: 'info', direction: 'none', action: 'remove' },
    message: 'security scheme {name} removed',
    description:
      'An entry of `components.securitySchemes` was removed; operations that required it are reported on their own.',
  },
  'api-security-component-type-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change' },
    message: 'type of security scheme {name} changed from {from} to {to}',
    description:
      'A security scheme changed type (e.g. `apiKey` to `http`): clients ' +
      'using it must send credentials differently. oasdiff reports it as ' +
      'info; it is breaking here.',
    mitigation:
      'Add the new mechanism as a new security scheme and accept both as alternatives until clients have moved over.',
  },
  'api-security-component-api-key-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'API key of security scheme {name} moved from {from} to {to}',
    description:
      'An `apiKey` scheme changed where the key goes (`in`) or its `name`: ' +
      'clients send the key where the API no longer looks.',
    mitigation:
      'Add the new location as a second `apiKey` scheme and accept both as alternatives until clients have moved over.',
  },
  'api-security-component-http-scheme-changed': {
    spec: { level: 'breaking', direction: 'request', action: 'change', oasdiff: null },
    message: 'HTTP authentication scheme of security scheme {name} changed from {from} to {to}',
    description:
      'An `http` security scheme changed its `scheme` (e.g. `basic` to ' +
      '`bearer`): clients send an `Authorization` header the API no longer ' +
      'accepts.',
    mitigation:
      'Add the new scheme as a second security scheme and accept both as alternatives until clients have moved over.',
  },
  'api-security-component-oauth-flow-added': {
    spec: { level: 'info', direction: 'none', action: 'add', oasdiff: null },
    message: 'security scheme {name} offers a new OAuth flow {flow}',
    description: 'An OAuth2 security scheme gained a flow; clients using the other flows are unaffected.',
  },
  'api-security-component-oauth-flow-removed': {
    spec: { level: 'breaking', direction: 'request', action: 'remove', oasdiff: null },
    message: 'security scheme {name} no longer offers the OAuth flow {flow}',
    description: 'An OAuth2 security scheme dropped a flow: clients obtaining tokens through it can no longer do so.',
    mitigation: 'Keep offering the flow until clients have moved to another one.',
  },
  'api-security-component-oauth-url-changed': {
    spec: { level: 'warning', direction: 'none', action: 'change' },
    message: '{url} of security scheme {name} changed from {from} to {to}',
    description:
      'The authorization URL (or OpenID Connect discovery URL) of a security ' +
      'scheme changed: clients configured with the old URL must be updated. A ' +
      "warning rather than oasdiff's info.",
  },
  'api-security-component-oauth-token-url-changed': {
    spec: { level: 'warning', direction: 'none', action: 'change' },
    message: 'token URL of the {flow} flow of security scheme {name} changed from {from} to {to}',
    description:
      'The token URL of an OAuth2 flow changed: clients configured with the ' +
      "old URL must be updated. A warning rather than oasdiff's info.",
  },
  'api-security-component-oauth-scope-added': {
    spec: { level: 'info', direction: 'none', action: 'add' },
    message: 'security scheme {name} defines a new scope {scope} in its {flow} flow',
    description: 'An OAuth2 flow defines a new scope; it matters only once an operation requires it.',
  },
  'api-security-component-oauth-scope-removed': {
    spec: { level: 'warning', direction: 'none', action: 'remove' },
    message: 'security scheme {name} no longer defines scope {scope} in its {flow} flow',
    description:
      'An OAuth2 flow dropped a scope: clients that still request it when ' +
      "obtaining tokens may be refused. A warning rather than oasdiff's info.",
  },
  'api-security-component-oauth-scope-changed': {
    spec: { level: 'info', direction: 'none', action: 'docs' },
    message: 'description of scope {scope} in the {flow} flow of security scheme {name} changed',
    description: 'The description of an OAuth2 scope changed (documentation only).',
  },
} as const satisfies Record<string, RuleEntry>;

/**
 * The configuration file, `.contract-kit.yaml`: its types and its JSON Schema (validated with ajv).
 *
 * ```yaml
 * failOn: breaking            # breaking | warning | info: the gate's threshold
 * rules:                      # level overrides by rule id
 *   response-property-removed: warning
 *   request-parameter-enum-value-added: off
 * accept:                     # changes the team accepts knowingly (shown, marked accepted)
 *   - rule: response-property-removed
 *     operation: GET /users/{id}
 *     reason: legacyId is read by nobody (checked with all consumers, 2025-05)
 *     expires: 2025-12-31
 * deprecation:                # the deprecation policy (see versioning/README.md)
 *   minDays: 90               # x-sunset at least 90 days after the deprecation; removals need one that passed
 *   stability: stable         # operations below this x-stability-level break nothing (default: beta)
 * filter:                     # leave paths and operations out of every comparison
 *   excludePaths: ['/admin/**']
 *   dropExtensions: [x-internal]
 * apis:                       # several APIs: `gate` / `diff` without files run them all
 *   - name: users
 *     spec: services/users/openapi.yaml
 *     pacts: services/users/pacts
 *     provider: UsersService
 * ```
 */
import type { SpecFilter } from '../filter/index.ts';
import type { Level } from '../model.ts';

export const CONFIG_FILE_NAME = '.contract-kit.yaml';

/** A rule's level override, or `off` to drop its changes from the report. */
export type RuleSetting = Level | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['breaking', 'warning', 'info', 'off'];

export interface AcceptEntry {
  /** The rule id the accepted change carries. */
  rule: string;
  /** The operation as in the report (`METHOD /path`, `METHOD /path -> callback name -> METHOD {expression}`,
   * `WEBHOOK name`); omitted: every change of that rule. Path parameter names are ignored when matching. */
  operation?: string;
  /** Why the team accepts the change; shown next to it in every report. */
  reason: string;
  /** `YYYY-MM-DD`: the acceptance applies up to and including this day (UTC), then no longer. */
  expires?: string;
  /** Where the entry was written (for notes about unused entries). */
  declaredAt?: { file: string; line: number };
}

/** `x-stability-level` values a threshold may name (operations below `beta` are always exempt). */
export const STABILITY_THRESHOLDS = ['beta', 'stable'] as const;

/**
 * The deprecation policy. `minDays`: the minimum deprecation window; with more than 0, a newly
 * deprecated operation needs an `x-sunset` at least that many days away, and removing a
 * deprecated operation that had no `x-sunset` is breaking (with 0, the default, it is a warning).
 * `stability`: operations whose `x-stability-level` is below it are exempt from every breaking
 * and warning rule (default `beta`: `draft` and `alpha` are exempt).
 */
export interface DeprecationPolicy {
  minDays: number;
  stability: (typeof STABILITY_THRESHOLDS)[number];
}

/** One API of a repository with several (`apis:`); paths are relative to the config file's folder. */
export interface ApiEntry {
  /** A short name shown in the summary table and the reports. */
  name: string;
  /** The OpenAPI document, in the working tree (the base is the same path at the base git ref). */
  spec: string;
  /** Pact files of its consumers (a folder or one file), or `broker`. */
  pacts?: string;
  /** Only pacts whose provider.name is this (required with `pacts: broker`). */
  provider?: string;
  /** Filters for this API, on top of the top-level `filter`. */
  filter?: SpecFilter;
}

export interface Config {
  /** The file the configuration came from; undefined for the empty default. */
  file?: string;
  failOn?: Level;
  rules: Record<string, RuleSetting>;
  accept: AcceptEntry[];
  /** Set when the file has a `deprecation` section (defaults filled in). */
  deprecation?: DeprecationPolicy;
  /** Paths and operations left out of every comparison. */
  filter?: SpecFilter;
  /** The APIs `gate` and `diff` run when given no files. */
  apis?: ApiEntry[];
}

/** The configuration used when there is no file: no overrides, no acceptances. */
export function emptyConfig(): Config {
  return { rules: {}, accept: [] };
}

const METHOD_PATTERN =
  '(?:[Gg][Ee][Tt]|[Pp][Uu][Tt]|[Pp][Oo][Ss][Tt]|[Dd][Ee][Ll][Ee][Tt][Ee]|' +
  '[Oo][Pp][Tt][Ii][Oo][Nn][Ss]|[Hh][Ee][Aa][Dd]|[Pp][Aa][Tt][Cc][Hh]|[Tt][Rr][Aa][Cc][Ee])';

/**
 * An operation as reports name it: `METHOD /path`; a callback operation under its parent,
 * `POST /subscriptions -> callback onEvent -> POST {$request.body#/callbackUrl}`; a webhook,
 * `WEBHOOK newBook` (`WEBHOOK newBook POST` when the webhook has several operations).
 */
export const OPERATION_PATTERN =
  `^(?:${METHOD_PATTERN} +/\\S*(?: *-> *[Cc]allback +\\S+ *-> *${METHOD_PATTERN} +\\S+)?` +
  `|[Ww][Ee][Bb][Hh][Oo][Oo][Kk] +\\S+(?: +${METHOD_PATTERN})?)$`;

const FILTER_SCHEMA = {
  description: 'Paths and operations to leave out of the comparison (both documents).',
  type: 'object',
  additionalProperties: false,
  properties: {
    includePaths: {
      description: 'Globs on the path template (`/users/**`); only matching paths are compared.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    excludePaths: {
      description: 'Globs on the path template; matching paths are left out.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    dropExtensions: {
      description:
        'Extensions such as `x-internal`: operations (or path items) carrying one with a truthy value are left out.',
      type: 'array',
      items: { type: 'string', pattern: '^x-' },
    },
  },
} as const;

/** JSON Schema (draft-07) of the configuration file. Rule ids are checked separately, against the registry. */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'contract-kit configuration (.contract-kit.yaml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    failOn: {
      description: 'The lowest level that fails the gate (default: breaking).',
      enum: ['breaking', 'warning', 'info'],
    },
    rules: {
      description: 'Level overrides by rule id; `off` drops the rule from reports.',
      type: 'object',
      additionalProperties: { enum: [...RULE_SETTINGS] },
    },
    accept: {
      description:
        'Changes the team accepts: still reported, marked accepted; they do not fail the gate and need no major bump.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'reason'],
        properties: {
          rule: { type: 'string', minLength: 1 },
          operation: { type: 'string', pattern: OPERATION_PATTERN },
          reason: { type: 'string', minLength: 1 },
          expires: { type: 'string', format: 'date' },
        },
      },
    },
    deprecation: {
      description:
        'The deprecation policy. Semver asks for a major release to remove even ' +
        'deprecated behaviour; with minDays above 0, removing a deprecated ' +
        'operation that had no x-sunset is breaking, and a new deprecation ' +
        'needs an x-sunset at least minDays away.',
      type: 'object',
      additionalProperties: false,
      properties: {
        minDays: {
          description:
            'Minimum deprecation window in days (default 0: no x-sunset required, ' +
            'removing a deprecated operation is a warning).',
          type: 'integer',
          minimum: 0,
        },
        stability: {
          description:
            'Operations whose x-stability-level is below this break nothing ' +
            '(default beta: draft and alpha are exempt; stable also exempts beta).',
          enum: [...STABILITY_THRESHOLDS],
        },
      },
    },
    filter: FILTER_SCHEMA,
    apis: {
      description:
        'The APIs of a repository with several: `gate` and `diff` without files ' +
        'compare each spec with the same file at the base git ref, in one run.',
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'spec'],
        properties: {
          name: { type: 'string', pattern: '^[A-Za-z0-9._-]+$' },
          spec: { description: 'The OpenAPI document, relative to the config file.', type: 'string', minLength: 1 },
          pacts: {
            description: 'Pact files of its consumers (a folder or one file), or `broker`.',
            type: 'string',
            minLength: 1,
          },
          provider: {
            description: 'Only pacts whose provider.name is this (required with `pacts: broker`).',
            type: 'string',
            minLength: 1,
          },
          filter: FILTER_SCHEMA,
        },
      },
    },
  },
} as const;

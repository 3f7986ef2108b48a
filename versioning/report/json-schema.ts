/**
 * JSON Schemas (draft-07) of the `json` report format: schemaVersion 2 (one entry per edit, the
 * default) and schemaVersion 1 (`--per-operation`). `npm run docs` writes them to
 * docs/report.schema.json and docs/report-per-operation.schema.json; tests keep the files in sync
 * and validate real output against them.
 */
const level = { enum: ['breaking', 'warning', 'info'] };
const nullableString = { type: ['string', 'null'] };
const side = {
  type: ['object', 'null'],
  description:
    'One side of the change: where the node is defined (the physical place ' +
    'to edit it): the JSON pointer into `file` (for a schema reached ' +
    'through a `$ref`, its component, e.g. ' +
    '`/components/schemas/User/properties/email`, not the path through an ' +
    'operation) and the line; null when the node is absent on that side.',
  additionalProperties: false,
  required: ['pointer', 'file', 'line'],
  properties: { pointer: { type: 'string' }, file: { type: 'string' }, line: { type: 'integer', minimum: 1 } },
};
const input = {
  type: 'object',
  additionalProperties: false,
  required: ['source', 'file'],
  properties: {
    source: { type: 'string', description: 'The input as given: a path, `REF:path` or `<stdin>`.' },
    file: { type: 'string', description: 'The file locations are reported against.' },
  },
};

const consumerImpact = {
  type: 'object',
  additionalProperties: false,
  required: ['consumer', 'interaction', 'reason'],
  properties: {
    consumer: { type: 'string', description: "The pact's consumer.name." },
    interaction: { type: 'string', description: "The interaction's description." },
    providerState: { type: 'string', description: 'Provider state(s), joined with " and ".' },
    reason: {
      type: 'string',
      description: 'One plain sentence, e.g. "ServiceA \'get a user\' reads `email`, which the revision removes".',
    },
    pactLocation: {
      type: 'string',
      description:
        'The pact file (or broker URL) and the interaction, e.g. `pacts/ServiceA-ServiceB.json#/interactions/3`.',
    },
    read: {
      type: 'object',
      additionalProperties: false,
      required: ['status'],
      description: 'What the interaction reads that the change breaks or touches (absent for request-side breaks).',
      properties: {
        status: { type: 'integer', description: 'The response status the interaction expects.' },
        property: { type: 'string', description: 'Body property path, e.g. `items[].email`.' },
        header: { type: 'string', description: 'Response header name.' },
        mediaType: { type: 'string', description: 'Response media type.' },
        matcher: {
          type: 'string',
          description: 'How the pact matches it, e.g. `type matcher`, `exact value "active"`.',
        },
        gap: {
          type: 'string',
          description:
            'Why the revision no longer guarantees it: operation, status, ' +
            'media-type, no-schema, removed, optional, nullable, retyped, widened, ' +
            'value, header-optional, header-removed.',
        },
      },
    },
  },
};

const details = {
  type: 'object',
  description:
    'Structured facts about the change (any of: direction, area, property, ' +
    'parameter, header, status, mediaType, method, path).',
  properties: {
    direction: { enum: ['request', 'response', 'none'] },
    area: { type: 'string' },
    property: { type: 'string' },
    parameter: {
      type: 'object',
      required: ['in', 'name'],
      properties: { in: { type: 'string' }, name: { type: 'string' } },
    },
    header: { type: 'string' },
    status: { type: 'string' },
    mediaType: { type: 'string' },
    method: { type: 'string' },
    path: { type: 'string' },
  },
};
const accepted = {
  type: ['object', 'null'],
  description: 'Set when the config accepts the change: it does not fail the gate and needs no major bump.',
  additionalProperties: false,
  required: ['reason', 'expires'],
  properties: { reason: { type: 'string' }, expires: nullableString },
};
const expiredAcceptance = {
  type: ['object', 'null'],
  description: 'Set when a config acceptance matched but has expired; the change counts again.',
  additionalProperties: false,
  required: ['reason', 'expires'],
  properties: { reason: { type: 'string' }, expires: { type: 'string' } },
};
const consumers = {
  type: 'array',
  description:
    'Consumer interactions this change breaks (filled when pacts are ' +
    'analysed; with pacts, an empty list on a breaking change means no ' +
    'known consumer uses it).',
  items: consumerImpact,
};
const atRisk = {
  type: 'array',
  description:
    'Consumer interactions this change (rated warning or breaking) puts at ' +
    'risk: it touches something they read without breaking it (fails the ' +
    'consumers policy only under --fail-on warning).',
  items: consumerImpact,
};

const occurrence = {
  type: 'object',
  description:
    'Where operations reach the edit: one property path, status and media ' +
    'type, with what is per operation (level after config overrides, ' +
    'acceptance, consumers).',
  additionalProperties: false,
  required: ['operations', 'level', 'details', 'accepted', 'expiredAcceptance', 'consumers', 'atRisk'],
  properties: {
    operations: {
      type: 'array',
      items: { type: 'integer', minimum: 0 },
      description: "Indices into the report's `operations`; empty for a document-level change.",
    },
    level: { ...level, description: 'Effective level, after config overrides.' },
    details: {
      ...details,
      description:
        'The site (any of: direction, area, property, parameter, header, ' +
        'status, mediaType); the operation is in `operations`.',
    },
    accepted,
    expiredAcceptance,
    consumers,
    atRisk,
  },
};

/** Keys shared by both report versions. */
const commonProperties = {
  base: input,
  revision: input,
  bump: {
    enum: ['major', 'minor', 'patch', 'none'],
    description:
      'The semver bump the changes need: major for any breaking change that ' +
      'is not accepted (minor below 1.0.0), minor for other API changes, ' +
      'patch for documentation only, none when the documents mean the same.',
  },
  version: {
    type: 'object',
    additionalProperties: false,
    required: ['base', 'revision', 'required', 'ok', 'skipped', 'message'],
    properties: {
      base: { ...nullableString, description: 'The base info.version as written.' },
      revision: { ...nullableString, description: 'The revision info.version as written.' },
      required: {
        ...nullableString,
        description: 'The smallest version the revision must carry; null when the base version is not semver.',
      },
      ok: { type: 'boolean', description: 'False when info.version is lower than required.' },
      skipped: {
        type: 'boolean',
        description:
          'True when a version is missing or not semver; the check was not made (ok is true, message says why).',
      },
      message: {
        ...nullableString,
        description:
          'Why the check failed or was skipped, e.g. "2 breaking changes need 3.0.0; info.version is 2.5.0".',
      },
    },
  },
  summary: {
    type: 'object',
    description:
      'Counts by effective level, one per operation a change reaches ' +
      '(accepted changes included); accepted counts the accepted ones among ' +
      'them.',
    additionalProperties: false,
    required: ['breaking', 'warning', 'info', 'accepted', 'total', 'edits'],
    properties: {
      breaking: { type: 'integer', minimum: 0 },
      warning: { type: 'integer', minimum: 0 },
      info: { type: 'integer', minimum: 0 },
      accepted: { type: 'integer', minimum: 0 },
      total: { type: 'integer', minimum: 0, description: 'Changes, each counted once per operation it reaches.' },
      edits: { type: 'integer', minimum: 0, description: 'Distinct edits: a change in a shared schema counts once.' },
    },
  },
  gate: {
    type: ['object', 'null'],
    description: 'Set by `gate` and by `diff --fail-on`; null otherwise.',
    additionalProperties: false,
    required: ['ok', 'failOn', 'failOnApplied', 'policy', 'reasons'],
    properties: {
      ok: { type: 'boolean' },
      failOn: level,
      failOnApplied: {
        type: 'boolean',
        description:
          'Whether the fail-on level took part: under semver only when set ' +
          'explicitly (--fail-on or config failOn); under consumers only when set ' +
          'explicitly at warning or below (at-risk interactions then fail too).',
      },
      policy: {
        enum: ['semver', 'consumers'],
        description:
          'semver: fails when info.version is too low for the changes (and on ' +
          'levels only with an explicit fail-on). consumers: fails only when a ' +
          'change that is not accepted breaks a known consumer interaction ' +
          '(whatever its level), or a pact interaction newly fails with no change ' +
          'tied to it.',
      },
      reasons: { type: 'array', items: { type: 'string' } },
    },
  },
  impact: {
    type: ['object', 'null'],
    description:
      'Set when pacts were analysed (--pacts): every pact interaction checked ' +
      'against BASE and REVISION. Null otherwise.',
    additionalProperties: false,
    required: ['pacts', 'interactions', 'broken', 'unmapped', 'alreadyFailing'],
    properties: {
      pacts: { type: 'integer', minimum: 0, description: 'Pact files checked.' },
      interactions: { type: 'integer', minimum: 0, description: 'HTTP interactions checked.' },
      broken: {
        type: 'integer',
        minimum: 0,
        description:
          'Interactions the revision breaks: a read BASE guarantees and REVISION ' +
          'does not (field, header, status, media type), or a request REVISION ' +
          'rejects.',
      },
      unmapped: {
        type: 'array',
        items: consumerImpact,
        description: 'Broken interactions no change could be tied to (they fail the consumers policy).',
      },
      alreadyFailing: {
        type: 'array',
        items: consumerImpact,
        description: 'Interactions already invalid against BASE: reported, not blamed on the revision.',
      },
      atRisk: {
        type: 'integer',
        minimum: 0,
        description: 'Interactions not broken that a change puts at risk (it touches something they read).',
      },
      verdicts: {
        type: 'array',
        description: 'Every interaction checked, with its verdict: broken, at-risk or fine.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['consumer', 'interaction', 'pactLocation', 'verdict'],
          properties: {
            consumer: { type: 'string' },
            interaction: { type: 'string' },
            pactLocation: { type: 'string' },
            verdict: { type: 'string', enum: ['broken', 'at-risk', 'fine'] },
          },
        },
      },
    },
  },
  notes: {
    type: 'array',
    items: { type: 'string' },
    description:
      'Remarks that are not changes, e.g. config acceptances that matched ' +
      'nothing, or fields left empty (YAML null) that the loader read as ' +
      'absent.',
  },
};

export const PER_OPERATION_REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'contract-kit report, one change per operation (--format json --per-operation)',
  description:
    'The result of comparing two OpenAPI documents, every change listed ' +
    'under each operation it reaches (the flat shape of oasdiff). Keys are ' +
    'always present; new keys may be added in later versions (schemaVersion ' +
    'changes only when a key changes meaning).',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'base', 'revision', 'bump', 'version', 'summary', 'gate', 'impact', 'changes', 'notes'],
  properties: {
    schemaVersion: { const: 1 },
    ...commonProperties,
    changes: {
      type: 'array',
      description: 'Sorted by level, operation, rule id and pointer.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'level',
          'defaultLevel',
          'operation',
          'pointer',
          'location',
          'base',
          'revision',
          'message',
          'mitigation',
          'details',
          'accepted',
          'expiredAcceptance',
          'consumers',
          'atRisk',
        ],
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            description: 'The rule id (see `contract-kit rules`).',
          },
          level: { ...level, description: 'Effective level, after config overrides.' },
          defaultLevel: { ...level, description: "The rule's default level." },
          operation: { ...nullableString, description: '`METHOD /path`, or null for document-level changes.' },
          pointer: {
            type: 'string',
            description:
              "JSON pointer of the change: the revision side's pointer when present, " +
              "else the base side's; like theirs, the physical place into " +
              '`location.file` (for a shared component schema, the component, ' +
              'whichever operation the change is listed under).',
          },
          location: {
            type: 'object',
            additionalProperties: false,
            required: ['file', 'line'],
            properties: { file: { type: 'string' }, line: { type: 'integer', minimum: 1 } },
          },
          base: side,
          revision: side,
          message: { type: 'string' },
          mitigation: {
            ...nullableString,
            description:
              'For a breaking change, how to make it without breaking anyone (the ' +
              "rule's mitigation, see `contract-kit rules`); null otherwise.",
          },
          details,
          accepted,
          expiredAcceptance,
          consumers,
          atRisk,
        },
      },
    },
  },
} as const;

export const REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'contract-kit report (--format json)',
  description:
    'The result of comparing two OpenAPI documents: each edit once, with ' +
    'the operations that reach it. Keys are always present; new keys may be ' +
    'added in later versions (schemaVersion changes only when a key changes ' +
    'meaning; --per-operation gives schemaVersion 1).',
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion',
    'base',
    'revision',
    'bump',
    'version',
    'summary',
    'gate',
    'impact',
    'operations',
    'changes',
    'notes',
  ],
  properties: {
    schemaVersion: { const: 2 },
    ...commonProperties,
    operations: {
      type: 'array',
      items: { type: 'string' },
      description: 'Every operation an occurrence names (`METHOD /path`), once each, in report order.',
    },
    changes: {
      type: 'array',
      description:
        'One entry per edit (rule, place on both sides, message apart from ' +
        'operation, property path and status), in the order of their most ' +
        'severe occurrence.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'level',
          'defaultLevel',
          'pointer',
          'location',
          'base',
          'revision',
          'message',
          'mitigation',
          'occurrences',
        ],
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            description: 'The rule id (see `contract-kit rules`).',
          },
          level: { ...level, description: 'The most severe effective level among the occurrences.' },
          defaultLevel: { ...level, description: "The rule's default level." },
          pointer: {
            type: 'string',
            description:
              "JSON pointer of the edited node: the revision side's when present, " +
              "else the base side's, into `location.file`.",
          },
          location: {
            type: 'object',
            additionalProperties: false,
            required: ['file', 'line'],
            properties: { file: { type: 'string' }, line: { type: 'integer', minimum: 1 } },
          },
          base: side,
          revision: side,
          message: { type: 'string', description: 'The message of the first occurrence, without its operation.' },
          mitigation: {
            ...nullableString,
            description: 'For a breaking change, how to make it without breaking anyone; null otherwise.',
          },
          occurrences: { type: 'array', minItems: 1, items: occurrence },
        },
      },
    },
  },
} as const;

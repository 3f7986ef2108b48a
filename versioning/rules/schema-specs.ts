/**
 * The rule tables of the schema-keyword families (schema-types, schema-values, schema-bounds,
 * schema-required, schema-composition): which ids exist, with their level, direction and action.
 *
 * Pure data, no imports from the catalogue: the families feed these to `defineRules`, the mirror
 * test (test/versioning/rules/schema-mirrors.test.ts) reads them to check that every request-side
 * narrowing has its response-side widening counterpart.
 *
 * Ids are `<prefix>-<suffix>`: the prefix names the site (`request-body`, `request-property`,
 * `request-parameter`, ...; see `SchemaPrefix` in framework.ts), the suffix the change. One
 * suffix table covers every prefix it applies to.
 */
import type { Direction, Level, RuleAction } from '../model.ts';

export interface SchemaRuleSpec {
  level: Level;
  direction: Direction;
  action: RuleAction;
  oasdiff?: string | null;
}

export type SchemaFamilyName =
  'schema-types' | 'schema-values' | 'schema-bounds' | 'schema-required' | 'schema-composition';

/** Ids of ours with no oasdiff counterpart (everything else reuses oasdiff's id, or names it in `RENAMED`). */
const OWN: ReadonlySet<string> = new Set([
  // types
  // values
  'request-body-enum-value-added',
  'request-body-became-not-enum',
  'request-property-became-not-enum',
  'request-parameter-became-not-enum',
  'response-body-enum-value-added',
  'response-body-became-enum',
  'response-body-became-not-enum',
  'response-property-became-enum',
  'response-property-became-not-enum',
  'response-header-enum-value-added',
  'response-header-enum-value-removed',
  'response-header-became-enum',
  'response-header-became-not-enum',
  'request-parameter-const-added',
  'request-parameter-const-changed',
  'request-parameter-const-removed',
  'response-header-const-added',
  'response-header-const-changed',
  'response-header-const-removed',
  'request-body-x-extensible-enum-value-removed',
  // pattern
  'request-body-pattern-added',
  'request-body-pattern-changed',
  'request-body-pattern-generalized',
  'request-body-pattern-removed',
  'response-body-pattern-added',
  'response-body-pattern-changed',
  'response-body-pattern-removed',
  'response-header-pattern-added',
  'response-header-pattern-changed',
  'response-header-pattern-removed',
  // required / existence
  'request-parameter-property-became-required',
  'new-required-request-parameter-property',
  'response-deprecated-property-removed',
  // composition
  'request-property-wrapped-in-one-of',
  'response-property-wrapped-in-one-of',
]);

/** Our id -> oasdiff's id, where the concept is oasdiff's but the name differs. */
const RENAMED: Record<string, string> = {
  'response-body-enum-value-removed': 'response-mediatype-enum-value-removed',
};

/** oasdiff has these bound rules; every other bound id of the table is ours. */
const OASDIFF_BOUNDS: ReadonlySet<string> = new Set([
  ...['request-body', 'request-property'].flatMap((p) => [
    `${p}-max-decreased`,
    `${p}-max-increased`,
    `${p}-max-set`,
    `${p}-exclusive-max-decreased`,
    `${p}-exclusive-max-increased`,
    `${p}-exclusive-max-set`,
    `${p}-max-length-decreased`,
    `${p}-max-length-increased`,
    `${p}-max-length-set`,
    `${p}-min-increased`,
    `${p}-min-decreased`,
    `${p}-min-set`,
    `${p}-exclusive-min-increased`,
    `${p}-exclusive-min-decreased`,
    `${p}-exclusive-min-set`,
    `${p}-min-length-increased`,
    `${p}-min-length-decreased`,
    `${p}-min-items-increased`,
    `${p}-min-items-set`,
  ]),
  'request-parameter-max-decreased',
  'request-parameter-max-increased',
  'request-parameter-max-set',
  'request-parameter-exclusive-max-decreased',
  'request-parameter-exclusive-max-increased',
  'request-parameter-exclusive-max-set',
  'request-parameter-max-length-decreased',
  'request-parameter-max-length-increased',
  'request-parameter-max-length-set',
  'request-parameter-max-items-decreased',
  'request-parameter-max-items-increased',
  'request-parameter-min-increased',
  'request-parameter-min-decreased',
  'request-parameter-min-set',
  'request-parameter-exclusive-min-increased',
  'request-parameter-exclusive-min-decreased',
  'request-parameter-exclusive-min-set',
  'request-parameter-min-length-increased',
  'request-parameter-min-length-decreased',
  'request-parameter-min-items-increased',
  'request-parameter-min-items-decreased',
  'request-parameter-min-items-set',
  ...['response-body', 'response-property'].flatMap((p) => [
    `${p}-max-increased`,
    `${p}-exclusive-max-increased`,
    `${p}-max-length-increased`,
    `${p}-max-length-unset`,
    `${p}-min-decreased`,
    `${p}-exclusive-min-decreased`,
    `${p}-min-items-decreased`,
    `${p}-min-items-unset`,
    `${p}-min-length-decreased`,
  ]),
]);

// ---------------------------------------------------------------------------
// Shared vocabulary
// ---------------------------------------------------------------------------

export const REQUEST_VALUE_PREFIXES = ['request-body', 'request-property', 'request-parameter'] as const;
export const RESPONSE_VALUE_PREFIXES = ['response-body', 'response-property', 'response-header'] as const;

/** A bound keyword of the bounds table: its id stem, JSON keyword, and whether it bounds from below. */
export interface BoundKeyword {
  stem: string;
  lower: boolean;
  numeric: boolean;
}

export const BOUND_KEYWORDS: readonly BoundKeyword[] = [
  { stem: 'min', lower: true, numeric: true },
  { stem: 'exclusive-min', lower: true, numeric: true },
  { stem: 'max', lower: false, numeric: true },
  { stem: 'exclusive-max', lower: false, numeric: true },
  { stem: 'min-length', lower: true, numeric: false },
  { stem: 'max-length', lower: false, numeric: false },
  { stem: 'min-items', lower: true, numeric: false },
  { stem: 'max-items', lower: false, numeric: false },
];

/** The suffix of a bound moving tighter (`narrow`) or looser (`widen`) by value. */
export function boundSuffix(k: BoundKeyword, move: 'tighter' | 'looser'): string {
  const up = (move === 'tighter') === k.lower;
  return `${k.stem}-${up ? 'increased' : 'decreased'}`;
}

/** readOnly request properties: oasdiff reports these bound narrowings as info (clients do not send them). */
export const READ_ONLY_BOUND_IDS = [
  'request-read-only-property-max-decreased',
  'request-read-only-property-max-length-decreased',
  'request-read-only-property-min-increased',
  'request-read-only-property-exclusive-min-increased',
  'request-read-only-property-exclusive-max-decreased',
] as const;

// ---------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------

const TABLES: Record<SchemaFamilyName, Record<string, SchemaRuleSpec>> = {
  'schema-types': {},
  'schema-values': {},
  'schema-bounds': {},
  'schema-required': {},
  'schema-composition': {},
};

const B: Level = 'breaking';
const W: Level = 'warning';
const I: Level = 'info';

function rule(family: SchemaFamilyName, id: string, level: Level, action: RuleAction, own?: boolean): void {
  const direction: Direction =
    id.startsWith('response-') || id.startsWith('optional-response') ? 'response' : 'request';
  const spec: SchemaRuleSpec = { level, direction, action };
  if (RENAMED[id]) spec.oasdiff = RENAMED[id];
  else if (own ?? OWN.has(id)) spec.oasdiff = null;
  if (TABLES[family][id]) throw new Error(`schema rule ${id} declared twice`);
  TABLES[family][id] = spec;
}

function each(
  family: SchemaFamilyName,
  prefixes: readonly string[],
  suffixes: ReadonlyArray<readonly [string, Level, RuleAction]>,
): void {
  for (const p of prefixes) for (const [s, level, action] of suffixes) rule(family, `${p}-${s}`, level, action);
}

// --- types, formats, type lists, nullable ----------------------------------
each(
  'schema-types',
  ['request-body', 'request-property'],
  [
    ['type-changed', B, 'change'],
    ['type-generalized', I, 'change'],
    ['type-compatible', I, 'change'],
  ],
);
each(
  'schema-types',
  ['request-parameter'],
  [
    ['type-changed', B, 'change'],
    ['type-generalized', I, 'change'],
  ],
);
each(
  'schema-types',
  ['request-parameter-property'],
  [
    ['type-specialized', B, 'change'],
    ['type-changed', W, 'change'],
    ['type-generalized', I, 'change'],
  ],
);
each('schema-types', RESPONSE_VALUE_PREFIXES, [
  ['type-changed', B, 'change'],
  ['type-generalized', B, 'change'],
  ['type-specialized', I, 'change'],
  ['type-compatible', I, 'change'],
]);
each(
  'schema-types',
  ['request-body', 'request-property', 'request-parameter', 'request-parameter-property'],
  [
    ['list-of-types-narrowed', B, 'change'],
    ['list-of-types-widened', I, 'change'],
  ],
);
each(
  'schema-types',
  ['response-body', 'response-property'],
  [
    ['list-of-types-widened', B, 'change'],
    ['list-of-types-narrowed', I, 'change'],
  ],
);
each(
  'schema-types',
  ['request-body', 'request-property', 'request-parameter', 'request-parameter-property'],
  [
    ['became-not-nullable', B, 'change'],
    ['became-nullable', I, 'change'],
  ],
);
each('schema-types', RESPONSE_VALUE_PREFIXES, [
  ['became-nullable', B, 'change'],
  ['became-not-nullable', I, 'change'],
]);

// --- enum / const / default / x-extensible-enum ----------------------------
each(
  'schema-values',
  ['request-body', 'request-property', 'request-parameter', 'request-parameter-property'],
  [
    ['enum-value-removed', B, 'remove'],
    ['enum-value-added', I, 'add'],
  ],
);
each('schema-values', REQUEST_VALUE_PREFIXES, [
  ['became-enum', B, 'change'],
  ['became-not-enum', I, 'change'],
]);
rule('schema-values', 'request-header-property-became-enum', B, 'change');
rule('schema-values', 'request-read-only-property-enum-value-removed', I, 'remove');
each('schema-values', RESPONSE_VALUE_PREFIXES, [
  ['enum-value-added', W, 'add'],
  ['enum-value-removed', I, 'remove'],
  ['became-not-enum', W, 'change'],
  ['became-enum', I, 'change'],
]);
rule('schema-values', 'response-write-only-property-enum-value-added', I, 'add');
each('schema-values', REQUEST_VALUE_PREFIXES, [
  ['const-added', B, 'change'],
  ['const-changed', B, 'change'],
  ['const-removed', I, 'change'],
]);
each('schema-values', RESPONSE_VALUE_PREFIXES, [
  ['const-added', I, 'change'],
  ['const-changed', B, 'change'],
  ['const-removed', B, 'change'],
]);
each(
  'schema-values',
  ['request-body', 'request-property', 'response-body', 'response-property'],
  [
    ['default-value-added', I, 'add'],
    ['default-value-changed', I, 'change'],
    ['default-value-removed', I, 'remove'],
  ],
);
each(
  'schema-values',
  ['request-parameter'],
  [
    ['default-value-added', B, 'change'],
    ['default-value-changed', B, 'change'],
    ['default-value-removed', B, 'change'],
  ],
);
each('schema-values', REQUEST_VALUE_PREFIXES, [['x-extensible-enum-value-removed', B, 'remove']]);

// --- bounds and pattern ----------------------------------------------------
for (const p of REQUEST_VALUE_PREFIXES) {
  for (const k of BOUND_KEYWORDS) {
    for (const [suffix, level] of [
      [boundSuffix(k, 'tighter'), B],
      [boundSuffix(k, 'looser'), I],
      [`${k.stem}-set`, W],
    ] as const) {
      const id = `${p}-${suffix}`;
      rule('schema-bounds', id, level, 'change', !OASDIFF_BOUNDS.has(id));
    }
  }
}
for (const id of READ_ONLY_BOUND_IDS) rule('schema-bounds', id, I, 'change');
for (const p of RESPONSE_VALUE_PREFIXES) {
  for (const k of BOUND_KEYWORDS) {
    for (const suffix of [boundSuffix(k, 'looser'), `${k.stem}-unset`]) {
      const id = `${p}-${suffix}`;
      rule('schema-bounds', id, B, 'change', !OASDIFF_BOUNDS.has(id));
    }
  }
}
each('schema-bounds', REQUEST_VALUE_PREFIXES, [
  ['pattern-added', B, 'change'],
  ['pattern-changed', W, 'change'],
  ['pattern-generalized', I, 'change'],
  ['pattern-removed', I, 'change'],
]);
rule('schema-bounds', 'request-parameter-number-became-pattern', W, 'change', true);
each('schema-bounds', RESPONSE_VALUE_PREFIXES, [
  ['pattern-added', I, 'change'],
  ['pattern-changed', I, 'change'],
  ['pattern-removed', I, 'change'],
]);

// --- required / optional, existence, readOnly / writeOnly ------------------
rule('schema-required', 'request-property-became-required', B, 'change');
rule('schema-required', 'request-property-became-required-with-default', B, 'change');
rule('schema-required', 'request-property-became-optional', I, 'change');
rule('schema-required', 'request-header-property-became-required', B, 'change');
rule('schema-required', 'request-parameter-property-became-required', B, 'change');
rule('schema-required', 'new-required-request-property', B, 'add');
rule('schema-required', 'new-required-request-property-with-default', B, 'add');
rule('schema-required', 'new-optional-request-property', I, 'add');
rule('schema-required', 'request-property-removed', W, 'remove');
rule('schema-required', 'new-required-request-header-property', B, 'add');
rule('schema-required', 'new-required-request-parameter-property', B, 'add');
rule('schema-required', 'response-property-became-optional', B, 'change');
rule('schema-required', 'response-property-became-required', I, 'change');
rule('schema-required', 'response-write-only-property-became-optional', I, 'change');
rule('schema-required', 'response-write-only-property-became-required', I, 'change');
rule('schema-required', 'response-required-property-removed', B, 'remove');
rule('schema-required', 'response-optional-property-removed', W, 'remove');
rule('schema-required', 'response-deprecated-property-removed', W, 'remove');
rule('schema-required', 'response-required-property-added', I, 'add');
rule('schema-required', 'response-optional-property-added', I, 'add');
for (const req of ['required', 'optional']) {
  rule('schema-required', `response-${req}-write-only-property-added`, I, 'add');
  rule('schema-required', `response-${req}-write-only-property-removed`, I, 'remove');
  for (const dir of ['request', 'response']) {
    for (const flag of ['read-only', 'write-only']) {
      for (const neg of ['', 'not-']) {
        const id = `${dir}-${req}-property-became-${neg}${flag}`;
        // A request property that became readOnly: validating servers reject requests that carry it.
        const warn =
          id === 'response-required-property-became-not-write-only' ||
          (dir === 'request' && neg === '' && flag === 'read-only');
        rule('schema-required', id, warn ? W : I, 'change');
      }
    }
  }
}

// --- additionalProperties: objects closed or opened, map values constrained or freed ---
// (no oasdiff counterpart). `-narrowed` / `-widened`: open (absent, `true`, `{}`) <-> a schema.
for (const [p, rules] of [
  [
    'request-body',
    [
      ['additional-properties-disallowed', W],
      ['additional-properties-schema-removed', B],
      ['additional-properties-allowed', I],
      ['additional-properties-narrowed', W],
      ['additional-properties-widened', I],
    ],
  ],
  [
    'request-property',
    [
      ['additional-properties-disallowed', W],
      ['additional-properties-schema-removed', B],
      ['additional-properties-allowed', I],
      ['additional-properties-narrowed', W],
      ['additional-properties-widened', I],
    ],
  ],
  [
    'response-body',
    [
      ['additional-properties-allowed', W],
      ['additional-properties-disallowed', I],
      ['additional-properties-widened', B],
      ['additional-properties-narrowed', I],
    ],
  ],
  [
    'response-property',
    [
      ['additional-properties-allowed', W],
      ['additional-properties-disallowed', I],
      ['additional-properties-widened', B],
      ['additional-properties-narrowed', I],
    ],
  ],
  // Object-valued parameters (deepObject, form-exploded objects, headers, `content` parameters) and their object
  // properties.
  [
    'request-parameter',
    [
      ['additional-properties-disallowed', W],
      ['additional-properties-schema-removed', B],
      ['additional-properties-allowed', I],
      ['additional-properties-narrowed', W],
      ['additional-properties-widened', I],
    ],
  ],
] as const) {
  for (const [s, level] of rules) rule('schema-required', `${p}-${s}`, level, 'change', true);
}

// --- allOf / anyOf / oneOf / discriminator ---------------------------------
each(
  'schema-composition',
  ['request-body', 'request-property'],
  [
    ['all-of-added', B, 'change'],
    ['all-of-removed', W, 'change'],
    ['any-of-added', I, 'add'],
    ['any-of-removed', B, 'remove'],
    ['one-of-added', I, 'add'],
    ['one-of-removed', B, 'remove'],
    ['wrapped-in-one-of', B, 'change'],
  ],
);
each(
  'schema-composition',
  ['response-body', 'response-property'],
  [
    ['all-of-added', I, 'change'],
    ['all-of-removed', I, 'change'],
    ['any-of-added', I, 'add'],
    ['any-of-removed', I, 'remove'],
    ['one-of-added', B, 'add'],
    ['one-of-removed', I, 'remove'],
    ['wrapped-in-one-of', B, 'change'],
  ],
);
// anyOf <-> oneOf with the same alternatives (no oasdiff counterpart): oneOf rejects values matching several.
for (const p of ['request-body', 'request-property']) {
  rule('schema-composition', `${p}-any-of-became-one-of`, W, 'change', true);
  rule('schema-composition', `${p}-one-of-became-any-of`, I, 'change', true);
}
for (const p of ['response-body', 'response-property']) {
  rule('schema-composition', `${p}-one-of-became-any-of`, W, 'change', true);
  rule('schema-composition', `${p}-any-of-became-one-of`, I, 'change', true);
}
each(
  'schema-composition',
  ['request-body', 'request-property', 'response-body', 'response-property'],
  [
    ['all-of-added-annotation-only', I, 'docs'],
    ['all-of-removed-annotation-only', I, 'docs'],
    ['discriminator-added', I, 'change'],
    ['discriminator-removed', I, 'change'],
    ['discriminator-property-name-changed', I, 'change'],
    ['discriminator-mapping-added', I, 'add'],
    ['discriminator-mapping-deleted', I, 'remove'],
    ['discriminator-mapping-changed', I, 'change'],
  ],
);

/** Every schema-keyword rule, by family. */
export const SCHEMA_RULE_TABLES: Readonly<Record<SchemaFamilyName, Readonly<Record<string, SchemaRuleSpec>>>> = TABLES;

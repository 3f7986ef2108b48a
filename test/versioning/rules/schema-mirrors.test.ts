/**
 * Mirror rules: every request-side schema rule that flags a narrowing (breaking or warning) must
 * have its response-side widening counterpart, so that "clients may no longer send X" and
 * "clients may now receive X" are judged alike. Parameters mirror onto response headers (the
 * only other place values travel outside bodies). Exceptions are listed with their reason.
 */
import { expect } from 'chai';
import { RULES } from '../../../versioning/rules/registry.ts';
import { BOUND_KEYWORDS } from '../../../versioning/rules/schema-variants.ts';

const PREFIX_MIRRORS: Record<string, readonly string[]> = {
  'request-body': ['response-body'],
  'request-property': ['response-property'],
  'request-parameter': ['response-header'],
  'request-parameter-property': ['response-header-property', 'response-header'],
  'request-header-property': ['response-header-property', 'response-header'],
};

const SUFFIX_MIRRORS: Record<string, string> = {
  'type-changed': 'type-changed',
  'type-specialized': 'type-generalized',
  'list-of-types-narrowed': 'list-of-types-widened',
  'became-not-nullable': 'became-nullable',
  'enum-value-removed': 'enum-value-added',
  'became-enum': 'became-not-enum',
  'const-added': 'const-removed',
  'const-changed': 'const-changed',
  'pattern-added': 'pattern-removed',
  'pattern-changed': 'pattern-changed',
  'all-of-added': 'all-of-removed',
  'all-of-removed': 'all-of-added',
  'any-of-removed': 'any-of-added',
  'one-of-removed': 'one-of-added',
  'wrapped-in-one-of': 'wrapped-in-one-of',
  'any-of-became-one-of': 'one-of-became-any-of',
  'additional-properties-disallowed': 'additional-properties-allowed',
  'additional-properties-schema-removed': 'additional-properties-allowed',
  'additional-properties-narrowed': 'additional-properties-widened',
  'became-required': 'became-optional',
  'became-required-with-default': 'became-optional',
};
for (const k of BOUND_KEYWORDS) {
  SUFFIX_MIRRORS[`${k.stem}-${k.lower ? 'increased' : 'decreased'}`] =
    `${k.stem}-${k.lower ? 'decreased' : 'increased'}`;
  SUFFIX_MIRRORS[`${k.stem}-set`] = `${k.stem}-unset`;
}

/** Rules whose ids do not follow `<prefix>-<suffix>`. */
const WHOLE_MIRRORS: Record<string, string> = {
  'new-required-request-property': 'response-required-property-removed',
  'new-required-request-property-with-default': 'response-required-property-removed',
  'request-property-removed': 'response-optional-property-added',
};

const NO_MIRROR: Record<string, string> = {
  'request-required-property-became-read-only':
    'readOnly in a request says clients must not send the property ' +
    '(validating servers reject it); its response-side counterpart is ' +
    'writeOnly, which hides the property from what clients receive and is ' +
    'judged by the response property rules',
  'request-optional-property-became-read-only':
    'readOnly in a request says clients must not send the property ' +
    '(validating servers reject it); its response-side counterpart is ' +
    'writeOnly, which hides the property from what clients receive and is ' +
    'judged by the response property rules',
  'request-parameter-number-became-pattern':
    'an integer parameter sent as text rewritten as a string pattern; in a ' +
    'response header the same rewrite narrows what clients receive, which ' +
    'breaks nothing (response-header-pattern-added is info)',
  'request-parameter-default-value-added':
    'a parameter default is what the server assumes when a client omits the ' +
    'parameter; a response has no value the client omits',
  'request-parameter-default-value-changed':
    'a parameter default is what the server assumes when a client omits the ' +
    'parameter; a response has no value the client omits',
  'request-parameter-default-value-removed':
    'a parameter default is what the server assumes when a client omits the ' +
    'parameter; a response has no value the client omits',
  'request-body-x-extensible-enum-value-removed':
    'x-extensible-enum declares an open set: clients must already expect values beyond the list in responses',
  'request-property-x-extensible-enum-value-removed':
    'x-extensible-enum declares an open set: clients must already expect values beyond the list in responses',
  'request-parameter-x-extensible-enum-value-removed':
    'x-extensible-enum declares an open set: clients must already expect values beyond the list in responses',
  'request-parameter-list-of-types-narrowed':
    'a response header is one string on the wire; its type-list changes are ' +
    'reported by response-header-type-generalized / -changed',
  'request-parameter-property-list-of-types-narrowed':
    'a response header is one string on the wire; its type-list changes are ' +
    'reported by response-header-type-generalized / -changed',
  'new-required-request-header-property':
    'a new member of an object-valued parameter has no response-side ' +
    'counterpart: response headers are compared whole ' +
    '(response-header-became-optional, headers family)',
  'new-required-request-parameter-property':
    'a new member of an object-valued parameter has no response-side ' +
    'counterpart: response headers are compared whole ' +
    '(response-header-became-optional, headers family)',
  'request-parameter-additional-properties-disallowed':
    'the additional properties of an object-valued parameter have no ' +
    'response-side counterpart: response headers are compared whole ' +
    '(response-header-became-optional, headers family), not by their object ' +
    'members',
  'request-parameter-additional-properties-schema-removed':
    'the additional properties of an object-valued parameter have no ' +
    'response-side counterpart: response headers are compared whole ' +
    '(response-header-became-optional, headers family), not by their object ' +
    'members',
  'request-parameter-additional-properties-narrowed':
    'the additional properties of an object-valued parameter have no ' +
    'response-side counterpart: response headers are compared whole ' +
    '(response-header-became-optional, headers family), not by their object ' +
    'members',
};

const registered = new Set(RULES.map((r) => r.id));

function mirrorsOf(id: string): string[] {
  if (WHOLE_MIRRORS[id]) return [WHOLE_MIRRORS[id]];
  const prefix = Object.keys(PREFIX_MIRRORS)
    .sort((a, b) => b.length - a.length)
    .find((p) => id.startsWith(p + '-'));
  if (!prefix) return [];
  const suffix = SUFFIX_MIRRORS[id.slice(prefix.length + 1)];
  if (!suffix) return [];
  return PREFIX_MIRRORS[prefix]!.map((p) => `${p}-${suffix}`);
}

const SCHEMA_FAMILIES = ['schema-types', 'schema-values', 'schema-bounds', 'schema-required', 'schema-composition'];

const narrowing = RULES.filter(
  (r) => SCHEMA_FAMILIES.includes(r.family) && r.direction === 'request' && r.level !== 'info',
).map((r) => r.id);

describe('schema rules: request narrowings have response mirrors', () => {
  it('the schema families declare request-side narrowing rules (the check below is not vacuous)', () => {
    expect(narrowing.length).to.be.greaterThan(50);
  });

  it('every request-side narrowing has a registered response-side widening rule, or a stated reason', () => {
    const missing = narrowing.filter((id) => !(id in NO_MIRROR) && !mirrorsOf(id).some((m) => registered.has(m)));
    expect(
      missing.map((id) => `${id} (expected one of: ${mirrorsOf(id).join(', ') || 'no mapping for this suffix'})`),
    ).to.deep.equal([]);
  });

  it(
    'mirrors are response-side rules (their level may be lower where ' +
      'oasdiff ranks it so, e.g. a response pattern removed is info)',
    () => {
      for (const id of narrowing) {
        for (const m of mirrorsOf(id))
          if (registered.has(m)) expect(RULES.find((r) => r.id === m)!.direction, m).to.equal('response');
      }
    },
  );

  it('every exception names a real request-side narrowing that really has no mirror', () => {
    for (const [id, reason] of Object.entries(NO_MIRROR)) {
      expect(narrowing, `${id} is not a request-side narrowing rule of the schema families`).to.include(id);
      expect(
        mirrorsOf(id).filter((m) => registered.has(m)),
        `${id} has a mirror now: drop the exception`,
      ).to.deep.equal([]);
      expect(reason.length, id).to.be.greaterThan(20);
    }
  });
});

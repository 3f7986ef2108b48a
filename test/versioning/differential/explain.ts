/**
 * Why contract-kit and openapi-diff may judge a generated case differently. Each entry is a
 * narrow predicate over (case, direction, both judgements) with a one-line reason; the first
 * that holds explains the difference. A difference no entry explains fails the test.
 *
 * `kind` says whose verdict the entry defends:
 * - `oracle-blind`: openapi-diff (json-schema-diff 0.18) does not read the keyword at all.
 * - `convention`:   both engines see the change; contract-kit rates it as oasdiff does, where the
 *                   pure set-of-values reading (openapi-diff's) differs on purpose.
 * - `set-semantics`: a consequence of JSON Schema set semantics that contract-kit does not model
 *                   (oneOf exclusivity, open objects); contract-kit judges the keyword locally.
 * - `ours-gap`:     a known weakness of contract-kit, kept visible here until a rule covers it.
 */
import type { Case } from './generate.ts';
import type { Direction, OurJudgement, TheirJudgement } from './engines.ts';

export type ExplanationKind = 'oracle-blind' | 'convention' | 'set-semantics' | 'ours-gap';

export interface Situation {
  c: Case;
  dir: Direction;
  ours: OurJudgement;
  theirs: TheirJudgement;
}

export interface Explanation {
  id: string;
  kind: ExplanationKind;
  reason: string;
  holds(s: Situation): boolean;
}

const oursSay = (s: Situation, re: RegExp): boolean => s.ours.ids[s.dir].some((x) => re.test(x));
const theirCodes = (s: Situation): string[] => s.theirs.codes[s.dir];
const weBreak = (s: Situation): boolean => s.ours[s.dir] === 'breaking';
const theyBreak = (s: Situation): boolean => s.theirs[s.dir] === 'breaking';
const mutation = (s: Situation, ...names: string[]): boolean => names.includes(s.c.mutation.name);
const underOneOf = (s: Situation): boolean => /\/oneOf\//.test(s.c.mutation.at + '/');
const bothWays = (s: Situation): boolean =>
  theirCodes(s).some((c) => c.includes('.scope.add')) && theirCodes(s).some((c) => c.includes('.scope.remove'));

export const EXPLANATIONS: readonly Explanation[] = [
  {
    id: 'oracle-ignores-enum',
    kind: 'oracle-blind',
    reason:
      'json-schema-diff 0.18 does not support `enum` (its KEYWORDS.md), so ' +
      'openapi-diff sees no change; contract-kit judges enum values',
    holds: (s) => mutation(s, 'enum-narrow', 'enum-widen', 'enum-add', 'enum-remove') && theirCodes(s).length === 0,
  },
  {
    id: 'oracle-ignores-nullable',
    kind: 'oracle-blind',
    reason: 'openapi-diff ignores OpenAPI 3.0 `nullable`, so it sees no change; contract-kit judges null as a value',
    holds: (s) => mutation(s, 'nullable-add', 'nullable-remove') && theirCodes(s).length === 0,
  },
  {
    id: 'oneOf-exclusivity',
    kind: 'set-semantics',
    reason:
      'inside a oneOf, changing one alternative also changes which values ' +
      'match exactly one alternative, so set semantics sees a widening and a ' +
      'narrowing at once; contract-kit judges the alternative by itself',
    holds: (s) =>
      underOneOf(s) &&
      (bothWays(s) ||
        (s.c.mutation.effect === 'narrow' && theirCodes(s).some((c) => c.includes('.scope.add'))) ||
        (s.c.mutation.effect === 'widen' && theirCodes(s).some((c) => c.includes('.scope.remove')))),
  },
  {
    id: 'alternative-judged-locally',
    kind: 'set-semantics',
    reason:
      'a changed anyOf/oneOf alternative is judged by itself (a type change ' +
      'there is breaking), even when the union as a whole only lost values in ' +
      'a response or gained them in a request',
    holds: (s) =>
      /\/(anyOf|oneOf)\/\d+$/.test(s.c.mutation.at) &&
      weBreak(s) &&
      !theyBreak(s) &&
      oursSay(s, /type-changed:breaking$/),
  },
  {
    id: 'oneOf-overlap-removed',
    kind: 'set-semantics',
    reason:
      'removing an alternative that overlapped another admits values that ' +
      'used to match two alternatives (invalid under oneOf); contract-kit ' +
      'treats a removed oneOf alternative as a narrowing',
    holds: (s) =>
      mutation(s, 'xOf-branch-remove') &&
      s.dir === 'response' &&
      !weBreak(s) &&
      theyBreak(s) &&
      oursSay(s, /one-of-removed/),
  },
  {
    id: 'bound-set-is-warning',
    kind: 'convention',
    reason:
      'oasdiff parity: adding a bound where there was none (`*-set`) is a ' +
      'warning (the server may already have enforced it), not a break; set ' +
      'semantics calls it a narrowing',
    holds: (s) => s.dir === 'request' && !weBreak(s) && theyBreak(s) && oursSay(s, /-set:warning$/),
  },
  {
    id: 'new-property-on-open-object',
    kind: 'convention',
    reason:
      'a new optional request property on an open object narrows the set (any ' +
      'value was accepted under that name before); like oasdiff, contract-kit ' +
      'treats it as additive',
    holds: (s) =>
      mutation(s, 'property-add-optional') &&
      s.dir === 'request' &&
      !weBreak(s) &&
      oursSay(s, /^new-optional-request-property:info$/),
  },
  {
    id: 'new-property-on-closed-object',
    kind: 'convention',
    reason:
      'a new optional response property on a closed object ' +
      '(additionalProperties: false) widens the set; like oasdiff, ' +
      'contract-kit treats it as additive (info)',
    holds: (s) =>
      mutation(s, 'property-add-optional') &&
      s.dir === 'response' &&
      !weBreak(s) &&
      oursSay(s, /^response-optional-property-added:info$/),
  },
  {
    id: 'property-removed-is-warning',
    kind: 'convention',
    reason:
      'removing a property widens an open object (the name is unconstrained) ' +
      'and narrows a closed one; like oasdiff, contract-kit warns instead of ' +
      'breaking',
    holds: (s) =>
      mutation(s, 'property-remove-optional', 'property-remove-required', 'allOf-member-remove') &&
      !weBreak(s) &&
      oursSay(s, /property-removed:warning$/),
  },
  {
    id: 'wrapped-in-oneOf-breaks',
    kind: 'convention',
    reason:
      'oasdiff parity: `*-wrapped-in-one-of` is breaking in requests ' +
      '(generated clients change shape) although the accepted set only grows',
    holds: (s) => s.dir === 'request' && weBreak(s) && !theyBreak(s) && oursSay(s, /wrapped-in-one-of:breaking$/),
  },
  {
    id: 'anyOf-added-is-info',
    kind: 'convention',
    reason:
      'oasdiff parity: a new anyOf alternative in a response is info (a new ' +
      'oneOf alternative is breaking); set semantics calls both a widening',
    holds: (s) => s.dir === 'response' && !weBreak(s) && theyBreak(s) && oursSay(s, /any-of-added:info$/),
  },
  {
    id: 'allOf-removed-level',
    kind: 'convention',
    reason:
      'oasdiff parity: removing an allOf member is info in a response and a ' +
      'warning in a request; set semantics calls it a widening',
    holds: (s) =>
      mutation(s, 'allOf-member-remove') && !weBreak(s) && theyBreak(s) && oursSay(s, /all-of-removed:(info|warning)$/),
  },
  {
    id: 'oneOf-anyOf-swap-is-warning',
    kind: 'set-semantics',
    reason:
      '`anyOf` -> `oneOf` in a request (or `oneOf` -> `anyOf` in a response) ' +
      'with the same alternatives changes only the values that match several ' +
      'alternatives; contract-kit warns (`*-any-of-became-one-of` / ' +
      '`*-one-of-became-any-of`) without deciding whether the alternatives ' +
      'can overlap, set semantics breaks when they can',
    holds: (s) =>
      mutation(s, 'oneOf-to-anyOf', 'anyOf-to-oneOf') &&
      !weBreak(s) &&
      theyBreak(s) &&
      oursSay(s, /-(any-of-became-one-of|one-of-became-any-of):warning$/),
  },
  {
    id: 'additional-properties-is-warning',
    kind: 'convention',
    reason:
      'closing a request object (`additionalProperties: false`) or opening a ' +
      'closed response object is a warning ' +
      '(`*-additional-properties-disallowed` / `-allowed`; oasdiff has no ' +
      'rule): it breaks only clients that send undocumented fields, or strict ' +
      'clients that reject unknown ones; set semantics calls it a break',
    holds: (s) =>
      mutation(s, 'additional-properties-false', 'additional-properties-allow') &&
      !weBreak(s) &&
      theyBreak(s) &&
      oursSay(s, /-additional-properties-(disallowed|allowed):warning$/),
  },
  {
    id: 'additional-properties-schema-is-warning',
    kind: 'convention',
    reason:
      'giving an open request object an `additionalProperties` schema is a ' +
      'warning (`*-additional-properties-narrowed`; oasdiff has no rule), ' +
      'like closing it: documented requests stay valid, only undocumented ' +
      'fields of another shape are rejected; set semantics calls it a break',
    holds: (s) =>
      mutation(s, 'additional-properties-schema-set') &&
      s.dir === 'request' &&
      !weBreak(s) &&
      theyBreak(s) &&
      oursSay(s, /^request-(body|property)-additional-properties-narrowed:warning$/),
  },
];

export function explain(s: Situation): Explanation | undefined {
  return EXPLANATIONS.find((e) => e.holds(s));
}

/**
 * The one rule catalogue: every rule, written once. Each family has its section (one file per
 * family under catalogue/, named after the family's file), keyed by rule id: how the rule judges
 * (level, direction, action, oasdiff counterpart), its message template, description and
 * mitigation. The families declare no rules of their own (`defineRules(NAME)` reads the section)
 * and name the rules they emit through `R`, never by an id string, so that each id is written
 * literally once, here (test/versioning/rules/rule-ids.test.ts checks).
 *
 * Message templates name the operation implicitly (the renderer, report/render.ts, prefixes
 * `GET /path: `) and use `{where}` (e.g. "property `a.b` of the 200 response body") and
 * `{property}` placeholders, whose values the schema-site helpers give as data.
 */
import type { RuleEntry } from './catalogue/entry.ts';
import { callbacks } from './catalogue/callbacks.ts';
import { docs } from './catalogue/docs.ts';
import { endpoints } from './catalogue/endpoints.ts';
import { lifecycle } from './catalogue/lifecycle.ts';
import { requestBody } from './catalogue/request-body.ts';
import { requestParameters } from './catalogue/request-parameters.ts';
import { responseHeaders } from './catalogue/response-headers.ts';
import { responses } from './catalogue/responses.ts';
import { schema202012 } from './catalogue/schema-2020-12.ts';
import { schemaBounds } from './catalogue/schema-bounds.ts';
import { schemaComposition } from './catalogue/schema-composition.ts';
import { schemaNot } from './catalogue/schema-not.ts';
import { schemaRequired } from './catalogue/schema-required.ts';
import { schemaTypes } from './catalogue/schema-types.ts';
import { schemaValues } from './catalogue/schema-values.ts';
import { security } from './catalogue/security.ts';

export type { RuleEntry, RuleSpec } from './catalogue/entry.ts';

/** Each family's section, by family name (the name its file declares). */
export const SECTIONS = {
  'schema-2020-12': schema202012,
  'schema-types': schemaTypes,
  'schema-values': schemaValues,
  'schema-bounds': schemaBounds,
  'schema-required': schemaRequired,
  'schema-composition': schemaComposition,
  'schema-not': schemaNot,
  'request-parameters': requestParameters,
  'request-body': requestBody,
  responses,
  'response-headers': responseHeaders,
  endpoints,
  lifecycle,
  security,
  docs,
  callbacks,
} as const;

export type FamilyName = keyof typeof SECTIONS;

/** `A | B` -> `A & B`. */
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every section's entries, keyed by rule id. */
type Catalogue = Intersection<(typeof SECTIONS)[FamilyName]>;

// Object.assign, not an object spread: spreading ~680 keys into one literal is a measurable part
// of the CLI's start-up (docs/performance.md).
export const CATALOGUE = Object.assign({}, ...Object.values(SECTIONS)) as Catalogue satisfies Record<string, RuleEntry>;

/** Every rule id; a misspelt id does not compile. */
export type RuleId = keyof typeof CATALOGUE;

/** `request-body-added-required` -> `requestBodyAddedRequired`. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** The rule ids by name: `R.requestBodyAddedRequired` is `'request-body-added-required'`. */
export type RuleNames = { readonly [Id in RuleId as CamelCase<Id>]: Id };

function ruleNames(ids: readonly string[]): RuleNames {
  const out: Record<string, string> = {};
  for (const id of ids) {
    const name = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    if (name in out) throw new Error(`rule ids ${out[name]} and ${id} have the same name ${name}`);
    out[name] = id;
  }
  return Object.freeze(out) as unknown as RuleNames;
}

/**
 * How code names a rule: `finding(R.requestBodyAddedRequired, ...)`. A grep for the name finds
 * every place that emits the rule; a grep for the id finds its one entry above.
 */
export const R: RuleNames = ruleNames(Object.keys(CATALOGUE));

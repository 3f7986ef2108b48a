/**
 * Schema types and formats, 3.1 type lists, and nullability, at every schema site.
 *
 * A type change is judged on two axes, evaluated separately and then combined:
 * - the type set (without `"null"`, which is the nullable rules' business): `integer` is a
 *   subset of `number`, no type means any value;
 * - the format: removing a format widens, adding one narrows (`uuid` on a string rejects other
 *   strings), and a few pairs are known to widen (`int32` -> `int64`, `float` -> `double`,
 *   `email` -> `idn-email`, `uri` -> `iri`...); `password` is an annotation and counts as none.
 * Widening what a client may send is fine and narrowing breaks; for responses it is the reverse.
 * In media types that are not strictly typed (text, form, query strings, headers) any value can
 * be read as a string, so a request type changed to `string` (or a response type changed from
 * `string`) is `*-type-compatible`. A type list (3.1 `type: [a, b]`) is reported with the
 * `*-list-of-types-*` rules, naming the types that went or came.
 */
import type { Finding, JsonValue, SchemaDiff, SchemaObject } from '../model.ts';
import { effectiveTypes } from '../diff/schema-effective.ts';
import { code, defineRules, list, type RuleFamily, type SchemaSite, type MessageValue, words } from './framework.ts';
import { emitAt, invisible, ruleAt, sameJson, restructured, walkSchemaSites } from './schema-common.ts';
import { V, type Variants } from './schema-variants.ts';

const NAME = 'schema-types';

type Rel = 'same' | 'wider' | 'narrower' | 'incompatible';

/** Formats that only annotate (a UI hint): the same as no format. */
const ANNOTATION_FORMATS: ReadonlySet<string> = new Set(['password']);

/** Format -> formats that accept every value it accepts, and more. */
const WIDER_FORMATS: Readonly<Record<string, readonly string[]>> = {
  int32: ['int64', 'double'],
  float: ['double'],
  email: ['idn-email'],
  hostname: ['idn-hostname'],
  uri: ['iri', 'uri-reference', 'iri-reference'],
  iri: ['iri-reference'],
  'uri-reference': ['iri-reference'],
};

function formatOf(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' && !ANNOTATION_FORMATS.has(v) ? v : undefined;
}

function formatRel(from: string | undefined, to: string | undefined): Rel {
  if (from === to) return 'same';
  if (to === undefined) return 'wider';
  if (from === undefined) return 'narrower';
  if (WIDER_FORMATS[from]?.includes(to)) return 'wider';
  if (WIDER_FORMATS[to]?.includes(from)) return 'narrower';
  return 'incompatible';
}

/** Every type of `narrow` is accepted by some type of `wide` (no types = any value). */
function covers(wide: readonly string[], narrow: readonly string[]): boolean {
  if (wide.length === 0) return true;
  if (narrow.length === 0) return false;
  return narrow.every((t) => wide.some((w) => w === t || (t === 'integer' && w === 'number')));
}

function typeRel(from: readonly string[], to: readonly string[]): Rel {
  const same = from.length === to.length && from.every((t) => to.includes(t));
  if (same) return 'same';
  if (covers(to, from)) return 'wider';
  if (covers(from, to)) return 'narrower';
  return 'incompatible';
}

function combine(a: Rel, b: Rel): Rel {
  if (a === 'same') return b;
  if (b === 'same' || a === b) return a;
  return 'incompatible';
}

function nonNull(types: readonly string[] | undefined): string[] {
  return (types ?? []).filter((t) => t !== 'null');
}

function isJsonMediaType(mediaType: string): boolean {
  const mt = mediaType.split(';')[0]!.trim().toLowerCase();
  return mt === 'application/json' || mt.endsWith('+json');
}

/** Whether values at the site are strictly typed on the wire (JSON), or text that any value can be read from. */
function stronglyTyped(site: SchemaSite): boolean {
  if (site.area === 'response-header') return false;
  if (site.mediaType) return isJsonMediaType(site.mediaType);
  return site.area === 'body';
}

function describe(types: readonly string[], format: string | undefined): MessageValue {
  const t = code(types.length ? types.join(', ') : 'any');
  return format ? words(t, ' (', code(format), ')') : t;
}

interface Axes {
  from: string[];
  to: string[];
  fromFormat: string | undefined;
  toFormat: string | undefined;
  types: Rel;
  format: Rel;
}

/**
 * The types a schema accepts: its effective type set (own `type`, or its allOf members'), else the
 * union of its `anyOf` / `oneOf` alternatives' types (so `object` -> `anyOf: [A, B]` of two objects
 * is no type change); undefined when unconstrained.
 */
function typesOf(s: SchemaObject, depth = 0): string[] | undefined {
  const own = effectiveTypes(s);
  if (own || depth > 8) return own;
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const alternatives = s[keyword];
    if (!Array.isArray(alternatives) || alternatives.length === 0) continue;
    const union = new Set<string>();
    for (const m of alternatives) {
      const t = m && typeof m === 'object' ? typesOf(m, depth + 1) : undefined;
      if (!t) return undefined;
      for (const x of t) union.add(x);
    }
    return [...union].sort();
  }
  return undefined;
}

function axes(sd: SchemaDiff, base: SchemaObject, revision: SchemaObject): Axes | undefined {
  const from = nonNull(typesOf(base));
  const to = nonNull(typesOf(revision));
  const fc = sd.keywords.format;
  const fromFormat = formatOf(fc ? fc.from : base.format);
  const toFormat = formatOf(fc ? fc.to : revision.format);
  const types = sd.type ? typeRel(from, to) : 'same';
  const format = formatRel(fromFormat, toFormat);
  if (types === 'same' && format === 'same') return undefined;
  return { from, to, fromFormat, toFormat, types, format };
}

/** The type rules for a change, given whether the wire format is strictly typed. */
function classify(a: Axes, direction: 'request' | 'response', strong: boolean): Variants {
  const rel = combine(a.types, a.format);
  if (direction === 'request') {
    if (rel === 'wider') return V.typeGeneralized;
    const toString = a.to.length === 1 && a.to[0] === 'string';
    if (!strong && toString && (a.format === 'same' || a.format === 'wider')) return V.typeCompatible;
    return V.typeChanged;
  }
  if (rel === 'narrower') return V.typeSpecialized;
  if (rel === 'wider') return V.typeGeneralized;
  const fromString = a.from.length === 1 && a.from[0] === 'string';
  if (!strong && fromString && (a.format === 'same' || a.format === 'narrower')) return V.typeCompatible;
  return V.typeChanged;
}

function checkTypes(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  if (!sd.type && !sd.keywords.format) return;
  const a = axes(sd, sd.base!.node, sd.revision!.node);
  if (!a) return; // only "null" came or went: the nullable rules report it
  const params = { from: describe(a.from, a.fromFormat), to: describe(a.to, a.toFormat) };

  if (formArrayWidening(sd, site, a)) {
    emitAt(out, site, sd, V.typeGeneralized, params);
    return;
  }

  // 3.1 type lists: name the types that went (request) or came (response).
  if (a.types !== 'same' && (a.from.length > 1 || a.to.length > 1) && a.from.length > 0 && a.to.length > 0) {
    const gone = a.from.filter((t) => !covers(a.to, [t]));
    const came = a.to.filter((t) => !covers(a.from, [t]));
    const request = site.direction === 'request';
    const listChange = request
      ? gone.length
        ? V.listOfTypesNarrowed
        : V.listOfTypesWidened
      : came.length
        ? V.listOfTypesWidened
        : V.listOfTypesNarrowed;
    const types = listChange === V.listOfTypesNarrowed ? gone : came;
    if (types.length && ruleAt(site, listChange)) {
      emitAt(out, site, sd, listChange, { types: list(types) });
      return;
    }
  }

  let change: Variants;
  if (site.prefix === 'request-parameter-property') {
    // An object parameter may travel as text (form, deepObject) or as JSON: judge both ways.
    const strict = classify(a, 'request', true) === V.typeChanged;
    const loose = classify(a, 'request', false) === V.typeChanged;
    change = strict && loose ? V.typeSpecialized : strict || loose ? V.typeChanged : V.typeGeneralized;
  } else {
    change = classify(a, site.direction, stronglyTyped(site));
    if (change === V.typeCompatible && !ruleAt(site, change))
      change = site.direction === 'request' ? V.typeGeneralized : V.typeSpecialized;
  }
  emitAt(out, site, sd, change, params);
}

/** Keywords that only annotate a schema. */
const ANNOTATIONS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  '$comment',
]);

/**
 * A scalar query or cookie parameter that became a form-exploded array (`?id=1` is a valid
 * one-element array): a widening when the items accept every value the scalar did (the wire
 * value is text, so `string` items accept any scalar) and add no constraint of their own, and the
 * array does not demand more than one item.
 */
function formArrayWidening(sd: SchemaDiff, site: SchemaSite, a: Axes): boolean {
  if (
    site.prefix !== 'request-parameter' ||
    site.mediaType ||
    (site.parameter?.in !== 'query' && site.parameter?.in !== 'cookie')
  )
    return false;
  if (
    !(a.to.length === 1 && a.to[0] === 'array') ||
    a.from.length === 0 ||
    a.from.some((t) => t === 'array' || t === 'object')
  )
    return false;
  const param = site.operation.parameters.find((p) => p.in === site.parameter!.in && p.name === site.parameter!.name)
    ?.revision?.node;
  const style = typeof param?.style === 'string' ? param.style : 'form';
  const explode = typeof param?.explode === 'boolean' ? param.explode : style === 'form';
  if (style !== 'form' || !explode) return false;
  const base = sd.base!.node;
  const rev = sd.revision!.node;
  const items = rev.items;
  if (!items || Array.isArray(items) || typeof items !== 'object') return false;
  const minItems = typeof rev.minItems === 'number' ? rev.minItems : 0;
  if (minItems > 1) return false;
  const itemTypes = nonNull(effectiveTypes(items));
  if (!(itemTypes.length === 0 || itemTypes.includes('string') || covers(itemTypes, a.from))) return false;
  return Object.keys(items).every(
    (k) =>
      k === 'type' ||
      ANNOTATIONS.has(k) ||
      k.startsWith('x-') ||
      (Object.hasOwn(base, k) && sameJson(base[k] as JsonValue, items[k] as JsonValue)),
  );
}

function checkNullable(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  const change = sd.keywords.nullable;
  if (!change || change.from === change.to) return;
  emitAt(out, site, sd, change.to === true ? V.becameNullable : V.becameNotNullable);
}

/** What the checks read: without a type, format or nullable change, no finding. */
function hasTypeChange(sd: SchemaDiff): boolean {
  return sd.type !== undefined || sd.keywords.format !== undefined || sd.keywords.nullable !== undefined;
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff, ctx) {
    const out: Finding[] = [];
    walkSchemaSites(
      diff,
      ctx,
      (sd, site) => {
        if (sd.kind !== 'modified' || invisible(site) || restructured(sd)) return;
        checkTypes(out, sd, site);
        checkNullable(out, sd, site);
      },
      out,
      hasTypeChange,
    );
    return out;
  },
};

/**
 * Properties: existence (added / removed), required-ness, and readOnly / writeOnly, at every
 * object schema of request bodies, response bodies and object-valued request parameters.
 *
 * Properties and `required` are the effective ones (allOf members merged in by the diff), so
 * moving a property into an `allOf` member is no change. Visibility decides what matters: a
 * readOnly property is not sent by clients, so request rules ignore it; a writeOnly property is
 * never received, so response rules report it with oasdiff's `*-write-only-*` info ids.
 *
 * `additionalProperties` closed (`false`) or opened: `*-additional-properties-disallowed` /
 * `-schema-removed` / `-allowed`; moved between open and a schema: `-narrowed` / `-widened` (see
 * `checkAdditionalProperties`).
 *
 * Deprecation policy: removing a response property that the base marked `deprecated` (and whose
 * `x-sunset` date, if any, has passed) is `response-deprecated-property-removed`, a warning.
 * Removing a deprecated property before its sunset date (or with an unreadable `x-sunset`) is the
 * lifecycle family's `*-property-removed-before-sunset` / `*-property-sunset-parse` (breaking), so
 * this family does not report it a second time, except below subschema slots (`then`, `not`...),
 * which the lifecycle family does not walk.
 */
import type { Finding, SchemaDiff, SchemaObject, Side } from '../model.ts';
import { effectiveProperties, effectiveRequired } from '../diff/schema-effective.ts';
import {
  code,
  defineRules,
  schemaFinding,
  type CheckContext,
  type RuleFamily,
  type RuleId,
  type SchemaSite,
  type MessageValue,
  type Params,
} from './framework.ts';
import {
  anyAllOfMember,
  childSite,
  emitAt,
  propertyAndRoot,
  restructured,
  walkSchemaSites,
  withAllOfMembers,
} from './schema-common.ts';
import { removalVerdict } from './sunset.ts';
import { R } from './catalogue.ts';
import { V } from './schema-variants.ts';

const NAME = 'schema-required';

/**
 * How the deprecation policy reads removing this base property from the schema at `site`:
 * `retired` (deprecated, sunset reached or none: a warning), `lifecycle` (deprecated but removed
 * before its sunset or with an unreadable one: the lifecycle family reports it), or `plain`.
 */
function removal(node: SchemaObject, site: SchemaSite, now: Date): 'retired' | 'lifecycle' | 'plain' {
  const verdict = removalVerdict(node, now).kind;
  if (verdict === 'not-deprecated') return 'plain';
  if (verdict === 'deprecated') return 'retired';
  // The lifecycle family walks body schemas outside subschema slots (path segments like `(then)`).
  return site.area === 'body' && !site.path.some((seg) => seg.startsWith('(')) ? 'lifecycle' : 'plain';
}

function hasDefault(node: SchemaObject | undefined): boolean {
  return node !== undefined && node.default !== undefined;
}

type Sides = Pick<SchemaDiff, 'base' | 'revision'>;

function emit(out: Finding[], id: RuleId, site: SchemaSite, sides: Sides, params: Params = {}): void {
  out.push(schemaFinding(id, site, sides, { ...propertyAndRoot(site), ...params }));
}

function checkRequest(out: Finding[], sd: SchemaDiff, site: SchemaSite, ctx: CheckContext): void {
  const rev = sd.revision!.node;
  const revReq = new Set(effectiveRequired(rev));
  const props = sd.properties;
  const header = site.area === 'parameter' && site.parameter?.in === 'header';
  const body = site.area === 'body';
  const newRequired = (node: SchemaObject): RuleId =>
    body
      ? hasDefault(node)
        ? R.newRequiredRequestPropertyWithDefault
        : R.newRequiredRequestProperty
      : header
        ? R.newRequiredRequestHeaderProperty
        : R.newRequiredRequestParameterProperty;
  const becameRequired = (node: SchemaObject | undefined): RuleId =>
    body
      ? hasDefault(node)
        ? R.requestPropertyBecameRequiredWithDefault
        : R.requestPropertyBecameRequired
      : header
        ? R.requestHeaderPropertyBecameRequired
        : R.requestParameterPropertyBecameRequired;

  for (const [name, side] of Object.entries(props?.added ?? {})) {
    const child = childSite(site, name, side.node);
    if (child.readOnly) continue;
    if (revReq.has(name))
      emit(out, newRequired(side.node), child, { revision: side }, { default: code(side.node.default) });
    else if (body) emit(out, R.newOptionalRequestProperty, child, { revision: side });
  }
  for (const [name, side] of Object.entries(props?.deleted ?? {})) {
    const child = childSite(site, name, side.node);
    if (!child.readOnly && body && removal(side.node, site, ctx.now) !== 'lifecycle')
      emit(out, R.requestPropertyRemoved, child, { base: side });
  }
  const revProps = sd.required ? effectiveProperties(rev) : undefined;
  for (const name of sd.required?.added ?? []) {
    if (props?.added[name]) continue;
    const node = revProps!.get(name)?.schema;
    const child = childSite(site, name, node);
    if (child.readOnly) continue;
    emit(out, becameRequired(node), child, sd, { default: code(node?.default) });
  }
  for (const name of sd.required?.deleted ?? []) {
    if (props?.deleted[name] || !body) continue;
    const child = childSite(site, name, revProps!.get(name)?.schema);
    if (!child.readOnly) emit(out, R.requestPropertyBecameOptional, child, sd);
  }
}

/** Whether `sd` adds or removes a property or changes `required` (what checkRequest / checkResponse read). */
function hasPropertyChange(sd: SchemaDiff): boolean {
  if (sd.required) return true;
  const props = sd.properties;
  if (!props) return false;
  for (const _ in props.added) return true;
  for (const _ in props.deleted) return true;
  return false;
}

function checkResponse(out: Finding[], sd: SchemaDiff, site: SchemaSite, ctx: CheckContext): void {
  if (site.area !== 'body') return;
  const baseReq = new Set(effectiveRequired(sd.base!.node));
  const revReq = new Set(effectiveRequired(sd.revision!.node));
  const props = sd.properties;

  for (const [name, side] of Object.entries(props?.added ?? {})) {
    const child = childSite(site, name, side.node);
    const rules = RESPONSE_PROPERTY[revReq.has(name) ? 'required' : 'optional'];
    emit(out, child.writeOnly ? rules.writeOnlyAdded : rules.added, child, { revision: side });
  }
  for (const [name, side] of Object.entries(props?.deleted ?? {}) as Array<[string, Side<SchemaObject>]>) {
    const child = childSite(site, name, side.node);
    const rules = RESPONSE_PROPERTY[baseReq.has(name) ? 'required' : 'optional'];
    let id: RuleId;
    const how = removal(side.node, site, ctx.now);
    if (child.writeOnly) id = rules.writeOnlyRemoved;
    else if (how === 'lifecycle') continue;
    else if (how === 'retired') id = R.responseDeprecatedPropertyRemoved;
    else id = rules.removed;
    emit(out, id, child, { base: side });
  }
  const revProps = sd.required ? effectiveProperties(sd.revision!.node) : undefined;
  for (const name of sd.required?.deleted ?? []) {
    if (props?.deleted[name]) continue;
    const child = childSite(site, name, revProps!.get(name)?.schema);
    emit(
      out,
      child.writeOnly ? R.responseWriteOnlyPropertyBecameOptional : R.responsePropertyBecameOptional,
      child,
      sd,
    );
  }
  for (const name of sd.required?.added ?? []) {
    if (props?.added[name]) continue;
    const child = childSite(site, name, revProps!.get(name)?.schema);
    emit(
      out,
      child.writeOnly ? R.responseWriteOnlyPropertyBecameRequired : R.responsePropertyBecameRequired,
      child,
      sd,
    );
  }
}

/** A response property added or removed, by whether it is required (on the side that has it). */
const RESPONSE_PROPERTY = {
  required: {
    added: R.responseRequiredPropertyAdded,
    writeOnlyAdded: R.responseRequiredWriteOnlyPropertyAdded,
    removed: R.responseRequiredPropertyRemoved,
    writeOnlyRemoved: R.responseRequiredWriteOnlyPropertyRemoved,
  },
  optional: {
    added: R.responseOptionalPropertyAdded,
    writeOnlyAdded: R.responseOptionalWriteOnlyPropertyAdded,
    removed: R.responseOptionalPropertyRemoved,
    writeOnlyRemoved: R.responseOptionalWriteOnlyPropertyRemoved,
  },
} as const satisfies Record<'required' | 'optional', Record<string, RuleId>>;

/** This family's rules for writeOnly properties of a response, which clients never receive (see schema-not.ts). */
export const WRITE_ONLY_RESPONSE_RULES: readonly RuleId[] = [
  ...Object.values(RESPONSE_PROPERTY).flatMap((r) => [r.writeOnlyAdded, r.writeOnlyRemoved]),
  R.responseWriteOnlyPropertyBecameOptional,
  R.responseWriteOnlyPropertyBecameRequired,
];

/** A flag switched on (`on`) or off (`off`), by direction, required-ness (in the revision) and keyword. */
type FlagRules = Record<'required' | 'optional', Record<'readOnly' | 'writeOnly', { on: RuleId; off: RuleId }>>;

const FLAG_RULES = {
  request: {
    required: {
      readOnly: { on: R.requestRequiredPropertyBecameReadOnly, off: R.requestRequiredPropertyBecameNotReadOnly },
      writeOnly: { on: R.requestRequiredPropertyBecameWriteOnly, off: R.requestRequiredPropertyBecameNotWriteOnly },
    },
    optional: {
      readOnly: { on: R.requestOptionalPropertyBecameReadOnly, off: R.requestOptionalPropertyBecameNotReadOnly },
      writeOnly: { on: R.requestOptionalPropertyBecameWriteOnly, off: R.requestOptionalPropertyBecameNotWriteOnly },
    },
  },
  response: {
    required: {
      readOnly: { on: R.responseRequiredPropertyBecameReadOnly, off: R.responseRequiredPropertyBecameNotReadOnly },
      writeOnly: { on: R.responseRequiredPropertyBecameWriteOnly, off: R.responseRequiredPropertyBecameNotWriteOnly },
    },
    optional: {
      readOnly: { on: R.responseOptionalPropertyBecameReadOnly, off: R.responseOptionalPropertyBecameNotReadOnly },
      writeOnly: {
        on: R.responseOptionalPropertyBecameWriteOnly,
        off: R.responseOptionalPropertyBecameNotWriteOnly,
      },
    },
  },
} as const satisfies Record<'request' | 'response', FlagRules>;

const FLAGS = ['readOnly', 'writeOnly'] as const;

/** readOnly / writeOnly switched on or off on a property that exists on both sides. */
function checkFlags(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  if (site.area !== 'body' || !sd.properties) return;
  // Built on the first flip: most sites have none (Stripe: ~8k sites per family run).
  let revReq: Set<string> | undefined;
  const modified = sd.properties.modified;
  for (const name in modified) {
    const child = modified[name]!;
    for (const keyword of FLAGS) {
      const change = child.keywords[keyword];
      if (!change || (change.from === true) === (change.to === true)) continue;
      revReq ??= new Set(effectiveRequired(sd.revision!.node));
      const rules = FLAG_RULES[site.direction][revReq.has(name) ? 'required' : 'optional'][keyword];
      const id = change.to === true ? rules.on : rules.off;
      emit(out, id, childSite(site, name, child.revision?.node), child);
    }
  }
}

function apText(v: boolean | 'schema' | undefined): MessageValue {
  return v === undefined ? 'absent' : v === 'schema' ? 'a schema' : code(v);
}

/** Keywords that constrain no value: a schema of only these (and `x-` extensions) accepts anything. */
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
  'nullable',
]);

/** Whether the object's additional properties must match a schema that constrains their values. */
function constrained(v: boolean | 'schema' | undefined, node: SchemaObject | undefined, keyword: OpenKeyword): boolean {
  const ap = node?.[keyword];
  return (
    v === 'schema' &&
    typeof ap === 'object' &&
    ap !== null &&
    !Object.keys(ap).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-'))
  );
}

/**
 * `additionalProperties` closed (`false`), opened, or moved between open (absent, `true`, `{}`;
 * the diff reports absent <-> `true` too: no finding) and a schema. A schema -> schema change is
 * judged inside the schema, at the `{}` property, by every family (its polarity is the object's:
 * map values are sent in requests, received in responses). Also read on modified `allOf` members
 * (the diff keeps their keywords on the member), where `false` closes the object against the
 * other members' properties too.
 *
 * - Closing a request object rejects clients that send undocumented fields (a warning), or
 *   documented map entries when it had a schema, even one of annotations only (breaking);
 *   opening a response object breaks strict clients that reject unknown fields (a warning).
 * - open -> schema (`-narrowed`): in a request, undocumented fields whose values do not match are
 *   rejected (a warning, like closing); in a response, clients receive less (info).
 * - schema -> open (`-widened`): in a request, more is accepted (info); in a response, map values
 *   the client decodes as the documented schema may now be anything (breaking: unlike new unknown
 *   keys, which tolerant clients ignore, the values are the data the client reads).
 * - Between open and a schema of annotations only (`{description: ...}`) no value changes: no
 *   finding. (From such a schema to a constraining one is judged inside the map-value schema,
 *   e.g. `request-property-type-changed` from `any`: it documented the map.)
 *
 * Object-valued request parameters (deepObject, form-exploded, header and `content` parameters)
 * and their object properties share the `request-parameter-additional-properties-*` ids (the
 * `{where}` phrase names the property), with the request-body levels: their keys are sent like
 * body fields. Response headers are not judged (this family compares response bodies only).
 */
function checkAdditionalProperties(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  for (const keyword of OPEN_KEYWORDS) {
    const change = sd[`${keyword}Value`];
    if (!change) continue;
    const { from, to } = change;
    // Properties of a parameter fall back to the parameter's ids; response headers have none.
    const opts = { fallback: site.area === 'parameter' };
    const kw = code(keyword);
    if (to === false && from !== false) {
      const suffix =
        site.direction === 'request' && from === 'schema'
          ? V.additionalPropertiesSchemaRemoved
          : V.additionalPropertiesDisallowed;
      emitAt(out, site, sd, suffix, { from: apText(from), keyword: kw }, opts);
    } else if (from === false && to !== false) {
      emitAt(out, site, sd, V.additionalPropertiesAllowed, { to: apText(to), keyword: kw }, opts);
    } else {
      const a = constrained(from, sd.base?.node, keyword);
      const b = constrained(to, sd.revision?.node, keyword);
      if (a !== b)
        emitAt(
          out,
          site,
          sd,
          b ? V.additionalPropertiesNarrowed : V.additionalPropertiesWidened,
          { from: apText(from), to: apText(to), keyword: kw },
          opts,
        );
    }
  }
}

/**
 * The keyword twins that close or open an object: `unevaluatedProperties` (2020-12) is judged
 * exactly like `additionalProperties`, with the same rule ids (the message names the keyword);
 * it also sees the properties that `allOf` members evaluate, which makes no difference to what
 * closing or opening does to clients.
 */
const OPEN_KEYWORDS = ['additionalProperties', 'unevaluatedProperties'] as const;
type OpenKeyword = (typeof OPEN_KEYWORDS)[number];

/** What the checks read: without a property change, a flag change on a property or an additionalProperties change (here
 * or in an allOf member), no finding. */
function hasRequiredChange(sd: SchemaDiff): boolean {
  if (hasPropertyChange(sd)) return true;
  const modified = sd.properties?.modified;
  for (const name in modified) {
    const kw = modified[name]!.keywords;
    if (kw.readOnly !== undefined || kw.writeOnly !== undefined) return true;
  }
  return anyAllOfMember(
    sd,
    (d) => d.additionalPropertiesValue !== undefined || d.unevaluatedPropertiesValue !== undefined,
  );
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
        if (sd.kind !== 'modified' || restructured(sd)) return;
        // Most sites change only keywords (descriptions...): nothing for the property rules to read.
        if (hasPropertyChange(sd)) {
          if (site.direction === 'request') checkRequest(out, sd, site, ctx);
          else checkResponse(out, sd, site, ctx);
        }
        checkFlags(out, sd, site);
        withAllOfMembers(sd, (d) => checkAdditionalProperties(out, d, site));
      },
      out,
      hasRequiredChange,
    );
    return out;
  },
};

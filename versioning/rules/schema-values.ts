/**
 * Allowed and documented values: `enum`, `const`, `default` and `x-extensible-enum`, at every
 * schema site.
 *
 * - enum: removing a value (or introducing an enum) narrows what clients may send; adding a
 *   value (or dropping the enum) widens what they may receive, which oasdiff ranks a warning
 *   because many clients tolerate unknown values.
 * - const: like a one-value enum.
 * - default: documentation for bodies; for a request parameter it is behaviour (a client that
 *   omits the parameter gets it), so any change there breaks, as in oasdiff.
 * - x-extensible-enum: values are open-ended by design, so only removing a value that clients
 *   may send matters.
 */
import type { Finding, JsonValue, SchemaDiff } from '../model.ts';
import { code, defineRules, list, type RuleFamily, type SchemaSite, type MessageValue } from './framework.ts';
import { anyAllOfMember, emitAt, sameJson, withAllOfMembers, restructured, walkSchemaSites } from './schema-common.ts';
import { V } from './schema-variants.ts';

const NAME = 'schema-values';

function checkEnum(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  const e = sd.enum;
  if (!e) return;
  if (e.from === undefined && e.to !== undefined) emitAt(out, site, sd, V.becameEnum, { values: list(e.to) });
  else if (e.from !== undefined && e.to === undefined) emitAt(out, site, sd, V.becameNotEnum, { values: list(e.from) });
  else {
    // In a parameter sent as text, `1` and `'1'` are the same value on the wire.
    const text = textOnTheWire(site);
    const to = e.to ?? [];
    const from = e.from ?? [];
    const deleted = text ? e.deleted.filter((v) => !to.some((w) => sameText(v, w))) : e.deleted;
    const added = text ? e.added.filter((v) => !from.some((w) => sameText(v, w))) : e.added;
    if (deleted.length) emitAt(out, site, sd, V.enumValueRemoved, { values: list(deleted) });
    if (added.length) emitAt(out, site, sd, V.enumValueAdded, { values: list(added) });
  }
}

/**
 * Two values for a message: as inline code, or as JSON when that would show them alike (`20` and
 * `"20"`), so that a message never says "from `20` to `20`".
 */
function fromTo(from: unknown, to: unknown): { from: MessageValue; to: MessageValue } {
  const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  return shown(from) === shown(to)
    ? { from: code(JSON.stringify(from)), to: code(JSON.stringify(to)) }
    : { from: code(from), to: code(to) };
}

/**
 * Whether values at the site travel as text (a parameter without `content`, a response header):
 * there `20` and `'20'` are the same value on the wire.
 */
function textOnTheWire(site: SchemaSite): boolean {
  return (site.area === 'parameter' && site.mediaType === undefined) || site.area === 'response-header';
}

function sameText(a: unknown, b: unknown): boolean {
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  return scalar(a) && scalar(b) && String(a) === String(b);
}

function checkConst(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  const c = sd.keywords.const;
  if (!c) return;
  if (c.from === undefined) emitAt(out, site, sd, V.constAdded, { to: code(c.to) });
  else if (c.to === undefined) emitAt(out, site, sd, V.constRemoved, { from: code(c.from) });
  else if (!(textOnTheWire(site) && sameText(c.from, c.to)))
    emitAt(out, site, sd, V.constChanged, fromTo(c.from, c.to));
}

function checkDefault(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  const d = sd.keywords.default;
  if (!d) return;
  // No fallback: a default on a property of an object parameter is not the parameter's default.
  const exact = { fallback: false };
  if (d.from === undefined) emitAt(out, site, sd, V.defaultValueAdded, { to: code(d.to) }, exact);
  else if (d.to === undefined) emitAt(out, site, sd, V.defaultValueRemoved, { from: code(d.from) }, exact);
  // `20` -> `'20'` in a query parameter: the server receives the same text when the client omits it.
  else if (!(textOnTheWire(site) && sameText(d.from, d.to)))
    emitAt(out, site, sd, V.defaultValueChanged, fromTo(d.from, d.to), exact);
}

function checkExtensibleEnum(out: Finding[], sd: SchemaDiff, site: SchemaSite): void {
  const x = sd.keywords['x-extensible-enum'];
  if (!x || site.direction !== 'request' || !Array.isArray(x.from) || !Array.isArray(x.to)) return;
  const to: JsonValue[] = x.to;
  const removed = x.from.filter((v) => !to.some((w) => sameJson(v, w)));
  if (removed.length) emitAt(out, site, sd, V.xExtensibleEnumValueRemoved, { values: list(removed) });
}

/** What the checks read: without one of these changes (here or in an allOf member), no finding. */
function hasValueChange(sd: SchemaDiff): boolean {
  return anyAllOfMember(
    sd,
    (d) =>
      d.enum !== undefined ||
      d.keywords.const !== undefined ||
      d.keywords.default !== undefined ||
      d.keywords['x-extensible-enum'] !== undefined,
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
        withAllOfMembers(sd, (d) => {
          checkEnum(out, d, site);
          checkConst(out, d, site);
          checkDefault(out, d, site);
          checkExtensibleEnum(out, d, site);
        });
      },
      out,
      hasValueChange,
    );
    return out;
  },
};

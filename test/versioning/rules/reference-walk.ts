/**
 * An independent, plain enumeration of the schema sites, for tests that hold the rules' one schema
 * walk (versioning/rules/schema-walk.ts, with its memoised root walks, lazily built sites and
 * skipped diffs) equal to it. Written for clarity, not speed: every root, breadth first, one site
 * object per visit; nothing shared with the code under test but the types, `code` and
 * `propertyPath`.
 */
import type { OperationDiff, SchemaDiff, SpecDiff } from '../../../versioning/model.ts';
import { code, propertyPath, type SchemaSite } from '../../../versioning/rules/framework.ts';
import { operationInScope } from '../../../versioning/rules/sunset.ts';

type Root = Pick<SchemaSite, 'direction' | 'area' | 'operation' | 'mediaType' | 'status' | 'parameter' | 'header'>;
export type Pair = readonly [SchemaDiff, SchemaSite];

/** The root schemas: served operations (parameters, request body, responses: bodies then headers), then sent ones. */
function roots(diff: SpecDiff, keep: (op: OperationDiff) => boolean): Array<[SchemaDiff, Root]> {
  const out: Array<[SchemaDiff, Root]> = [];
  for (const op of diff.operations) {
    if (!keep(op)) continue;
    for (const p of op.parameters) {
      if (p.kind !== 'modified') continue;
      const root: Root = {
        direction: 'request',
        area: 'parameter',
        operation: op,
        parameter: { in: p.in, name: p.name },
      };
      if (p.schema) out.push([p.schema, root]);
      for (const mt of p.content) if (mt.schema) out.push([mt.schema, { ...root, mediaType: mt.mediaType }]);
    }
    if (op.requestBody?.kind === 'modified')
      for (const mt of op.requestBody.content)
        if (mt.kind === 'modified' && mt.schema)
          out.push([mt.schema, { direction: 'request', area: 'body', operation: op, mediaType: mt.mediaType }]);
    for (const r of op.responses) {
      if (r.kind !== 'modified') continue;
      for (const mt of r.content)
        if (mt.kind === 'modified' && mt.schema)
          out.push([
            mt.schema,
            { direction: 'response', area: 'body', operation: op, status: r.status, mediaType: mt.mediaType },
          ]);
      for (const h of r.headers)
        if (h.kind === 'modified' && h.schema)
          out.push([
            h.schema,
            { direction: 'response', area: 'response-header', operation: op, status: r.status, header: h.name },
          ]);
    }
  }
  // Sent operations (callbacks, webhooks): directions reversed.
  for (const op of diff.sent ?? []) {
    if (!keep(op)) continue;
    for (const p of op.parameters)
      if (p.kind === 'modified' && p.in === 'header' && p.schema)
        out.push([p.schema, { direction: 'response', area: 'response-header', operation: op, header: p.name }]);
    if (op.requestBody?.kind === 'modified')
      for (const mt of op.requestBody.content)
        if (mt.kind === 'modified' && mt.schema)
          out.push([mt.schema, { direction: 'response', area: 'body', operation: op, mediaType: mt.mediaType }]);
    for (const r of op.responses) {
      if (r.kind !== 'modified') continue;
      for (const mt of r.content)
        if (mt.kind === 'modified' && mt.schema)
          out.push([
            mt.schema,
            { direction: 'request', area: 'body', operation: op, status: r.status, mediaType: mt.mediaType },
          ]);
    }
  }
  return out;
}

function rootText(r: Root): string {
  const mt = r.mediaType ? ` (${r.mediaType})` : '';
  const sent = r.operation.sent;
  if (sent && r.area === 'response-header') return `header ${code(r.header ?? '')} of the ${sent.kind} payload`;
  if (sent && r.direction === 'response') return `the ${sent.kind} payload${mt}`;
  if (sent) return `the subscriber's ${r.status ?? ''} response body${mt}`;
  if (r.area === 'parameter') return `${r.parameter!.in} parameter ${code(r.parameter!.name)}`;
  if (r.area === 'response-header') return `response header ${code(r.header!)} of status ${r.status}`;
  if (r.direction === 'request') return `the request body${mt}`;
  return `the ${r.status} response body${mt}`;
}

const PREFIX = {
  'request parameter': ['request-parameter', 'request-parameter-property'],
  'request body': ['request-body', 'request-property'],
  'response body': ['response-body', 'response-property'],
  'response response-header': ['response-header', 'response-header-property'],
} as const;

/**
 * Every site of every root, in order, each schema diff once per root: breadth first (a schema met
 * along several paths is named by its shortest), oneOf/anyOf members at their parent's path right
 * after it. `inScope`: only operations in scope (not draft / alpha), else every modified one.
 */
export function everySite(diff: SpecDiff, inScope: boolean): Pair[] {
  const out: Pair[] = [];
  const keep = inScope ? operationInScope : (op: OperationDiff) => op.kind === 'modified';
  for (const [rootSd, r] of roots(diff, keep)) {
    const text = rootText(r);
    const [rootPrefix, belowPrefix] = PREFIX[`${r.direction} ${r.area}` as keyof typeof PREFIX];
    const seen = new Set<SchemaDiff>();
    type Item = { sd: SchemaDiff; path: string[]; req: boolean; ro: boolean; wo: boolean };
    const queue: Item[] = [];
    const visit = ({ sd, path, req, ro, wo }: Item): void => {
      if (seen.has(sd)) return;
      seen.add(sd);
      const node = sd.revision?.node ?? sd.base?.node;
      const readOnly = ro || node?.readOnly === true;
      const writeOnly = wo || node?.writeOnly === true;
      const site: SchemaSite = {
        ...r,
        path,
        prefix: path.length === 0 ? rootPrefix : belowPrefix,
        requiredInParent: req,
        readOnly,
        writeOnly,
        where: path.length === 0 ? text : `property ${code(propertyPath(path))} of ${text}`,
        naming: { root: text, local: path, slots: r.operation.sent?.kind ?? '' },
      };
      out.push([sd, site]);
      if (sd.kind !== 'modified') return;
      const required = (sd.revision?.node.required as string[] | undefined) ?? [];
      for (const [name, child] of Object.entries(sd.properties?.modified ?? {}))
        queue.push({ sd: child, path: [...path, name], req: required.includes(name), ro: readOnly, wo: writeOnly });
      if (sd.items) queue.push({ sd: sd.items, path: [...path, '[]'], req: false, ro: readOnly, wo: writeOnly });
      if (sd.additionalProperties)
        queue.push({ sd: sd.additionalProperties, path: [...path, '{}'], req: false, ro: readOnly, wo: writeOnly });
      for (const m of [...(sd.oneOf?.modified ?? []), ...(sd.anyOf?.modified ?? [])])
        visit({ sd: m, path, req, ro: readOnly, wo: writeOnly });
    };
    visit({ sd: rootSd, path: [], req: false, ro: false, wo: false });
    while (queue.length > 0) visit(queue.shift()!);
  }
  return out;
}

const SLOTS = [
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
];

/** The modified subschemas of `sd` under the slots the keyword families enter, named as the walk names them. */
function slotsOf(sd: SchemaDiff): Array<[string, SchemaDiff]> {
  const out: Array<[string, SchemaDiff]> = [];
  for (const slot of SLOTS) {
    const d = sd[slot as 'then'];
    if (d?.kind === 'modified') out.push([slot, d]);
  }
  for (const d of sd.prefixItems?.modified ?? []) {
    const i = /\/(\d+)$/.exec(d.revision?.pointer ?? '');
    out.push([`prefixItems[${i ? i[1] : '?'}]`, d]);
  }
  for (const map of ['patternProperties', 'dependentSchemas'] as const)
    for (const [k, d] of Object.entries(sd[map]?.modified ?? {})) out.push([`${map}/${k}`, d]);
  return out;
}

/**
 * The keyword families' sites: `everySite` of the operations in scope whose schema diff passes
 * `keep`, then, per root, the sites below the subschema slots met on that root's walk (depth first,
 * each schema diff once per root, the slot's sites named below "the `slot` subschema of ...").
 */
export function slotSites(diff: SpecDiff, keep: (sd: SchemaDiff) => boolean): Pair[] {
  const out: Pair[] = [];
  const perRoot = new Map<string, Pair[]>();
  for (const pair of everySite(diff, true)) {
    const s = pair[1];
    const key = [s.operation.key, s.area, s.parameter?.in, s.parameter?.name, s.mediaType, s.status, s.header].join(
      '\0',
    );
    if (!perRoot.has(key)) perRoot.set(key, []);
    perRoot.get(key)!.push(pair);
  }
  const prefixBelow = (site: SchemaSite): SchemaSite['prefix'] =>
    site.area === 'parameter'
      ? 'request-parameter-property'
      : site.area === 'response-header'
        ? 'response-header-property'
        : `${site.direction}-property`;
  for (const pairs of perRoot.values()) {
    const seen = new Set(pairs.map(([sd]) => sd));
    for (const pair of pairs) if (keep(pair[0])) out.push(pair);
    // Depth first below a slot: the node, its properties, items, additionalProperties, members, slots.
    const walk = (sd: SchemaDiff, site: SchemaSite): void => {
      if (seen.has(sd)) return;
      seen.add(sd);
      if (keep(sd)) out.push([sd, site]);
      if (sd.kind !== 'modified') return;
      const child = (seg: string, d: SchemaDiff): void => {
        const path = [...site.path, seg];
        const local = [...site.naming.local, seg];
        const node = d.revision?.node;
        walk(d, {
          ...site,
          path,
          prefix: prefixBelow(site),
          requiredInParent: false,
          readOnly: site.readOnly || node?.readOnly === true,
          writeOnly: site.writeOnly || node?.writeOnly === true,
          where: `property ${code(propertyPath(local))} of ${site.naming.root}`,
          naming: { ...site.naming, local },
        });
      };
      for (const [name, d] of Object.entries(sd.properties?.modified ?? {})) child(name, d);
      if (sd.items) child('[]', sd.items);
      if (sd.additionalProperties) child('{}', sd.additionalProperties);
      for (const m of [...(sd.oneOf?.modified ?? []), ...(sd.anyOf?.modified ?? [])]) walk(m, site);
      slots(sd, site);
    };
    const slots = (sd: SchemaDiff, site: SchemaSite): void => {
      if (sd.kind !== 'modified') return;
      for (const [slot, d] of slotsOf(sd)) {
        const node = d.revision?.node ?? d.base?.node;
        const where = `the ${code(slot)} subschema of ${site.where}`;
        walk(d, {
          ...site,
          path: [...site.path, `(${slot})`],
          prefix: prefixBelow(site),
          requiredInParent: false,
          readOnly: site.readOnly || node?.readOnly === true,
          writeOnly: site.writeOnly || node?.writeOnly === true,
          where,
          naming: { root: where, local: [], slots: `${site.naming.slots}/${propertyPath(site.naming.local)}(${slot})` },
        });
      }
    };
    for (const [sd, site] of pairs) slots(sd, site);
  }
  return out;
}

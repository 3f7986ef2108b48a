/**
 * An independent, plain enumeration of the schema sites, for tests that hold the rules' one schema
 * walk (versioning/rules/schema-walk.ts, with its memoised root walks, lazily built sites and
 * skipped diffs) equal to it. Written for clarity, not speed: every root, breadth first, one site
 * object per visit; nothing shared with the code under test but the types and `propertyPath`.
 */
import type { OperationDiff, RootPhrase, SchemaDiff, SlotPhrase, SpecDiff } from '../../../versioning/model.ts';
import { propertyPath, type SchemaSite } from '../../../versioning/rules/framework.ts';
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
        if (h.kind === 'modified' && h.schema) {
          // Named as the revision writes it (the diff's name is lower-cased).
          const written = Object.keys(r.revision?.node.headers ?? {}).find((k) => k.toLowerCase() === h.name);
          out.push([
            h.schema,
            {
              direction: 'response',
              area: 'response-header',
              operation: op,
              status: r.status,
              header: written ?? h.name,
            },
          ]);
        }
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

/** The phrase of a root, as data: only the members the root has. */
function rootText(r: Root): RootPhrase {
  return {
    kind: 'root',
    direction: r.direction,
    area: r.area,
    ...(r.parameter !== undefined ? { parameter: r.parameter } : {}),
    ...(r.header !== undefined ? { header: r.header } : {}),
    ...(r.status !== undefined ? { status: r.status } : {}),
    ...(r.mediaType !== undefined ? { mediaType: r.mediaType } : {}),
    ...(r.operation.sent !== undefined ? { sent: r.operation.sent.kind } : {}),
  };
}

const PREFIX = {
  'request parameter': ['request-parameter', 'request-parameter-property'],
  'request body': ['request-body', 'request-property'],
  'response body': ['response-body', 'response-property'],
  'response response-header': ['response-header', 'response-header-property'],
} as const;

interface Step {
  sd: SchemaDiff;
  path: string[];
  req: boolean;
  ro: boolean;
  wo: boolean;
}

/**
 * Breadth first from `top` (a schema met along several paths is named by its shortest), each schema
 * diff once (`seen`, shared by the caller), oneOf/anyOf members at their parent's path right after
 * it; readOnly / writeOnly (of the node, revision side, else base) accumulate down the path.
 */
function bfs(top: SchemaDiff, seen: Set<SchemaDiff>, emit: (step: Step) => void): void {
  const queue: Step[] = [];
  const visit = (step: Step): void => {
    const { sd, path, req } = step;
    if (seen.has(sd)) return;
    seen.add(sd);
    const node = sd.revision?.node ?? sd.base?.node;
    const ro = step.ro || node?.readOnly === true;
    const wo = step.wo || node?.writeOnly === true;
    emit({ sd, path, req, ro, wo });
    if (sd.kind !== 'modified') return;
    const required = (sd.revision?.node.required as string[] | undefined) ?? [];
    for (const [name, child] of Object.entries(sd.properties?.modified ?? {}))
      queue.push({ sd: child, path: [...path, name], req: required.includes(name), ro, wo });
    if (sd.items) queue.push({ sd: sd.items, path: [...path, '[]'], req: false, ro, wo });
    if (sd.additionalProperties) queue.push({ sd: sd.additionalProperties, path: [...path, '{}'], req: false, ro, wo });
    for (const m of [...(sd.oneOf?.modified ?? []), ...(sd.anyOf?.modified ?? [])]) visit({ sd: m, path, req, ro, wo });
  };
  visit({ sd: top, path: [], req: false, ro: false, wo: false });
  while (queue.length > 0) visit(queue.shift()!);
}

/**
 * Every site of every root, in order, each schema diff once per root (see `bfs`). `inScope`: only
 * operations in scope (not draft / alpha), else every modified one.
 */
export function everySite(diff: SpecDiff, inScope: boolean): Pair[] {
  return perRoot(diff, inScope).flat();
}

/** `everySite`, one list per root. */
function perRoot(diff: SpecDiff, inScope: boolean): Pair[][] {
  const out: Pair[][] = [];
  const keep = inScope ? operationInScope : (op: OperationDiff) => op.kind === 'modified';
  for (const [rootSd, r] of roots(diff, keep)) {
    const text = rootText(r);
    const [rootPrefix, belowPrefix] = PREFIX[`${r.direction} ${r.area}` as keyof typeof PREFIX];
    const sites: Pair[] = [];
    bfs(rootSd, new Set(), ({ sd, path, req, ro, wo }) =>
      sites.push([
        sd,
        {
          ...r,
          path,
          prefix: path.length === 0 ? rootPrefix : belowPrefix,
          requiredInParent: req,
          readOnly: ro,
          writeOnly: wo,
          where: { kind: 'site', root: text, path },
          naming: { root: text, local: path, slots: r.operation.sent?.kind ?? '' },
        },
      ]),
    );
    out.push(sites);
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
  if (sd.kind !== 'modified') return out;
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
 * `keep`, then, per root, the sites below the subschema slots met on that root's walk: each slot's
 * subschema walked breadth first like a root (schema diffs already met on the root are not visited
 * again), its sites named below "the `slot` subschema of ...", not required by their parent, then
 * the slots met there.
 */
export function slotSites(diff: SpecDiff, keep: (sd: SchemaDiff) => boolean): Pair[] {
  const out: Pair[] = [];
  for (const pairs of perRoot(diff, true)) {
    const seen = new Set(pairs.map(([sd]) => sd));
    for (const pair of pairs) if (keep(pair[0])) out.push(pair);
    const slots = (sd: SchemaDiff, site: SchemaSite): void => {
      for (const [slot, d] of slotsOf(sd)) {
        const where: SlotPhrase = { kind: 'slot', slot, of: site.where };
        const naming = {
          root: where,
          local: [],
          slots: `${site.naming.slots}/${propertyPath(site.naming.local)}(${slot})`,
        };
        const prefix: SchemaSite['prefix'] =
          site.area === 'parameter'
            ? 'request-parameter-property'
            : site.area === 'response-header'
              ? 'response-header-property'
              : `${site.direction}-property`;
        const found: Pair[] = [];
        bfs(d, seen, ({ sd: x, path, ro, wo }) =>
          found.push([
            x,
            {
              ...site,
              path: [...site.path, `(${slot})`, ...path],
              prefix,
              requiredInParent: false,
              readOnly: site.readOnly || ro,
              writeOnly: site.writeOnly || wo,
              where: { kind: 'site', root: where, path },
              naming: { ...naming, local: path },
            },
          ]),
        );
        for (const pair of found) if (keep(pair[0])) out.push(pair);
        for (const [x, s] of found) slots(x, s);
      }
    };
    for (const [sd, site] of pairs) slots(sd, site);
  }
  return out;
}

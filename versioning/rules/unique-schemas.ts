/**
 * A cheaper schema walk for rules that need each compared schema once, not once per operation.
 *
 * `walkSchemas` (framework.ts) visits every schema diff once per root (operation x parameter /
 * body / response / header), which on specs with large shared components (Stripe: ~230k site
 * visits) is the dominant cost. The diff layer memoises schema pairs, so a change to a shared
 * component is one `SchemaDiff` object; `walkUniqueSchemas` visits each such object once, with
 * the site (operation, path, `where`) of its first encounter in the same order as `walkSchemas`.
 *
 * Use it for findings that are about the schema itself (documentation), or as a cheap pre-scan
 * that decides whether the full per-operation walk is needed at all.
 */
import type { OperationDiff, SchemaDiff, SpecDiff } from '../model.ts';
import {
  forEachSentRoot,
  rootPhrase,
  sitePhrase,
  type SchemaPrefix,
  type SchemaSite,
  type CheckContext,
  type SchemaVisitor,
} from './framework.ts';
import { walksOf } from './schema-walk.ts';

type Root = Pick<SchemaSite, 'direction' | 'area' | 'operation' | 'mediaType' | 'status' | 'parameter' | 'header'>;

function prefixFor(r: Root, root: boolean): SchemaPrefix {
  if (r.direction === 'request') {
    if (r.area === 'parameter') return root ? 'request-parameter' : 'request-parameter-property';
    return root ? 'request-body' : 'request-property';
  }
  if (r.area === 'response-header') return root ? 'response-header' : 'response-header-property';
  return root ? 'response-body' : 'response-property';
}

function roots(op: OperationDiff): Array<[SchemaDiff, Root]> {
  const out: Array<[SchemaDiff, Root]> = [];
  for (const p of op.parameters) {
    if (p.kind !== 'modified') continue;
    const base = {
      direction: 'request' as const,
      area: 'parameter' as const,
      operation: op,
      parameter: { in: p.in, name: p.name },
    };
    if (p.schema) out.push([p.schema, base]);
    for (const mt of p.content) if (mt.schema) out.push([mt.schema, { ...base, mediaType: mt.mediaType }]);
  }
  if (op.requestBody?.kind === 'modified') {
    for (const mt of op.requestBody.content) {
      if (mt.kind === 'modified' && mt.schema)
        out.push([mt.schema, { direction: 'request', area: 'body', operation: op, mediaType: mt.mediaType }]);
    }
  }
  for (const r of op.responses) {
    if (r.kind !== 'modified') continue;
    for (const mt of r.content) {
      if (mt.kind === 'modified' && mt.schema)
        out.push([
          mt.schema,
          { direction: 'response', area: 'body', operation: op, status: r.status, mediaType: mt.mediaType },
        ]);
    }
    for (const h of r.headers) {
      if (h.kind === 'modified' && h.schema)
        out.push([
          h.schema,
          { direction: 'response', area: 'response-header', operation: op, status: r.status, header: h.name },
        ]);
    }
  }
  return out;
}

/**
 * Visit every schema diff of every modified operation once, at its first site. The sites are
 * memoised in the run's walks: two families walk them (lifecycle's pre-scan and docs), and the
 * walk builds a site, with its `where` phrase, for every schema diff.
 */
export function walkUniqueSchemas(diff: SpecDiff, ctx: Pick<CheckContext, 'walks'>, visit: SchemaVisitor): void {
  const walks = walksOf(ctx, diff);
  const sites = (walks.unique ??= uniqueSites(diff));
  for (const [sd, site] of sites) visit(sd, site);
}

function uniqueSites(diff: SpecDiff): Array<readonly [SchemaDiff, SchemaSite]> {
  const out: Array<readonly [SchemaDiff, SchemaSite]> = [];
  const seen = new Set<SchemaDiff>();
  const all: Array<[SchemaDiff, Root]> = [];
  for (const op of diff.operations) if (op.kind === 'modified') all.push(...roots(op));
  forEachSentRoot(diff, (sd, r) => all.push([sd, r]));
  for (const [root, r] of all) {
    const rw = rootPhrase(r);
    // Breadth first like walkSchemas (a schema met along several paths is named by its shortest);
    // oneOf/anyOf members keep their parent's path and go first.
    type Item = { sd: SchemaDiff; path: string[]; req: boolean; ro: boolean; wo: boolean };
    const queue: Item[] = [{ sd: root, path: [], req: false, ro: false, wo: false }];
    const front: Item[] = [];
    for (let i = 0; front.length > 0 || i < queue.length;) {
      const { sd, path, req, ro, wo } = front.length > 0 ? front.pop()! : queue[i++]!;
      if (seen.has(sd)) continue;
      seen.add(sd);
      const node = sd.revision?.node ?? sd.base?.node;
      const readOnly = ro || node?.readOnly === true;
      const writeOnly = wo || node?.writeOnly === true;
      const isRoot = path.length === 0;
      out.push([
        sd,
        {
          ...r,
          path,
          prefix: prefixFor(r, isRoot),
          requiredInParent: req,
          readOnly,
          writeOnly,
          where: sitePhrase(rw, path),
          naming: { root: rw, local: path, slots: r.operation.sent?.kind ?? '' },
        },
      ]);
      if (sd.kind !== 'modified') continue;
      const members = [...(sd.oneOf?.modified ?? []), ...(sd.anyOf?.modified ?? [])];
      // A diff already seen is not queued (it would be skipped when taken: `seen` only grows).
      for (let m = members.length - 1; m >= 0; m--)
        if (!seen.has(members[m]!)) front.push({ sd: members[m]!, path, req, ro: readOnly, wo: writeOnly });
      const required = new Set<string>((sd.revision?.node.required as string[] | undefined) ?? []);
      const modified = sd.properties?.modified;
      for (const name in modified) {
        const child = modified[name]!;
        if (!seen.has(child))
          queue.push({ sd: child, path: [...path, name], req: required.has(name), ro: readOnly, wo: writeOnly });
      }
      if (sd.items && !seen.has(sd.items))
        queue.push({ sd: sd.items, path: [...path, '[]'], req: false, ro: readOnly, wo: writeOnly });
      if (sd.additionalProperties && !seen.has(sd.additionalProperties))
        queue.push({ sd: sd.additionalProperties, path: [...path, '{}'], req: false, ro: readOnly, wo: writeOnly });
    }
  }
  return out;
}

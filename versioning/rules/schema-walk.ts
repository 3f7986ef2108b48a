/**
 * The one schema walk of the rules: the root schemas (`forEachRoot`: every parameter, request body,
 * response body and response header of an operation, and the payloads of sent operations), the
 * walk below one schema diff (`walkTree`, memoised per root by `rootWalk`: breadth first through
 * properties, items, additionalProperties and the modified oneOf/anyOf members, with property
 * paths, requiredInParent and readOnly/writeOnly), the subschema slots and the inside of `not`
 * (`descendSlots`, `negatedSites`), and the naming of sites ("property `a` of the `then`
 * subschema of ..."). The families read it through views: `walkSchemaSites` (the keyword
 * families' changed sites, with findings shared between operations), `walkChangedSites` (the
 * sites a predicate selects), `walkEverySite` (every site: lifecycle) and `walkUniqueSchemas`
 * (each schema diff once, at its first site: docs). What is memoised lives on the run's
 * `SchemaWalks`.
 */
import type {
  Finding,
  OperationDiff,
  OperationRef,
  RootPhrase,
  SchemaDiff,
  SchemaObject,
  SlotPhrase,
  SpecDiff,
} from '../model.ts';
import {
  propertyPath,
  resite,
  rootPhrase,
  sitePhrase,
  type SchemaPrefix,
  type SchemaSite,
  type CheckContext,
  type SchemaVisitor,
  writtenHeaderName,
} from './framework.ts';
import { operationInScope } from './sunset.ts';

function propertyPrefix(site: SchemaSite): SchemaPrefix {
  if (site.area === 'parameter') return 'request-parameter-property';
  if (site.area === 'response-header') return 'response-header-property';
  return site.direction === 'request' ? 'request-property' : 'response-property';
}

/** For messages about a property: its path below the schema it belongs to, and that schema's phrase. */
export function propertyAndRoot(site: SchemaSite): { property: readonly string[]; root: RootPhrase | SlotPhrase } {
  return { property: site.naming.local, root: site.naming.root };
}

/** A site below `site`: `segment` is a property name, `[]` (items) or `{}` (additionalProperties). */
function below(site: SchemaSite, segment: string, node: SchemaObject | undefined): SchemaSite {
  const naming = site.naming;
  const path = [...site.path, segment];
  // Outside subschema slots the local path is the site's own path: one array serves as both, which
  // tells the sites below that they are outside slots too.
  const local = naming.local === site.path ? path : [...naming.local, segment];
  return {
    ...site,
    path,
    prefix: propertyPrefix(site),
    requiredInParent: false,
    readOnly: site.readOnly || node?.[site.negated ? 'writeOnly' : 'readOnly'] === true,
    writeOnly: site.writeOnly || node?.[site.negated ? 'readOnly' : 'writeOnly'] === true,
    where: sitePhrase(naming.root, local),
    naming: { root: naming.root, local, slots: naming.slots },
  };
}

/** The site of a property of `site`'s schema (for properties that were added or deleted). */
export function childSite(site: SchemaSite, name: string, node: SchemaObject | undefined): SchemaSite {
  return below(site, name, node);
}

/**
 * Subschema slots whose changes have the polarity of the schema itself (tightening them tightens
 * what the schema accepts). `not` (inverted) and `if` (a condition: tighter can mean looser) are
 * not descended into.
 */
const SLOTS = [
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
] as const;

/** Whether `subschemas(sd)` is not empty, without building it (asked at every node of every walk). */
function hasSubschemas(sd: SchemaDiff): boolean {
  // Indexed: asked at every node, mostly before V8 optimises it (`for...of` makes iterator objects).
  for (let i = 0; i < SLOTS.length; i++) if (sd[SLOTS[i]!]?.kind === 'modified') return true;
  if (sd.prefixItems && sd.prefixItems.modified.length > 0) return true;
  for (const _ in sd.patternProperties?.modified) return true;
  for (const _ in sd.dependentSchemas?.modified) return true;
  return false;
}

function subschemas(sd: SchemaDiff): Array<[string, SchemaDiff]> {
  const out: Array<[string, SchemaDiff]> = [];
  for (const slot of SLOTS) {
    const d = sd[slot];
    if (d?.kind === 'modified') out.push([slot, d]);
  }
  for (const d of sd.prefixItems?.modified ?? []) {
    const i = /\/(\d+)$/.exec(d.revision?.pointer ?? '');
    out.push([`prefixItems[${i ? i[1] : '?'}]`, d]);
  }
  for (const map of ['patternProperties', 'dependentSchemas'] as const) {
    for (const [k, d] of Object.entries(sd[map]?.modified ?? {})) out.push([`${map}/${k}`, d]);
  }
  return out;
}

/**
 * Whether a schema diff has a change of its own that one of the schema families reads (as opposed
 * to a node that only leads to changed descendants): keywords, type, enum, required, properties
 * added or deleted (or a property's readOnly/writeOnly flipped), composition lists, a boolean
 * `additionalProperties` change.
 */
export function hasLocalChange(sd: SchemaDiff): boolean {
  if (sd.kind !== 'modified') return false;
  if (sd.type || sd.enum || sd.required || sd.allOf || sd.additionalPropertiesValue || sd.unevaluatedPropertiesValue)
    return true;
  for (const _ in sd.keywords) return true;
  if (sd.anyOf && (sd.anyOf.added.length || sd.anyOf.deleted.length)) return true;
  if (sd.oneOf && (sd.oneOf.added.length || sd.oneOf.deleted.length)) return true;
  const props = sd.properties;
  if (!props) return false;
  for (const _ in props.added) return true;
  for (const _ in props.deleted) return true;
  for (const k in props.modified) {
    const kw = props.modified[k]!.keywords;
    if (kw.readOnly || kw.writeOnly) return true;
  }
  return false;
}

/**
 * The sites of one root schema of one operation, built when first asked for: with sharing (see
 * `visitSharing`) most roots are never visited, and their sites never built.
 */
interface RootRun {
  operation: OperationDiff;
  /** Roots with the same schema diff at the same place (body or response header) share a group; -1: not shared. */
  group: number;
  sites(): readonly RunSite[];
}

/** Sites with their schema diff. */
type Sites = ReadonlyArray<readonly [SchemaDiff, SchemaSite]>;

/**
 * A site of a root's run (`rootSites`), with the numbers `visitSharing` looks its memos up by,
 * given once per site rather than looked up by every family: `judging`, the index of its schema
 * diff and judging context (see `judgingContexts`; -1 when it has none), and `diff`, the index of
 * its schema diff (for the families' `relevant` test). Both are the run's (`SchemaWalks.index`).
 */
interface RunSite {
  readonly sd: SchemaDiff;
  readonly site: SchemaSite;
  readonly judging: number;
  readonly diff: number;
}
type Wanted = (sd: SchemaDiff) => boolean;

/**
 * The walks of one SpecDiff, memoised for the families of one run (`runRules` puts one in
 * `CheckContext.walks`): the five keyword families share one site walk, schema-not reuses it
 * inside `not`, lifecycle and docs share the walk of unique schema diffs, and a root schema diff
 * is walked once per predicate. A context without one (a family checked on its own) walks afresh
 * at each call.
 */
export class SchemaWalks {
  sites: readonly RootRun[] | undefined;
  negated: Sites | undefined;
  unique: Sites | undefined;
  /** Per predicate, without and with subschema slots: the walk below each root (`rootWalk`), the facts of each diff. */
  readonly rootWalks: readonly [Map<Wanted, RootWalks>, Map<Wanted, RootWalks>] = [new Map(), new Map()];
  /**
   * Whether `walkSchemaSites` shares findings between operations and judging contexts (see
   * `visitSharing`), and skips the sites a family cannot report on (its `relevant` test). Both are
   * speed-ups only: tests turn them off and hold the findings equal.
   */
  sharing = true;
  filter = true;
  /** Dense numbers for the schema diffs and judging contexts of the sites of `rootSites` (see `RunSite`). */
  readonly index: SiteIndex = { diffs: new Map(), judgingCount: 0 };
  /** One `OperationRef` per operation, which the findings made for several share (see `visitSharing`). */
  readonly refs = new Map<OperationDiff, OperationRef>();
  constructor(readonly diff: SpecDiff) {}
}

/** See `SchemaWalks.index`: per schema diff its number and the numbers of its judging contexts. */
interface SiteIndex {
  diffs: Map<SchemaDiff, { readonly diff: number; judgings: Map<string, number> | undefined }>;
  judgingCount: number;
}

/** The walks below roots for one predicate (`rootWalk`), and what they read of each schema diff. */
interface RootWalks {
  readonly wanted: Wanted;
  readonly slots: boolean;
  byRoot: Map<SchemaDiff, RootWalk>;
  known: Map<SchemaDiff, Facts>;
  /** The last mark given to a `Seen` of these facts. */
  marks: number;
}

/** The run's walks of `diff`, or fresh ones (for another diff, or no run). */
export function walksOf(ctx: Pick<CheckContext, 'walks'>, diff: SpecDiff): SchemaWalks {
  return ctx.walks?.diff === diff ? ctx.walks : new SchemaWalks(diff);
}

/**
 * The sites of the schema families, walked once per SpecDiff and shared by the five families:
 * the sites of `walkEverySite` (operations in scope: not `draft` / `alpha`), plus
 * the modified subschemas under `then`, `else`,
 * `contains`, `prefixItems`, `propertyNames`, `unevaluated*`, `contentSchema`,
 * `patternProperties` and `dependentSchemas` (and everything below them), which the framework's
 * walk does not enter. Each SchemaDiff is visited once per root schema; only sites with a change
 * of their own (`hasLocalChange`) are kept, since the others cannot produce a finding.
 *
 * A site object is built only where it is kept:
 * shared schemas of large specs are met hundreds of thousands of times along different paths
 * (Stripe: ~230k visits of ~800 distinct diffs), and building every site costs seconds.
 * A test holds the sites equal to an enumeration written in the test (schema-walk.test.ts).
 *
 * With `ctx.negated`, only the sites inside modified `not` subschemas (see `negatedSites`).
 * With `relevant`, only the sites whose schema diff passes it are visited (see `onlyRelevant`).
 */
export function walkSchemaSites(
  diff: SpecDiff,
  ctx: Pick<CheckContext, 'negated' | 'walks'>,
  visit: SchemaVisitor,
  out?: Finding[],
  relevant?: (sd: SchemaDiff) => boolean,
): void {
  const walks = walksOf(ctx, diff);
  const test = relevant && walks.filter ? relevant : undefined;
  if (ctx.negated) {
    if (test) visit = onlyRelevant(visit, test);
    for (const [sd, site] of negatedSites(walks)) if (hasLocalChange(sd)) visit(sd, site);
    return;
  }
  const runs = (walks.sites ??= collectRuns(walks, hasLocalChange, true, true));
  if (!out || !walks.sharing) {
    if (test) visit = onlyRelevant(visit, test);
    for (const run of runs) for (const e of run.sites()) visit(e.sd, e.site);
    return;
  }
  visitSharing(runs, visit, out, test, walks.refs);
}

/**
 * `visit`, called only at sites whose schema diff passes `relevant` (asked once per diff): a family
 * that reads few keywords passes a test that holds wherever it could emit a finding, so that the
 * ~8k sites of ~800 diffs (Stripe) are not each visited for nothing.
 */
function onlyRelevant(visit: SchemaVisitor, relevant: (sd: SchemaDiff) => boolean): SchemaVisitor {
  const known = new Map<SchemaDiff, boolean>();
  return (sd, site) => {
    let yes = known.get(sd);
    if (yes === undefined) known.set(sd, (yes = relevant(sd)));
    if (yes) visit(sd, site);
  };
}

/**
 * With `out` (the family's findings), a body or response-header root whose schema diff and place
 * (status, media type, header) an earlier operation already had is not visited again: the
 * findings its sites gave there are made for this operation too, listed in their `alsoFor` (the
 * edit is judged once, with the operations that reach it). Stripe's `default` error response, for
 * one, is the same schema diff under all ~400 operations. The caller's findings may depend on the
 * operation only through `finding(...)` (the operation label, `operation`, `details.method` /
 * `details.path`); a run whose findings do not look like that is not shared. Listed per operation
 * (`perOperation`), the findings are those of visiting every site, each operation's right after
 * the first's.
 */
function visitSharing(
  runs: readonly RootRun[],
  visit: SchemaVisitor,
  out: Finding[],
  relevant: ((sd: SchemaDiff) => boolean) | undefined,
  refs: Map<OperationDiff, OperationRef>,
): void {
  // By group, by judging context and by schema diff (the numbers of `RunSite`): arrays, not maps.
  const made: Array<Made | null | undefined> = [];
  const judged: Judged = [];
  const kept: Array<boolean | undefined> = [];
  // The other operations of each group, in the order met: every finding of the group's first run
  // is made for the same ones, so its findings share one array (never modified once given).
  const also: Array<OperationRef[] | undefined> = [];
  // Indexed loops: this runs once per family, mostly before the optimizing compilers step in, and
  // a for-of loop there allocates a result object per step.
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const earlier = run.group >= 0 ? made[run.group] : undefined;
    if (earlier) {
      // One ref per operation for the whole run (Stripe: ~47k operations listed, ~400 operations).
      let ref = refs.get(run.operation);
      if (ref === undefined) {
        const { label, method, path } = run.operation;
        refs.set(run.operation, (ref = { label, method, path }));
      }
      if (earlier.to > earlier.from) (also[run.group] ??= []).push(ref);
      continue;
    }
    const from = out.length;
    const sites = run.sites();
    for (let k = 0; k < sites.length; k++) {
      const e = sites[k]!;
      // A site whose schema diff the family cannot report on makes no finding: not visited.
      if (relevant) {
        let yes = kept[e.diff];
        if (yes === undefined) kept[e.diff] = yes = relevant(e.sd);
        if (!yes) continue;
      }
      visitOnce(e, visit, out, judged);
    }
    if (run.group >= 0 && earlier === undefined) {
      made[run.group] = sharable(out, from, run.operation) ? { from, to: out.length } : null;
    }
  }
  for (let g = 0; g < also.length; g++) {
    const others = also[g];
    const range = made[g];
    if (others === undefined || !range) continue;
    for (let i = range.from; i < range.to; i++) out[i]!.alsoFor = others;
  }
}

/**
 * The sites already judged, by the number of their schema diff and judging context (`RunSite.judging`):
 * the site, and the findings its visit made (out[from..to]).
 */
type Judged = Array<{ site: SchemaSite; from: number; to: number } | undefined>;

/**
 * The judging contexts of the sites of one root (`rootSites`): what the keyword families read of a
 * site besides its schema diff (they judge a schema diff the same wherever it sits when these are
 * the same): direction, area, media type, header and the kind of a sent operation (the root's),
 * root or property (`prefix`), required by the parent, readOnly / writeOnly. Not the operation, the
 * status or the path. None for parameters (a family may read the operation's parameter, its
 * style); the sites inside subschema slots or `not` get none either (named relative to the slot,
 * not by their path). One string per combination, made when first asked.
 */
function judgingContexts(root: RootSite): ((site: SchemaSite) => string) | undefined {
  if (root.area === 'parameter') return undefined;
  const lead =
    `${root.direction}\u0000${root.area}\u0000${root.mediaType ?? ''}\u0000${root.header ?? ''}\u0000` +
    `${root.operation.sent?.kind ?? ''}`;
  const made: string[] = [];
  return (site) => {
    const i =
      (site.path.length === 0 ? 8 : 0) +
      (site.requiredInParent ? 4 : 0) +
      (site.readOnly ? 2 : 0) +
      (site.writeOnly ? 1 : 0);
    return (made[i] ??=
      `${lead}\u0000${site.prefix}\u0000${site.requiredInParent}\u0000${site.readOnly}\u0000${site.writeOnly}`);
  };
}

/**
 * `visit(sd, site)`, once per schema diff and judging context: where the same schema diff was
 * judged in the same context at an earlier site (another operation, status or property path), the
 * findings made there are made again at this site (`resite`) instead of judging it again. Findings
 * come out in the same order and with the same content as visiting.
 */
function visitOnce(e: RunSite, visit: SchemaVisitor, out: Finding[], judged: Judged): void {
  const { sd, site } = e;
  if (e.judging < 0) {
    visit(sd, site);
    return;
  }
  const earlier = judged[e.judging];
  if (earlier) {
    const start = out.length;
    let i = earlier.from;
    for (; i < earlier.to; i++) {
      const f = resite(out[i]!, earlier.site, site);
      if (!f) break;
      out.push(f);
    }
    if (i === earlier.to) return;
    // A finding that cannot be made again here: judge the site itself (its copies so far dropped).
    out.length = start;
  }
  const from = out.length;
  visit(sd, site);
  if (earlier === undefined) judged[e.judging] = { site, from, to: out.length };
}

/** The findings a group's first run made, out[from..to], to copy for the group's other runs. */
interface Made {
  from: number;
  to: number;
}

/** Whether the findings out[from..] carry `op` only where `finding(...)` puts it (operation, method, path). */
function sharable(out: readonly Finding[], from: number, op: OperationDiff): boolean {
  const label = op.label;
  for (let i = from; i < out.length; i++) {
    const f = out[i]!;
    if (f.operation !== label) return false;
    if (f.details?.method !== op.method || f.details.path !== op.path) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Inside `not`: the same keyword families, with the polarity flipped
// ---------------------------------------------------------------------------

function hasNotChange(sd: SchemaDiff): boolean {
  return sd.kind === 'modified' && sd.not?.kind === 'modified';
}

/**
 * Every site below a modified `not` subschema (one level: a `not` inside a `not` is not entered),
 * unfiltered. The `not` root gets the flipped direction and names itself "the `not` subschema of ...".
 */
function negatedSites(walks: SchemaWalks): Sites {
  if (walks.negated) return walks.negated;
  const out: Array<readonly [SchemaDiff, SchemaSite]> = [];
  for (const [sd, site] of collectSites(walks, hasNotChange, true)) {
    const d = sd.not!;
    const node = d.revision?.node ?? d.base?.node;
    const direction = site.direction === 'request' ? 'response' : 'request';
    const notRoot = slotPhrase('not', site);
    const sub: SchemaSite = {
      ...site,
      direction,
      area: 'body',
      path: [...site.path, '(not)'],
      prefix: direction === 'request' ? 'request-property' : 'response-property',
      requiredInParent: false,
      // Flipped direction: the flags swap too, so that `invisible()` still hides what clients never see.
      readOnly: site.writeOnly || node?.writeOnly === true,
      writeOnly: site.readOnly || node?.readOnly === true,
      where: sitePhrase(notRoot, []),
      naming: slotNaming(site, '(not)', notRoot),
      negated: site.negated ?? { direction: site.direction, area: site.area },
    };
    const seen = freshSeen(memoOf(walks, everySchema, true));
    walkInside(walks, d, sub, seen, everySchema, (x, s) => out.push([x, s]));
  }
  walks.negated = out;
  return out;
}

type RootSite = Omit<
  SchemaSite,
  'where' | 'naming' | 'prefix' | 'path' | 'requiredInParent' | 'readOnly' | 'writeOnly'
>;

/** A path as a linked list, so that walking does not copy arrays. */
interface PathLink {
  up: PathLink | undefined;
  seg: string;
  len: number;
}

/** A queued step of `walkTree`: to `sd`, whose path is this link. */
interface Step extends PathLink {
  f: Facts;
  requiredInParent: boolean;
  ro: boolean;
  wo: boolean;
}

function pathArray(p: PathLink | undefined): string[] {
  const out = new Array<string>(p?.len ?? 0);
  for (let x = p; x; x = x.up) out[x.len - 1] = x.seg;
  return out;
}

/**
 * Which operations' roots a walk starts from: `in-scope`, the operations the families judge (not
 * `draft` / `alpha`, see `operationInScope`); `modified`, every modified operation (documentation
 * changes are reported whatever the stability).
 */
type Scope = 'in-scope' | 'modified';

/**
 * Every root schema a walk starts from, in the one order all the walks share: per operation, its
 * parameters (schema, then content), request body, then per response its bodies and headers; then
 * the roots of the operations the API sends (`SpecDiff.sent`: callbacks and webhooks), with the
 * directions reversed: the request body is the payload subscribers receive, judged like a response
 * body (a removed or optional field breaks them), and header parameters are judged like response
 * headers; the subscriber's responses are what the API receives, judged like request bodies. So the
 * keyword families judge payloads with their usual rules and ids.
 */
function forEachRoot(diff: SpecDiff, scope: Scope, fn: (sd: SchemaDiff, root: RootSite) => void): void {
  const wanted = (op: OperationDiff) => (scope === 'in-scope' ? operationInScope(op) : op.kind === 'modified');
  for (const op of diff.operations) {
    if (!wanted(op)) continue;
    for (const p of op.parameters) {
      if (p.kind !== 'modified') continue;
      const base: RootSite = {
        direction: 'request',
        area: 'parameter',
        operation: op,
        parameter: { in: p.in, name: p.name },
      };
      if (p.schema) fn(p.schema, base);
      for (const mt of p.content) if (mt.schema) fn(mt.schema, { ...base, mediaType: mt.mediaType });
    }
    if (op.requestBody?.kind === 'modified') {
      for (const mt of op.requestBody.content) {
        if (mt.kind === 'modified' && mt.schema)
          fn(mt.schema, { direction: 'request', area: 'body', operation: op, mediaType: mt.mediaType });
      }
    }
    for (const r of op.responses) {
      if (r.kind !== 'modified') continue;
      for (const mt of r.content) {
        if (mt.kind === 'modified' && mt.schema)
          fn(mt.schema, {
            direction: 'response',
            area: 'body',
            operation: op,
            status: r.status,
            mediaType: mt.mediaType,
          });
      }
      for (const h of r.headers) {
        if (h.kind === 'modified' && h.schema)
          fn(h.schema, {
            direction: 'response',
            area: 'response-header',
            operation: op,
            status: r.status,
            header: writtenHeaderName(r, h),
          });
      }
    }
  }
  for (const op of diff.sent ?? []) {
    if (!wanted(op)) continue;
    for (const p of op.parameters) {
      if (p.kind === 'modified' && p.in === 'header' && p.schema)
        fn(p.schema, { direction: 'response', area: 'response-header', operation: op, header: p.name });
    }
    if (op.requestBody?.kind === 'modified') {
      for (const mt of op.requestBody.content) {
        if (mt.kind === 'modified' && mt.schema)
          fn(mt.schema, { direction: 'response', area: 'body', operation: op, mediaType: mt.mediaType });
      }
    }
    for (const r of op.responses) {
      if (r.kind !== 'modified') continue;
      for (const mt of r.content) {
        if (mt.kind === 'modified' && mt.schema)
          fn(mt.schema, {
            direction: 'request',
            area: 'body',
            operation: op,
            status: r.status,
            mediaType: mt.mediaType,
          });
      }
    }
  }
}

function prefixFor(root: RootSite, isRoot: boolean): SchemaPrefix {
  if (root.direction === 'request') {
    if (root.area === 'parameter') return isRoot ? 'request-parameter' : 'request-parameter-property';
    return isRoot ? 'request-body' : 'request-property';
  }
  if (root.area === 'response-header') return isRoot ? 'response-header' : 'response-header-property';
  return isRoot ? 'response-body' : 'response-property';
}

/** One root schema's walk, independent of where the root sits (operation, body, response...). */
interface RootWalk {
  /** The kept sites relative to the root, in walk order. */
  entries: WalkEntry[];
  /** Every schema diff the walk met (the `Seen` the subschema slots continue from, see `seenAfter`). */
  met: readonly Facts[];
  /** Whether any entry leads to subschema slots. */
  deeper: boolean;
}
interface WalkEntry {
  sd: SchemaDiff;
  path: string[];
  requiredInParent: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  local: boolean;
  deeper: boolean;
}

/**
 * What a walk reads of one schema diff, read once per diff and predicate rather than at every
 * visit: shared schemas are visited from many roots (Stripe: ~40k visits of ~800 diffs), and
 * schema diffs come in many shapes, so each property read at a visit was a slow generic lookup.
 * The facts of the diffs below are linked when first needed, so that a visit looks nothing up.
 */
interface Facts {
  sd: SchemaDiff;
  modified: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  /** `wanted(sd)`. */
  local: boolean;
  /** Leads to subschema slots (with `slots`). */
  deeper: boolean;
  /** Modified properties in the diff's order (required by the revision or not), items, additionalProperties. */
  below: readonly Below[];
  /** Modified oneOf members, then anyOf members (walked at the path of this diff). */
  members: readonly Below[];
  /** The `Seen` that last met this diff (see `Seen`). */
  mark: number;
}

/** A diff below another (`Facts.below`, `Facts.members`): the path segment to it, and its facts once linked. */
interface Below {
  readonly seg: string;
  readonly required: boolean;
  readonly sd: SchemaDiff;
  facts: Facts | undefined;
}

function factsOf(sd: SchemaDiff, wanted: (sd: SchemaDiff) => boolean, slots: boolean): Facts {
  const node = sd.revision?.node ?? sd.base?.node;
  const modified = sd.kind === 'modified';
  const facts: Facts = {
    sd,
    modified,
    readOnly: node?.readOnly === true,
    writeOnly: node?.writeOnly === true,
    local: wanted(sd),
    deeper: slots && modified && hasSubschemas(sd),
    below: [],
    members: [],
    mark: 0,
  };
  if (!modified) return facts;
  const below: Below[] = [];
  const byName = sd.properties?.modified;
  if (byName) {
    const required = sd.revision?.node.required;
    for (const name in byName) {
      const isRequired = Array.isArray(required) && required.includes(name);
      below.push({ seg: name, required: isRequired, sd: byName[name]!, facts: undefined });
    }
  }
  if (sd.items) below.push({ seg: '[]', required: false, sd: sd.items, facts: undefined });
  if (sd.additionalProperties)
    below.push({ seg: '{}', required: false, sd: sd.additionalProperties, facts: undefined });
  facts.below = below;
  const members: Below[] = [];
  for (const d of sd.oneOf?.modified ?? []) members.push({ seg: '', required: false, sd: d, facts: undefined });
  for (const d of sd.anyOf?.modified ?? []) members.push({ seg: '', required: false, sd: d, facts: undefined });
  facts.members = members;
  return facts;
}

/** The facts of `sd` in `memo`, read when first asked for. */
function factsIn(memo: RootWalks, sd: SchemaDiff): Facts {
  let f = memo.known.get(sd);
  if (!f) memo.known.set(sd, (f = factsOf(sd, memo.wanted, memo.slots)));
  return f;
}

/** The facts of a diff below another, linked when first asked for. */
function linked(memo: RootWalks, b: Below): Facts {
  return (b.facts ??= factsIn(memo, b.sd));
}

/**
 * The schema diffs a walk (or a walk and the walks that continue it) has met: those whose facts
 * carry its mark. A mark per walk, not a set: a walk asks at every step. Only one `Seen` of a
 * memo is in use at a time (walks run one after the other; one that continues another takes
 * over its diffs, see `seenAfter`), so one mark per facts suffices.
 */
interface Seen {
  readonly mark: number;
  /** The facts marked, in the order met. */
  readonly met: Facts[];
}

/** A `Seen` of `memo` that has met nothing. */
function freshSeen(memo: RootWalks): Seen {
  return { mark: ++memo.marks, met: [] };
}

/** A `Seen` of `memo` that has met what `met` holds (to continue a walk that is over). */
function seenAfter(memo: RootWalks, met: readonly Facts[]): Seen {
  const seen = freshSeen(memo);
  for (const f of met) {
    f.mark = seen.mark;
    seen.met.push(f);
  }
  return seen;
}

/** The run's root walks and facts for `wanted` and `slots`. */
function memoOf(walks: SchemaWalks, wanted: Wanted, slots: boolean): RootWalks {
  const byWanted = walks.rootWalks[slots ? 1 : 0];
  let memo = byWanted.get(wanted);
  if (!memo) byWanted.set(wanted, (memo = { byRoot: new Map(), known: new Map(), wanted, slots, marks: 0 }));
  return memo;
}

/**
 * The walk below one root schema diff, memoised per predicate and root: shared roots are common
 * (Stripe's `default` error response is one SchemaDiff under every operation), and the walk from
 * a root does not depend on where the root sits. The walks inside subschema slots and `not`
 * (`walkInside`) and the unique walk run `walkTree` with a `Seen` they carry on, not memoised.
 */
function rootWalk(walks: SchemaWalks, rootSd: SchemaDiff, wanted: Wanted, slots: boolean): RootWalk {
  const memo = memoOf(walks, wanted, slots);
  const cached = memo.byRoot.get(rootSd);
  if (cached) return cached;
  const seen = freshSeen(memo);
  const walk = walkTree(factsIn(memo, rootSd), seen, memo);
  memo.byRoot.set(rootSd, walk);
  return walk;
}

/**
 * The walk below `top`, not entering the schema diffs `seen` has met (it adds those it meets):
 * the one traversal of the rules. `memo` holds the facts of the diffs for its `wanted` and `slots`.
 */
function walkTree(top: Facts, seen: Seen, memo: RootWalks): RootWalk {
  const entries: WalkEntry[] = [];
  const mark = seen.mark;
  const met = seen.met;
  let anyDeeper = false;
  // Breadth first: a schema met along several paths is named by its shortest.
  // A queued step is also the path link of the diff it leads to (one object per step), and a diff
  // already seen is not queued (it would be skipped when dequeued: `seen` only grows).
  const queue: Step[] = [];
  const go = (f: Facts, path: PathLink | undefined, requiredInParent: boolean, ro: boolean, wo: boolean): void => {
    if (f.mark === mark) return;
    f.mark = mark;
    met.push(f);
    const readOnly = ro || f.readOnly;
    const writeOnly = wo || f.writeOnly;
    if (f.local || f.deeper) {
      entries.push({
        sd: f.sd,
        path: pathArray(path),
        requiredInParent,
        readOnly,
        writeOnly,
        local: f.local,
        deeper: f.deeper,
      });
      if (f.deeper) anyDeeper = true;
    }
    if (!f.modified) return;
    const len = (path?.len ?? 0) + 1;
    // Indexed: for every schema met, mostly before V8 optimises it (`for...of` makes iterator objects).
    const below = f.below;
    for (let i = 0; i < below.length; i++) {
      const b = below[i]!;
      const next = linked(memo, b);
      if (next.mark !== mark)
        queue.push({ f: next, up: path, seg: b.seg, len, requiredInParent: b.required, ro: readOnly, wo: writeOnly });
    }
    const members = f.members;
    for (let i = 0; i < members.length; i++) go(linked(memo, members[i]!), path, requiredInParent, readOnly, writeOnly);
  };
  go(top, undefined, false, false, false);
  for (let i = 0; i < queue.length; i++) {
    const next = queue[i]!;
    if (next.f.mark !== mark) go(next.f, next, next.requiredInParent, next.ro, next.wo);
  }
  return { entries, met, deeper: anyDeeper };
}

/**
 * The sites of `walkEverySite` where `wanted(sd)` holds (plus, with `slots`, the sites below the
 * subschema slots, as `walkSchemaSites` describes), without building the others: one run per
 * root, in walk order, each building its sites when first asked.
 */
function collectRuns(walks: SchemaWalks, wanted: Wanted, slots: boolean, judging = false): RootRun[] {
  const runs: RootRun[] = [];
  const groups = new Map<SchemaDiff, Map<string, number>>();
  let nextGroup = 0;
  const groupOf = (rootSd: SchemaDiff, root: RootSite): number => {
    // Parameter roots are not shared: a family may read the operation's parameter (style, explode).
    if (root.area === 'parameter') return -1;
    const place =
      `${root.operation.sent?.kind ?? ''}\u0000${root.direction}\u0000${root.area}\u0000` +
      `${root.status ?? ''}\u0000${root.mediaType ?? ''}\u0000${root.header ?? ''}`;
    let byPlace = groups.get(rootSd);
    if (!byPlace) groups.set(rootSd, (byPlace = new Map()));
    let g = byPlace.get(place);
    if (g === undefined) byPlace.set(place, (g = nextGroup++));
    return g;
  };
  forEachRoot(walks.diff, 'in-scope', (rootSd, root) => {
    const walk = rootWalk(walks, rootSd, wanted, slots);
    if (walk.entries.length === 0) return;
    let built: readonly RunSite[] | undefined;
    runs.push({
      operation: root.operation,
      group: groupOf(rootSd, root),
      sites: () => (built ??= rootSites(walks, root, walk, wanted, judging)),
    });
  });
  return runs;
}

/**
 * The sites of one root from its walk (see `rootWalk`), with `judging` their numbers (see
 * `RunSite`; else -1).
 */
function rootSites(
  walks: SchemaWalks,
  root: RootSite,
  walk: RootWalk,
  wanted: (sd: SchemaDiff) => boolean,
  judging: boolean,
): RunSite[] {
  const out: RunSite[] = [];
  const siteOf = sitesBelow(root);
  const contextOf = judging ? judgingContexts(root) : undefined;
  const index = walks.index;
  const numberOf = (sd: SchemaDiff) => {
    let n = index.diffs.get(sd);
    if (!n) index.diffs.set(sd, (n = { diff: index.diffs.size, judgings: undefined }));
    return n;
  };
  const pending: Array<readonly [SchemaDiff, SchemaSite]> = [];
  for (const e of walk.entries) {
    const site = siteOf(e);
    if (e.local) {
      if (!judging) out.push({ sd: e.sd, site, judging: -1, diff: -1 });
      else {
        const n = numberOf(e.sd);
        let j = -1;
        if (contextOf) {
          const context = contextOf(site);
          const byContext = (n.judgings ??= new Map());
          const known = byContext.get(context);
          if (known === undefined) byContext.set(context, (j = index.judgingCount++));
          else j = known;
        }
        out.push({ sd: e.sd, site, judging: j, diff: n.diff });
      }
    }
    if (e.deeper) pending.push([e.sd, site]);
  }
  if (pending.length > 0) {
    const seen = seenAfter(memoOf(walks, wanted, true), walk.met);
    const keep: SchemaVisitor = (sd, site) =>
      out.push({ sd, site, judging: -1, diff: judging ? numberOf(sd).diff : -1 });
    for (const [sd, site] of pending) descendSlots(walks, sd, site, seen, wanted, keep);
  }
  return out;
}

/** The site of an entry of a walk from `root` (see `rootWalk`), for each entry of the root's walks. */
function sitesBelow(root: RootSite): (e: WalkEntry) => SchemaSite {
  const rootText = rootPhrase(root);
  const slots = root.operation.sent?.kind ?? '';
  const rootPrefix = prefixFor(root, true);
  const belowPrefix = prefixFor(root, false);
  return (e) => {
    const site: SchemaSite = {
      direction: root.direction,
      area: root.area,
      operation: root.operation,
      path: e.path,
      prefix: e.path.length === 0 ? rootPrefix : belowPrefix,
      requiredInParent: e.requiredInParent,
      readOnly: e.readOnly,
      writeOnly: e.writeOnly,
      where: sitePhrase(rootText, e.path),
      naming: { root: rootText, local: e.path, slots },
    };
    // Optional members only when the root has them (as `...root` would copy them).
    if (root.mediaType !== undefined) site.mediaType = root.mediaType;
    if (root.status !== undefined) site.status = root.status;
    if (root.parameter !== undefined) site.parameter = root.parameter;
    if (root.header !== undefined) site.header = root.header;
    return site;
  };
}

/** Every schema diff: the predicate of the walks that keep every site. */
const everySchema: Wanted = () => true;

/**
 * Every site (no subschema slots) of every root of the operations in scope, in walk order: built
 * afresh at each call (the root walks are the run's), for a family that reads every site (lifecycle).
 */
export function walkEverySite(diff: SpecDiff, ctx: Pick<CheckContext, 'walks'>, visit: SchemaVisitor): void {
  for (const [sd, site] of collectSites(walksOf(ctx, diff), everySchema, false)) visit(sd, site);
}

/**
 * Every schema diff of every modified operation (draft and alpha too), once, at its first site in
 * walk order (`walkEverySite`'s order over every modified operation): for findings about the schema
 * itself (documentation; a shared component changes once), or as a cheap pre-scan that decides
 * whether the walk of every site is needed. Memoised in the run's walks (lifecycle and docs read it).
 */
export function walkUniqueSchemas(diff: SpecDiff, ctx: Pick<CheckContext, 'walks'>, visit: SchemaVisitor): void {
  const walks = walksOf(ctx, diff);
  const sites = (walks.unique ??= uniqueSites(walks));
  for (let i = 0; i < sites.length; i++) visit(sites[i]![0], sites[i]![1]);
}

function uniqueSites(walks: SchemaWalks): Sites {
  const out: Array<readonly [SchemaDiff, SchemaSite]> = [];
  // One `Seen` for all roots: a schema diff met under an earlier root is not entered again.
  const memo = memoOf(walks, everySchema, false);
  const seen = freshSeen(memo);
  forEachRoot(walks.diff, 'modified', (rootSd, root) => {
    const top = factsIn(memo, rootSd);
    if (top.mark === seen.mark) return;
    const siteOf = sitesBelow(root);
    for (const e of walkTree(top, seen, memo).entries) out.push([e.sd, siteOf(e)]);
  });
  return out;
}

/** Every site of `collectRuns`, built. */
function collectSites(walks: SchemaWalks, wanted: Wanted, slots: boolean): Sites {
  const out: Array<Sites[number]> = [];
  for (const run of collectRuns(walks, wanted, slots)) for (const e of run.sites()) out.push([e.sd, e.site]);
  return out;
}

/**
 * The sites of `walkEverySite` (no subschema slots) whose schema diff passes
 * `wanted`, in the same order, built only where kept. For families that read few schema diffs
 * (`wanted` may accept more than the family uses; it must not accept fewer).
 */
export function walkChangedSites(
  diff: SpecDiff,
  ctx: Pick<CheckContext, 'negated' | 'walks'>,
  wanted: Wanted,
  visit: SchemaVisitor,
): void {
  const walks = walksOf(ctx, diff);
  if (ctx.negated) {
    for (const [sd, site] of negatedSites(walks)) if (wanted(sd)) visit(sd, site);
    return;
  }
  // Each predicate is asked for once per run (schema-2020-12, schema-not): the sites are not kept.
  if (anyReached(walks, wanted)) for (const [sd, site] of collectSites(walks, wanted, false)) visit(sd, site);
}

/**
 * Whether any schema diff a walk reaches passes `wanted`: one pass over the distinct schema diffs
 * (those of `walkUniqueSchemas`, which lifecycle and docs walk in every run anyway; a superset of
 * the in-scope ones), not one per root, so that a family with nothing to read costs nothing.
 */
function anyReached(walks: SchemaWalks, wanted: Wanted): boolean {
  for (const [sd] of (walks.unique ??= uniqueSites(walks))) if (wanted(sd)) return true;
  return false;
}

/**
 * The naming of the root of a subschema slot of `site` (whose phrase is `root`): its sites are named
 * below it; `slots` keeps the way there (the property path to the slot and the slot).
 */
function slotNaming(site: SchemaSite, slot: string, root: SlotPhrase): SchemaSite['naming'] {
  return { root, local: [], slots: `${site.naming.slots}/${propertyPath(site.naming.local)}${slot}` };
}

/** The phrase of subschema slot `slot` of `site` ("the `then` subschema of ..."). */
function slotPhrase(slot: string, site: SchemaSite): SlotPhrase {
  return { kind: 'slot', slot, of: site.where };
}

/**
 * The sites below the modified subschema slots of `sd` at `site` (see `subschemas`), each slot's
 * subschema walked as a root is (`walkTree`, with slots) and its sites named below "the `slot`
 * subschema of <site>". `seen` holds the schema diffs met on the way from the root so far: each is
 * visited once per root (it grows).
 */
function descendSlots(
  walks: SchemaWalks,
  sd: SchemaDiff,
  site: SchemaSite,
  seen: Seen,
  wanted: Wanted,
  visit: SchemaVisitor,
): void {
  for (const [slot, d] of subschemas(sd)) {
    const node = d.revision?.node ?? d.base?.node;
    const slotRoot = slotPhrase(slot, site);
    const sub: SchemaSite = {
      ...site,
      path: [...site.path, `(${slot})`],
      prefix: propertyPrefix(site),
      requiredInParent: false,
      readOnly: site.readOnly || node?.[site.negated ? 'writeOnly' : 'readOnly'] === true,
      writeOnly: site.writeOnly || node?.[site.negated ? 'readOnly' : 'writeOnly'] === true,
      where: sitePhrase(slotRoot, []),
      naming: slotNaming(site, `(${slot})`, slotRoot),
    };
    walkInside(walks, d, sub, seen, wanted, visit);
  }
}

/**
 * The sites of the walk from `sd`, a subschema at `top` (a slot's, or a `not`), whose schema diff
 * passes `wanted` and was not in `seen`, then the slots below them. Named below `top`'s phrase;
 * readOnly / writeOnly accumulate from `top`'s (swapped inside `not`); a property inside a slot is
 * not taken as required by its parent.
 */
function walkInside(
  walks: SchemaWalks,
  sd: SchemaDiff,
  top: SchemaSite,
  seen: Seen,
  wanted: Wanted,
  visit: SchemaVisitor,
): void {
  const memo = memoOf(walks, wanted, true);
  const walk = walkTree(factsIn(memo, sd), seen, memo);
  const swap = top.negated !== undefined;
  const pending: Array<readonly [SchemaDiff, SchemaSite]> = [];
  for (const e of walk.entries) {
    const site: SchemaSite =
      e.path.length === 0
        ? top
        : {
            ...top,
            path: [...top.path, ...e.path],
            prefix: propertyPrefix(top),
            requiredInParent: false,
            readOnly: top.readOnly || (swap ? e.writeOnly : e.readOnly),
            writeOnly: top.writeOnly || (swap ? e.readOnly : e.writeOnly),
            where: sitePhrase(top.naming.root, e.path),
            naming: { root: top.naming.root, local: e.path, slots: top.naming.slots },
          };
    if (e.local) visit(e.sd, site);
    if (e.deeper) pending.push([e.sd, site]);
  }
  for (const [d, site] of pending) descendSlots(walks, d, site, seen, wanted, visit);
}

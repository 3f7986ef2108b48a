/**
 * Schema comparison (see `SchemaDiff` in model.ts for the shape and the normalisation).
 *
 * How it works, per top-level call (`diffSchema`):
 *
 * 1. Build: walk both graphs in step. A pair that is identical or structurally equal (memoised
 *    `DeepEqual`) is unchanged and skipped. Any other pair gets one candidate node (memoised by
 *    object pair, so a recursive schema meets its own node again and the walk stops there) whose
 *    `SchemaDiff` holds the local changes (keywords, type, enum, required, ...) and links to the
 *    candidates of its children (properties, items, allOf members, ...).
 * 2. Decide: a candidate is changed when it has a local change, an added/deleted child, or a
 *    changed child. This is a least fixpoint, computed by propagation from the local changes up
 *    the parent links, so cycles without a real change count as unchanged (coinductive), and
 *    structurally different but equivalent pairs (3.0 `nullable` vs 3.1 type list, enum order,
 *    boolean vs numeric exclusive bounds, allOf refactors) vanish.
 * 3. Prune: changed candidates drop their links to unchanged children. Links between changed
 *    candidates stay, so a recursive change yields a cyclic `SchemaDiff` graph.
 *
 * Candidates persist for the whole `diffSpecs` run: a pair met again from another operation
 * returns the same `SchemaDiff` object (whose `base`/`revision` pointers are those of the first
 * encounter; operations are visited in sorted order, so this is deterministic).
 */
import type {
  JsonValue,
  MapDiff,
  NodeOrigin,
  SchemaDiff,
  SchemaListDiff,
  SchemaObject,
  SchemaValueKeyword,
  ValueChange,
} from '../model.ts';
import { compareStrings, isEmpty, isObject, ptr, valueChange, type DiffContext, type Which } from './context.ts';
import {
  asSchema,
  effectiveNullable,
  effectiveProperties,
  effectiveRequired,
  effectiveTypes,
  type EffectiveMemo,
  type EffectiveProperty,
} from './schema-effective.ts';
import { dict } from './dict.ts';

/** Keywords compared as plain values, as written. */
const PLAIN_KEYWORDS: readonly SchemaValueKeyword[] = [
  'format',
  'const',
  'default',
  'pattern',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'minContains',
  'maxContains',
  'readOnly',
  'writeOnly',
  'deprecated',
  'discriminator',
  'contentMediaType',
  'contentEncoding',
  'title',
  'description',
  'example',
  'examples',
  'x-extensible-enum',
  'x-sunset',
  'x-stability-level',
];

const SINGLE_SLOTS = [
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
] as const;
const LIST_SLOTS = ['allOf', 'anyOf', 'oneOf'] as const;
const MAP_SLOTS = ['patternProperties', 'dependentSchemas'] as const;

type SingleSlot = (typeof SINGLE_SLOTS)[number] | 'items' | 'additionalProperties';
type ListSlot = (typeof LIST_SLOTS)[number] | 'prefixItems';
type MapSlot = (typeof MAP_SLOTS)[number] | 'properties';
const PRUNE_SINGLE: readonly SingleSlot[] = ['items', 'additionalProperties', ...SINGLE_SLOTS];
const PRUNE_LISTS: readonly ListSlot[] = [...LIST_SLOTS, 'prefixItems'];
const PRUNE_MAPS: readonly MapSlot[] = ['properties', ...MAP_SLOTS];

/** Position of each plain keyword in `PLAIN_KEYWORDS`. */
const PLAIN_INDEX: ReadonlyMap<string, number> = new Map(PLAIN_KEYWORDS.map((k, i) => [k, i]));

/** The subschema slots compared by the loops over `SINGLE_SLOTS` and `LIST_SLOTS` in `fill`. */
const SLOT_KEYS: ReadonlySet<string> = new Set<string>([...SINGLE_SLOTS, ...LIST_SLOTS]);

function compareNumbers(x: number, y: number): number {
  return x - y;
}

/** Keywords with dedicated handling; everything else goes to `other`. `$defs` are containers only (their uses are
 * compared). */
const HANDLED: ReadonlySet<string> = new Set([
  ...PLAIN_KEYWORDS,
  'nullable',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'type',
  'enum',
  'required',
  'properties',
  'items',
  'additionalProperties',
  'prefixItems',
  'dependentRequired',
  'dependencies',
  '$defs',
  'definitions',
  ...SINGLE_SLOTS,
  ...LIST_SLOTS,
  ...MAP_SLOTS,
]);

/** The parents of a decided node: none are needed any more (shared, never written to). */
const NO_PARENTS: PairNode[] = [];

interface PairNode {
  diff: SchemaDiff;
  a: SchemaObject;
  b: SchemaObject;
  aPtr: string;
  bPtr: string;
  /** Changed on its own: a local change or an added/deleted child or a link to an already-changed diff. */
  seed: boolean;
  changed: boolean;
  final: boolean;
  parents: PairNode[];
}

export class SchemaState {
  readonly memo = new Map<object, Map<object, PairNode>>();
  /** Whether two different `not` subschemas were compared (a cheap gate for the rules inside `not`). */
  sawNot = false;
  readonly changed = new WeakSet<SchemaDiff>();
}

function stateOf(ctx: DiffContext): SchemaState {
  return (ctx.schemas ??= new SchemaState());
}

/** Whether any pair of different `not` subschemas was met in this run (a superset of the modified ones). */
export function sawNotChange(ctx: DiffContext): boolean {
  return ctx.schemas?.sawNot === true;
}

/** A schema that exists on one side only. */
export function wholeSchema(
  ctx: DiffContext,
  kind: 'added' | 'deleted',
  node: SchemaObject,
  pointer: string,
): SchemaDiff {
  return kind === 'added'
    ? { kind, revision: ctx.side('revision', node, pointer), keywords: {} }
    : { kind, base: ctx.side('base', node, pointer), keywords: {} };
}

/**
 * Compare two schemas (either may be absent; boolean schemas allowed). `aPtr`/`bPtr` are the
 * logical pointers of the schemas in their documents. Returns undefined when they are equivalent.
 */
export function diffSchema(
  ctx: DiffContext,
  a: unknown,
  b: unknown,
  aPtr: string,
  bPtr: string,
): SchemaDiff | undefined {
  const A = asSchema(a);
  const B = asSchema(b);
  if (!A && !B) return undefined;
  if (!A) return wholeSchema(ctx, 'added', B!, bPtr);
  if (!B) return wholeSchema(ctx, 'deleted', A, aPtr);
  const run = new Run(ctx, stateOf(ctx));
  const node = run.pair(A, B, aPtr, undefined, bPtr, undefined);
  run.finish();
  return node && node.changed ? node.diff : undefined;
}

class Run {
  private readonly fresh: PairNode[] = [];

  constructor(
    private readonly ctx: DiffContext,
    private readonly st: SchemaState,
  ) {}

  /**
   * Pointers are passed as a base and an unescaped token (undefined = the base itself) and only joined
   * for pairs that get a node: most pairs are equal, and building their pointers would be waste.
   */
  pair(a: SchemaObject, b: SchemaObject, aBase: string, aTok: Tail, bBase: string, bTok: Tail): PairNode | undefined {
    if (a === b) return undefined;
    let m = this.st.memo.get(a);
    const hit = m?.get(b);
    if (hit) return hit.final && !hit.changed ? undefined : hit;
    if (this.ctx.equal(a, b)) return undefined;
    // Sides are added in finish(), for changed pairs only (most candidates are equivalent).
    const diff: SchemaDiff = { kind: 'modified', keywords: {} };
    const aPtr = join(aBase, aTok);
    const bPtr = join(bBase, bTok);
    const node: PairNode = { diff, a, b, aPtr, bPtr, seed: false, changed: false, final: false, parents: [] };
    if (!m) this.st.memo.set(a, (m = new Map()));
    m.set(b, node);
    this.fresh.push(node);
    this.fill(node, a, b, aPtr, bPtr);
    return node;
  }

  /** Link a child pair to `parent`; returns the diff to store (possibly pruned later) or undefined. */
  private child(
    parent: PairNode,
    a: SchemaObject | undefined,
    b: SchemaObject | undefined,
    aBase: string,
    aTok: Tail,
    bBase: string,
    bTok: Tail,
  ): SchemaDiff | undefined {
    if (!a && !b) return undefined;
    if (!a || !b) {
      parent.seed = true;
      return a
        ? wholeSchema(this.ctx, 'deleted', a, join(aBase, aTok))
        : wholeSchema(this.ctx, 'added', b!, join(bBase, bTok));
    }
    const n = this.pair(a, b, aBase, aTok, bBase, bTok);
    if (!n) return undefined;
    if (n.final) {
      parent.seed = true; // final and returned => changed
      return n.diff;
    }
    n.parents.push(parent);
    return n.diff;
  }

  /** Decide which fresh candidates changed, then prune links to unchanged ones. */
  finish(): void {
    const fresh = this.fresh;
    const work: PairNode[] = [];
    for (let i = 0; i < fresh.length; i++) {
      const n = fresh[i]!;
      if (n.seed) {
        n.changed = true;
        work.push(n);
      }
    }
    while (work.length) {
      const parents = work.pop()!.parents;
      for (let i = 0; i < parents.length; i++) {
        const p = parents[i]!;
        if (!p.changed) {
          p.changed = true;
          work.push(p);
        }
      }
    }
    for (let i = 0; i < fresh.length; i++) {
      const n = fresh[i]!;
      n.final = true;
      n.parents = NO_PARENTS;
      if (n.changed) this.st.changed.add(n.diff);
    }
    for (let i = 0; i < fresh.length; i++) {
      const n = fresh[i]!;
      if (!n.changed) continue;
      n.diff.base = this.ctx.side('base', n.a, n.aPtr);
      n.diff.revision = this.ctx.side('revision', n.b, n.bPtr);
      this.prune(n.diff);
    }
  }

  private keep = (d: SchemaDiff): boolean => d.kind !== 'modified' || this.st.changed.has(d);

  private prune(d: SchemaDiff): void {
    for (let i = 0; i < PRUNE_SINGLE.length; i++) {
      const slot = PRUNE_SINGLE[i]!;
      const c = d[slot];
      if (c && !this.keep(c)) delete d[slot];
    }
    for (let i = 0; i < PRUNE_LISTS.length; i++) {
      const slot = PRUNE_LISTS[i]!;
      const l = d[slot];
      if (!l) continue;
      l.modified = l.modified.filter(this.keep);
      if (!l.added.length && !l.deleted.length && !l.modified.length) delete d[slot];
    }
    for (let i = 0; i < PRUNE_MAPS.length; i++) {
      const slot = PRUNE_MAPS[i]!;
      const m = d[slot];
      if (!m) continue;
      const modified = m.modified;
      for (const k in modified) if (!this.keep(modified[k]!)) delete modified[k];
      if (isEmpty(m.added) && isEmpty(m.deleted) && isEmpty(modified)) delete d[slot];
    }
  }

  // -------------------------------------------------------------------------
  // One pair
  // -------------------------------------------------------------------------

  private fill(node: PairNode, a: SchemaObject, b: SchemaObject, aPtr: string, bPtr: string): void {
    const d = node.diff;
    const eq = this.ctx.eq;
    const kw = d.keywords;

    // One pass over the keys the two schemas have, rather than a probe of every keyword on both:
    // a schema holds a few of the ~60 keywords, and looking up an absent one on objects of
    // many shapes is slow. It finds the plain keywords that differ, and whether there is any
    // subschema slot or unhandled keyword to look at below.
    let changed: number[] | undefined;
    let slots = false;
    let unhandled = false;
    for (const k in a) {
      const i = PLAIN_INDEX.get(k);
      if (i !== undefined) {
        const va = a[k];
        const vb = b[k];
        if (va !== vb && !eq.equal(va, vb)) (changed ??= []).push(i);
      } else if (SLOT_KEYS.has(k)) slots = true;
      else if (!HANDLED.has(k)) unhandled = true;
    }
    for (const k in b) {
      if (Object.hasOwn(a, k)) continue;
      const i = PLAIN_INDEX.get(k);
      if (i !== undefined) {
        if (b[k] !== undefined) (changed ??= []).push(i);
      } else if (SLOT_KEYS.has(k)) slots = true;
      else if (!HANDLED.has(k)) unhandled = true;
    }
    if (changed) {
      // In the keyword list's order, as the reports list them.
      if (changed.length > 1) changed.sort(compareNumbers);
      for (let j = 0; j < changed.length; j++) {
        const k = PLAIN_KEYWORDS[changed[j]!]!;
        kw[k] = valueChange(a[k], b[k]);
      }
    }
    const memo = this.ctx.effective;
    const ta = typesWithConst(a, memo);
    const tb = typesWithConst(b, memo);
    // Bounds that admit the same integers compare equal; others are reported as written. (Two
    // schemas without any bound have the same bounds: the common case skips the work.)
    if (hasBounds(a) || hasBounds(b)) {
      const ba = bounds(a);
      const bb = bounds(b);
      if (!sameBounds(integerBounds(ba, ta), integerBounds(bb, tb))) {
        for (let i = 0; i < BOUND_KEYWORDS.length; i++) {
          const k = BOUND_KEYWORDS[i]!;
          if (ba[k] !== bb[k]) kw[k] = valueChange(ba[k], bb[k]);
        }
      }
    }
    const na = effectiveNullable(a, memo);
    const nb = effectiveNullable(b, memo);
    if (na !== nb) kw.nullable = { from: na, to: nb };

    if (!sameList(ta, tb)) {
      const from = ta ?? [];
      const to = tb ?? [];
      d.type = { added: to.filter((t) => !from.includes(t)), deleted: from.filter((t) => !to.includes(t)), from, to };
    }

    // `const: x` and `enum: [x]` say the same: when one side uses each, compare them as enums
    // (`const: x` -> `enum: [x, y]` adds a value; -> `enum: [x]` is no change).
    let en: SchemaDiff['enum'];
    if ((constOnly(a) && enumOnly(b)) || (enumOnly(a) && constOnly(b))) {
      delete kw.const;
      en = this.enumDiff(constOnly(a) ? [a.const] : a.enum, constOnly(b) ? [b.const] : b.enum);
    } else en = this.enumDiff(a.enum, b.enum);
    if (en) d.enum = en;

    const ra = effectiveRequired(a, memo);
    const rb = effectiveRequired(b, memo);
    if (ra !== rb) {
      const added = rb.filter((r) => !ra.includes(r));
      const deleted = ra.filter((r) => !rb.includes(r));
      if (added.length || deleted.length) d.required = { added, deleted };
    }

    const dr = dependentRequiredDiff(dependentRequiredOf(a), dependentRequiredOf(b));
    if (dr) d.dependentRequired = dr;

    const other = unhandled ? this.otherKeywords(a, b) : undefined;
    if (other) d.other = other;

    if (!isEmpty(kw) || d.type || d.enum || d.required || d.dependentRequired || d.other) node.seed = true;

    // properties (effective: allOf members merged in)
    const props =
      Array.isArray(a.allOf) || Array.isArray(b.allOf)
        ? this.effectivePropertiesDiff(node, a, b, aPtr, bPtr)
        : this.schemaMap(node, a.properties, b.properties, aPtr, 'properties', bPtr, 'properties');
    if (props) d.properties = props;

    // items (2020-12 single schema; the array form is compared as prefixItems)
    const ia = Array.isArray(a.items) ? undefined : asSchema(a.items);
    const ib = Array.isArray(b.items) ? undefined : asSchema(b.items);
    const items = this.child(node, ia, ib, aPtr, 'items', bPtr, 'items');
    if (items) d.items = items;

    // An `unevaluatedProperties` without `additionalProperties` on a schema with no in-place
    // applicator means what `additionalProperties` would (only its own properties are evaluated):
    // compared as that, so that rewriting one as the other is no change.
    const [addA, unevA, keyA] = closingTwins(a, b);
    const [addB, unevB, keyB] = closingTwins(b, a);

    // additionalProperties: boolean (or absent) vs schema in additionalPropertiesValue
    const apa = apValue(addA);
    const apb = apValue(addB);
    if (apa !== apb) {
      d.additionalPropertiesValue = { from: apa, to: apb };
      node.seed = true;
    }
    const sa = apa === 'schema' ? (addA as SchemaObject) : undefined;
    const sb = apb === 'schema' ? (addB as SchemaObject) : undefined;
    const ap = this.child(node, sa, sb, aPtr, keyA, bPtr, keyB);
    if (ap) d.additionalProperties = ap;

    // unevaluatedProperties, its twin, the same way: a boolean (or absent) change in
    // unevaluatedPropertiesValue, a schema on either side as the `unevaluatedProperties` slot.
    const upa = apValue(unevA);
    const upb = apValue(unevB);
    if (upa !== upb) {
      d.unevaluatedPropertiesValue = { from: upa, to: upb };
      node.seed = true;
    }
    const ua = upa === 'schema' ? (unevA as SchemaObject) : undefined;
    const ub = upb === 'schema' ? (unevB as SchemaObject) : undefined;
    const up = this.child(node, ua, ub, aPtr, 'unevaluatedProperties', bPtr, 'unevaluatedProperties');
    if (up) d.unevaluatedProperties = up;

    // Indexed loops: `for...of` allocates an iterator and a result per step until the code is
    // optimised, and a diff run is over before most of it is.
    for (let i = 0; slots && i < SINGLE_SLOTS.length; i++) {
      const slot = SINGLE_SLOTS[i]!;
      if (slot === 'unevaluatedProperties') continue;
      const va = a[slot];
      const vb = b[slot];
      if (va === undefined && vb === undefined) continue;
      const c = this.child(node, asSchema(va), asSchema(vb), aPtr, slot, bPtr, slot);
      if (c) {
        d[slot] = c;
        if (slot === 'not') this.st.sawNot = true;
      }
    }

    for (let i = 0; slots && i < LIST_SLOTS.length; i++) {
      const slot = LIST_SLOTS[i]!;
      const l = this.list(node, slot, a, b, a[slot], b[slot], slot, slot, aPtr, bPtr, false);
      if (l) d[slot] = l;
    }
    const pxa = Array.isArray(a.prefixItems) ? 'prefixItems' : Array.isArray(a.items) ? 'items' : 'prefixItems';
    const pxb = Array.isArray(b.prefixItems) ? 'prefixItems' : Array.isArray(b.items) ? 'items' : 'prefixItems';
    const px = this.list(node, 'prefixItems', a, b, a[pxa], b[pxb], pxa, pxb, aPtr, bPtr, true);
    if (px) d.prefixItems = px;

    const pp = this.schemaMap(
      node,
      a.patternProperties,
      b.patternProperties,
      aPtr,
      'patternProperties',
      bPtr,
      'patternProperties',
    );
    if (pp) d.patternProperties = pp;
    if (
      a.dependentSchemas !== undefined ||
      b.dependentSchemas !== undefined ||
      a.dependencies !== undefined ||
      b.dependencies !== undefined
    ) {
      const [ma, sa] = dependentSchemasOf(a);
      const [mb, sb] = dependentSchemasOf(b);
      const ds = this.schemaMap(node, ma, mb, aPtr, sa, bPtr, sb);
      if (ds) d.dependentSchemas = ds;
    }
  }

  /** `properties` of the effective schemas (allOf members merged in). */
  private effectivePropertiesDiff(
    node: PairNode,
    a: SchemaObject,
    b: SchemaObject,
    aPtr: string,
    bPtr: string,
  ): MapDiff<SchemaObject, SchemaDiff> | undefined {
    const pa = effectiveProperties(a, this.ctx.effective);
    const pb = effectiveProperties(b, this.ctx.effective);
    if (!pa.size && !pb.size) return undefined;
    let md: MapDiff<SchemaObject, SchemaDiff> | undefined;
    // `forEach`, not `for...of`: no iterator results or entry arrays to allocate.
    pb.forEach((eb, name) => {
      const ea = pa.get(name);
      if (!ea) {
        (md ??= mapDiff()).added[name] = this.ctx.side('revision', eb.schema, bPtr + eb.rel);
        node.seed = true;
        return;
      }
      const c = this.child(node, ea.schema, eb.schema, aPtr, ea, bPtr, eb);
      if (c) (md ??= mapDiff()).modified[name] = c;
    });
    pa.forEach((ea, name) => {
      if (!pb.has(name)) {
        (md ??= mapDiff()).deleted[name] = this.ctx.side('base', ea.schema, aPtr + ea.rel);
        node.seed = true;
      }
    });
    return md;
  }

  private enumDiff(ea: unknown, eb: unknown): SchemaDiff['enum'] | undefined {
    const from = Array.isArray(ea) ? (ea as JsonValue[]) : undefined;
    const to = Array.isArray(eb) ? (eb as JsonValue[]) : undefined;
    if (!from && !to) return undefined;
    if (from && to) {
      if (this.ctx.equal(from, to)) return undefined;
      const added = this.missing(to, from);
      const deleted = this.missing(from, to);
      if (!added.length && !deleted.length) return undefined; // order or duplicates only
      return { added, deleted, from, to };
    }
    // One side has no enum (any value allowed): no value lists, `from`/`to` tell the story.
    return { added: [], deleted: [], from, to };
  }

  /** Values of `xs` that are not in `ys` (structural equality). */
  private missing(xs: JsonValue[], ys: JsonValue[]): JsonValue[] {
    const prim = new Set<unknown>();
    const objs: JsonValue[] = [];
    for (const y of ys) {
      if (typeof y === 'object' && y !== null) objs.push(y);
      else prim.add(y);
    }
    const out: JsonValue[] = [];
    for (const x of xs) {
      if (typeof x === 'object' && x !== null) {
        if (!objs.some((y) => this.ctx.equal(x, y))) out.push(x);
      } else if (!prim.has(x)) {
        out.push(x);
      }
    }
    return out;
  }

  private otherKeywords(a: SchemaObject, b: SchemaObject): Record<string, ValueChange> | undefined {
    let keys: string[] | undefined;
    for (const k in a) if (!HANDLED.has(k)) (keys ??= []).push(k);
    for (const k in b) if (!HANDLED.has(k) && !Object.hasOwn(a, k)) (keys ??= []).push(k);
    if (!keys) return undefined;
    keys.sort(compareStrings);
    let out: Record<string, ValueChange> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (!this.ctx.equal(a[k], b[k])) (out ??= {})[k] = valueChange(a[k], b[k]);
    }
    return out;
  }

  /**
   * Compare two maps of subschemas (`properties` as written, `patternProperties`, `dependentSchemas`)
   * by key. The maps are at `aPtr/aKey` and `bPtr/bKey` (the keys need no escaping).
   */
  private schemaMap(
    node: PairNode,
    ma: unknown,
    mb: unknown,
    aPtr: string,
    aKey: string,
    bPtr: string,
    bKey: string,
  ): MapDiff<SchemaObject, SchemaDiff> | undefined {
    const A = isObject(ma) ? ma : undefined;
    const B = isObject(mb) ? mb : undefined;
    if (!A && !B) return undefined;
    const aBase = aPtr + '/' + aKey;
    const bBase = bPtr + '/' + bKey;
    // Made when the first difference is met: most maps of a changed pair are unchanged.
    let md: MapDiff<SchemaObject, SchemaDiff> | undefined;
    if (B) {
      for (const k in B) {
        const sb = asSchema(B[k]);
        if (!sb) continue;
        const sa = A && Object.hasOwn(A, k) ? asSchema(A[k]) : undefined;
        if (!sa) {
          (md ??= mapDiff()).added[k] = this.ctx.side('revision', sb, ptr(bBase, k));
          node.seed = true;
          continue;
        }
        const c = this.child(node, sa, sb, aBase, k, bBase, k);
        if (c) (md ??= mapDiff()).modified[k] = c;
      }
    }
    if (A) {
      for (const k in A) {
        const sa = asSchema(A[k]);
        if (!sa || (B && Object.hasOwn(B, k) && asSchema(B[k]))) continue;
        (md ??= mapDiff()).deleted[k] = this.ctx.side('base', sa, ptr(aBase, k));
        node.seed = true;
      }
    }
    return md;
  }

  // -------------------------------------------------------------------------
  // Subschema lists
  // -------------------------------------------------------------------------

  /**
   * Compare two lists of subschemas. `prefixItems` (positional) pairs by index. allOf/anyOf/oneOf
   * members are matched, in order of preference:
   *   1. members that come from a `$ref` on both sides, by the definition they point at;
   *   2. structurally equal members (e.g. an inline schema moved to a component unchanged);
   *   3. remaining pairs with at least one inline member, by best similarity (shared property
   *      names, same title, same type set, same format, same const; a `$ref` member needs more
   *      than a shared type to pair with an inline one);
   *   4. remaining inline/inline pairs, in order of position.
   * Two `$ref` members pointing at different definitions are never paired (that is a deletion
   * and an addition, unless their content is equal: a rename).
   */
  private list(
    node: PairNode,
    keyword: ListSlot,
    ownerA: SchemaObject,
    ownerB: SchemaObject,
    la: unknown,
    lb: unknown,
    kwA: string,
    kwB: string,
    aPtr: string,
    bPtr: string,
    positional: boolean,
  ): SchemaListDiff | undefined {
    if (!Array.isArray(la) && !Array.isArray(lb)) return undefined;
    const A = Array.isArray(la) ? la.map(asSchema) : [];
    const B = Array.isArray(lb) ? lb.map(asSchema) : [];
    if (!A.length && !B.length) return undefined;
    const aP = (i: number) => aPtr + '/' + kwA + '/' + i;
    const bP = (j: number) => bPtr + '/' + kwB + '/' + j;
    const pairs: Array<[number, number]> = [];
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    const take = (i: number, j: number) => {
      pairs.push([i, j]);
      usedA.add(i);
      usedB.add(j);
    };
    const liveA = A.map((s, i) => (s ? i : -1)).filter((i) => i >= 0);
    const liveB = B.map((s, j) => (s ? j : -1)).filter((j) => j >= 0);

    if (positional) {
      for (const i of liveA) if (B[i]) take(i, i);
    } else {
      const oa = this.ctx.origin('base', ownerA);
      const ob = this.ctx.origin('revision', ownerB);
      const refA = liveA.map((i) => this.refKey('base', oa, kwA, i, A[i]!));
      const refB = liveB.map((j) => this.refKey('revision', ob, kwB, j, B[j]!));
      // 1. same definition
      liveA.forEach((i, x) => {
        const key = refA[x];
        if (key === undefined) return;
        const y = liveB.findIndex((j, yy) => !usedB.has(j) && refB[yy] === key);
        if (y >= 0) take(i, liveB[y]!);
      });
      // 2. structurally equal
      for (const i of liveA) {
        if (usedA.has(i)) continue;
        const j = liveB.find((jj) => !usedB.has(jj) && (A[i] === B[jj] || this.ctx.equal(A[i], B[jj])));
        if (j !== undefined) take(i, j);
      }
      // 3. best similarity, at least one side inline
      const isRefA = (i: number) => refA[liveA.indexOf(i)] !== undefined;
      const isRefB = (j: number) => refB[liveB.indexOf(j)] !== undefined;
      const scored: Array<[number, number, number]> = [];
      for (const i of liveA) {
        if (usedA.has(i)) continue;
        for (const j of liveB) {
          const refs = (isRefA(i) ? 1 : 0) + (isRefB(j) ? 1 : 0);
          if (usedB.has(j) || refs === 2) continue;
          // Inline/inline: any similarity. A $ref vs an inline schema: more than a shared type.
          const s = similarity(A[i]!, B[j]!, this.ctx.effective);
          if (s > (refs === 1 ? 1 : 0)) scored.push([s, i, j]);
        }
      }
      scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
      for (const [, i, j] of scored) if (!usedA.has(i) && !usedB.has(j)) take(i, j);
      // 4. inline by position
      const restA = liveA.filter((i) => !usedA.has(i) && !isRefA(i));
      const restB = liveB.filter((j) => !usedB.has(j) && !isRefB(j));
      for (let k = 0; k < Math.min(restA.length, restB.length); k++) take(restA[k]!, restB[k]!);
    }

    const out: SchemaListDiff = { added: [], deleted: [], modified: [] };
    pairs.sort((x, y) => x[1] - y[1]);
    for (const [i, j] of pairs) {
      const c = this.child(node, A[i], B[j], aPtr + '/' + kwA, String(i), bPtr + '/' + kwB, String(j));
      if (c) out.modified.push(c);
    }
    for (const j of liveB) {
      if (usedB.has(j)) continue;
      out.added.push(this.ctx.side('revision', B[j]!, bP(j)));
      node.seed = true;
    }
    for (const i of liveA) {
      if (usedA.has(i)) continue;
      out.deleted.push(this.ctx.side('base', A[i]!, aP(i)));
      node.seed = true;
    }
    return out.added.length || out.deleted.length || out.modified.length ? out : undefined;
  }

  /** Where a list member is defined when it came from a `$ref` (its origin is not its own inline position). */
  private refKey(
    which: Which,
    ownerOrigin: NodeOrigin | undefined,
    keyword: string,
    i: number,
    el: SchemaObject,
  ): string | undefined {
    const o = this.ctx.origin(which, el);
    if (!o) return undefined;
    const po = ownerOrigin;
    if (po && po.file === o.file && o.pointer === po.pointer + '/' + keyword + '/' + i) return undefined;
    return this.ctx.originKey(which, o);
  }
}

function similarity(a: SchemaObject, b: SchemaObject, memo: EffectiveMemo): number {
  let s = 0;
  const pa = effectiveProperties(a, memo);
  const pb = effectiveProperties(b, memo);
  for (const name of pa.keys()) if (pb.has(name)) s += 2;
  if (typeof a.title === 'string' && a.title === b.title) s += 3;
  if (a.const !== undefined && a.const === b.const) s += 3;
  const ta = effectiveTypes(a, memo);
  if (ta && sameList(ta, effectiveTypes(b, memo))) s += 1;
  if (typeof a.format === 'string' && a.format === b.format) s += 1;
  return s;
}

/**
 * The end of a pointer below a base: an unescaped token, a merged property (whose relative pointer
 * is already escaped), or nothing (the base itself).
 */
type Tail = string | EffectiveProperty | undefined;

/** `base` + `/token` (escaped), `base` + the property's relative pointer, or `base` itself. */
function join(base: string, tail: Tail): string {
  return tail === undefined ? base : typeof tail === 'string' ? ptr(base, tail) : base + tail.rel;
}

function mapDiff(): MapDiff<SchemaObject, SchemaDiff> {
  return { added: dict(), deleted: dict(), modified: dict() };
}

/** `const: x` without an enum, and an enum without `const`: see the enum comparison in `fill`. */
function constOnly(s: SchemaObject): boolean {
  return s.const !== undefined && !Array.isArray(s.enum);
}

function enumOnly(s: SchemaObject): boolean {
  return s.const === undefined && Array.isArray(s.enum);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const BOUND_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const;

function hasBounds(s: SchemaObject): boolean {
  return (
    s.minimum !== undefined ||
    s.maximum !== undefined ||
    s.exclusiveMinimum !== undefined ||
    s.exclusiveMaximum !== undefined
  );
}

interface Bounds {
  minimum: number | undefined;
  maximum: number | undefined;
  exclusiveMinimum: number | undefined;
  exclusiveMaximum: number | undefined;
}

/**
 * The effective types, or for a schema without any, the JSON type of its `const` (`const: x` admits
 * one string: it is `type: string`, not any type).
 */
function typesWithConst(s: SchemaObject, memo: EffectiveMemo): string[] | undefined {
  const own = effectiveTypes(s, memo);
  if (own || s.const === undefined) return own;
  const v = s.const;
  const t =
    v === null
      ? 'null'
      : Array.isArray(v)
        ? 'array'
        : typeof v === 'number'
          ? Number.isInteger(v)
            ? 'integer'
            : 'number'
          : typeof v;
  return [t];
}

/** Numeric bounds as 3.1 values: a 3.0 boolean `exclusiveMinimum: true` turns `minimum` into `exclusiveMinimum`. */
function bounds(s: SchemaObject): Bounds {
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  let minimum = num(s.minimum);
  let maximum = num(s.maximum);
  let exclusiveMinimum = num(s.exclusiveMinimum);
  let exclusiveMaximum = num(s.exclusiveMaximum);
  if (s.exclusiveMinimum === true && minimum !== undefined) {
    exclusiveMinimum = minimum;
    minimum = undefined;
  }
  if (s.exclusiveMaximum === true && maximum !== undefined) {
    exclusiveMaximum = maximum;
    maximum = undefined;
  }
  return { minimum, maximum, exclusiveMinimum, exclusiveMaximum };
}

/**
 * For a schema of integers, its bounds as inclusive ones: an exclusive bound is the inclusive one
 * a step inside, a fractional bound the integer inside it (`exclusiveMinimum: 0` is `minimum: 1`,
 * `maximum: 9.5` is `maximum: 9`), so that the same integers written differently compare equal.
 * Other schemas' bounds are returned as they are.
 */
function integerBounds(x: Bounds, types: readonly string[] | undefined): Bounds {
  if (!types?.includes('integer') || !types.every((t) => t === 'integer' || t === 'null')) return x;
  const defined = (xs: Array<number | undefined>) => xs.filter((n): n is number => n !== undefined);
  const low = defined([
    x.minimum === undefined ? undefined : Math.ceil(x.minimum),
    x.exclusiveMinimum === undefined ? undefined : Math.floor(x.exclusiveMinimum) + 1,
  ]);
  const high = defined([
    x.maximum === undefined ? undefined : Math.floor(x.maximum),
    x.exclusiveMaximum === undefined ? undefined : Math.ceil(x.exclusiveMaximum) - 1,
  ]);
  return {
    minimum: low.length ? Math.max(...low) : undefined,
    maximum: high.length ? Math.min(...high) : undefined,
    exclusiveMinimum: undefined,
    exclusiveMaximum: undefined,
  };
}

function sameBounds(x: Bounds, y: Bounds): boolean {
  return (
    x.minimum === y.minimum &&
    x.maximum === y.maximum &&
    x.exclusiveMinimum === y.exclusiveMinimum &&
    x.exclusiveMaximum === y.exclusiveMaximum
  );
}

/** Keywords that evaluate properties in place: with one, `unevaluatedProperties` sees more than `properties`. */
const IN_PLACE = ['allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'dependentSchemas', '$ref', '$dynamicRef'] as const;

/**
 * `[additionalProperties, unevaluatedProperties, the key the first came from]` as compared: an
 * `unevaluatedProperties` with no `additionalProperties` and no in-place applicator is read as
 * `additionalProperties` (only the schema's own properties are evaluated, so both close the same set)
 * when the other side writes `additionalProperties` alone: a rewrite of one twin as the other.
 */
function closingTwins(
  s: SchemaObject,
  other: SchemaObject,
): [unknown, unknown, 'additionalProperties' | 'unevaluatedProperties'] {
  const rec = s as Record<string, unknown>;
  if (
    other.additionalProperties !== undefined &&
    other.unevaluatedProperties === undefined &&
    s.additionalProperties === undefined &&
    s.unevaluatedProperties !== undefined &&
    IN_PLACE.every((k) => rec[k] === undefined)
  )
    return [s.unevaluatedProperties, undefined, 'unevaluatedProperties'];
  return [s.additionalProperties, s.unevaluatedProperties, 'additionalProperties'];
}

/** `additionalProperties` as a value: absent, true, false, or 'schema' (`{}` counts as true). */
function apValue(v: unknown): boolean | 'schema' | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'boolean') return v;
  if (isObject(v)) return isEmpty(v) ? true : 'schema';
  return undefined;
}

/**
 * `dependentRequired`, with the list-valued entries of its draft-07 twin `dependencies` folded in,
 * so that moving an entry from one keyword to the other is no change and both are judged alike.
 */
function dependentRequiredOf(s: SchemaObject): unknown {
  const deps = s.dependencies;
  if (!isObject(deps)) return s.dependentRequired;
  const lists = Object.entries(deps).filter(([, v]) => Array.isArray(v));
  if (lists.length === 0) return s.dependentRequired;
  return { ...Object.fromEntries(lists), ...(isObject(s.dependentRequired) ? s.dependentRequired : {}) };
}

/**
 * `dependentSchemas`, with the schema-valued entries of `dependencies` folded in (see
 * `dependentRequiredOf`), and the keyword the entries' pointers go under.
 */
function dependentSchemasOf(s: SchemaObject): [unknown, string] {
  const deps = s.dependencies;
  const schemas = isObject(deps) ? Object.entries(deps).filter(([, v]) => !Array.isArray(v)) : [];
  if (schemas.length === 0) return [s.dependentSchemas, 'dependentSchemas'];
  if (!isObject(s.dependentSchemas)) return [Object.fromEntries(schemas), 'dependencies'];
  return [{ ...Object.fromEntries(schemas), ...s.dependentSchemas }, 'dependentSchemas'];
}

function dependentRequiredDiff(da: unknown, db: unknown): SchemaDiff['dependentRequired'] | undefined {
  if (da === undefined && db === undefined) return undefined;
  const A = isObject(da) ? da : {};
  const B = isObject(db) ? db : {};
  const names = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const out: NonNullable<SchemaDiff['dependentRequired']> = { added: dict(), deleted: dict(), modified: dict() };
  for (const k of Object.keys(B)) {
    if (!Object.hasOwn(A, k)) out.added[k] = names(B[k]);
    else {
      const x = names(A[k]);
      const y = names(B[k]);
      const added = y.filter((n) => !x.includes(n));
      const deleted = x.filter((n) => !y.includes(n));
      if (added.length || deleted.length) out.modified[k] = { added, deleted };
    }
  }
  for (const k of Object.keys(A)) if (!Object.hasOwn(B, k)) out.deleted[k] = names(A[k]);
  return isEmpty(out.added) && isEmpty(out.deleted) && isEmpty(out.modified) ? undefined : out;
}

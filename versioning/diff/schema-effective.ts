/**
 * Normalised views of a schema used by the schema diff (and exported for rules):
 *
 * - `asSchema`: 3.1 boolean schemas become the shared `TRUE_SCHEMA` / `FALSE_SCHEMA` objects.
 * - `effectiveTypes`: the `type` set, with `"null"` when the schema accepts null (3.0
 *   `nullable: true` on either dialect, 3.1 `"null"` in the type list). A schema without its own
 *   `type` takes the intersection of its `allOf` members' types (so wrapping a schema in `allOf`
 *   keeps its type); `undefined` means "no type constraint".
 * - `effectiveProperties` / `effectiveRequired`: own `properties` / `required` plus those of the
 *   `allOf` members, recursively. A property defined more than once (own and in a member, or in
 *   two members) with structurally different schemas becomes one synthetic
 *   `{ allOf: [defs...] }` schema (stable identity, origin and pointer of its first definition;
 *   the pointers of its members below it are then not real document positions).
 *
 * A run passes its `EffectiveMemo` (the diff's is `DiffContext.effective`): results are then kept
 * per schema object (schemas are immutable once loaded), and a synthetic merged property keeps one
 * identity for the run. Without a memo (the rules), each call computes afresh.
 */
import type { SchemaObject } from '../model.ts';
import { isObject, ptr } from './context.ts';
import { DeepEqual } from './equal.ts';

/** The schema `true` (anything) as an object. Compare with `===`. */
export const TRUE_SCHEMA: SchemaObject = Object.freeze({}) as SchemaObject;
/** The schema `false` (nothing) as an object. Compare with `===`. */
export const FALSE_SCHEMA: SchemaObject = Object.freeze({ not: TRUE_SCHEMA }) as SchemaObject;

/** A schema value as an object: boolean schemas canonicalised, anything else that is not an object -> undefined. */
export function asSchema(v: unknown): SchemaObject | undefined {
  if (v === true) return TRUE_SCHEMA;
  if (v === false) return FALSE_SCHEMA;
  return isObject(v) ? (v as SchemaObject) : undefined;
}

export interface EffectiveProperty {
  schema: SchemaObject;
  /** Pointer of the (first) definition, relative to the owning schema: `/properties/a`, `/allOf/1/properties/a`. */
  rel: string;
}

/** The effective views computed in one run, by schema object. */
export class EffectiveMemo {
  readonly properties = new Map<object, Map<string, EffectiveProperty>>();
  readonly required = new Map<object, string[]>();
  /** `null`: no type constraint (also the mark of a schema in progress, for `allOf` cycles). */
  readonly types = new Map<object, string[] | null>();
  /** Synthetic merged property schemas -> the real node whose origin they report (its first definition). */
  readonly representative = new Map<object, object>();
}

/** Calls `f` with each `allOf` member of `s` that is a schema, in order (no list or iterator is made). */
function forEachMember(s: SchemaObject, f: (m: SchemaObject) => void): void {
  const list = s.allOf;
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const x = asSchema(list[i]);
    if (x) f(x);
  }
}

/**
 * One definition of a property met while merging: its schema, and where it is as the owning
 * member's relative pointer and the property name. The pointer is joined when first read: most
 * properties of a compared pair are unchanged and never report where they are.
 */
class Definition implements EffectiveProperty {
  #rel: string | undefined;

  constructor(
    readonly schema: SchemaObject,
    private readonly member: string,
    private readonly name: string,
  ) {}

  get rel(): string {
    return (this.#rel ??= ptr(this.member + '/properties', this.name));
  }
}

/** Properties of the schema with `allOf` members merged in, in document order (own first). */
export function effectiveProperties(s: SchemaObject, memo?: EffectiveMemo): Map<string, EffectiveProperty> {
  const hit = memo?.properties.get(s);
  if (hit) return hit;
  if (!Array.isArray(s.allOf)) {
    // Own properties only (no member to merge): no set of visited schemas, no closure.
    const own = new Map<string, EffectiveProperty>();
    const props = s.properties;
    if (isObject(props)) {
      for (const name in props) {
        const schema = asSchema(props[name]);
        if (schema) own.set(name, new Definition(schema, '', name));
      }
    }
    memo?.properties.set(s, own);
    return own;
  }
  // The first definition of each name; the names defined again by a different schema, with all their definitions.
  const first = new Map<string, EffectiveProperty>();
  let more: Map<string, EffectiveProperty[]> | undefined;
  const seen = new Set<object>();
  const collect = (x: SchemaObject, rel: string) => {
    if (seen.has(x)) return;
    seen.add(x);
    const props = x.properties;
    if (isObject(props)) {
      for (const name in props) {
        const schema = asSchema(props[name]);
        if (!schema) continue;
        const known = first.get(name);
        if (!known) first.set(name, new Definition(schema, rel, name));
        else if (known.schema !== schema) {
          more ??= new Map();
          let list = more.get(name);
          if (!list) more.set(name, (list = [known]));
          if (!list.some((d) => d.schema === schema)) list.push(new Definition(schema, rel, name));
        }
      }
    }
    const members = x.allOf;
    if (Array.isArray(members)) {
      for (let i = 0; i < members.length; i++) {
        const ms = asSchema(members[i]);
        if (ms) collect(ms, rel + '/allOf/' + i);
      }
    }
  };
  collect(s, '');
  if (more) {
    let eq: DeepEqual | undefined;
    for (const [name, all] of more) {
      // Definitions with the same content (the same property restated in several members) count once.
      eq ??= new DeepEqual();
      const list: EffectiveProperty[] = [];
      for (const d of all) if (!list.some((x) => eq!.equal(x.schema, d.schema))) list.push(d);
      if (list.length > 1) {
        const merged = { allOf: list.map((d) => d.schema) } as SchemaObject;
        memo?.representative.set(merged, list[0]!.schema);
        first.set(name, { schema: merged, rel: list[0]!.rel });
      }
    }
  }
  memo?.properties.set(s, first);
  return first;
}

/** `required` of the schema with `allOf` members' `required` merged in, in document order, no duplicates. */
const NONE: string[] = [];
Object.freeze(NONE);

export function effectiveRequired(s: SchemaObject, memo?: EffectiveMemo): string[] {
  if (!Array.isArray(s.allOf)) return Array.isArray(s.required) ? (s.required as string[]) : NONE; // as written
  const hit = memo?.required.get(s);
  if (hit) return hit;
  const out = new Set<string>();
  const seen = new Set<object>();
  const collect = (x: SchemaObject) => {
    if (seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x.required)) for (const r of x.required) if (typeof r === 'string') out.add(r);
    forEachMember(x, collect);
  };
  collect(s);
  const list = [...out];
  memo?.required.set(s, list);
  return list;
}

/** Shared single-type lists, so the common `type: x` needs no allocation (an unknown type name gets its own). */
const SINGLE: ReadonlyMap<string, string[]> = new Map(
  ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'].map((t) => [t, Object.freeze([t]) as string[]]),
);

/** The sorted set of types the schema accepts (see the file comment), or undefined for no type constraint. */
export function effectiveTypes(s: SchemaObject, memo?: EffectiveMemo): string[] | undefined {
  return typesOf(s, memo?.types);
}

/** `effectiveTypes` with the results so far in `types` (`null` also marks a schema in progress). */
function typesOf(s: SchemaObject, types: Map<object, string[] | null> | undefined): string[] | undefined {
  const own = s.type;
  if (typeof own === 'string' && s.nullable !== true) {
    return SINGLE.get(own) ?? (Object.freeze([own]) as string[]);
  }
  if (own === undefined && !Array.isArray(s.allOf)) {
    if (s.nullable !== true) return undefined;
  }
  types ??= new Map();
  const hit = types.get(s);
  if (hit !== undefined) return hit ?? undefined;
  types.set(s, null); // allOf cycles: an in-progress schema adds no constraint
  let set: Set<string> | undefined;
  if (typeof own === 'string') set = new Set([own]);
  else if (Array.isArray(own)) set = new Set(own.filter((t): t is string => typeof t === 'string'));
  else {
    forEachMember(s, (m) => {
      const mt = typesOf(m, types);
      if (!mt) return;
      set = set ? new Set(mt.filter((t) => set!.has(t))) : new Set(mt);
    });
  }
  if (set && s.nullable === true) set.add('null');
  const list = set ? [...set].sort() : null;
  types.set(s, list);
  return list ?? undefined;
}

/** The derived `nullable`: whether the effective type set includes null (or `nullable: true` on an untyped schema). */
export function effectiveNullable(s: SchemaObject, memo?: EffectiveMemo): boolean {
  const types = effectiveTypes(s, memo);
  return types ? types.includes('null') : s.nullable === true;
}

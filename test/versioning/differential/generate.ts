/**
 * Deterministic generator of request/response body schemas and of one-step mutations for the
 * differential test against openapi-diff. Everything comes from a seeded PRNG (mulberry32), so
 * a seed names a case set exactly.
 */

/** A JSON schema as written in a generated OpenAPI 3.0 document (plain data, acyclic). */
export type Schema = { [keyword: string]: unknown };

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rand {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// ---------------------------------------------------------------------------
// Base schemas
// ---------------------------------------------------------------------------

const NAMES = ['id', 'name', 'email', 'age', 'score', 'tags', 'owner', 'status', 'price', 'note', 'kind', 'items'];

const SHAPES = [
  'string',
  'string-enum',
  'integer',
  'number',
  'boolean',
  'array',
  'object',
  'nullable',
  'oneOf',
  'anyOf',
  'allOf',
] as const;
/** Inside a top-level oneOf/anyOf no nested alternatives: json-schema-diff is exponential in nested oneOf. */
const FLAT_SHAPES = SHAPES.filter((s) => s !== 'oneOf' && s !== 'anyOf');

function leaf(r: Rand, depth: number, flat = false): Schema {
  const shape = r.pick(flat ? FLAT_SHAPES : SHAPES);
  switch (shape) {
    case 'string': {
      const s: Schema = { type: 'string' };
      if (r.chance(0.5)) s.minLength = r.int(1, 3);
      if (r.chance(0.5)) s.maxLength = r.int(10, 40);
      return s;
    }
    case 'string-enum':
      return { type: 'string', enum: ['a', 'b', 'c'].slice(0, r.int(2, 3)) };
    case 'integer':
    case 'number': {
      const s: Schema = { type: shape };
      if (r.chance(0.5)) s.minimum = r.int(0, 5);
      if (r.chance(0.5)) s.maximum = r.int(50, 100);
      return s;
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'array': {
      const s: Schema = { type: 'array', items: r.chance(0.5) ? { type: 'string' } : { type: 'integer', minimum: 0 } };
      if (r.chance(0.5)) s.minItems = r.int(0, 2);
      if (r.chance(0.4)) s.maxItems = r.int(5, 20);
      return s;
    }
    case 'object':
      return depth > 1 ? { type: 'string' } : object(r, depth + 1, 1, 2, flat);
    case 'nullable':
      return { type: r.pick(['string', 'integer']), nullable: true };
    case 'oneOf':
    case 'anyOf':
      return { [shape]: [{ type: 'string' }, { type: 'integer' }] };
    case 'allOf':
      return { allOf: [{ type: 'string' }, { maxLength: r.int(10, 40) }] };
  }
}

function object(r: Rand, depth: number, min: number, max: number, flat = false): Schema {
  const count = r.int(min, max);
  const pool = [...NAMES];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const names = pool.slice(0, count);
  const properties: Record<string, Schema> = {};
  for (const n of names) properties[n] = leaf(r, depth, flat);
  const s: Schema = { type: 'object', properties };
  const required = names.filter(() => r.chance(0.5));
  if (required.length > 0) s.required = required;
  if (depth === 0 && r.chance(0.25)) s.additionalProperties = false;
  return s;
}

/** A body schema: an object, an allOf of two objects, or a oneOf/anyOf of two objects. */
export function baseSchema(r: Rand): Schema {
  const top = r.pick(['object', 'object', 'object', 'object', 'allOf', 'oneOf', 'anyOf'] as const);
  if (top === 'object') return object(r, 0, 2, 4);
  const flat = top !== 'allOf';
  const a = object(r, 1, 1, 2, flat);
  let b = object(r, 1, 1, 2, flat);
  // Members of an allOf with a property in common could contradict each other (string and
  // integer): an unsatisfiable schema on both sides, which no engine can tell changed.
  while (top === 'allOf' && Object.keys(b.properties as object).some((k) => k in (a.properties as object)))
    b = object(r, 1, 1, 2, flat);
  return { [top]: [a, b] };
}

// ---------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------

/** Which way the set of valid values moves (by intent; the oracle decides for itself). */
export type Effect = 'narrow' | 'widen' | 'same' | 'both';

export interface Mutation {
  /** Stable name, e.g. `enum-narrow`. */
  name: string;
  effect: Effect;
  /** JSON pointer of the mutated node in the base schema. */
  at: string;
}

/** Every schema node with its pointer (no keyword values such as enum lists). */
function nodes(s: Schema, at = ''): Array<{ node: Schema; at: string }> {
  const out = [{ node: s, at }];
  const props = s.properties as Record<string, Schema> | undefined;
  if (props) for (const [k, v] of Object.entries(props)) out.push(...nodes(v, `${at}/properties/${k}`));
  if (s.items && typeof s.items === 'object') out.push(...nodes(s.items as Schema, `${at}/items`));
  for (const kw of ['allOf', 'oneOf', 'anyOf']) {
    const list = s[kw] as Schema[] | undefined;
    if (list) list.forEach((v, i) => out.push(...nodes(v, `${at}/${kw}/${i}`)));
  }
  return out;
}

function parentOf(root: Schema, at: string): { parent: Schema; key: string } | undefined {
  const parts = at.split('/').slice(1);
  if (parts.length < 2) return undefined;
  let cur: unknown = root;
  for (const p of parts.slice(0, -1)) cur = (cur as Record<string, unknown>)[p];
  return { parent: cur as Schema, key: parts[parts.length - 1]! };
}

function replaceAt(root: Schema, at: string, next: Schema): Schema {
  if (at === '') return next;
  const { parent, key } = parentOf(root, at)!;
  (parent as Record<string, unknown>)[key] = next;
  return root;
}

const isObject = (n: Schema): boolean => n.type === 'object' && typeof n.properties === 'object';
const hasType = (n: Schema, t: string): boolean => n.type === t;

interface MutationKind {
  name: string;
  effect: Effect;
  applies(node: Schema): boolean;
  /** Mutates `node` in place or returns a replacement. */
  apply(node: Schema, r: Rand): Schema | void;
  /** Sets up the chosen base node before the revision is cloned from it (the base generator never writes it so). */
  prepare?(node: Schema): void;
}

const FRESH = 'extra';

const KINDS: MutationKind[] = [
  {
    name: 'property-add-optional',
    effect: 'both',
    applies: isObject,
    apply: (n) => {
      (n.properties as Record<string, Schema>)[FRESH] = { type: 'string' };
    },
  },
  {
    name: 'property-add-required',
    effect: 'narrow',
    applies: isObject,
    apply: (n) => {
      (n.properties as Record<string, Schema>)[FRESH] = { type: 'string' };
      n.required = [...((n.required as string[]) ?? []), FRESH];
    },
  },
  {
    name: 'property-remove-optional',
    effect: 'both',
    applies: (n) =>
      isObject(n) &&
      Object.keys(n.properties as object).some((k) => !((n.required as string[]) ?? []).includes(k)) &&
      Object.keys(n.properties as object).length > 1,
    apply: (n, r) => {
      const k = r.pick(
        Object.keys(n.properties as object).filter((k) => !((n.required as string[]) ?? []).includes(k)),
      );
      delete (n.properties as Record<string, Schema>)[k];
    },
  },
  {
    name: 'property-remove-required',
    effect: 'widen',
    applies: (n) =>
      isObject(n) && ((n.required as string[]) ?? []).length > 0 && Object.keys(n.properties as object).length > 1,
    apply: (n, r) => {
      const k = r.pick(n.required as string[]);
      delete (n.properties as Record<string, Schema>)[k];
      n.required = (n.required as string[]).filter((x) => x !== k);
      if ((n.required as string[]).length === 0) delete n.required;
    },
  },
  {
    name: 'required-add',
    effect: 'narrow',
    applies: (n) =>
      isObject(n) && Object.keys(n.properties as object).some((k) => !((n.required as string[]) ?? []).includes(k)),
    apply: (n, r) => {
      const k = r.pick(
        Object.keys(n.properties as object).filter((k) => !((n.required as string[]) ?? []).includes(k)),
      );
      n.required = [...((n.required as string[]) ?? []), k];
    },
  },
  {
    name: 'required-remove',
    effect: 'widen',
    applies: (n) => isObject(n) && ((n.required as string[]) ?? []).length > 0,
    apply: (n, r) => {
      const k = r.pick(n.required as string[]);
      n.required = (n.required as string[]).filter((x) => x !== k);
      if ((n.required as string[]).length === 0) delete n.required;
    },
  },
  {
    name: 'enum-narrow',
    effect: 'narrow',
    applies: (n) => Array.isArray(n.enum) && n.enum.length > 1,
    apply: (n) => {
      n.enum = (n.enum as unknown[]).slice(0, -1);
    },
  },
  {
    name: 'enum-widen',
    effect: 'widen',
    applies: (n) => Array.isArray(n.enum),
    apply: (n) => {
      n.enum = [...(n.enum as unknown[]), 'z'];
    },
  },
  {
    name: 'enum-add',
    effect: 'narrow',
    applies: (n) => hasType(n, 'string') && !n.enum,
    apply: (n) => {
      n.enum = ['x', 'y'];
    },
  },
  {
    name: 'enum-remove',
    effect: 'widen',
    applies: (n) => Array.isArray(n.enum),
    apply: (n) => {
      delete n.enum;
    },
  },
  {
    name: 'max-length-decrease',
    effect: 'narrow',
    applies: (n) => typeof n.maxLength === 'number',
    apply: (n) => {
      n.maxLength = (n.maxLength as number) - 5;
    },
  },
  {
    name: 'max-length-increase',
    effect: 'widen',
    applies: (n) => typeof n.maxLength === 'number',
    apply: (n) => {
      n.maxLength = (n.maxLength as number) + 5;
    },
  },
  {
    name: 'max-length-set',
    effect: 'narrow',
    applies: (n) => hasType(n, 'string') && n.maxLength === undefined && !n.enum,
    apply: (n) => {
      n.maxLength = 8;
    },
  },
  {
    name: 'min-length-increase',
    effect: 'narrow',
    applies: (n) => hasType(n, 'string') && !n.enum,
    apply: (n) => {
      n.minLength = ((n.minLength as number) ?? 0) + 2;
    },
  },
  {
    name: 'min-length-decrease',
    effect: 'widen',
    applies: (n) => typeof n.minLength === 'number' && n.minLength > 0,
    apply: (n) => {
      n.minLength = (n.minLength as number) - 1;
    },
  },
  {
    name: 'minimum-increase',
    effect: 'narrow',
    applies: (n) => hasType(n, 'integer') || hasType(n, 'number'),
    apply: (n) => {
      n.minimum = ((n.minimum as number) ?? 0) + 3;
    },
  },
  {
    name: 'minimum-remove',
    effect: 'widen',
    applies: (n) => typeof n.minimum === 'number',
    apply: (n) => {
      delete n.minimum;
    },
  },
  {
    name: 'maximum-decrease',
    effect: 'narrow',
    applies: (n) => typeof n.maximum === 'number',
    apply: (n) => {
      n.maximum = (n.maximum as number) - 10;
    },
  },
  {
    name: 'maximum-increase',
    effect: 'widen',
    applies: (n) => typeof n.maximum === 'number',
    apply: (n) => {
      n.maximum = (n.maximum as number) + 10;
    },
  },
  {
    name: 'min-items-increase',
    effect: 'narrow',
    applies: (n) => hasType(n, 'array'),
    apply: (n) => {
      n.minItems = ((n.minItems as number) ?? 0) + 1;
    },
  },
  {
    name: 'max-items-remove',
    effect: 'widen',
    applies: (n) => typeof n.maxItems === 'number',
    apply: (n) => {
      delete n.maxItems;
    },
  },
  {
    name: 'type-change',
    effect: 'both',
    applies: (n) => ['string', 'integer', 'boolean'].includes(n.type as string) && !n.enum,
    apply: (n) => ({ type: n.type === 'string' ? 'integer' : 'string', ...(n.nullable ? { nullable: true } : {}) }),
  },
  {
    name: 'type-integer-to-number',
    effect: 'widen',
    applies: (n) => hasType(n, 'integer'),
    apply: (n) => {
      n.type = 'number';
    },
  },
  {
    name: 'type-number-to-integer',
    effect: 'narrow',
    applies: (n) => hasType(n, 'number'),
    apply: (n) => {
      n.type = 'integer';
    },
  },
  {
    name: 'nullable-add',
    effect: 'widen',
    applies: (n) => typeof n.type === 'string' && n.nullable !== true,
    apply: (n) => {
      n.nullable = true;
    },
  },
  {
    name: 'nullable-remove',
    effect: 'narrow',
    applies: (n) => n.nullable === true,
    apply: (n) => {
      delete n.nullable;
    },
  },
  {
    name: 'items-type-change',
    effect: 'both',
    applies: (n) => hasType(n, 'array'),
    apply: (n) => {
      n.items = { type: (n.items as Schema).type === 'string' ? 'integer' : 'string' };
    },
  },
  {
    name: 'additional-properties-false',
    effect: 'narrow',
    applies: (n) => isObject(n) && n.additionalProperties !== false,
    apply: (n) => {
      n.additionalProperties = false;
    },
  },
  {
    name: 'additional-properties-allow',
    effect: 'widen',
    applies: (n) => n.additionalProperties === false,
    apply: (n) => {
      delete n.additionalProperties;
    },
  },
  { name: 'wrap-in-allOf', effect: 'same', applies: (n) => typeof n.type === 'string', apply: (n) => ({ allOf: [n] }) },
  {
    name: 'split-into-allOf',
    effect: 'same',
    applies: (n) => isObject(n) && Object.keys(n.properties as object).length >= 2,
    apply: (n) => {
      const keys = Object.keys(n.properties as object);
      const req = (n.required as string[]) ?? [];
      const part = (ks: string[]): Schema => {
        const s: Schema = {
          type: 'object',
          properties: Object.fromEntries(ks.map((k) => [k, (n.properties as Record<string, Schema>)[k]!])),
        };
        const r = req.filter((k) => ks.includes(k));
        if (r.length) s.required = r;
        return s;
      };
      if (n.additionalProperties === false) return undefined; // not expressible without unevaluatedProperties
      return { allOf: [part(keys.slice(0, 1)), part(keys.slice(1))] };
    },
  },
  {
    name: 'oneOf-add-alternative',
    effect: 'widen',
    applies: (n) => typeof n.type === 'string' && !n.nullable,
    apply: (n) => ({ oneOf: [n, { type: n.type === 'boolean' ? 'string' : 'boolean' }] }),
  },
  {
    name: 'anyOf-add-alternative',
    effect: 'widen',
    applies: (n) => typeof n.type === 'string' && !n.nullable,
    apply: (n) => ({ anyOf: [n, { type: n.type === 'boolean' ? 'string' : 'boolean' }] }),
  },
  {
    name: 'xOf-branch-add',
    effect: 'widen',
    applies: (n) => Array.isArray(n.oneOf) || Array.isArray(n.anyOf),
    apply: (n) => {
      const k = n.oneOf ? 'oneOf' : 'anyOf';
      n[k] = [...(n[k] as Schema[]), { type: 'boolean' }];
    },
  },
  {
    name: 'xOf-branch-remove',
    effect: 'narrow',
    applies: (n) => (Array.isArray(n.oneOf) && n.oneOf.length > 1) || (Array.isArray(n.anyOf) && n.anyOf.length > 1),
    apply: (n) => {
      const k = n.oneOf ? 'oneOf' : 'anyOf';
      n[k] = (n[k] as Schema[]).slice(0, -1);
    },
  },
  {
    name: 'oneOf-to-anyOf',
    effect: 'widen',
    applies: (n) => Array.isArray(n.oneOf),
    apply: (n) => {
      n.anyOf = n.oneOf;
      delete n.oneOf;
    },
  },
  {
    name: 'anyOf-to-oneOf',
    effect: 'narrow',
    applies: (n) => Array.isArray(n.anyOf),
    apply: (n) => {
      n.oneOf = n.anyOf;
      delete n.anyOf;
    },
  },
  {
    name: 'allOf-member-add',
    effect: 'narrow',
    applies: (n) => Array.isArray(n.allOf),
    apply: (n) => {
      const members = n.allOf as Schema[];
      const obj = members.find(isObject);
      const extra: Schema = obj ? { required: [Object.keys(obj.properties as object)[0]!] } : { maxLength: 5 };
      n.allOf = [...members, extra];
    },
  },
  {
    name: 'allOf-member-remove',
    effect: 'widen',
    applies: (n) => Array.isArray(n.allOf) && n.allOf.length > 1,
    apply: (n) => {
      n.allOf = (n.allOf as Schema[]).slice(0, -1);
    },
  },
  { name: 'unchanged', effect: 'same', applies: (n) => n !== undefined, apply: () => undefined },
  // Appended after the others so that the cases of the kinds above stay what they were.
  {
    name: 'additional-properties-schema-set',
    effect: 'narrow',
    applies: (n) => isObject(n) && n.additionalProperties === undefined,
    apply: (n) => {
      n.additionalProperties = { type: 'string' };
    },
  },
  {
    name: 'additional-properties-schema-unset',
    effect: 'widen',
    applies: (n) => isObject(n) && n.additionalProperties === undefined,
    prepare: (n) => {
      n.additionalProperties = { type: 'string' };
    },
    apply: (n) => {
      delete n.additionalProperties;
    },
  },
];

export const MUTATION_NAMES: readonly string[] = KINDS.map((k) => k.name);

export interface Case {
  seed: number;
  base: Schema;
  revision: Schema;
  mutation: Mutation;
}

/**
 * For each mutation kind, `perKind` cases: a fresh base schema per try, the kind applied to a
 * random node where it applies. Kinds that never apply within the tries are skipped.
 */
export function generateCases(seed: number, perKind: number): Case[] {
  const r = new Rand(prng(seed));
  const out: Case[] = [];
  for (const kind of KINDS) {
    let made = 0;
    for (let attempt = 0; attempt < perKind * 20 && made < perKind; attempt++) {
      const base = baseSchema(r);
      const candidates = nodes(base).filter((x) => kind.applies(x.node));
      if (candidates.length === 0) continue;
      const { at, node } = r.pick(candidates);
      kind.prepare?.(node);
      const revision = clone(base);
      const target = nodes(revision).find((x) => x.at === at)!.node;
      const replaced = kind.apply(target, r);
      if (replaced === undefined && kind.name === 'split-into-allOf') continue;
      const result = replaced ? replaceAt(revision, at, replaced) : revision;
      out.push({ seed, base, revision: result, mutation: { name: kind.name, effect: kind.effect, at } });
      made++;
    }
  }
  return out;
}

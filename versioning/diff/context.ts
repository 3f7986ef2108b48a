/**
 * State shared by one `diffSpecs` run: both specs, the memoised structural equality, and helpers
 * to build `Side`s and field-by-field value comparisons.
 */
import { relative, dirname } from 'node:path';
import type { JsonValue, LoadedSpec, NodeOrigin, NodeRef, Side, ValueChange } from '../model.ts';
import { DeepEqual } from './equal.ts';
import { dict } from './dict.ts';
import type { SchemaState } from './schema-diff.ts';
import { EffectiveMemo } from './schema-effective.ts';

export type Which = 'base' | 'revision';

/** The result of `DiffContext.fields` when nothing differs: one frozen empty map for the whole process. */
const NO_FIELDS: Record<string, ValueChange> = Object.freeze(dict<ValueChange>());

/**
 * Where the nodes of one side are defined: the loader's answer, for a synthetic merged property
 * schema that of the real node it stands for. Holds only what that needs (not the run's memos),
 * since the sides of the diff keep it.
 */
class Origins {
  constructor(
    private readonly spec: LoadedSpec,
    private readonly representative: ReadonlyMap<object, object>,
  ) {}

  of(node: object): NodeOrigin | undefined {
    return this.spec.originOf(this.representative.get(node) ?? node);
  }
}

/**
 * A `Side` whose `origin` is worked out when first read. Most sides are never asked (on Stripe, 1
 * in 11: only the findings' sides are located), and the loader builds the origin's pointer anew
 * on every call. Reads give what an eager `Side` holds: the origin, or undefined when none.
 */
class LazySide<T extends object> implements Side<T> {
  /** `null` until first read. */
  #origin: NodeOrigin | undefined | null = null;
  #ref: NodeRef | undefined;
  readonly #origins: Origins;

  constructor(
    readonly node: T,
    readonly pointer: string,
    origins: Origins,
  ) {
    this.#origins = origins;
  }

  get origin(): NodeOrigin | undefined {
    if (this.#origin === null) this.#origin = this.#origins.of(this.node);
    return this.#origin;
  }

  /** See `Side.ref`: made when first read, then the same object. */
  get ref(): NodeRef {
    if (this.#ref === undefined) {
      const origin = this.origin;
      this.#ref = origin ? { pointer: this.pointer, origin } : { pointer: this.pointer };
    }
    return this.#ref;
  }

  /** Serialised as the eager plain object was (a spread or `Object.keys` does not see `origin`). */
  toJSON(): Side<T> {
    const origin = this.origin;
    return origin ? { node: this.node, pointer: this.pointer, origin } : { node: this.node, pointer: this.pointer };
  }
}

export class DiffContext {
  readonly eq = new DeepEqual();
  /** The effective (allOf-merged) views of the schemas met in this run. */
  readonly effective = new EffectiveMemo();
  private readonly fileKeys = new Map<string, string>();
  private readonly baseOrigins: Origins;
  private readonly revisionOrigins: Origins;
  /** The schema comparison's state for this run (memoised pairs; see schema-diff.ts), made when first needed. */
  schemas: SchemaState | undefined;

  constructor(
    readonly base: LoadedSpec,
    readonly revision: LoadedSpec,
  ) {
    this.baseOrigins = new Origins(base, this.effective.representative);
    this.revisionOrigins = new Origins(revision, this.effective.representative);
  }

  spec(which: Which): LoadedSpec {
    return which === 'base' ? this.base : this.revision;
  }

  equal(a: unknown, b: unknown): boolean {
    return this.eq.equal(a, b);
  }

  origin(which: Which, node: object): NodeOrigin | undefined {
    return (which === 'base' ? this.baseOrigins : this.revisionOrigins).of(node);
  }

  side<T extends object>(which: Which, node: T, pointer: string): Side<T> {
    return new LazySide(node, pointer, which === 'base' ? this.baseOrigins : this.revisionOrigins);
  }

  /**
   * A key naming where a node is defined, comparable across the two versions: the pointer for a
   * node of the root file, `<path relative to the root file's folder>#<pointer>` for other files.
   */
  originKey(which: Which, origin: NodeOrigin): string {
    const spec = this.spec(which);
    if (origin.file === spec.file) return '#' + origin.pointer;
    const cacheKey = which + '\0' + origin.file;
    let rel = this.fileKeys.get(cacheKey);
    if (rel === undefined) {
      rel = relative(dirname(spec.file), origin.file).split('\\').join('/');
      this.fileKeys.set(cacheKey, rel);
    }
    return rel + '#' + origin.pointer;
  }

  /**
   * Value changes of every key of `a` and `b` not excluded, keys sorted. Values are compared
   * structurally (cycles allowed) and reported as they are (never copied). Without any change, the
   * result is the shared empty `NO_FIELDS` (most calls find none): write only to a non-empty result.
   */
  fields(
    a: Readonly<Record<string, unknown>> | undefined,
    b: Readonly<Record<string, unknown>> | undefined,
    exclude?: ReadonlySet<string>,
  ): Record<string, ValueChange> {
    if (a === b) return NO_FIELDS;
    let changed: string[] | undefined;
    if (a) {
      for (const k in a) {
        if (exclude?.has(k)) continue;
        const va = a[k];
        const vb = b?.[k];
        if (va !== vb && !this.eq.equal(va, vb)) (changed ??= []).push(k);
      }
    }
    if (b) {
      for (const k in b) {
        if (exclude?.has(k) || (a && Object.hasOwn(a, k))) continue;
        if (b[k] !== undefined) (changed ??= []).push(k);
      }
    }
    if (!changed) return NO_FIELDS;
    if (changed.length > 1) changed.sort(compareStrings);
    const out: Record<string, ValueChange> = dict();
    for (let i = 0; i < changed.length; i++) {
      const k = changed[i]!;
      out[k] = valueChange(a?.[k], b?.[k]);
    }
    return out;
  }
}

export function valueChange(from: unknown, to: unknown): ValueChange {
  return { from: from as JsonValue | undefined, to: to as JsonValue | undefined };
}

/** `pointer` + `/token` with RFC 6901 escaping. */
export function ptr(pointer: string, token: string | number): string {
  return pointer + '/' + (typeof token === 'number' ? String(token) : escapeToken(token));
}

/**
 * RFC 6901 escaping of one token (`~` -> `~0`, `/` -> `~1`), as `escapePointerSegment` does, with
 * string replacements: media types and paths have a `/`, and the diff escapes them per changed node.
 */
function escapeToken(token: string): string {
  const slash = token.indexOf('/');
  if (token.indexOf('~') === -1) return slash === -1 ? token : token.replaceAll('/', '~1');
  const tilde = token.replaceAll('~', '~0');
  return slash === -1 ? tilde : tilde.replaceAll('/', '~1');
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

/** Code-unit string order (locale independent, so output is the same on every machine). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

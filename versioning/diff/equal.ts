/**
 * Structural equality of two loaded JSON graphs (possibly cyclic, `$ref`s already resolved to
 * shared objects), memoised by object pair.
 *
 * Equality of cyclic graphs is the greatest fixpoint (two graphs are equal when no difference
 * can be reached), computed like Tarjan's strongly connected components over the graph of
 * compared pairs: each pair gets a DFS index; a pair met again while it is still open (on the
 * stack) is assumed equal and lowers the current `low` link. A pair whose `low` is its own index
 * closes its component: every open pair above it is equal (nothing unequal was reached). A pair
 * that finds a difference is unequal, and so is every open pair above it on the stack (each of
 * them reaches a pair below it that is now known to be unequal). Every pair is computed once.
 *
 * Objects are compared by own enumerable keys (order ignored), arrays element by element.
 */
/** The comparison of `a` with one partner: settled (`true`/`false`) or open (its DFS index). */
interface Pair {
  readonly partner: object;
  value: boolean | number;
  /** The next partner of the same `a` (most objects are compared with one other object only). */
  readonly next: Pair | undefined;
  /** How many pairs this one and its `next`s make. */
  readonly count: number;
}

/** Partners of one object kept in a list up to this many; past it, in a Map. */
const LIST_PARTNERS = 8;

export class DeepEqual {
  /**
   * Pairs by their first object (a list of partners, or a Map of them for an object compared
   * with many): one Map operation finds a pair, one adds one, and settling one needs none.
   */
  private readonly memo = new Map<object, Pair | Map<object, Pair>>();
  /** Open pairs, in the order they were entered (settled in place, without a Map operation). */
  private readonly open: Pair[] = [];
  /** How many pairs were opened: the index of the last one. */
  private pairs = 0;
  /** The lowest index of an open pair reached by the current frame. */
  private low = Infinity;

  equal(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    const saved = this.low;
    this.low = Infinity;
    const r = this.eq(a, b);
    this.low = saved;
    return r;
  }

  /** Settle every open pair from position `start`. */
  private settle(start: number, value: boolean): void {
    const o = this.open;
    for (let i = start; i < o.length; i++) o[i]!.value = value;
    o.length = start;
  }

  private eq(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    // One pass over the members: shapes and primitive members are compared as met, and the pair
    // gets a memo entry (is opened) at its first nested member, so an object with no object
    // inside (a leaf), or a difference before any nested member, is settled without one.
    // `start` is the pair's place on the open stack once opened (-1 before).
    let start = -1;
    let index = 0;
    let saved = 0;
    let ok = true;
    if (Array.isArray(a)) {
      const y = b as unknown[];
      if (!Array.isArray(b) || a.length !== y.length) return false;
      for (let i = 0; i < a.length; i++) {
        const va: unknown = a[i];
        const vb = y[i];
        if (va === vb) continue;
        if (typeof va !== 'object' || typeof vb !== 'object' || va === null || vb === null) {
          ok = false;
          break;
        }
        if (start < 0) {
          const known = this.find(a, b);
          if (known !== undefined) return this.answer(known);
          index = this.pairs;
          start = this.open.length - 1;
          saved = this.low;
          this.low = Infinity;
        }
        if (!this.eq(va, vb)) {
          ok = false;
          break;
        }
      }
    } else {
      if (Array.isArray(b)) return false;
      const x = a as Record<string, unknown>;
      const y = b as Record<string, unknown>;
      let na = 0;
      for (const k in x) {
        na++;
        const va = x[k];
        const vb = y[k];
        if (va === vb) {
          if (va === undefined && !Object.hasOwn(y, k)) {
            ok = false;
            break;
          }
          continue;
        }
        // An inherited value is never the other side's member (`__proto__` reads the prototype).
        if (typeof va !== 'object' || typeof vb !== 'object' || va === null || vb === null || !Object.hasOwn(y, k)) {
          ok = false;
          break;
        }
        if (start < 0) {
          const known = this.find(a, b);
          if (known !== undefined) return this.answer(known);
          index = this.pairs;
          start = this.open.length - 1;
          saved = this.low;
          this.low = Infinity;
        }
        if (!this.eq(va, vb)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        let nb = 0;
        for (const _ in y) nb++;
        if (na !== nb) ok = false;
      }
    }
    if (start < 0) return ok; // never opened
    const low = this.low;
    if (!ok) {
      this.settle(start, false);
      this.low = saved;
      return false;
    }
    if (low >= index) {
      this.settle(start, true);
      this.low = saved;
      return true;
    }
    this.low = Math.min(saved, low);
    return true;
  }

  /** The value of a known pair: settled, or open (assumed equal, and the current `low` lowered). */
  private answer(known: Pair): boolean {
    const value = known.value;
    if (typeof value === 'boolean') return value;
    if (value < this.low) this.low = value;
    return true;
  }

  /**
   * The pair of `a` and `b` when known; otherwise undefined, after adding it as open with the next
   * index (`pairs`) at the top of the open stack.
   */
  private find(a: object, b: object): Pair | undefined {
    const first = this.memo.get(a);
    let known: Pair | undefined;
    if (first instanceof Map) known = first.get(b);
    else for (known = first; known !== undefined && known.partner !== b; known = known.next);
    if (known !== undefined) return known;
    const index = ++this.pairs;
    let pair: Pair;
    if (first instanceof Map) {
      pair = { partner: b, value: index, next: undefined, count: 1 };
      first.set(b, pair);
    } else {
      pair = { partner: b, value: index, next: first, count: (first?.count ?? 0) + 1 };
      if (pair.count <= LIST_PARTNERS) this.memo.set(a, pair);
      else {
        const many = new Map<object, Pair>();
        for (let p: Pair | undefined = pair; p !== undefined; p = p.next) many.set(p.partner, p);
        this.memo.set(a, many);
      }
    }
    this.open.push(pair);
    return undefined;
  }
}

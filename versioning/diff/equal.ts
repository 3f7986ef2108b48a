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
export class DeepEqual {
  // Results by pair: `true`/`false` when settled, the DFS index while open. Most objects are
  // compared with one other object only, so the first partner of `a` and its value sit in two
  // flat maps; further partners go to `memoN`.
  private readonly memoB = new Map<object, object>();
  private readonly memoV = new Map<object, boolean | number>();
  private readonly memoN = new Map<object, Map<object, boolean | number>>();
  /** Open pairs, in the order they were entered. */
  private readonly open: object[] = [];
  private counter = 0;
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

  private record(a: object, b: object, value: boolean | number): void {
    const first = this.memoB.get(a);
    if (first === undefined) {
      this.memoB.set(a, b);
      this.memoV.set(a, value);
      return;
    }
    if (first === b) {
      this.memoV.set(a, value);
      return;
    }
    let m = this.memoN.get(a);
    if (!m) {
      m = new Map();
      this.memoN.set(a, m);
    }
    m.set(b, value);
  }

  private lookup(a: object, b: object): boolean | number | undefined {
    const first = this.memoB.get(a);
    if (first === undefined) return undefined;
    if (first === b) return this.memoV.get(a);
    return this.memoN.get(a)?.get(b);
  }

  /** Settle every open pair from position `start` (pairs are stored flat: a, b, a, b, ...). */
  private settle(start: number, value: boolean): void {
    const o = this.open;
    for (let i = start; i < o.length; i += 2) this.record(o[i]!, o[i + 1]!, value);
    o.length = start;
  }

  private eq(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    // Shape checks, and leaves (only primitive values) compared directly: no memo, no allocation.
    const isArr = Array.isArray(a);
    if (isArr) {
      const x = a as unknown[];
      const y = b as unknown[];
      if (!Array.isArray(b) || x.length !== y.length) return false;
      let leaf = true;
      for (let i = 0; i < x.length; i++) {
        const v = x[i];
        if (typeof v === 'object' && v !== null) {
          leaf = false;
          break;
        }
      }
      if (leaf) {
        for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
        return true;
      }
    } else {
      if (Array.isArray(b)) return false;
      const x = a as Record<string, unknown>;
      const y = b as Record<string, unknown>;
      let na = 0;
      let leaf = true;
      for (const k in x) {
        na++;
        const v = x[k];
        if (leaf && typeof v === 'object' && v !== null) leaf = false;
      }
      let nb = 0;
      for (const _ in y) nb++;
      if (na !== nb) return false;
      if (leaf) {
        for (const k in x) if (x[k] !== y[k] || !Object.hasOwn(y, k)) return false;
        return true;
      }
    }
    const known = this.lookup(a, b);
    if (known !== undefined) {
      if (typeof known === 'boolean') return known;
      if (known < this.low) this.low = known; // open: assumed equal
      return true;
    }
    const index = ++this.counter;
    this.record(a, b, index);
    const start = this.open.length;
    this.open.push(a, b);
    const saved = this.low;
    this.low = Infinity;
    let ok = true;
    if (isArr) {
      const x = a as unknown[];
      const y = b as unknown[];
      for (let i = 0; i < x.length; i++) {
        if (!this.eq(x[i], y[i])) {
          ok = false;
          break;
        }
      }
    } else {
      const x = a as Record<string, unknown>;
      const y = b as Record<string, unknown>;
      for (const k in x) {
        if (!Object.hasOwn(y, k) || !this.eq(x[k], y[k])) {
          ok = false;
          break;
        }
      }
    }
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
}

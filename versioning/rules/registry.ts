/**
 * The one registry: every rule family, and from them every rule. Add a family here when you add
 * its file. `RULES` (or `allRules()`) is what `contract-kit rules` and the generated docs list.
 */
import type { Finding, OperationRef, RuleDefinition, SpecDiff } from '../model.ts';
import { sameParams, sitePrint, type CheckContext, type RuleFamily } from './framework.ts';
import { SchemaWalks } from './schema-walk.ts';
import { readStability, stabilityRank } from './sunset.ts';
import { family as schema202012 } from './schema-2020-12.ts';
import { family as schemaTypes } from './schema-types.ts';
import { family as schemaValues } from './schema-values.ts';
import { family as schemaBounds } from './schema-bounds.ts';
import { family as schemaRequired } from './schema-required.ts';
import { family as schemaComposition } from './schema-composition.ts';
import { family as schemaNot } from './schema-not.ts';
import { family as requestParameters } from './request-parameters.ts';
import { family as requestBody } from './request-body.ts';
import { family as responses } from './responses.ts';
import { family as responseHeaders } from './response-headers.ts';
import { API_STABILITY_RULES, family as endpoints } from './endpoints.ts';
import { family as lifecycle, PROPERTY_STABILITY_RULES } from './lifecycle.ts';
import { family as security } from './security.ts';
import { family as docs } from './docs.ts';
import { family as callbacks } from './callbacks.ts';

export const FAMILIES: readonly RuleFamily[] = [
  // families are added here, one import each
  schema202012,
  schemaTypes,
  schemaValues,
  schemaBounds,
  schemaRequired,
  schemaComposition,
  schemaNot,
  requestParameters,
  requestBody,
  responses,
  responseHeaders,
  endpoints,
  lifecycle,
  security,
  docs,
  callbacks,
];

/**
 * Every rule, in the families' order: made afresh by each call (a run that judges findings calls
 * it once; see `RULES`).
 */
export function allRules(): RuleDefinition[] {
  return FAMILIES.flatMap((f) => f.rules);
}

/** Every rule, by id; throws on an id registered twice. */
export function rulesById(rules: readonly RuleDefinition[] = allRules()): Map<string, RuleDefinition> {
  const out = new Map<string, RuleDefinition>();
  for (const rule of rules) {
    if (out.has(rule.id)) throw new Error(`rule id ${rule.id} is registered twice`);
    out.set(rule.id, rule);
  }
  return out;
}

// The library's and the tests' tables. Pure calls: the CLI reads neither (it calls `allRules` when a
// run needs the rules), so its bundle drops them and builds no rule at load.
export const RULES: readonly RuleDefinition[] = /* @__PURE__ */ allRules();
const BY_ID: ReadonlyMap<string, RuleDefinition> = /* @__PURE__ */ rulesById(RULES);

/** The findings about stability levels themselves, which an exempt operation keeps (see `exemptOperations`). */
const STABILITY_RULES: ReadonlySet<string> = new Set([...API_STABILITY_RULES, ...PROPERTY_STABILITY_RULES]);

/**
 * The labels of the operations that the policy's stability threshold exempts (`stability: stable`
 * exempts `beta`; the families already skip `draft` and `alpha`), or undefined when it exempts
 * nothing more: their breaking and warning findings are dropped, info ones kept, and so are the
 * findings about stability levels themselves (a decrease to `beta` is the break). An operation is
 * judged by the level of its revision, or of its base when it was removed.
 */
function exemptOperations(diff: SpecDiff, ctx: CheckContext): Set<string> | undefined {
  if (ctx.deprecation?.stability !== 'stable') return undefined;
  const out = new Set<string>();
  for (const op of [...diff.operations, ...(diff.sent ?? [])]) {
    const read = readStability((op.kind === 'deleted' ? op.base : op.revision)?.node);
    if (read.ok && stabilityRank(read.level) < stabilityRank('stable')) out.add(op.label);
  }
  return out;
}

export function ruleById(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

/**
 * Run every family over a diff. Findings are de-duplicated (same id, operation, pointers and values)
 * and come back in a stable order. A finding made for several operations (`Finding.alsoFor`) is
 * judged under each as the finding of that operation would be: exempt or a duplicate there, the
 * operation is dropped from it.
 */
export function runRules(
  diff: SpecDiff,
  ctx: Partial<CheckContext> = {},
  /** The registry's rules by id (`rulesById`), when the caller has them or will read them too. */
  registered: () => ReadonlyMap<string, RuleDefinition> = rulesById,
): Finding[] {
  // The caller's walks when they are of this diff (a test turns their speed-ups off), else fresh ones.
  const walks = ctx.walks?.diff === diff ? ctx.walks : new SchemaWalks(diff);
  const context: CheckContext = { now: ctx.now ?? new Date(), walks };
  if (ctx.deprecation) context.deprecation = ctx.deprecation;
  const exempt = exemptOperations(diff, context);
  const kept = new KeptFindings();
  // The rules by id, made at the first finding: a diff with nothing to report needs none.
  let byId: ReadonlyMap<string, RuleDefinition> | undefined;
  for (const family of FAMILIES) {
    const found = family.check(diff, context);
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      const rule = (byId ??= registered()).get(f.id);
      if (!rule) throw new Error(`family ${family.name} emitted unregistered rule ${f.id}`);
      const exemptable = exempt !== undefined && rule.level !== 'info' && !STABILITY_RULES.has(f.id);
      kept.add(f, exemptable ? exempt : undefined);
    }
  }
  return kept.findings;
}

/**
 * Findings with the same rule, pointers and message values (`sameParams`): the first kept, and once
 * another is met, the operations they were kept for (a bit per operation number, see `KeptFindings`).
 */
interface SameFindings {
  readonly params: Finding['params'];
  first: Finding | undefined;
  operations: number[] | undefined;
}

/**
 * The findings of a run as `runRules` keeps them (`add`): each under the operations where it is
 * neither exempt nor the same as one kept there before (same rule, pointers and message values).
 * The findings met are in classes of the same (`SameFindings`), by rule id, revision pointer, base
 * pointer and site print (`sitePrint`; values compared only within one print): nested maps of the
 * findings' own strings, not a key made of the long pointers per finding, and one bit set of the
 * operations (numbered in the order met) per class, not a map per operation (Stripe: ~8k findings
 * made for ~47k operations, ~400 rule and pointer triples, ~3,700 classes).
 */
export class KeptFindings {
  readonly #byId = new Map<string, Map<string, Map<string, Map<string, SameFindings[]>>>>();
  /** The operations' numbers, by label ('' for findings without one). */
  readonly #numbers = new Map<string, number>();
  /** The findings kept, in the order they were added. */
  readonly findings: Finding[] = [];

  /**
   * Keeps `f` under each of its operations (its own, then `alsoFor`) that `exempt` does not hold and
   * no finding of its class was kept under: `f`, a copy without the operations dropped, or nothing.
   */
  add(f: Finding, exempt?: ReadonlySet<string>): void {
    const same = this.#classOf(f);
    // The operations of the class so far (made when a second finding joins it).
    const taken = same.first === undefined ? undefined : (same.operations ??= this.#mark([], same.first));
    const keep = (operation: string | undefined): boolean =>
      !(operation !== undefined && exempt?.has(operation)) &&
      (taken === undefined || !hasBit(taken, this.#number(operation ?? '')));
    const own = keep(f.operation);
    const also = f.alsoFor;
    let g: Finding | undefined = f;
    if (also === undefined) {
      if (!own) return;
    } else {
      // The operations kept, copied only once one is dropped.
      let left: OperationRef[] | undefined;
      for (let k = 0; k < also.length; k++) {
        const ref = also[k]!;
        if (keep(ref.label)) left?.push(ref);
        else left ??= also.slice(0, k);
      }
      if (!own || left !== undefined) g = forOperations(f, own, left ?? also);
      if (g === undefined) return;
    }
    this.findings.push(g);
    if (taken === undefined) same.first = g;
    else this.#mark(taken, g);
  }

  #number(label: string): number {
    let n = this.#numbers.get(label);
    if (n === undefined) this.#numbers.set(label, (n = this.#numbers.size));
    return n;
  }

  /** `bits` with the operations `f` is made for (its own, then the others) set. */
  #mark(bits: number[], f: Finding): number[] {
    setBit(bits, this.#number(f.operation ?? ''));
    const also = f.alsoFor;
    if (also !== undefined) for (let i = 0; i < also.length; i++) setBit(bits, this.#number(also[i]!.label));
    return bits;
  }

  /** The class of `f`, new (nothing kept yet) when it is the first of its class. */
  #classOf(f: Finding): SameFindings {
    let byRevision = this.#byId.get(f.id);
    if (!byRevision) this.#byId.set(f.id, (byRevision = new Map()));
    const revision = f.revision?.pointer ?? '';
    let byBase = byRevision.get(revision);
    if (!byBase) byRevision.set(revision, (byBase = new Map()));
    const base = f.base?.pointer ?? '';
    let byPrint = byBase.get(base);
    if (!byPrint) byBase.set(base, (byPrint = new Map()));
    const print = sitePrint(f.params);
    let classes = byPrint.get(print);
    if (!classes) byPrint.set(print, (classes = []));
    for (let i = 0; i < classes.length; i++) if (sameParams(classes[i]!.params, f.params)) return classes[i]!;
    const c: SameFindings = { params: f.params, first: undefined, operations: undefined };
    classes.push(c);
    return c;
  }
}

function hasBit(bits: readonly number[], n: number): boolean {
  return (((bits[n >>> 5] ?? 0) >>> (n & 31)) & 1) === 1;
}

function setBit(bits: number[], n: number): void {
  const word = n >>> 5;
  while (bits.length <= word) bits.push(0);
  bits[word] = bits[word]! | (1 << (n & 31));
}

/**
 * `f` made for its own operation when `own`, and for `others` (a finding, or undefined for none):
 * without its own, the first of `others` takes its place.
 */
function forOperations(f: Finding, own: boolean, others: readonly OperationRef[]): Finding | undefined {
  if (own) {
    const g: Finding = { ...f, alsoFor: others };
    if (others.length === 0) delete g.alsoFor;
    return g;
  }
  const [first, ...rest] = others;
  if (first === undefined) return undefined;
  const g = forOperation(f, first);
  if (rest.length > 0) g.alsoFor = rest;
  return g;
}

/** `f` as the finding of `op` alone (its `operation`, `details.method` and `details.path`). */
function forOperation(f: Finding, op: OperationRef): Finding {
  const g: Finding = { ...f, operation: op.label, details: { ...f.details, method: op.method, path: op.path } };
  delete g.alsoFor;
  return g;
}

/**
 * The findings one per operation: each finding made for several (`Finding.alsoFor`) listed once
 * per operation, its own first, then the others in their order, as the rules made them before
 * judging a shared schema once (for tools and tests that read findings per operation).
 */
export function perOperation(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const also = f.alsoFor;
    if (also === undefined) {
      out.push(f);
      continue;
    }
    const one: Finding = { ...f };
    delete one.alsoFor;
    out.push(one);
    for (const op of also) out.push(forOperation(one, op));
  }
  return out;
}

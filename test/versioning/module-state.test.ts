/**
 * No module-level mutable state in versioning/ (issue #9): a rule, a walk or a diff that keeps
 * a cache or a mode switch in a module variable makes runs depend on each other and the code hard
 * to change. Per-run state lives on the run's objects (`RuleRun` for the rules, `DiffContext` for
 * the diff). Every `versioning/**\/*.ts` file is parsed, and its top-level statements must not:
 *
 * - declare a `let` or `var`;
 * - create a `WeakMap` (caches keyed by objects are per-run state);
 * - create a `Map` or `Set` unless the declaration is typed `ReadonlyMap` / `ReadonlySet` (a
 *   lookup table built once from constant data: the type checker then rejects any `set`/`add`).
 *
 * `new X` anywhere in a top-level initialiser counts, not only as the whole initialiser (so an
 * object literal holding a Map is caught too); functions and classes declared at top level are
 * not looked into (their bodies run per call).
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript-classic';
import { sources } from './sources.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'versioning');

/**
 * Known offenders, each with why it is still there; each entry must still exist (the test fails
 * when one is fixed, so that the list only shrinks). Do not add to it: put new state on the run.
 */
// Empty since 2026-12-06: the last one, a WeakMap of one NodeRef per side object, is the side's own
// `ref` now (`Side.ref`, kept by the run's diff).
const PENDING: ReadonlySet<string> = new Set<string>([]);

const READONLY_TYPES: Readonly<Record<string, string>> = { Map: 'ReadonlyMap', Set: 'ReadonlySet' };

/** The constructors `new`ed in an initialiser, outside nested functions and classes. */
function constructed(node: ts.Node): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression)) out.push(n.expression.text);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return out;
}

/** The offences of one file, as `path: name (what)`. */
export function moduleState(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const stmt of sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    const list = stmt.declarationList;
    const kind = list.flags & ts.NodeFlags.Let ? 'let' : list.flags & ts.NodeFlags.Const ? 'const' : 'var';
    for (const decl of list.declarations) {
      const name = decl.name.getText(sf);
      if (kind !== 'const') {
        out.push(`${file}: ${name} (${kind})`);
        continue;
      }
      if (!decl.initializer) continue;
      const type = decl.type?.getText(sf) ?? '';
      for (const ctor of constructed(decl.initializer)) {
        if (ctor === 'WeakMap' || ctor === 'WeakSet') out.push(`${file}: ${name} (${ctor})`);
        else if (READONLY_TYPES[ctor] && !type.startsWith(READONLY_TYPES[ctor])) out.push(`${file}: ${name} (${ctor})`);
      }
    }
  }
  return out;
}

describe('module-level state in versioning/', () => {
  it('the checker catches let, var, WeakMap and untyped Map/Set, and lets read-only tables pass', () => {
    const text = [
      'let a = 1;',
      'export var b = 2;',
      'const C = new WeakMap<object, string>();',
      'const D = new Map<string, number>();',
      'const E: ReadonlyMap<string, number> = new Map([["x", 1]]);',
      'const F: ReadonlySet<string> = new Set(["x"]);',
      'const G = { cache: new Set<string>() };',
      'const H = new Set(["y"]);',
      'function f() { let x = new Map(); return x; }',
      'const I = () => new WeakMap();',
    ].join('\n');
    expect(moduleState('x.ts', text)).to.deep.equal([
      'x.ts: a (let)',
      'x.ts: b (var)',
      'x.ts: C (WeakMap)',
      'x.ts: D (Map)',
      'x.ts: G (Set)',
      'x.ts: H (Set)',
    ]);
  });

  it('no file declares a module-level let/var, WeakMap or writable Map/Set', () => {
    const found: string[] = [];
    for (const path of sources(DIR)) {
      const file = relative(ROOT, path).split('\\').join('/');
      found.push(...moduleState(file, readFileSync(path, 'utf8')));
    }
    const pending = found.filter((f) => PENDING.has(f));
    expect(
      found.filter((f) => !PENDING.has(f)),
      'module-level mutable state (move it onto the run: RuleRun / DiffContext)',
    ).to.deep.equal([]);
    expect(
      [...PENDING].filter((p) => !pending.includes(p)),
      'fixed: remove from PENDING',
    ).to.deep.equal([]);
  });
});

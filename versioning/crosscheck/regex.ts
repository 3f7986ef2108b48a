/**
 * The engine for every regular expression that comes from a document: `pattern` and
 * `patternProperties` in specs, `regex` matchers in pacts. A pattern runs on RE2 (the pure-JS port
 * `re2js`), whose time is linear in the value, so `^(a+)+$`, `^(.*a){20}$` or `\d*\d*\d*x` complete
 * on any value. JavaScript's own parser still decides what a valid pattern is (ECMA-262 syntax,
 * translated for RE2); a pattern RE2 cannot run (lookaround, backreferences) falls back to
 * JavaScript's backtracking engine, after the shape screen of ./patterns.ts.
 *
 * RE2's `\s` is ASCII whitespace and its `.` matches `\r`, `\u2028` and `\u2029`; JavaScript's
 * `\s` also matches Unicode spaces and its `.` does not match those three.
 *
 * re2js (~260 kB) is loaded on the first pattern, synchronously (ajv compiles patterns inside a
 * synchronous call), so that runs without patterns never load it.
 */
import { createRequire } from 'node:module';

type Re2Module = typeof import('re2js');

export interface PatternTester {
  test(value: string): boolean;
}

export interface CompiledPattern {
  tester: PatternTester;
  /** True on RE2 (linear time); false on the backtracking fallback. */
  linear: boolean;
}

function re2(): Re2Module['RE2JS'] {
  return (createRequire(import.meta.url)('re2js') as Re2Module).RE2JS;
}

/** RE2 for a pattern JavaScript accepts, or undefined when RE2 cannot run it. */
function linearTester(source: string): PatternTester | undefined {
  const RE2JS = re2();
  try {
    return RE2JS.compile(RE2JS.translateRegExp(source));
  } catch {
    return undefined;
  }
}

/**
 * The pattern on RE2, or on JavaScript's engine when RE2 cannot run it. Throws JavaScript's
 * SyntaxError for a pattern that is not valid ECMA-262 with these flags (`u` or none).
 */
export function compilePattern(source: string, flags: '' | 'u' = 'u'): CompiledPattern {
  const fallback = new RegExp(source, flags);
  const tester = linearTester(source);
  return tester ? { tester, linear: true } : { tester: fallback, linear: false };
}

/**
 * The pattern compiled with the `u` flag when it is valid ECMA-262 with it, else without;
 * undefined when it is valid with neither.
 */
function compileEither(source: string): CompiledPattern | undefined {
  for (const flags of ['u', ''] as const) {
    try {
      return compilePattern(source, flags);
    } catch {
      // not valid with these flags
    }
  }
  return undefined;
}

/** Whether RE2 runs this pattern (valid ECMA-262 with the `u` flag, or without it). */
export function runsLinear(source: string): boolean {
  return compileEither(source)?.linear ?? false;
}

/**
 * The patterns of one run, each compiled once (on RE2, or the JavaScript fallback): a large pact
 * repeats the same few `regex` matchers and spec patterns in every interaction, and compiling them
 * again per interaction dominated `diff --pacts` on 100k interactions.
 */
export class PatternCache {
  private readonly testers = new Map<string, PatternTester | undefined>();

  /** The pattern's tester, with the `u` flag when it is valid with it, else without; undefined when invalid. */
  tester(source: string): PatternTester | undefined {
    if (this.testers.has(source)) return this.testers.get(source);
    const tester = compileEither(source)?.tester;
    this.testers.set(source, tester);
    return tester;
  }
}

/** ajv's `code.regExp`: `(pattern, flags) => { test }`; `code` names it for standalone code. */
export interface AjvRegExpEngine {
  (pattern: string, flags: string): PatternTester;
  code: string;
}

export function ajvRegExpEngine(): AjvRegExpEngine {
  const engine = (pattern: string, flags: string): PatternTester =>
    compilePattern(pattern, flags === 'u' ? 'u' : '').tester;
  // Standalone validation code is never generated from these instances; the name documents the engine.
  return Object.assign(engine, { code: 'require("contract-kit/regex").ajvRegExpEngine()' });
}

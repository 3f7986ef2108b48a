/**
 * A typed door to `@pactflow/openapi-pact-comparator` 2.x. Its bundled declarations use
 * extensionless relative imports that `nodenext` resolution cannot follow, so the types it
 * documents (src/compare/index.ts, src/results/index.ts) are restated here.
 *
 * 2.x takes `new Comparator({ oas })`. The 1.x form `new Comparator(oas)` is accepted silently
 * by 2.x and then reports every HTTP interaction as `request.spec.missing`; the guard tests in
 * test/versioning/crosscheck catch such a regression.
 */

import type { JsonObject } from '../model.ts';
import { requireWebAssembly } from '../load/wasm.ts';
import { ajvRegExpEngine } from './regex.ts';
import type { PactDocument } from './types.ts';

export interface ComparatorResult {
  /** Dotted code: `request.body.incompatible`, `response.status.unknown`, ... */
  code: string;
  message: string;
  type: 'error' | 'warning' | 'info';
  mockDetails?: {
    interactionDescription?: string | null;
    interactionState?: string | null;
    location: string;
    value?: unknown;
  };
  specDetails?: { location: string; pathMethod?: string | null; pathName?: string | null; value?: unknown };
  causes?: ComparatorResult[];
}

export interface PactComparator {
  compare(pact: PactDocument): AsyncIterable<ComparatorResult>;
}

type ComparatorConstructor = new (options: { oas: JsonObject }) => PactComparator;

/** A comparator, and whether its patterns run on RE2 (./regex.ts) rather than on JavaScript's engine. */
export interface LinearComparator {
  comparator: PactComparator;
  linear: boolean;
}

/**
 * A comparator for one OpenAPI document (compiled schemas are reused across pacts). The library
 * (~0.9 MB with its own ajv and router) is imported on first use, so that commands without pacts
 * never load it.
 *
 * The comparator builds its two ajv instances in its constructor, from an options literal, and
 * keeps them in private fields. ajv reads `options.code.regExp` there (and copies it into its own
 * `opts.code`, read when a schema is compiled), so for the duration of the (synchronous)
 * constructor, `code` on an object that looks like ajv options (own `allErrors` and
 * `strictSchema`, no own `code`) answers `{ regExp: <RE2 engine> }`; the property is removed
 * before the constructor returns. `linear` is false when ajv did not ask (another comparator
 * version): then every pattern must pass the shape screen.
 */
export async function createComparator(oas: JsonObject): Promise<LinearComparator> {
  requireWebAssembly('checking pacts');
  const { Comparator } = (await import('@pactflow/openapi-pact-comparator')) as unknown as {
    Comparator: ComparatorConstructor;
  };
  const code = { regExp: ajvRegExpEngine() };
  const asked = new Set<object>();
  const looksLikeAjvOptions = (value: object): boolean =>
    Object.hasOwn(value, 'allErrors') && Object.hasOwn(value, 'strictSchema') && !Object.hasOwn(value, 'code');
  Object.defineProperty(Object.prototype, 'code', {
    configurable: true,
    enumerable: false,
    get(this: object) {
      if (!looksLikeAjvOptions(this)) return undefined;
      asked.add(this);
      return code;
    },
    set(this: object, value: unknown) {
      Object.defineProperty(this, 'code', { value, writable: true, enumerable: true, configurable: true });
    },
  });
  try {
    const comparator = new Comparator({ oas });
    return { comparator, linear: asked.size >= 2 };
  } finally {
    delete (Object.prototype as { code?: unknown }).code;
  }
}

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

/**
 * A comparator for one OpenAPI document (compiled schemas are reused across pacts). The library
 * (~0.9 MB with its own ajv and router) is imported on first use, so that commands without pacts
 * never load it.
 */
export async function createComparator(oas: JsonObject): Promise<PactComparator> {
  const { Comparator } = (await import('@pactflow/openapi-pact-comparator')) as unknown as {
    Comparator: ComparatorConstructor;
  };
  return new Comparator({ oas });
}

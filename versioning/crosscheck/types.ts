/**
 * Types of the pacts-vs-OpenAPI cross-check (`contract-kit check-pacts`).
 *
 * A pact is what a consumer relies on; the OpenAPI document is what the provider promises.
 * The cross-check asks, for every interaction of every pact: does the spec promise this?
 */

import type { JsonObject, JsonValue, LoadedSpec } from '../model.ts';
import type { InputLimits } from '../model.ts';

// ---------------------------------------------------------------------------
// Pact files
// ---------------------------------------------------------------------------

/** The parts of a pact document (V2, V3 or V4) the cross-check reads. Anything else is kept as written. */
export interface PactDocument {
  consumer: { name: string };
  provider: { name: string };
  /** HTTP interactions (V2/V3, or V4 `Synchronous/HTTP`); V4 message interactions are skipped. */
  interactions: JsonObject[];
  metadata?: JsonObject;
  [key: string]: JsonValue | undefined;
}

/** A pact and where it came from. */
export interface PactFile {
  /**
   * A path relative to the working directory (`pacts/ServiceA-ServiceB.json`) or the broker URL it was fetched from.
   */
  source: string;
  pact: PactDocument;
  /** The JSON text as read (lets findings carry the line of the interaction); absent for pacts built in memory. */
  text?: string;
}

// ---------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------

export type CrossCheckLevel = 'error' | 'warning';

/**
 * The comparator's result code (`request.body.incompatible`, `response.status.unknown`, ...).
 * Kept as a string: the comparator owns the vocabulary and adds codes between minor versions.
 */
export type CrossCheckCode = string;

/** The consumer side of a finding: which interaction of which pact. */
export interface PactSide {
  consumer: string;
  provider: string;
  /** The interaction's `description`. */
  interaction: string;
  /** Provider state(s), joined with ` and ` when a V3/V4 interaction has several. */
  providerState?: string;
  /** Index of the interaction in the pact's `interactions` array. */
  index: number;
  /** The pact's `source` (file or URL). */
  file: string;
  /** JSON pointer of the interaction inside the pact: `/interactions/3`. */
  pointer: string;
  /** `pacts/ServiceA-ServiceB.json#/interactions/3` */
  location: string;
  /** 1-based line of the interaction in the pact file, when the text is known. */
  line?: number;
  /** The part of the interaction at fault, as the comparator names it: `response.body.address.city`. */
  field?: string;
  /** The value at fault in the pact (a matcher's example value, a status, a header value ...). */
  value?: JsonValue;
}

/** The provider side of a finding: where in the OpenAPI document. */
export interface SpecSide {
  /** `GET /users/{id}`; undefined when no operation matched (unknown path or method). */
  operation?: string;
  /** Logical JSON pointer in the (bundled) document: `/paths/~1users~1{id}/get/responses`. */
  pointer: string;
  /** File that defines the node (differs from the root file for a `$ref` into another file). */
  file: string;
  line: number;
  column: number;
}

export interface CrossCheckFinding {
  code: CrossCheckCode;
  level: CrossCheckLevel;
  /** The comparator's message, e.g. `Response status code not defined in spec file: 500`. */
  message: string;
  pact: PactSide;
  spec: SpecSide;
}

/** One interaction that was checked (for reporters that list passes too, such as JUnit). */
export interface CheckedInteraction {
  consumer: string;
  interaction: string;
  providerState?: string;
  index: number;
  location: string;
}

export interface CheckedPact {
  source: string;
  consumer: string;
  provider: string;
  /** HTTP interactions that were compared against the spec. */
  interactions: CheckedInteraction[];
  /** Message (non-HTTP) interactions, which an OpenAPI document cannot describe. */
  skipped: number;
}

export interface CrossCheckResult {
  spec: { source: string; file: string };
  /** The provider name the pacts were filtered by, when one was given. */
  provider?: string;
  pacts: CheckedPact[];
  /** Sorted by pact, interaction index, then level (errors first). */
  findings: CrossCheckFinding[];
  summary: { pacts: number; interactions: number; errors: number; warnings: number };
  /** True when there is no error-level finding. */
  ok: boolean;
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

export interface CheckPactsOptions {
  /** A loaded spec, or a path to one (relative to `cwd`). */
  spec: LoadedSpec | string;
  /** Pact files in memory, or a path to a pact file or a folder of them (relative to `cwd`). */
  pacts: PactFile[] | string;
  /** Only check pacts whose `provider.name` is this. Default: every pact given. */
  provider?: string;
  /** Working directory for relative paths and for the file names in findings. Default: the process's working directory.
   * */
  cwd?: string;
  /** The input limits (size cap, network budget); defaults when absent. */
  limits?: InputLimits;
}

import type { Direction, Level, RuleAction } from '../../model.ts';

/** How a rule judges: its level, the direction it concerns, what the change does, and its oasdiff counterpart. */
export interface RuleSpec {
  readonly level: Level;
  readonly direction: Direction;
  readonly action: RuleAction;
  /**
   * The oasdiff id when the concept is the same but our id differs; `null` when oasdiff has no
   * counterpart; omitted when oasdiff's id is ours.
   */
  readonly oasdiff?: string | null;
}

/**
 * One catalogue entry, keyed by its rule id: how the rule judges, the message template (with
 * `{placeholders}`), a description and, for breaking rules, a mitigation.
 */
export interface RuleEntry {
  readonly spec: RuleSpec;
  readonly message: string;
  readonly description: string;
  readonly mitigation?: string;
}

/** Mitigations that several entries share (deprecation and stability of operations, parameters and properties). */
export const SUNSET_FORMAT =
  'Write `x-sunset` as an RFC 3339 date (`2030-01-31`) or date-time (`2030-01-31T00:00:00Z`).';
export const STABILITY_FORMAT =
  'Set `x-stability-level` to one of `draft`, `alpha`, `beta` or `stable` (or leave it out, which means `stable`).';

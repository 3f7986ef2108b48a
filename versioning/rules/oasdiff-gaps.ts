/**
 * oasdiff ERR-level rules that have no rule of ours with the same concept, each with the reason.
 * The coverage test (test/versioning/rules/oasdiff-coverage.test.ts) fails when an oasdiff
 * ERR rule is neither implemented (a rule whose `oasdiff` field names it) nor listed here.
 * Keep one block per family area so parallel edits do not collide.
 */
export const OASDIFF_GAPS: Readonly<Record<string, string>> = {
  // --- endpoints / lifecycle / security / docs ---
  // --- parameters / bodies / responses / headers ---
  'new-request-path-parameter':
    'operations are matched by their path template with parameter names erased, so a matched operation keeps its URL segments; a path parameter that appears on it only documents a segment clients already send (`{id}` -> `{userId}` is a rename), and a new segment makes a new operation (endpoint rules)',
  // --- schemas ---
  // --- schemas 2020-12 ---
};

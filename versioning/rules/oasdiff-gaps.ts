/**
 * oasdiff ERR-level rules that have no rule of ours with the same concept, each with the reason.
 * The coverage test (test/versioning/rules/oasdiff-coverage.test.ts) fails when an oasdiff
 * ERR rule is neither implemented (a rule whose `oasdiff` field names it) nor listed here.
 * Keep one block per family area so parallel edits do not collide.
 */
export const OASDIFF_GAPS: Readonly<Record<string, string>> = {
  // --- endpoints / lifecycle / security / docs ---
  // --- parameters / bodies / responses / headers ---
  // --- schemas ---
  // --- schemas 2020-12 ---
};

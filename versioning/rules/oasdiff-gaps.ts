/**
 * oasdiff ERR-level rules that have no rule of ours with the same concept, each with the reason.
 * The coverage test (test/versioning/rules/oasdiff-coverage.test.ts) fails when an oasdiff
 * ERR rule is neither implemented (a rule whose `oasdiff` field names it) nor listed here.
 * Keep one block per family area so parallel edits do not collide.
 */
export const OASDIFF_GAPS: Readonly<Record<string, string>> = {
  // --- endpoints / lifecycle / security / docs ---
  'request-parameter-deprecated-sunset-missing':
    'Fires only under a non-zero min-sunset-days policy; with the default ' +
    '(0 days) a parameter deprecated without x-sunset is ' +
    'request-parameter-deprecated (info).',
  'request-property-deprecated-sunset-missing':
    'Fires only under a non-zero min-sunset-days policy; with the default ' +
    '(0 days) a property deprecated without x-sunset is ' +
    'request-property-deprecated (info).',
  'response-property-deprecated-sunset-missing':
    'Fires only under a non-zero min-sunset-days policy; with the default ' +
    '(0 days) a property deprecated without x-sunset is ' +
    'response-property-deprecated (info).',
  // --- parameters / bodies / responses / headers ---
  'new-request-path-parameter':
    'operations are matched by their path template with parameter names ' +
    'erased, so a matched operation keeps its URL segments; a path ' +
    'parameter that appears on it only documents a segment clients already ' +
    'send (`{id}` -> `{userId}` is a rename), and a new segment makes a new ' +
    'operation (endpoint rules)',
  // --- schemas ---
  // --- schemas 2020-12 ---
  'request-body-unevaluated-properties-added':
    '`unevaluatedProperties` is judged exactly like its twin ' +
    '`additionalProperties` (rules `*-additional-properties-*`, the message ' +
    'names the keyword): closing a request object or opening a response ' +
    'object is a warning, a constraining schema added to a request or ' +
    'removed from a response is narrowed (warning) or widened (breaking), ' +
    'not a break per keyword as oasdiff has it.',
  'request-property-unevaluated-properties-added':
    '`unevaluatedProperties` is judged exactly like its twin ' +
    '`additionalProperties` (rules `*-additional-properties-*`, the message ' +
    'names the keyword): closing a request object or opening a response ' +
    'object is a warning, a constraining schema added to a request or ' +
    'removed from a response is narrowed (warning) or widened (breaking), ' +
    'not a break per keyword as oasdiff has it.',
  'response-body-unevaluated-properties-removed':
    '`unevaluatedProperties` is judged exactly like its twin ' +
    '`additionalProperties` (rules `*-additional-properties-*`, the message ' +
    'names the keyword): closing a request object or opening a response ' +
    'object is a warning, a constraining schema added to a request or ' +
    'removed from a response is narrowed (warning) or widened (breaking), ' +
    'not a break per keyword as oasdiff has it.',
  'response-property-unevaluated-properties-removed':
    '`unevaluatedProperties` is judged exactly like its twin ' +
    '`additionalProperties` (rules `*-additional-properties-*`, the message ' +
    'names the keyword): closing a request object or opening a response ' +
    'object is a warning, a constraining schema added to a request or ' +
    'removed from a response is narrowed (warning) or widened (breaking), ' +
    'not a break per keyword as oasdiff has it.',
};

/** The semver policy: pure functions from changes to a bump, a version check and a gate. */
export {
  toChanges,
  toEdits,
  editsOf,
  toChange,
  compareChanges,
  sortChanges,
  acceptMatches,
  isExpired,
  type ChangeContext,
  type ChangeSet,
  type EditGroup,
  type EditInSequence,
  type EditSequence,
  type EditSet,
  type FindingOccurrences,
  type Locator,
  type Occurrence,
} from './changes.ts';
export {
  recommendBump,
  rawBump,
  changeBump,
  maxBump,
  adjustForInitialDevelopment,
  BUMP_ORDER,
  type ActionOf,
  type CountedChange,
} from './bump.ts';
export { checkVersion, isVersionCheckSkipped } from './version.ts';
export { parseVersion, type ParsedVersion } from './version-parse.ts';
export {
  evaluateGate,
  failOnApplies,
  failsGate,
  GATE_POLICIES,
  type Gate,
  type GateOptions,
  type GatePolicyName,
} from './gate.ts';

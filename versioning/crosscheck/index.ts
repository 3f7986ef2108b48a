/**
 * Pacts vs OpenAPI (`contract-kit check-pacts`): is every interaction a consumer relies on
 * promised by the provider's OpenAPI document? The public surface of `versioning/crosscheck`.
 */

export { checkPacts } from './check.ts';
export { readPactFiles, parsePact, checkPactShape, providerStateOf, isHttpInteraction } from './pacts.ts';
export {
  renderCrossCheck,
  renderText,
  renderJson,
  renderMarkdown,
  renderGithub,
  renderJunit,
  CROSSCHECK_FORMATS,
} from './report.ts';
export type { CrossCheckFormat, CrossCheckRenderOptions, CrossCheckRenderer } from './report.ts';
export { runCheckPacts, checkPactsCommand } from './run.ts';
export type { CheckPactsIo, Writer } from './run.ts';
export type * from './types.ts';

/**
 * The diff layer: a neutral structural comparison of two loaded OpenAPI documents. It says what
 * was added, deleted or modified, never whether that is breaking (that is the rules' job).
 *
 *   diffSpecs(base, revision): SpecDiff
 *
 * Reading the tree (for rule authors):
 * - Only what differs is present: unchanged operations, parameters, responses, media types,
 *   headers, properties and schemas are absent. A `modified` node always holds at least one change.
 * - Added/deleted nodes are not broken down (an added operation has no parameter diffs, an added
 *   property schema no keyword diffs): read `revision.node` / `base.node` if you need its content.
 * - `Side.pointer` is logical (from the document root along the operation, e.g.
 *   `/paths/~1users~1{id}/get/responses/200/content/application~1json/schema/properties/email`);
 *   `Side.origin` is where the node is defined (the component, for a schema reached via `$ref`).
 *   A schema pair is compared once per run (memoised by object pair): when the same pair is
 *   reached from several operations, its `SchemaDiff` is the same object and its pointers are
 *   those of the first encounter (operations are visited sorted by path then method). Build
 *   per-site paths while walking (as the rules' schema walk in rules/schema-walk.ts does) rather than
 *   parsing the pointers of shared schemas.
 * - `SchemaDiff` graphs are cyclic for recursive schemas: keep the set of diffs on the current
 *   walk path (or a visited set) to stop.
 * - `SchemaDiff.properties` / `required` are the *effective* ones (allOf members merged in);
 *   `allOf` is also reported as a list, and a matched allOf member carries its own `properties`,
 *   so the same property change can be reachable twice (same object: dedupe by identity).
 * - `SchemaDiff.type.from`/`to` are `[]` when the side has no `type` (any type). `enum.added` /
 *   `enum.deleted` are only filled when both sides have an enum; when one side has none,
 *   `from`/`to` is undefined there and both lists are empty.
 * - Boolean schemas (3.1) appear as the shared `TRUE_SCHEMA` / `FALSE_SCHEMA` objects.
 * - `MediaTypeDiff.fields.mediaType` is set when a media type was paired with a differently
 *   written one (wildcard / structured-suffix fallback, see media-types-diff.ts).
 * - `OperationDiff.security` compares the effective requirements (operation-level, else
 *   document-level); `SpecDiff.security` compares the document-level lists only.
 * - `SpecDiff.sent` holds the operations the API sends (callbacks, webhook operations), marked by
 *   `OperationDiff.sent`; their directions are reversed (the request body is what a subscriber
 *   receives), so they are not in `operations` (see sent-diff.ts).
 * - `SpecDiff.other` is keyed by JSON pointer (`/servers`, `/tags`, `/paths/~1users/summary`).
 * - `ValueChange` values are the document's own objects (never copied); they may contain
 *   resolved `$ref` graphs (e.g. `callbacks`), so do not JSON.stringify them blindly.
 */
import type { LoadedSpec, SpecDiff, ValueChange } from '../model.ts';
import { compareStrings, DiffContext } from './context.ts';
import { diffDocumentOther, diffInfo } from './info-diff.ts';
import { diffPaths } from './paths-diff.ts';
import { sawNotChange } from './schema-diff.ts';
import { diffSecurity, diffSecuritySchemes } from './security-diff.ts';
import { diffSent } from './sent-diff.ts';
import { diffWebhooks } from './webhooks-diff.ts';

export function diffSpecs(base: LoadedSpec, revision: LoadedSpec): SpecDiff {
  const ctx = new DiffContext(base, revision);
  const { paths, operations, other: pathOther, parents } = diffPaths(ctx);
  const merged: Record<string, ValueChange> = { ...diffDocumentOther(ctx), ...pathOther };
  const other: Record<string, ValueChange> = dict();
  for (const k of Object.keys(merged).sort(compareStrings)) other[k] = merged[k]!;
  const diff: SpecDiff = {
    base,
    revision,
    info: diffInfo(ctx),
    paths,
    operations,
    webhooks: diffWebhooks(ctx),
    sent: diffSent(ctx, parents),
    securitySchemes: diffSecuritySchemes(
      ctx,
      base.document.components?.securitySchemes,
      revision.document.components?.securitySchemes,
    ),
    other,
  };
  const security = diffSecurity(base.document.security, revision.document.security);
  if (security) diff.security = security;
  if (sawNotChange(ctx)) Object.defineProperty(diff, 'withNot', { value: true, enumerable: false });
  return diff;
}

/**
 * False when no schema compared in `diff` had a changed `not` subschema, so the rules for changes
 * inside `not` can skip their walk (true may still find nothing; diffs not made by `diffSpecs` say false).
 */
export function mayHaveNotChanges(diff: SpecDiff): boolean {
  return diff.withNot === true;
}

export { ANONYMOUS_REQUIREMENT, requirementName } from './security-diff.ts';
export { operationKey, templateKey, templateParameters } from './operation-diff.ts';
export { matchMediaTypes } from './media-types-diff.ts';
export {
  asSchema,
  effectiveNullable,
  effectiveProperties,
  effectiveRequired,
  effectiveTypes,
  FALSE_SCHEMA,
  TRUE_SCHEMA,
  type EffectiveProperty,
} from './schema-effective.ts';
import { dict } from './dict.ts';

/**
 * Request bodies: existence, required-ness, media types and whether a media type has a schema.
 * Schema keyword changes inside the body (including `contentMediaType` / `contentEncoding`) belong
 * to the schema families.
 *
 * Media types: the diff pairs a renamed media type with its successor when the pairing is
 * unambiguous (`fields.mediaType`); a media type it leaves deleted is still compared with every
 * media type of the revision body, because one that covers it (`application/*`, `*\/*`,
 * `application/json` for `application/problem+json`) keeps accepting what clients send. So:
 * replaced by a broader one -> `request-body-media-type-name-generalized` (info); by a narrower
 * one -> `...-name-specialized` (breaking); same type with other parameters -> `...-name-changed`
 * (info); letter case alone -> nothing; nothing covers it -> `request-body-media-type-removed`.
 * Operations whose revision is `draft` or `alpha` (`x-stability-level`) are skipped, as in oasdiff.
 */
import type { Finding, MediaTypeDiff, OperationDiff, RequestBodyDiff, Side } from '../model.ts';
import { code, defineRules, finding, type RuleFamily, type RuleId } from './framework.ts';
import { operationInScope } from './sunset.ts';
import { relation } from './media-type-names.ts';
import { R } from './catalogue.ts';

const NAME = 'request-body';

function details(mediaType?: string) {
  return mediaType
    ? { direction: 'request' as const, area: 'body' as const, mediaType }
    : { direction: 'request' as const, area: 'body' as const };
}

const RENAMED: Partial<Record<ReturnType<typeof relation>, RuleId>> = {
  parameters: R.requestBodyMediaTypeNameChanged,
  broader: R.requestBodyMediaTypeNameGeneralized,
  narrower: R.requestBodyMediaTypeNameSpecialized,
};

function checkMediaTypes(out: Finding[], op: OperationDiff, rb: RequestBodyDiff): void {
  const revisionTypes = Object.keys(rb.revision?.node.content ?? {});
  const usedAsCover = new Set<string>();
  const renamed = (
    from: string,
    to: string,
    base: Side<unknown> | undefined,
    revision: Side<unknown> | undefined,
  ): boolean => {
    const rel = relation(from, to);
    if (rel === 'same') return true;
    const id = RENAMED[rel];
    if (!id) return false;
    out.push(
      finding(id, { operation: op, params: { from: code(from), to: code(to) }, base, revision, details: details(to) }),
    );
    return true;
  };
  for (const mt of rb.content) {
    if (mt.kind !== 'deleted') continue;
    // Only a media type that covers the removed one keeps accepting it.
    const cover = revisionTypes.find((r) => ['same', 'parameters', 'broader'].includes(relation(mt.mediaType, r)));
    if (cover !== undefined) {
      usedAsCover.add(cover);
      renamed(mt.mediaType, cover, mt.base, rb.content.find((x) => x.mediaType === cover)?.revision ?? rb.revision);
      continue;
    }
    out.push(
      finding(R.requestBodyMediaTypeRemoved, {
        operation: op,
        params: { mediaType: code(mt.mediaType) },
        base: mt.base,
        details: details(mt.mediaType),
      }),
    );
  }
  for (const mt of rb.content) {
    if (mt.kind === 'added' && !usedAsCover.has(mt.mediaType)) {
      out.push(
        finding(R.requestBodyMediaTypeAdded, {
          operation: op,
          params: { mediaType: code(mt.mediaType) },
          revision: mt.revision,
          details: details(mt.mediaType),
        }),
      );
    }
    if (mt.kind !== 'modified') continue;
    const from = mt.fields['mediaType']?.from;
    if (typeof from === 'string' && !renamed(from, mt.mediaType, mt.base, mt.revision)) {
      out.push(
        finding(R.requestBodyMediaTypeRemoved, {
          operation: op,
          params: { mediaType: code(from) },
          base: mt.base,
          details: details(from),
        }),
      );
      out.push(
        finding(R.requestBodyMediaTypeAdded, {
          operation: op,
          params: { mediaType: code(mt.mediaType) },
          revision: mt.revision,
          details: details(mt.mediaType),
        }),
      );
    }
    checkSchemaExistence(out, op, mt);
  }
}

function checkSchemaExistence(out: Finding[], op: OperationDiff, mt: MediaTypeDiff): void {
  // A schema present on one side only: the media type's schema diff is a whole added/deleted schema.
  const change = mt.schema?.kind;
  if (change !== 'added' && change !== 'deleted') return;
  const id = change === 'added' ? R.requestBodyMediaTypeSchemaAdded : R.requestBodyMediaTypeSchemaRemoved;
  out.push(
    finding(id, {
      operation: op,
      params: { mediaType: code(mt.mediaType) },
      base: mt.base,
      revision: mt.revision,
      details: details(mt.mediaType),
    }),
  );
}

function checkOperation(out: Finding[], op: OperationDiff): void {
  const rb = op.requestBody;
  if (!rb) return;
  if (rb.kind === 'added') {
    const id = rb.revision?.node.required === true ? R.requestBodyAddedRequired : R.requestBodyAddedOptional;
    out.push(finding(id, { operation: op, revision: rb.revision, details: details() }));
    return;
  }
  if (rb.kind === 'deleted') {
    out.push(finding(R.requestBodyRemoved, { operation: op, base: rb.base, details: details() }));
    return;
  }
  const wasRequired = rb.base?.node.required === true;
  const isRequired = rb.revision?.node.required === true;
  if (!wasRequired && isRequired)
    out.push(
      finding(R.requestBodyBecameRequired, {
        operation: op,
        base: rb.base,
        revision: rb.revision,
        details: details(),
      }),
    );
  if (wasRequired && !isRequired)
    out.push(
      finding(R.requestBodyBecameOptional, {
        operation: op,
        base: rb.base,
        revision: rb.revision,
        details: details(),
      }),
    );
  checkMediaTypes(out, op, rb);
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff) {
    const out: Finding[] = [];
    for (const op of diff.operations) if (operationInScope(op)) checkOperation(out, op);
    return out;
  },
};

/**
 * Responses: status codes, media types and whether a media type has a schema. Schema keyword
 * changes inside response bodies belong to the schema families; headers to `response-headers`.
 *
 * Status decisions (oasdiff only classifies numeric codes; we also judge ranges and `default`):
 * - success = `2dd` or `2XX`; `default` counts as success only when the base operation documents
 *   no 2xx status at all (then it is the only description of success).
 * - removing a success status that the revision still documents under another key (`200` while
 *   `2XX` is present, `2XX` while explicit 2xx codes are present, a success-only `default` while
 *   2xx codes are present) is `response-success-status-regrouped` (warning: the bodies sit under
 *   different keys and are not compared) rather than a removal;
 * - a remaining `default` does not keep a removed success status documented: it conventionally
 *   describes errors, so removing `200` next to `default` is still `response-success-status-removed`.
 *
 * Media types of a response present on both sides: the diff pairs a renamed media type with its
 * successor when unambiguous (`fields.mediaType`), and this family pairs what it left deleted with
 * what it left added. Replaced by a range that covers it -> `response-media-type-name-generalized`
 * (breaking); by a media type it covers -> `...-name-specialized` (info); by the same type with
 * other parameters -> `...-name-changed` (info); letter case alone -> nothing; unrelated ->
 * removed + added.
 *
 * Operations whose revision is `draft` or `alpha` (`x-stability-level`) are skipped, as in oasdiff.
 */
import type { Finding, MediaTypeDiff, OperationDiff, ResponseDiff, Side } from '../model.ts';
import { code, defineRules, finding, type RuleFamily, type RuleId } from './framework.ts';
import { operationInScope } from './sunset.ts';
import { relation, type MediaTypeRelation } from './media-type-names.ts';
import { R } from './catalogue.ts';

const NAME = 'responses';

function isSuccessKey(status: string): boolean {
  return /^2(\d\d|xx)$/i.test(status);
}

function isRange(status: string): boolean {
  return /^[1-5]xx$/i.test(status);
}

/** Revision keys that document the statuses of a removed success key. */
function coveringKeys(status: string, revisionKeys: readonly string[], baseHasSuccess: boolean): string[] {
  if (status === 'default') return baseHasSuccess ? [] : revisionKeys.filter(isSuccessKey);
  if (isRange(status)) return revisionKeys.filter((k) => isSuccessKey(k) && !isRange(k));
  return revisionKeys.filter((k) => isSuccessKey(k) && isRange(k));
}

function phrase(keys: readonly string[]): string {
  if (keys.length === 1) return `the ${keys[0]} response`;
  return `the ${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]} responses`;
}

function statusDetails(status: string) {
  return { direction: 'response' as const, area: 'status' as const, status };
}

function bodyDetails(status: string, mediaType: string) {
  return { direction: 'response' as const, area: 'body' as const, status, mediaType };
}

function checkStatuses(out: Finding[], op: OperationDiff): void {
  // Read the response maps only when a response was removed (most modified operations keep theirs).
  const baseHasSuccess = () => Object.keys(op.base?.node.responses ?? {}).some(isSuccessKey);
  const revisionKeys = () => Object.keys(op.revision?.node.responses ?? {});
  for (const r of op.responses) {
    const params = { status: r.status };
    if (r.kind === 'added') {
      const id: RuleId = isSuccessKey(r.status) ? R.responseSuccessStatusAdded : R.responseNonSuccessStatusAdded;
      out.push(finding(id, { operation: op, params, revision: r.revision, details: statusDetails(r.status) }));
    } else if (r.kind === 'deleted') {
      const success = isSuccessKey(r.status) || (r.status === 'default' && !baseHasSuccess());
      if (!success) {
        out.push(
          finding(R.responseNonSuccessStatusRemoved, {
            operation: op,
            params,
            base: r.base,
            details: statusDetails(r.status),
          }),
        );
        continue;
      }
      const by = coveringKeys(r.status, revisionKeys(), r.status === 'default' && baseHasSuccess());
      if (by.length > 0) {
        const revision = op.responses.find((x) => x.status === by[0])?.revision ?? op.revision;
        out.push(
          finding(R.responseSuccessStatusRegrouped, {
            operation: op,
            params: { ...params, by: phrase(by) },
            base: r.base,
            revision,
            details: statusDetails(r.status),
          }),
        );
      } else {
        out.push(
          finding(R.responseSuccessStatusRemoved, {
            operation: op,
            params,
            base: r.base,
            details: statusDetails(r.status),
          }),
        );
      }
    }
  }
}

const RENAMED: Partial<Record<MediaTypeRelation, RuleId>> = {
  parameters: R.responseMediaTypeNameChanged,
  broader: R.responseMediaTypeNameGeneralized,
  narrower: R.responseMediaTypeNameSpecialized,
};

function checkMediaTypes(out: Finding[], op: OperationDiff, r: ResponseDiff): void {
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
      finding(id, {
        operation: op,
        params: { status: r.status, from: code(from), to: code(to) },
        base,
        revision,
        details: bodyDetails(r.status, to),
      }),
    );
    return true;
  };
  const removed = (mediaType: string, base: Side<unknown> | undefined) =>
    out.push(
      finding(R.responseMediaTypeRemoved, {
        operation: op,
        params: { status: r.status, mediaType: code(mediaType) },
        base,
        details: bodyDetails(r.status, mediaType),
      }),
    );
  const added = (mediaType: string, revision: Side<unknown> | undefined) =>
    out.push(
      finding(R.responseMediaTypeAdded, {
        operation: op,
        params: { status: r.status, mediaType: code(mediaType) },
        revision,
        details: bodyDetails(r.status, mediaType),
      }),
    );

  // The diff leaves a media type unpaired when the pairing is ambiguous; pair each removed one
  // with the first added one it relates to (same type, broader, narrower, in that order).
  const addedOnes = r.content.filter((m) => m.kind === 'added');
  const used = new Set<MediaTypeDiff>();
  for (const d of r.content) {
    if (d.kind !== 'deleted') continue;
    let match: MediaTypeDiff | undefined;
    for (const wanted of ['same', 'parameters', 'broader', 'narrower'] as const) {
      match = addedOnes.find((a) => relation(d.mediaType, a.mediaType) === wanted);
      if (match) break;
    }
    if (match) {
      used.add(match);
      renamed(d.mediaType, match.mediaType, d.base, match.revision);
    } else {
      removed(d.mediaType, d.base);
    }
  }
  for (const m of r.content) {
    if (m.kind === 'added' && !used.has(m)) added(m.mediaType, m.revision);
    if (m.kind !== 'modified') continue;
    const from = m.fields['mediaType']?.from;
    if (typeof from === 'string' && !renamed(from, m.mediaType, m.base, m.revision)) {
      removed(from, m.base);
      added(m.mediaType, m.revision);
    }
    // A schema present on one side only: the media type's schema diff is a whole added/deleted schema.
    const change = m.schema?.kind;
    if (change !== 'added' && change !== 'deleted') continue;
    const id: RuleId = change === 'added' ? R.responseBodyMediaTypeSchemaAdded : R.responseBodyMediaTypeSchemaRemoved;
    out.push(
      finding(id, {
        operation: op,
        params: { status: r.status, mediaType: code(m.mediaType) },
        base: m.base,
        revision: m.revision,
        details: bodyDetails(r.status, m.mediaType),
      }),
    );
  }
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff) {
    const out: Finding[] = [];
    for (const op of diff.operations) {
      if (!operationInScope(op)) continue;
      checkStatuses(out, op);
      for (const r of op.responses) if (r.kind === 'modified') checkMediaTypes(out, op, r);
    }
    return out;
  },
};

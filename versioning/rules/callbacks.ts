/**
 * Callbacks and webhooks: the requests the API sends to subscribers (`callbacks`, 3.0 and 3.1;
 * `webhooks`, 3.1). A callback operation removed from an operation that stays is breaking, one
 * added is not. Callbacks of added or removed operations go with their operation (endpoints
 * family); webhooks added or removed are the endpoints family's too. What changes inside a
 * callback or webhook payload is judged by the schema families, which walk `SpecDiff.sent` with
 * the directions reversed (see `forEachRoot` in schema-walk.ts). oasdiff has no callback checks.
 *
 * This family also judges, with the directions reversed, what the request-body and responses
 * families judge for served operations:
 * - the payload (the sent request body) is what subscribers receive: removing it or one of its
 *   media types breaks them (unless a media type the removed one covers remains: the API then
 *   sends something narrower); a media type added that no base type covers is a warning (the API
 *   may now send a type a subscriber cannot read: there is no Accept header to negotiate it);
 * - the subscriber's answer (the sent operation's responses) is what the API receives: a status
 *   removed means the API no longer accepts or acts on an answer subscribers send (breaking for a
 *   success status, a warning otherwise: a `410` that unsubscribed may now be ignored); a media
 *   type removed that no revision type covers is breaking; a body described for an answer that had
 *   none is a warning (subscribers answer without one today; whether the API now insists on it is
 *   not in the document); other additions are info.
 * Operations whose revision is `draft` or `alpha` (`x-stability-level`) are skipped.
 */
import type { Finding, FindingDetails, MediaTypeDiff, OperationDiff, Side, SpecDiff } from '../model.ts';
import { code, defineRules, finding, type RuleFamily, type RuleId } from './framework.ts';
import { operationInScope } from './sunset.ts';
import { covers } from './media-type-names.ts';
import { R } from './catalogue.ts';

const NAME = 'callbacks';

function isSuccessKey(status: string): boolean {
  return /^2(\d\d|xx)$/i.test(status);
}

/** The media types of a side's content map. */
function typesOf(content: unknown): string[] {
  return content && typeof content === 'object' ? Object.keys(content) : [];
}

interface Removed {
  mediaType: string;
  base?: Side<unknown>;
}
interface Added {
  mediaType: string;
  revision?: Side<unknown>;
}

/** The media types removed and added between two content maps (a renamed one counts as both), each with its side. */
function mediaTypeChanges(content: readonly MediaTypeDiff[]): { removed: Removed[]; added: Added[] } {
  const removed: Removed[] = [];
  const added: Added[] = [];
  for (const m of content) {
    if (m.kind === 'deleted') removed.push({ mediaType: m.mediaType, base: m.base });
    else if (m.kind === 'added') added.push({ mediaType: m.mediaType, revision: m.revision });
    else {
      const from = m.fields['mediaType']?.from;
      if (typeof from === 'string' && from.toLowerCase() !== m.mediaType.toLowerCase()) {
        removed.push({ mediaType: from, base: m.base });
        added.push({ mediaType: m.mediaType, revision: m.revision });
      }
    }
  }
  return { removed, added };
}

function payloadDetails(mediaType?: string): FindingDetails {
  // The payload is read by subscribers: a response-like direction.
  return mediaType ? { direction: 'response', area: 'body', mediaType } : { direction: 'response', area: 'body' };
}

function checkPayload(out: Finding[], op: OperationDiff): void {
  const rb = op.requestBody;
  if (!rb) return;
  if (rb.kind === 'added') {
    out.push(finding(R.payloadAdded, { operation: op, revision: rb.revision, details: payloadDetails() }));
    return;
  }
  if (rb.kind === 'deleted') {
    out.push(finding(R.payloadRemoved, { operation: op, base: rb.base, details: payloadDetails() }));
    return;
  }
  const baseTypes = typesOf(rb.base?.node.content);
  const revisionTypes = typesOf(rb.revision?.node.content);
  const { removed, added } = mediaTypeChanges(rb.content);
  // The API sends one of the listed types: a removed type is kept when what remains is narrower.
  for (const r of removed) {
    if (revisionTypes.some((t) => covers(r.mediaType, t))) continue;
    out.push(
      finding(R.payloadMediaTypeRemoved, {
        operation: op,
        params: { mediaType: code(r.mediaType) },
        base: r.base ?? rb.base,
        details: payloadDetails(r.mediaType),
      }),
    );
  }
  for (const a of added) {
    if (baseTypes.some((t) => covers(t, a.mediaType))) continue;
    out.push(
      finding(R.payloadMediaTypeAdded, {
        operation: op,
        params: { mediaType: code(a.mediaType) },
        revision: a.revision ?? rb.revision,
        details: payloadDetails(a.mediaType),
      }),
    );
  }
}

function answerDetails(status: string, mediaType?: string): FindingDetails {
  // The subscriber's answer is read by the API: a request-like direction.
  return mediaType
    ? { direction: 'request', area: 'body', status, mediaType }
    : { direction: 'request', area: 'status', status };
}

function checkAnswers(out: Finding[], op: OperationDiff): void {
  for (const r of op.responses) {
    const params = { status: r.status };
    if (r.kind === 'added') {
      out.push(
        finding(R.subscriberResponseStatusAdded, {
          operation: op,
          params,
          revision: r.revision,
          details: answerDetails(r.status),
        }),
      );
      continue;
    }
    if (r.kind === 'deleted') {
      const id: RuleId = isSuccessKey(r.status)
        ? R.subscriberResponseSuccessStatusRemoved
        : R.subscriberResponseNonSuccessStatusRemoved;
      out.push(finding(id, { operation: op, params, base: r.base, details: answerDetails(r.status) }));
      continue;
    }
    const baseTypes = typesOf(r.base?.node.content);
    const revisionTypes = typesOf(r.revision?.node.content);
    if (baseTypes.length === 0 && revisionTypes.length > 0) {
      // An answer that had no body now has one: subscribers answer without it today.
      out.push(
        finding(R.subscriberResponseBodyAdded, {
          operation: op,
          params,
          base: r.base,
          revision: r.revision,
          details: answerDetails(r.status),
        }),
      );
      continue;
    }
    const { removed, added } = mediaTypeChanges(r.content);
    // The API accepts one of the listed types: a removed type is kept when a remaining one covers it.
    for (const m of removed) {
      if (revisionTypes.some((t) => covers(t, m.mediaType))) continue;
      out.push(
        finding(R.subscriberResponseMediaTypeRemoved, {
          operation: op,
          params: { status: r.status, mediaType: code(m.mediaType) },
          base: m.base ?? r.base,
          details: answerDetails(r.status, m.mediaType),
        }),
      );
    }
    for (const m of added) {
      if (baseTypes.some((t) => covers(t, m.mediaType))) continue;
      out.push(
        finding(R.subscriberResponseMediaTypeAdded, {
          operation: op,
          params: { status: r.status, mediaType: code(m.mediaType) },
          revision: m.revision ?? r.revision,
          details: answerDetails(r.status, m.mediaType),
        }),
      );
    }
  }
}

export const family: RuleFamily = {
  name: NAME,
  get rules() {
    return defineRules(NAME);
  },
  check(diff: SpecDiff): Finding[] {
    const out: Finding[] = [];
    for (const op of diff.sent ?? []) {
      if (op.sent?.kind === 'callback' && op.kind === 'deleted')
        out.push(finding(R.callbackRemoved, { operation: op, base: op.base, details: { area: 'operation' } }));
      else if (op.sent?.kind === 'callback' && op.kind === 'added')
        out.push(finding(R.callbackAdded, { operation: op, revision: op.revision, details: { area: 'operation' } }));
      if (!operationInScope(op)) continue;
      checkPayload(out, op);
      checkAnswers(out, op);
    }
    return out;
  },
};

/**
 * Which changes explain a broken read, and which warning-level changes touch a read. Pure.
 *
 * A change explains a read when it is on the interaction's operation and at the read's place:
 * the same status (or its range), media type, header, or body property; a change on an ancestor
 * property (the array around the field, the whole body) explains it too, less specifically.
 * Only the best-scoring changes are kept.
 */
import type { Gap } from '../crosscheck/guarantees.ts';
import { baseMediaType } from '../crosscheck/guarantees.ts';
import { matcherText, type Read } from '../crosscheck/reads.ts';
import { readText } from '../crosscheck/read-text.ts';

export { readText, unguaranteedText } from '../crosscheck/read-text.ts';
import type { Change, ConsumerRead } from '../model.ts';

function statusCovers(written: string | undefined, status: number): 0 | 1 | 2 {
  if (written === undefined) return 1;
  if (written === String(status)) return 2;
  if (/^[1-5]XX$/i.test(written) && written[0] === String(status)[0]) return 1;
  if (written === 'default') return 1;
  return 0;
}

function related(read: string, change: string): number {
  if (read === change) return 3;
  if (change === '' || read.startsWith(`${change}.`) || read.startsWith(`${change}[`)) return 2;
  return 0;
}

const isOperationChange = (change: Change): boolean =>
  change.details?.area === 'operation' && /removed|deleted/.test(change.id);

/** How well a change explains a broken read (0: not at all, 3: the very place). */
export function readScore(change: Change, read: Read, gap: Gap | undefined): number {
  const d = change.details ?? {};
  if (gap === 'operation') return isOperationChange(change) ? 3 : 0;
  if (d.direction !== undefined && d.direction !== 'response') return 0;
  if (d.area === 'status') {
    const covers = statusCovers(d.status, read.status);
    if (covers === 0) return 0;
    return read.kind === 'status' || gap === 'status' ? covers + 1 : 0;
  }
  if (read.kind === 'status') return isOperationChange(change) ? 1 : 0;
  if (d.status !== undefined && statusCovers(d.status, read.status) === 0) return 0;
  switch (read.kind) {
    case 'media-type':
      // A renamed media type carries the new name: any body-level change of the status explains it, the same name best.
      if (d.area !== 'body' || d.property !== undefined) return 0;
      if (d.mediaType === undefined) return 1;
      return baseMediaType(d.mediaType) === baseMediaType(read.mediaType) ? 3 : 2;
    case 'header':
      return d.area === 'response-header' && d.header?.toLowerCase() === read.name.toLowerCase() ? 3 : 0;
    case 'field': {
      if (d.area !== 'body') return 0;
      const sameType =
        d.mediaType === undefined ||
        read.mediaType === undefined ||
        baseMediaType(d.mediaType) === baseMediaType(read.mediaType);
      if (gap === 'media-type' || gap === 'no-schema') return d.property === undefined ? (sameType ? 3 : 2) : 0;
      if (!sameType) return 0;
      return related(read.property, d.property ?? '');
    }
  }
}

/** The changes that best explain a broken read (all those with the top score), or none. */
export function explaining(candidates: readonly Change[], read: Read, gap: Gap | undefined, minimum = 1): Change[] {
  let best = 0;
  let out: Change[] = [];
  for (const change of candidates) {
    const s = readScore(change, read, gap);
    if (s < minimum || s === 0 || s < best) continue;
    if (s > best) {
      best = s;
      out = [];
    }
    out.push(change);
  }
  return out;
}

const code = (s: string): string => `\`${s}\``;

/** The read as data for `ConsumerImpact.read`. */
export function readData(read: Read, gap?: Gap): ConsumerRead {
  const out: ConsumerRead = { status: read.status };
  if (read.kind === 'field') {
    out.property = read.property;
    out.matcher = matcherText(read);
    if (read.mediaType !== undefined) out.mediaType = read.mediaType;
  } else if (read.kind === 'header') {
    out.header = read.name;
    out.matcher = matcherText(read);
  } else if (read.kind === 'media-type') out.mediaType = read.mediaType;
  if (gap !== undefined) out.gap = gap;
  return out;
}

/** Why the revision no longer guarantees it, in words. */
export function brokenText(read: Read, gap: Gap, operation: string, types?: string): string {
  switch (gap) {
    case 'operation':
      return `calls ${code(operation)}, which the revision removes`;
    case 'status':
      return read.kind === 'status'
        ? `expects status ${read.status}, which the revision no longer documents`
        : `${readText(read)} in its ${read.status} response, which the revision no longer documents`;
    case 'media-type': {
      if (read.kind === 'media-type') return `${readText(read)}, which the revision no longer documents`;
      const mediaType = read.kind === 'field' && read.mediaType ? read.mediaType : 'its media type';
      return `${readText(read)} as ${code(mediaType)}, which the revision no longer documents`;
    }
    case 'no-schema':
      return `${readText(read)}, which the revision no longer describes (the body has no schema)`;
    case 'removed':
      return `${readText(read)}, which the revision removes`;
    case 'optional':
    case 'header-optional':
      return `${readText(read)}, which the revision makes optional`;
    case 'nullable':
      return `${readText(read)}, which the revision makes nullable`;
    case 'retyped':
      return types
        ? `${readText(read)}, which the revision changes to ${types}`
        : `${readText(read)}, which the revision changes to a type the matcher does not accept`;
    case 'widened':
      return (
        `${readText(read)}, which the revision no longer guarantees ` +
        `(an anyOf/oneOf branch allows it to be absent or of another ` +
        `type)`
      );
    case 'value':
      return `${readText(read)}, whose expected value the revision no longer allows`;
    case 'header-removed':
      return `${readText(read)}, which the revision no longer documents`;
  }
}

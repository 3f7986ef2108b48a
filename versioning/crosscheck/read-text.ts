/** Reads in words, for messages: "reads `updatedAt` (type matcher)", "expects status 404". Pure. */
import type { Gap } from './guarantees.ts';
import { matcherText, type Read } from './reads.ts';

const code = (s: string): string => `\`${s}\``;

/** What the interaction reads, in words: "reads `updatedAt` (type matcher)", "expects status 404". */
export function readText(read: Read): string {
  switch (read.kind) {
    case 'status':
      return `expects status ${read.status}`;
    case 'media-type':
      return `expects ${code(read.mediaType)} in its ${read.status} response`;
    case 'header':
      return `reads the response header ${code(read.name)} (${matcherText(read)})`;
    case 'field':
      return read.property === ''
        ? `reads the ${read.status} response body (${matcherText(read)})`
        : `reads ${code(read.property)} (${matcherText(read)})`;
  }
}

/** "which the spec does not guarantee": the words for a read the base spec does not guarantee. */
export function unguaranteedText(read: Read, gap: Gap): string {
  switch (gap) {
    case 'operation':
      return `${readText(read)}, on an operation the spec does not document`;
    case 'status':
      return read.kind === 'status'
        ? `expects status ${read.status}, which the spec does not document`
        : `${readText(read)}, in a ${read.status} response the spec does not document`;
    case 'media-type':
      return `${readText(read)}, in a media type the spec does not document for status ${read.status}`;
    default:
      return `${readText(read)}, which the spec does not guarantee (${gapWord(gap)})`;
  }
}

function gapWord(gap: Gap): string {
  switch (gap) {
    case 'removed':
    case 'header-removed':
      return 'not defined';
    case 'optional':
    case 'header-optional':
      return 'optional';
    case 'nullable':
      return 'nullable';
    case 'retyped':
      return 'its type does not satisfy the matcher';
    case 'widened':
      return 'an anyOf/oneOf branch allows otherwise';
    case 'value':
      return 'the expected value is not allowed';
    default:
      return 'no schema';
  }
}

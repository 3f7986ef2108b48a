/**
 * JSON Pointer (RFC 6901) helpers shared by the load layer and its users.
 */

/** Escapes one reference token: `~` -> `~0`, `/` -> `~1`. */
export function escapePointerSegment(segment: string): string {
  if (segment.indexOf('~') === -1 && segment.indexOf('/') === -1) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Unescapes one reference token: `~1` -> `/`, `~0` -> `~`. */
export function unescapePointerSegment(segment: string): string {
  if (segment.indexOf('~') === -1) return segment;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Appends segments (unescaped) to a pointer. */
export function joinPointer(pointer: string, ...segments: Array<string | number>): string {
  let out = pointer;
  for (const segment of segments) out += '/' + escapePointerSegment(String(segment));
  return out;
}

/** Splits a pointer into unescaped segments. `''` is the whole document. Throws on a pointer not starting with `/`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (pointer[0] !== '/') throw new SyntaxError(`JSON pointer must start with '/': '${pointer}'`);
  return pointer.slice(1).split('/').map(unescapePointerSegment);
}

/** The value at `pointer` inside `root`, or undefined when a segment is missing. Does not follow `$ref`s. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
      node = node[Number(segment)];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return node;
}

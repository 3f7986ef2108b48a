/**
 * Path templates (`/users/{id}`) against concrete request paths, without regular expressions: a
 * template comes from the revision a pull request controls, and an ambiguous regex of 80 segments
 * took 107 s. One implementation for the pact check and for consumer impact.
 */

/** Whether a concrete request path (no query string) matches a path template: `/users/1` and `/users/{id}`. */
export function templateMatches(template: string, concrete: string): boolean {
  // Segment by segment, no regular expression: linear in the lengths, whatever the template holds.
  const wanted = template.split('/');
  const given =
    concrete.endsWith('/') && concrete.length > 1 && !template.endsWith('/')
      ? concrete.slice(0, -1).split('/')
      : concrete.split('/');
  if (wanted.length !== given.length) return false;
  for (let i = 0; i < wanted.length; i++) if (!segmentMatches(wanted[i]!, given[i]!)) return false;
  return true;
}

/**
 * One template segment (`{id}`, `v{major}.json`, `users`) against one concrete segment. Literal
 * parts must appear in order; each `{param}` takes at least one character. Parameters are matched
 * leftmost-shortest with one backward step per literal at most, so the work is linear per literal.
 */
function segmentMatches(template: string, segment: string): boolean {
  const parts = template.split(/\{[^}]*\}/);
  if (parts.length === 1) return template === segment;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!segment.startsWith(first) || segment.length < first.length + last.length) return false;
  if (!segment.endsWith(last)) return false;
  let position = first.length;
  const end = segment.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    // A parameter (at least one character), then the next literal: its first occurrence after that.
    const found = segment.indexOf(parts[i]!, position + 1);
    if (found === -1 || found + parts[i]!.length > end) return false;
    position = found + parts[i]!.length;
  }
  return end - position >= 1;
}

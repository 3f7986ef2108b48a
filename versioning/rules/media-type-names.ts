/**
 * Media type names (RFC 6838 `type/subtype+suffix; param=value`) and the "covers" relation used by
 * the request-body and responses families to tell a renamed media type from a removed one.
 */

export interface MediaTypeName {
  type: string;
  subtype: string;
  /** Structured-syntax suffix without `+` (`json` in `application/problem+json`), or ''. */
  suffix: string;
  /** `type/subtype[+suffix]`, lower-cased, parameters dropped. */
  essence: string;
}

/** Parse a media type key as written in `content`; undefined when it is not `type/subtype`. */
export function parseMediaType(text: string): MediaTypeName | undefined {
  const essence = text.split(';', 1)[0]!.trim().toLowerCase();
  const slash = essence.indexOf('/');
  if (slash <= 0 || slash === essence.length - 1) return undefined;
  const type = essence.slice(0, slash);
  const rest = essence.slice(slash + 1);
  const plus = rest.lastIndexOf('+');
  const subtype = plus > 0 ? rest.slice(0, plus) : rest;
  const suffix = plus > 0 ? rest.slice(plus + 1) : '';
  return { type, subtype, suffix, essence };
}

/** Whether the two keys name the same media type apart from parameters and letter case. */
export function sameEssence(a: string, b: string): boolean {
  const x = parseMediaType(a);
  const y = parseMediaType(b);
  return !!x && !!y && x.essence === y.essence;
}

/**
 * Whether every content of media type `specific` is also of media type `general`:
 * same essence; `*\/*`; `type/*` for any subtype of that type; or a base type covering its
 * structured-syntax refinements (`application/json` covers `application/problem+json`).
 */
export function covers(general: string, specific: string): boolean {
  const g = parseMediaType(general);
  const s = parseMediaType(specific);
  if (!g || !s) return general.trim().toLowerCase() === specific.trim().toLowerCase();
  if (g.essence === s.essence) return true;
  if (g.type === '*' && g.subtype === '*') return true;
  if (g.type !== s.type) return false;
  if (g.subtype === '*') return s.subtype !== '*';
  return g.suffix === '' && s.suffix !== '' && s.suffix === g.subtype;
}

/** How the media type `to` relates to `from`. */
export type MediaTypeRelation = 'same' | 'parameters' | 'broader' | 'narrower' | 'unrelated';

/**
 * `same`: equal apart from letter case and whitespace; `parameters`: same essence, other
 * parameters; `broader`: `to` covers `from`; `narrower`: `from` covers `to`.
 */
export function relation(from: string, to: string): MediaTypeRelation {
  const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  if (squash(from) === squash(to)) return 'same';
  if (sameEssence(from, to)) return 'parameters';
  if (covers(to, from)) return 'broader';
  if (covers(from, to)) return 'narrower';
  return 'unrelated';
}

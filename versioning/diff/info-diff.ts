/**
 * The Info Object and the other document-level values that are not compared elsewhere.
 */
import type { ValueChange } from '../model.ts';
import { isObject, ptr, type DiffContext } from './context.ts';
import { dict } from './dict.ts';

/** `info.*` fields whose values differ (`version`, `title`, `description`, `contact`, `license`, `x-*`, ...), keys
 * sorted. */
export function diffInfo(ctx: DiffContext): Record<string, ValueChange> {
  const a = ctx.base.document.info;
  const b = ctx.revision.document.info;
  return ctx.fields(isObject(a) ? a : undefined, isObject(b) ? b : undefined);
}

/** Top-level keys compared structurally elsewhere. */
const TOP_EXCLUDE: ReadonlySet<string> = new Set(['info', 'paths', 'webhooks', 'components', 'security']);
/** Components sections reached through the operations (or compared in `securitySchemes`). */
const COMPONENT_SECTIONS: ReadonlySet<string> = new Set([
  'schemas',
  'responses',
  'parameters',
  'examples',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
]);

/**
 * Document-level values that differ, keyed by JSON pointer: top-level `openapi`, `servers`,
 * `tags`, `externalDocs`, `jsonSchemaDialect`, `x-*` (`/servers`, `/tags`, ...) and `components`
 * extensions or unknown sections (`/components/x-foo`). Component sections are compared where
 * operations use them, not here.
 */
export function diffDocumentOther(ctx: DiffContext): Record<string, ValueChange> {
  const out: Record<string, ValueChange> = dict();
  const top = ctx.fields(ctx.base.document, ctx.revision.document, TOP_EXCLUDE);
  for (const [k, v] of Object.entries(top)) out[ptr('', k)] = v;
  const ca = ctx.base.document.components;
  const cb = ctx.revision.document.components;
  const comps = ctx.fields(isObject(ca) ? ca : undefined, isObject(cb) ? cb : undefined, COMPONENT_SECTIONS);
  for (const [k, v] of Object.entries(comps)) out[ptr('/components', k)] = v;
  return out;
}

/**
 * The words of a finding: its rule's message template (the catalogue's `message`, with
 * `{placeholders}`) filled with the finding's values (`Finding.params`, data: see `MessageValue`).
 * The only place findings become text; rules and policy hand over data.
 */
import type { Finding, ListValue, MessageParams, MessagePhrase, MessageValue, SitePhrase } from '../model.ts';
import { catalogue } from '../rules/catalogue-read.ts';
import { propertyPath } from '../rules/framework.ts';

/** Message templates by rule id: the catalogue's entries (a caller may give others, e.g. tests' rules). */
export type MessageTemplates = Readonly<Record<string, { readonly message: string }>>;

/** Inline code: `name` (JSON for values that are not strings). */
function code(value: unknown): string {
  return '`' + (typeof value === 'string' ? value : JSON.stringify(value)) + '`';
}

/**
 * Renders messages for one run (a `toChanges` call, a report): the template of each rule split at
 * its placeholders once, and the text of each values object and phrase once (the findings that
 * the rules copy for other operations share their values, and sites share their phrases).
 */
export class MessageRenderer {
  private readonly parts = new Map<string, readonly string[]>();
  private readonly texts = new Map<MessageParams, { id: string; text: string }>();
  private readonly phrases = new Map<MessagePhrase, string>();
  /** Every text `text` has rendered, in order (each values object's once): every text it has given. */
  readonly rendered: string[] = [];

  /** `templates`: the catalogue's when absent (read at the first message, not here: a run may render none). */
  constructor(private readonly templates?: MessageTemplates) {}

  /** The message of a finding without its operation (what reports grouped by operation show). */
  text(f: Pick<Finding, 'id' | 'params'>): string {
    const known = this.texts.get(f.params);
    if (known !== undefined && known.id === f.id) return known.text;
    const text = this.render(f.id, f.params);
    this.texts.set(f.params, { id: f.id, text });
    this.rendered.push(text);
    return text;
  }

  /** The message of a finding: `<operation>: <text>`, or the text alone. */
  message(f: Pick<Finding, 'id' | 'params' | 'operation'>): string {
    const text = this.text(f);
    return f.operation !== undefined ? `${f.operation}: ${text}` : text;
  }

  /**
   * Fill rule `id`'s template; an unknown id or a missing value is a programming error. The text is
   * joined, a flat string: every change with these values and each report reads it, and a text
   * built by `+` is a tree of its pieces, larger, and flattened again by each reader.
   */
  render(id: string, params: MessageParams): string {
    const parts = this.templateParts(id);
    const out: string[] = [parts[0]!];
    for (let i = 1; i < parts.length; i += 2) {
      const key = parts[i]!;
      const value = params[key];
      if (value === undefined) throw new Error(`rule ${id}: message parameter {${key}} missing`);
      out.push(this.value(value), parts[i + 1]!);
    }
    return out.join('');
  }

  private templateParts(id: string): readonly string[] {
    let parts = this.parts.get(id);
    if (parts === undefined) {
      const templates = this.templates ?? catalogue();
      const entry = Object.hasOwn(templates, id) ? templates[id] : undefined;
      if (!entry) throw new Error(`unknown rule id "${id}"`);
      this.parts.set(id, (parts = entry.message.split(/\{(\w+)\}/)));
    }
    return parts;
  }

  private value(v: MessageValue): string {
    if (typeof v !== 'object') return String(v);
    if (isPath(v)) return code(propertyPath(v));
    if (v.kind === 'finding') return this.text(v);
    if (v.kind === 'code') return code(v.value);
    if (v.kind === 'list') return list(v);
    if (v.kind === 'words') return v.parts.map((p) => this.value(p)).join('');
    return this.phrase(v);
  }

  /** "the request body", "property `a` of the 200 response body", "the `then` subschema of ..." */
  phrase(p: MessagePhrase): string {
    let text = this.phrases.get(p);
    if (text !== undefined) return text;
    if (p.kind === 'slot') text = `the ${code(p.slot)} subschema of ${this.phrase(p.of)}`;
    else if (p.kind === 'site') text = this.site(p);
    else if (p.sent !== undefined) {
      const mt = p.mediaType ? ` (${p.mediaType})` : '';
      if (p.area === 'response-header') text = `header ${code(p.header ?? '')} of the ${p.sent} payload`;
      else if (p.direction === 'response') text = `the ${p.sent} payload${mt}`;
      else text = `the subscriber's ${p.status ?? ''} response body${mt}`;
    } else if (p.area === 'parameter') text = `${p.parameter!.in} parameter ${code(p.parameter!.name)}`;
    else if (p.area === 'response-header') text = `response header ${code(p.header!)} of status ${p.status}`;
    else if (p.direction === 'request') text = `the request body${p.mediaType ? ` (${p.mediaType})` : ''}`;
    else text = `the ${p.status} response body${p.mediaType ? ` (${p.mediaType})` : ''}`;
    this.phrases.set(p, text);
    return text;
  }

  /** One per site, kept (in `phrases`) while the run renders: joined, a flat string (see `render`). */
  private site(p: SitePhrase): string {
    const root = this.phrase(p.root);
    if (p.path.length === 0) return p.schemaOf ? `the schema of ${root}` : root;
    const words = ['property `', propertyPath(p.path), '` of ', root];
    if (p.schemaOf) words.unshift('the schema of ');
    return words.join('');
  }
}

/** Values shown by name in a message before `and N more` (an enum of 600 values is not a message). */
const LISTED_VALUES = 10;

/** A list of values for messages: `a`, `b` and `c`. */
function list({ values }: ListValue): string {
  if (values.length > LISTED_VALUES + 1)
    return values.slice(0, LISTED_VALUES).map(code).join(', ') + ` and ${values.length - LISTED_VALUES} more`;
  const parts = values.map(code);
  if (parts.length <= 1) return parts.join('');
  return parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1];
}

function isPath(v: Exclude<MessageValue, string | number | boolean>): v is readonly string[] {
  return Array.isArray(v);
}

/** One message, rendered afresh (tests, one-off callers; a run uses one `MessageRenderer`). */
export function renderMessage(id: string, params: MessageParams): string {
  return new MessageRenderer().render(id, params);
}

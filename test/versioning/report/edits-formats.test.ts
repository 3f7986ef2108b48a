/**
 * The formats (text, markdown, github, junit, changelog, and the JSON report's edits) of a report
 * made from a run's edits read the edits (report/view.ts, report/json.ts), not the flat
 * per-operation changes: they never make them, make a change only for what they show, and print
 * byte for byte what they print of the same report made from its changes (an impact step that keeps
 * them), the human formats escaped as safely (report/escape.ts): control characters and `::` in
 * operation names, property names, values and acceptance reasons included.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyConfig, type Config } from '../../../versioning/config/schema.ts';
import { analyze, type AnalyzeOptions } from '../../../versioning/engine.ts';
import type { Change, Report } from '../../../versioning/model.ts';
import { editsOf, Occurrence } from '../../../versioning/policy/changes.ts';
import { collapse } from '../../../versioning/report/common.ts';
import { FORMATTERS } from '../../../versioning/report/index.ts';
import { collapseEdits } from '../../../versioning/report/view.ts';

const FORMATS = ['text', 'markdown', 'github', 'junit', 'changelog', 'json'] as const;
/** Control characters the formats must never print as they are (line breaks and tabs are the formats' own). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Which strings of the pair are hostile: none; all (names, values and the paths of some operations
 * hold control characters and `::`, and a path ends with `:`); only an enum value (a value of a
 * message); only a path that ends with `:` (so that only `<operation>: <words>` holds `::`).
 */
type Kind = 'clean' | 'hostile' | 'value' | 'colon';
const KINDS: readonly Kind[] = ['clean', 'hostile', 'value', 'colon'];

/** A schema shared by many operations, changed in several ways, with the hostile strings of `kind`. */
function spec(revision: boolean, kind: Kind): object {
  const hostile = kind === 'hostile';
  const odd = hostile ? 'na\nme' : 'name';
  const value = hostile || kind === 'value' ? 'c\u001b[2J' : 'c';
  const thing = {
    type: 'object',
    required: revision ? ['id'] : ['id', odd],
    properties: {
      id: { type: revision ? 'integer' : 'string' },
      ...(revision ? {} : { [odd]: { type: 'string' } }),
      kind: { type: 'string', enum: revision ? ['a', 'b', value] : ['a', 'b'] },
      [hostile ? 'x::y' : 'xy']: { type: 'string', ...(revision ? { maxLength: 5 } : {}) },
      ...(revision ? { [hostile ? 'add\u2028ed' : 'added']: { type: 'string' } } : {}),
    },
  };
  const body = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } };
  const wrapped = { type: 'object', properties: { wrapped: { $ref: '#/components/schemas/Thing' } } };
  const paths: Record<string, object> = {};
  const names = hostile
    ? ['/a', '/b::c', '/d:', '/e\u0007f', '/g', '/h']
    : ['/a', '/b', kind === 'colon' ? '/d:' : '/d', '/e', '/g', '/h'];
  names.forEach((name, i) => {
    paths[name] = {
      get: {
        responses: {
          // At the operation that sorts first, the schema one level down: a longer message than at the others.
          '200':
            name === [...names].sort()[0]
              ? { description: 'ok', content: { 'application/json': { schema: wrapped } } }
              : { description: 'ok', ...body },
          ...(i % 2 ? { '201': { description: 'c', ...body } } : {}),
        },
      },
      post: { requestBody: body, responses: { '204': { description: 'done' } } },
      // DELETE sorts before GET: a finding made under a GET reaches it later (not for `colon`, whose markdown
      // must still list `GET /d:` among the operations it names).
      ...(revision && i === 3
        ? {}
        : {
            delete: {
              responses:
                i === 1 && kind !== 'colon'
                  ? { '200': { description: 'gone', ...body } }
                  : { '204': { description: 'gone' } },
            },
          }),
    };
  });
  return {
    openapi: '3.0.3',
    info: { title: 't', version: revision ? '1.1.0' : '1.0.0' },
    paths,
    components: { schemas: { Thing: thing } },
  };
}

describe('report: the human formats of a report made from edits', () => {
  let dir = '';
  const files = Object.fromEntries(KINDS.map((k) => [k, { base: '', revision: '' }])) as Record<
    Kind,
    { base: string; revision: string }
  >;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ck-edit-formats-'));
    for (const kind of KINDS) {
      for (const side of ['base', 'revision'] as const) {
        files[kind][side] = path.join(dir, `${kind}-${side}.json`);
        writeFileSync(files[kind][side], JSON.stringify(spec(side === 'revision', kind), null, 2));
      }
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const now = new Date('2026-01-01T00:00:00Z');

  /** Accepts one rule everywhere (a reason with a control character) and another under one operation. */
  async function configFor(kind: Kind): Promise<Config> {
    const plain = await analyze(files[kind].base, files[kind].revision, { now });
    const shared = plain.changes.filter((c) => c.edit && plain.changes.some((d) => d !== c && d.edit === c.edit));
    const ids = [...new Set(shared.map((c) => c.id))].sort();
    expect(ids.length).to.be.greaterThan(1);
    const config = emptyConfig();
    const reason = kind === 'hostile' ? 'known\u0007, see ::note' : 'known';
    config.accept = [
      { rule: ids[0]!, reason },
      { rule: ids[1]!, operation: shared.find((c) => c.id === ids[1])!.operation!, reason, expires: '2027-01-01' },
    ];
    return config;
  }

  /** The report made from the edits, with its flat changes made on no account, and the report made from changes. */
  async function reports(kind: Kind, options: AnalyzeOptions): Promise<{ edits: Report; flat: Report }> {
    const edits = await analyze(files[kind].base, files[kind].revision, options);
    const set = editsOf(edits);
    expect(set, 'made from the edits').to.not.equal(undefined);
    set!.changes = () => {
      throw new Error('a format made the flat per-operation changes');
    };
    const flat = await analyze(files[kind].base, files[kind].revision, { ...options, impact: (c: Change[]) => c });
    expect(editsOf(flat)).to.equal(undefined);
    return { edits, flat };
  }

  /** Calls of `Occurrence.change()` (a change made from an occurrence) while `run` runs. */
  function changesMade(run: () => void): number {
    const change = Object.getOwnPropertyDescriptor(Occurrence.prototype, 'change')!;
    let calls = 0;
    Object.defineProperty(Occurrence.prototype, 'change', {
      ...change,
      value(this: Occurrence) {
        calls++;
        return (change.value as () => Change).call(this);
      },
    });
    try {
      run();
    } finally {
      Object.defineProperty(Occurrence.prototype, 'change', change);
    }
    return calls;
  }

  for (const kind of KINDS) {
    for (const variant of ['plain', 'configured'] as const) {
      it(`print what the flat changes print, without making them (${kind}, ${variant})`, async () => {
        const options: AnalyzeOptions = { now };
        if (variant === 'configured') options.config = await configFor(kind);
        const { edits, flat } = await reports(kind, options);
        const occurrences = editsOf(edits)!.occurrences.length;
        expect(new Set(flat.changes.map((c) => c.edit)).size, 'some changes share an edit').to.be.lessThan(occurrences);
        for (const format of FORMATS) {
          let out = '';
          const made = changesMade(() => (out = FORMATTERS[format](edits, {})));
          expect(out, format).to.equal(FORMATTERS[format](flat, {}));
          // Its changes were not read: the report still has the edits.
          expect(editsOf(edits), format).to.not.equal(undefined);
          // Clean, a change is made only for an entry shown (none for junit, which reads the occurrences).
          if (kind === 'clean') expect(made, format).to.be.at.most(format === 'junit' ? 0 : occurrences / 2);
          // JSON holds the strings as JSON.stringify writes them (valid JSON; readers decode it).
          if (format !== 'json') expect(out, format).to.not.match(RAW_CONTROL);
          if (format === 'text' || format === 'junit') expect(out, format).to.not.include('::');
        }
      });
    }
  }

  for (const kind of KINDS) {
    it(`collapse the findings as the changes they make collapse (${kind})`, async () => {
      const config = await configFor(kind);
      // An acceptance that expired, of another rule than the two accepted: a third state within one edit.
      const plain = await analyze(files[kind].base, files[kind].revision, { now });
      const other = plain.changes.find((c) => c.edit && !config.accept.some((e) => e.rule === c.id));
      if (other)
        config.accept.push({ rule: other.id, operation: other.operation!, reason: 'old', expires: '2025-01-01' });
      const set = editsOf(await analyze(files[kind].base, files[kind].revision, { now, config }))!;
      // How a report prints its strings, applied to the changes as escaping applies it to a report.
      const show = (s: string) => `<${s}>`;
      const printed = (c: Change): Change => ({
        ...c,
        message: show(c.message),
        text: show(c.text!),
        ...(c.operation !== undefined ? { operation: show(c.operation) } : {}),
        ...(c.accepted
          ? { accepted: { reason: show(c.accepted.reason), expires: show(c.accepted.expires ?? '') } }
          : {}),
        ...(c.expiredAcceptance
          ? {
              expiredAcceptance: {
                reason: show(c.expiredAcceptance.reason),
                expires: show(c.expiredAcceptance.expires),
              },
            }
          : {}),
      });
      for (const print of [undefined, show]) {
        const changes = print ? set.changes().map(printed) : set.changes();
        const entries = collapse(changes);
        expect(entries.some((e) => e.count > 1 && e.varied)).to.equal(true);
        // Some entry shows another change than its first: a shorter message.
        expect(entries.some((e) => e.change !== e.changes[0])).to.equal(true);
        const flat = entries.map((e) => ({
          shown: e.change,
          count: e.count,
          operations: e.operations,
          varied: e.varied,
        }));
        const edits = collapseEdits(set, print).map((e) => ({
          shown: print ? printed(e.shown.change()) : e.shown.change(),
          count: e.count,
          operations: e.operations,
          varied: e.varied,
        }));
        expect(edits).to.deep.equal(flat);
      }
    });
  }

  it('escape every document string of the edits: names, values, operations and the messages made of them', async () => {
    const { edits } = await reports('hostile', { now, config: await configFor('hostile') });
    const out = Object.fromEntries(FORMATS.map((f) => [f, FORMATTERS[f](edits, {})]));
    // A value (the enum value added), a property name, an operation.
    expect(out.text).to.include('c\\u001b[2J').and.to.include('na\\nme').and.to.include('/e\\u0007f');
    expect(out.markdown).to.include('c\\u001b[2J');
    expect(out.changelog).to.include('add\\u2028ed');
    // `::` only as the formats write it: a workflow command's own, nowhere else in text and junit.
    for (const format of ['text', 'junit'] as const) expect(out[format], format).to.not.include('::');
    expect(out.text).to.include('/b:\\:c');
    expect(out.junit).to.include('GET /d:\\: ');
    for (const line of out.github!.trimEnd().split('\n')) {
      const command = /^::(error|warning|notice)( [^:]*)?::/.exec(line);
      expect(command, line).to.not.equal(null);
      expect(line.slice(command![0].length), line).to.not.include('::');
    }
    // An acceptance reason (from the config).
    expect(out.text).to.include('known\\u0007, see :\\:note');
  });

  it('escape a value of a message, and an operation that makes `::` of its message, when alone', async () => {
    const value = (await reports('value', { now })).edits;
    expect(FORMATTERS.text(value, {})).to.include('added `c\\u001b[2J` to the enum');
    expect(FORMATTERS.markdown(value, {})).to.include('added `c\\u001b[2J` to the enum');
    const colon = (await reports('colon', { now })).edits;
    expect(FORMATTERS.junit(colon, {})).to.include('GET /d:\\: ').and.not.include('::');
    expect(FORMATTERS.markdown(colon, {}), 'only `::` is escaped, and only for a CI runner').to.include('`GET /d:`');
  });
});

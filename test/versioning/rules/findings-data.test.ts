/**
 * Findings are data (issue #9): a finding carries its rule id, its site and the values of its
 * message, never the message itself; only versioning/report/ makes words (report/render.ts), and
 * nothing under versioning/rules/ imports it.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding, MessageValue } from '../../../versioning/model.ts';
import { loadSpec } from '../../../versioning/load/index.ts';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import { runRules } from '../../../versioning/rules/registry.ts';
import { code, list, words } from '../../../versioning/rules/framework.ts';
import { MessageRenderer } from '../../../versioning/report/render.ts';
import { listCases } from './harness.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out.sort();
}

/** Every value is data: a scalar, a path (strings), a phrase or a nested finding's values. */
function isData(v: MessageValue): boolean {
  if (typeof v !== 'object') return true;
  if (Array.isArray(v)) return v.every((s) => typeof s === 'string');
  return JSON.parse(JSON.stringify(v)) !== undefined && 'kind' in v;
}

/** Cases of every kind of site: plain, a subschema slot, inside `not`, a callback, a parameter. */
const CASES = [
  'request-narrowed-by-not',
  'request-widened-by-not',
  'request-property-min-length-increased--inside-then-subschema',
  'request-property-became-required--callback-subscriber-response',
  'request-property-then-added',
  'response-property-removed-before-sunset',
  'endpoint-added',
];

describe('findings are data', () => {
  it('runRules gives findings without message or text, whose values are data', async () => {
    const cases = listCases().filter((c) => CASES.includes(c.name));
    expect(cases.map((c) => c.name).sort()).to.deep.equal([...CASES].sort());
    let findings: Finding[] = [];
    let nested = 0;
    for (const c of cases) {
      const [base, revision] = await Promise.all([loadSpec(c.base), loadSpec(c.revision)]);
      const found = runRules(diffSpecs(base, revision), { now: new Date('2026-01-01T00:00:00Z') });
      expect(found.length, c.name).to.be.greaterThan(0);
      findings = findings.concat(found);
    }
    const renderer = new MessageRenderer();
    for (const f of findings) {
      expect(f).to.not.have.property('message');
      expect(f).to.not.have.property('text');
      for (const v of Object.values(f.params)) if (v !== undefined) expect(isData(v), f.id).to.equal(true);
      const detail = f.params.detail;
      if (typeof detail === 'object' && 'kind' in detail && detail.kind === 'finding') nested++;
      // Every finding renders (the values its template names are there).
      expect(renderer.text(f)).to.be.a('string').and.not.equal('');
    }
    expect(nested).to.be.greaterThan(0);
  });

  it("a finding's details are its structured site: the header's name, the property path as segments", async () => {
    const found = async (name: string): Promise<Finding[]> => {
      const c = listCases().find((k) => k.name === name);
      expect(c, name).to.not.equal(undefined);
      const [base, revision] = await Promise.all([loadSpec(c!.base), loadSpec(c!.revision)]);
      return runRules(diffSpecs(base, revision), { now: new Date('2026-01-01T00:00:00Z') });
    };
    const header = (await found('response-header-became-nullable')).find(
      (f) => f.id === 'response-header-became-nullable',
    );
    expect(header?.details).to.deep.include({ direction: 'response', area: 'response-header', header: 'X-Value' });
    for (const f of await found('response-property-type-changed--in-additional-properties')) {
      const d = f.details;
      if (d?.property === undefined) continue;
      expect(d.propertyPath, f.id).to.be.an('array').that.is.not.empty;
      // The segments joined as reports show them give the dotted path back.
      const joined = d.propertyPath!.reduce(
        (out, seg) => (seg === '[]' || seg === '{}' ? out + seg : out ? `${out}.${seg}` : seg),
        '',
      );
      expect(joined, f.id).to.equal(d.property);
    }
  });

  it('nothing under versioning/rules/ imports the renderer or any report module', () => {
    const offenders: string[] = [];
    for (const file of sources(join(ROOT, 'versioning', 'rules'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from\s+'([^']+)'/g)) {
        if (/(^|\/)report\//.test(m[1]!)) offenders.push(`${relative(ROOT, file)}: ${m[1]}`);
      }
    }
    expect(offenders).to.deep.equal([]);
  });

  it('the renderer renders a nested finding and throws on an unknown id', () => {
    const renderer = new MessageRenderer();
    const where = {
      kind: 'site' as const,
      root: { kind: 'root' as const, direction: 'request' as const, area: 'body' as const },
      path: ['a', '[]', 'b'],
    };
    const inner = {
      kind: 'finding' as const,
      id: 'request-property-max-length-decreased',
      params: { where, from: 5, to: 3 },
    };
    expect(renderer.render('request-narrowed-by-not', { detail: inner })).to.include(
      'property `a[].b` of the request body',
    );
    expect(() => renderer.render('no-such-rule', {})).to.throw('unknown rule id "no-such-rule"');
  });

  it('a value a family composes is data that cannot be used as text by mistake', () => {
    const value = words(code('a'), ' of ', list([1, 'b']));
    expect(new MessageRenderer().render('request-narrowed-by-not', { detail: value })).to.match(/^`a` of `1` and `b`;/);
    expect(() => `${code('a')}`).to.throw('a message value used as text');
    expect(JSON.parse(JSON.stringify(value))).to.deep.equal({
      kind: 'words',
      parts: [{ kind: 'code', value: 'a' }, ' of ', { kind: 'list', values: [1, 'b'] }],
    });
  });
});

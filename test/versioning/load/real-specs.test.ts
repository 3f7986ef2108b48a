import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { loadSpec, parsePointer } from '../../../versioning/load/index.ts';
import { HTTP_METHODS } from '../../../versioning/model.ts';
import type { LoadedSpec } from '../../../versioning/model.ts';
import { ROOT } from './helpers.ts';

const SPECS = path.resolve(ROOT, '../shared/bench/specs');
const FILES = [
  'stripe/2021-12-09.json',
  'stripe/2022-04-12.json',
  'github/2021-06-03.json',
  'github/2021-10-10.json',
  'box/2025-12-10.json',
  'box/2026-06-29.json',
  'twilio-api-v2010/2025-07-03.json',
  'twilio-api-v2010/2026-01-07.json',
];

type Node = Record<string, unknown>;
const isObject = (v: unknown): v is Node => v !== null && typeof v === 'object';

/** Walks every schema reachable from operations and components; counts leftover $refs and cycles. */
function survey(spec: LoadedSpec): { schemas: Node[]; leftoverRefs: string[]; cycles: number } {
  const seen = new Set<object>();
  const onStack = new Set<object>();
  const schemas: Node[] = [];
  const leftoverRefs: string[] = [];
  let cycles = 0;
  const schema = (s: unknown, where: string): void => {
    if (!isObject(s)) return;
    if (onStack.has(s)) cycles++;
    if (seen.has(s)) return;
    seen.add(s);
    onStack.add(s);
    schemas.push(s);
    if (typeof s.$ref === 'string') leftoverRefs.push(where);
    for (const key of ['properties', 'patternProperties'])
      if (isObject(s[key])) for (const [k, v] of Object.entries(s[key] as Node)) schema(v, `${where}/${key}/${k}`);
    for (const key of ['allOf', 'anyOf', 'oneOf'])
      if (Array.isArray(s[key])) (s[key] as unknown[]).forEach((v, i) => schema(v, `${where}/${key}/${i}`));
    for (const key of ['items', 'additionalProperties', 'not']) schema(s[key], `${where}/${key}`);
    onStack.delete(s);
  };
  const content = (c: unknown, where: string) => {
    if (isObject(c)) for (const [k, m] of Object.entries(c)) if (isObject(m)) schema(m.schema, `${where}/${k}/schema`);
  };
  const doc = spec.document as unknown as Node;
  for (const [p, item] of Object.entries((doc.paths ?? {}) as Node)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const where = `paths ${p} ${method}`;
      for (const param of [...((item.parameters as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])]) {
        if (!isObject(param) || typeof param.$ref === 'string') leftoverRefs.push(`${where} parameter`);
        else schema(param.schema, `${where} parameter ${String(param.name)}`);
      }
      if (isObject(op.requestBody)) content(op.requestBody.content, `${where} requestBody`);
      for (const [status, response] of Object.entries((op.responses ?? {}) as Node)) {
        if (!isObject(response) || typeof response.$ref === 'string') leftoverRefs.push(`${where} ${status}`);
        else content(response.content, `${where} ${status}`);
      }
    }
  }
  const components = (doc.components ?? {}) as Node;
  for (const [name, s] of Object.entries((components.schemas ?? {}) as Node)) schema(s, `#/components/schemas/${name}`);
  return { schemas, leftoverRefs, cycles };
}

describe('load: real-world specs (../shared/bench/specs)', function () {
  before(function () {
    if (!existsSync(SPECS)) {
      console.log(`    (skipped: ${SPECS} is absent)`);
      this.skip();
    }
  });

  for (const name of FILES) {
    it(`loads ${name}, resolving every schema $ref and locating nodes`, async function () {
      const file = path.join(SPECS, name);
      if (!existsSync(file)) this.skip();
      // Outside cwd, the file is named as given.
      const given = path.relative(ROOT, file);
      const spec = await loadSpec(given, { cwd: ROOT });
      expect(spec.dialect).to.equal('3.0');
      expect(spec.file).to.equal(given);
      const { schemas, leftoverRefs, cycles } = survey(spec);
      expect(leftoverRefs, leftoverRefs.slice(0, 5).join(', ')).to.deep.equal([]);
      expect(schemas.length).to.be.greaterThan(100);
      if (name.startsWith('stripe/')) expect(cycles, 'stripe has recursive schemas').to.be.greaterThan(0);

      // Every schema has an origin, and its line holds the key it is defined under.
      const lines = readFileSync(file, 'utf8').split('\n');
      const step = Math.max(1, Math.floor(schemas.length / 300));
      for (let i = 0; i < schemas.length; i += step) {
        const origin = spec.originOf(schemas[i]!);
        expect(origin, `origin of schema #${i}`).to.not.equal(undefined);
        const segments = parsePointer(origin!.pointer);
        const last = segments[segments.length - 1]!;
        const { line } = spec.locate(origin!);
        const expected = /^\d+$/.test(last) ? '' : JSON.stringify(last);
        expect(lines[line - 1], `${origin!.pointer} at line ${line}`).to.include(expected);
      }
    });
  }

  it('leaves https $refs inside GitHub example values alone (no allowRemote needed)', async function () {
    const file = path.join(SPECS, 'github/2021-10-10.json');
    if (!existsSync(file)) this.skip();
    const spec = await loadSpec(file, { cwd: ROOT });
    const examples = spec.document.components!.examples as Record<
      string,
      { value: { members: Array<{ $ref: string }> } }
    >;
    const members = examples['scim-enterprise-group']!.value.members;
    expect(members[0]!.$ref).to.match(/^https:\/\/api\.github\.com\/scim\/v2\/enterprises\//);
    expect(spec.raw()).to.have.nested.property('components.examples');
  });
});

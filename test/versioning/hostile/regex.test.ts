/**
 * Patterns that take exponential or polynomial time on a backtracking engine run on RE2 and
 * complete with the right verdict (issue 13). No timing assertions: a hang fails on the timeout.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { run } from '../../../versioning/cli/program.ts';
import { fakeIo } from '../cli/fake-io.ts';
import { pact, specYaml } from './cases.ts';

const SLOW: Array<[pattern: string, miss: string, hit: string]> = [
  ['^(a+)+$', 'a'.repeat(34) + '!', 'a'.repeat(34)],
  ['^(a*)*$', 'a'.repeat(34) + '!', 'a'.repeat(34)],
  ['^(\\w+\\s?)*$', 'ab '.repeat(30) + '!', 'ab '.repeat(30)],
  ['^(x+x+)+y$', 'x'.repeat(40), 'x'.repeat(40) + 'y'],
  ['^(.*a){20}$', 'a'.repeat(3000) + 'b', 'a'.repeat(3000)],
  ['\\d*\\d*\\d*\\d*x', '1'.repeat(3000), '1'.repeat(3000) + 'x'],
];

describe('hostile input: catastrophic patterns complete on RE2, with the right verdict', function () {
  this.timeout(120_000);
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'ck-regex-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const check = async (pattern: string, id: string, where: 'spec' | 'pact'): Promise<{ code: number; out: string }> => {
    const dir = mkdtempSync(path.join(root, 'case-'));
    const schema =
      where === 'spec'
        ? `{type: object, properties: {id: {type: string, pattern: ${JSON.stringify(pattern)}}}}`
        : undefined;
    writeFileSync(path.join(dir, 'spec.yaml'), specYaml(schema === undefined ? {} : { schema }));
    const rules = { matchingRules: { '$.body.id': { match: 'regex', regex: pattern } } };
    writeFileSync(path.join(dir, 'pact.json'), where === 'spec' ? pact({ id }) : pact({ id }, rules));
    const io = fakeIo({ cwd: dir, env: {} });
    const code = await run(['check-pacts', '--spec', 'spec.yaml', '--pacts', 'pact.json'], io);
    return { code, out: io.out() + io.err() };
  };

  for (const [pattern, miss, hit] of SLOW) {
    it(`the spec pattern ${pattern}: a near miss is incompatible, a match is not`, async () => {
      const bad = await check(pattern, miss, 'spec');
      expect(bad.code, bad.out).to.equal(1);
      expect(bad.out).to.include('pattern');
      const good = await check(pattern, hit, 'spec');
      expect(good.code, good.out).to.equal(0);
    });
  }

  it('a pact regex matcher ^(a+)+$ completes', async () => {
    const result = await check('^(a+)+$', 'a'.repeat(34), 'pact');
    expect(result.code, result.out).to.equal(0);
  });
});

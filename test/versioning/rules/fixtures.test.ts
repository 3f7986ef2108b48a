import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import {
  caseRule,
  listCases,
  runCase,
  runCasePinned,
  sortPinned,
  type FixtureCase,
  type PinnedSide,
} from './harness.ts';

/**
 * Where the walk along `pointer` in a YAML file meets an alias (`*name`) or a merge key (`<<`):
 * the node reached is then written elsewhere, so the fixture's file:line would point at the anchor,
 * not at the edited node. Undefined when the path is written out (or the file is not YAML).
 */
function aliasOnPath(file: string, pointer: string): string | undefined {
  if (!/\.ya?ml$/.test(file)) return undefined;
  const doc = parseDocument(readFileSync(file, 'utf8'), { merge: true });
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc.contents;
  for (const [i, segment] of segments.entries()) {
    if (isAlias(node)) return `/${segments.slice(0, i).join('/')} is an alias`;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) {
        const merged = node.items.some((p) => isScalar(p.key) && p.key.value === '<<');
        return merged ? `${segment} comes from a merge key (<<)` : undefined;
      }
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  return isAlias(node) ? `${pointer} is an alias` : undefined;
}

function checkPath(c: FixtureCase, file: string, pointer: string): void {
  const hidden = aliasOnPath(file, pointer);
  expect(hidden, `${c.name}: ${file} ${pointer}: write the edited node out instead of a YAML alias`).to.equal(
    undefined,
  );
}

function checkSide(c: FixtureCase, side: PinnedSide | null | undefined): void {
  if (side) checkPath(c, join(c.dir, side.at.replace(/:\d+$/, '')), side.pointer);
}

describe('rule fixtures (test/fixtures/rules/<rule-id>)', () => {
  for (const c of listCases()) {
    it(`${c.name}`, async () => {
      const unpinned = c.expected.findings.filter((f) => f.base === undefined || f.revision === undefined);
      expect(
        unpinned,
        `${c.name}: not pinned; run npm run fixtures:pin -- ${c.name}, then review expected.json`,
      ).to.deep.equal([]);
      const got = await runCasePinned(c);
      expect(got).to.deep.equal(sortPinned(c.expected.findings));
      if (c.expected.findings.length > 0) {
        expect(
          got.map((f) => f.id),
          `case ${c.name} should prove rule ${caseRule(c.name)}`,
        ).to.include(caseRule(c.name));
      }
      // Neither the place reported nor the path through the operation may pass through an alias
      // (an aliased node is located at its anchor: the fixture would pin the wrong line).
      for (const f of got) {
        checkSide(c, f.base);
        checkSide(c, f.revision);
      }
      for (const f of await runCase(c)) {
        if (f.base) checkPath(c, c.base, f.base.pointer);
        if (f.revision) checkPath(c, c.revision, f.revision.pointer);
      }
    });
  }
});

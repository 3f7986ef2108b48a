/**
 * The peer corpus: 248 spec pairs from oasdiff's own tests, each with the breaking / not-breaking
 * verdict oasdiff's tests assert (../shared/corpus/oasdiff, see its README). Every case runs
 * through the whole engine; the test prints the agreement and holds it to >= 95%.
 *
 * A case where we disagree must be listed in disagreements.json with a one-line reason why our
 * verdict is the better one; a listed case that agrees again fails too, so the list stays true.
 * No corpus file is special-cased anywhere in the engine.
 */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../versioning/engine.ts';

const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'oasdiff');
const DISAGREEMENTS = join(import.meta.dirname, 'disagreements.json');
/** The corpus's sunset dates are 2022-... (past) or 9999-... (future); any "today" between works. */
const NOW = new Date('2026-06-01T00:00:00Z');

interface Case {
  case: string;
  base: string;
  revision: string;
  breaking: boolean;
  oasdiffRules: string[];
  scope: string;
}

describe('peer corpus: oasdiff verdicts (../shared/corpus/oasdiff)', function () {
  this.timeout(300_000);
  const results: Array<{ name: string; expected: boolean; ours: boolean | 'error'; ids: string[]; error?: string }> =
    [];

  before(async function () {
    if (!existsSync(join(CORPUS, 'manifest.json'))) {
      console.log(`      (skipped: ${CORPUS} not found; the peer corpus lives in ../shared beside the project)`);
      this.skip();
    }
    const cases = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as Case[];
    for (const c of cases) {
      try {
        const report = await analyze(join(CORPUS, c.base), join(CORPUS, c.revision), { now: NOW });
        const breaking = report.changes.filter((ch) => ch.level === 'breaking');
        results.push({
          name: c.case,
          expected: c.breaking,
          ours: breaking.length > 0,
          ids: [...new Set(report.changes.map((ch) => `${ch.id}:${ch.level}`))],
        });
      } catch (err) {
        results.push({
          name: c.case,
          expected: c.breaking,
          ours: 'error',
          ids: [],
          error: err instanceof Error ? err.message : String(err),
        });
      }
    }
  });

  it('agrees with oasdiff on >= 95% of the breaking / not-breaking verdicts', () => {
    const agree = results.filter((r) => r.ours === r.expected).length;
    const pct = (100 * agree) / results.length;
    console.log(`      corpus agreement: ${agree}/${results.length} (${pct.toFixed(1)}%)`);
    expect(pct).to.be.at.least(95);
  });

  it('loads every corpus pair without an input error', () => {
    const errors = results.filter((r) => r.ours === 'error').map((r) => `${r.name}: ${r.error}`);
    expect(errors).to.deep.equal([]);
  });

  it('lists every disagreement, with a reason, in disagreements.json (and nothing that agrees)', () => {
    const listed = JSON.parse(readFileSync(DISAGREEMENTS, 'utf8')) as Record<string, string>;
    const disagree = results.filter((r) => r.ours !== r.expected);
    const unlisted = disagree
      .filter((r) => !(r.name in listed))
      .map(
        (r) =>
          `${r.name}: oasdiff says ${r.expected ? 'breaking' : 'not breaking'}, ` +
          `we say ${r.ours === 'error' ? 'error' : r.ours ? 'breaking' : 'not breaking'} ` +
          `[${r.ids.join(', ')}]`,
      );
    const stale = Object.keys(listed).filter((name) => !disagree.some((r) => r.name === name));
    expect(unlisted, 'disagreements not listed').to.deep.equal([]);
    expect(stale, 'listed but agreeing now: remove from disagreements.json').to.deep.equal([]);
    for (const [name, reason] of Object.entries(listed))
      expect(reason, name).to.be.a('string').with.length.greaterThan(20);
  });
});

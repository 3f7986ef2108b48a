/**
 * Rule ids (issue #9): the set of ids is pinned, the catalogue and the registry hold the same
 * ids, each id is written once as a catalogue key, and an id that is not a rule throws where it is
 * emitted rather than being dropped.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES } from '../../../versioning/rules/messages.ts';
import { RULES } from '../../../versioning/rules/registry.ts';
import { finding, render, type RuleId, type SchemaSite } from '../../../versioning/rules/framework.ts';
import { emitAt } from '../../../versioning/rules/schema-common.ts';

/** Change it with the rules: adding or removing a rule is a deliberate act, visible in review. */
const RULE_COUNT = 676;

const CATALOGUE_DIR = join(import.meta.dirname, '..', '..', '..', 'versioning', 'rules', 'messages');

describe('rule ids', () => {
  it(`there are ${RULE_COUNT} rules`, () => {
    expect(RULES.length).to.equal(RULE_COUNT);
    expect(new Set(RULES.map((r) => r.id)).size).to.equal(RULE_COUNT);
  });

  it('the message catalogue and the registry hold the same ids', () => {
    expect(Object.keys(MESSAGES).sort()).to.deep.equal(RULES.map((r) => r.id).sort());
  });

  it('each id is written literally exactly once as a catalogue key (versioning/rules/messages/)', () => {
    const text = readdirSync(CATALOGUE_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(CATALOGUE_DIR, f), 'utf8'))
      .join('\n');
    const keys = [...text.matchAll(/^ {2}'([a-z0-9-]+)': \{/gm)].map((m) => m[1]!);
    const seen = new Map<string, number>();
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n !== 1)).to.deep.equal([]);
    expect([...seen.keys()].sort()).to.deep.equal(RULES.map((r) => r.id).sort());
  });

  it('an unknown id throws where it is rendered or emitted', () => {
    const bogus = 'no-such-rule' as RuleId;
    expect(() => render(bogus, {})).to.throw('unknown rule id "no-such-rule"');
    expect(() => finding(bogus, {})).to.throw('unknown rule id "no-such-rule"');
    const site = { prefix: 'request-body', direction: 'request', readOnly: false, writeOnly: false } as SchemaSite;
    const sd = { base: undefined, revision: undefined };
    expect(() => emitAt([], site, sd, 'max-lenght-decreased')).to.throw(
      'unknown rule id "request-body-max-lenght-decreased"',
    );
    // A change with rules at other sites only is not an error: most suffixes exist for a few prefixes.
    const out: unknown[] = [];
    emitAt(out as never, site, sd, 'min-length-unset');
    expect(out).to.have.length(0);
  });
});

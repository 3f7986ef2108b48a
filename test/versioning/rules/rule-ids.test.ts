/**
 * Rule ids (issue #9): the set of ids is pinned, the catalogue and the registry hold the same
 * ids, each id is written literally once in versioning/ (at its catalogue entry; code names rules
 * through `R` and the schema families' `V`), no id is assembled from pieces, and an id that is not
 * a rule throws where it is emitted rather than being dropped.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript-classic';
import { sources } from '../sources.ts';
import { CATALOGUE, R, SECTIONS } from '../../../versioning/rules/catalogue.ts';
import { FAMILIES, RULES } from '../../../versioning/rules/registry.ts';
import { finding, type RuleId, type SchemaSite } from '../../../versioning/rules/framework.ts';
import { renderMessage } from '../../../versioning/report/render.ts';
import { emitAt, ruleAt } from '../../../versioning/rules/schema-common.ts';
import { V, type Variants } from '../../../versioning/rules/schema-variants.ts';

/** Change it with the rules: adding or removing a rule is a deliberate act, visible in review. */
const RULE_COUNT = 676;

const ROOT = join(import.meta.dirname, '..', '..', '..');
const IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

interface Scan {
  /** Every string literal that is a rule id, with where it is. */
  literals: Map<string, string[]>;
  /** Template literals and `+` chains whose fixed pieces could spell a rule id, and casts to `RuleId`. */
  pieces: string[];
}

/** `${a}-added`, `'request-' + x`: the pattern of the strings an expression builds, its dynamic parts as wildcards. */
function idPattern(parts: ReadonlyArray<string | undefined>): RegExp | undefined {
  const fixed = parts.filter((p) => p !== undefined).join('');
  // A piece of an id joins words with a dash (`-added`, `request-`); dates, paths and messages do not.
  if (!/[a-z]-|-[a-z]/.test(fixed)) return undefined;
  const re = parts.map((p) => (p === undefined ? '[a-z0-9-]*' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${re}$`);
}

/** The parts of a `+` chain: string literals as text, anything else as undefined. */
function plusParts(n: ts.Expression): Array<string | undefined> {
  if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return [...plusParts(n.left), ...plusParts(n.right)];
  if (ts.isParenthesizedExpression(n)) return plusParts(n.expression);
  return [ts.isStringLiteralLike(n) ? n.text : undefined];
}

function scan(): Scan {
  const literals = new Map<string, string[]>();
  const pieces: string[] = [];
  for (const file of sources(join(ROOT, 'versioning'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const check = (n: ts.Node, parts: ReadonlyArray<string | undefined>) => {
      const re = idPattern(parts);
      const hit = re && [...IDS].find((id) => re.test(id));
      if (hit) pieces.push(`${where(n)}: ${n.getText().replace(/\s+/g, ' ')} (can spell ${hit})`);
    };
    const visit = (n: ts.Node): void => {
      if (ts.isStringLiteralLike(n) && IDS.has(n.text)) {
        // `spec.oasdiff` names oasdiff's rule, another catalogue; 7 of ours share oasdiff's id of a broader rule.
        const oasdiff = ts.isPropertyAssignment(n.parent) && n.parent.name.getText() === 'oasdiff';
        if (!oasdiff) literals.set(n.text, [...(literals.get(n.text) ?? []), where(n)]);
      } else if (ts.isTemplateExpression(n)) {
        const parts: Array<string | undefined> = [n.head.text];
        for (const span of n.templateSpans) parts.push(undefined, span.literal.text);
        check(n, parts);
      } else if (
        ts.isBinaryExpression(n) &&
        n.operatorToken.kind === ts.SyntaxKind.PlusToken &&
        !(ts.isBinaryExpression(n.parent) && n.parent.operatorToken.kind === ts.SyntaxKind.PlusToken)
      ) {
        check(n, plusParts(n));
      } else if (
        (ts.isAsExpression(n) || ts.isTypeAssertionExpression(n)) &&
        n.type.getText() === 'RuleId' &&
        !relative(ROOT, file).endsWith('rules/framework.ts')
      ) {
        pieces.push(`${where(n)}: ${n.getText()} (a cast to RuleId: name the rule through R or V instead)`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, pieces };
}

describe('rule ids', () => {
  it(`there are ${RULE_COUNT} rules`, () => {
    expect(RULES.length).to.equal(RULE_COUNT);
    expect(IDS.size).to.equal(RULE_COUNT);
  });

  it('the catalogue and the registry hold the same ids, each family its own section', () => {
    expect(Object.keys(CATALOGUE).sort()).to.deep.equal([...IDS].sort());
    expect(FAMILIES.map((f) => f.name).sort()).to.deep.equal(Object.keys(SECTIONS).sort());
    for (const f of FAMILIES)
      expect(
        f.rules.map((r) => r.id),
        f.name,
      ).to.deep.equal(Object.keys(SECTIONS[f.name as keyof typeof SECTIONS]));
  });

  it('R names every rule once: R.someRule is the id some-rule', () => {
    const names = Object.entries(R);
    expect(names).to.have.length(RULE_COUNT);
    for (const [name, id] of names)
      expect(id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())).to.equal(name);
  });

  const { literals, pieces } = scan();

  it('each id is written literally once in versioning/, at its catalogue entry', () => {
    const twice = [...literals].filter(([, at]) => at.length > 1).map(([id, at]) => `${id}: ${at.join(', ')}`);
    expect(twice).to.deep.equal([]);
    const misplaced = [...literals]
      .filter(([, at]) => !at[0]!.startsWith('versioning/rules/catalogue/'))
      .map(([id, at]) => `${id}: ${at.join(', ')}`);
    expect(misplaced).to.deep.equal([]);
    expect([...literals.keys()].sort()).to.deep.equal([...IDS].sort());
  });

  it('no id is assembled from pieces (template literals, `+`, casts to RuleId)', () => {
    expect(pieces).to.deep.equal([]);
  });

  it('the scan sees pieces that spell ids (the check above is not vacuous)', () => {
    const re = idPattern(['response-', undefined, '-removed']);
    expect([...IDS].some((id) => re!.test(id))).to.equal(true);
    expect(idPattern([undefined, '-', undefined, '-', undefined])).to.equal(undefined);
  });

  it('an unknown id throws where it is rendered or emitted', () => {
    const bogus = 'no-such-rule' as RuleId;
    expect(() => renderMessage(bogus, {})).to.throw('unknown rule id "no-such-rule"');
    expect(() => finding(bogus, {})).to.throw('unknown rule id "no-such-rule"');
    const site = { prefix: 'request-body', direction: 'request', readOnly: false, writeOnly: false } as SchemaSite;
    const sd = { base: undefined, revision: undefined };
    // A table that is not one of V's (built on the fly, or an id misspelt through a cast).
    const misspelt = { 'request-body': 'request-body-max-lenght-decreased' } as unknown as Variants;
    expect(() => emitAt([], site, sd, misspelt)).to.throw('unknown rule id');
    expect(() => ruleAt(site, misspelt)).to.throw('unknown rule id');
    expect(() => emitAt([], site, sd, undefined as unknown as Variants)).to.throw('unknown rule id');
    // A change with rules at other sites only is not an error: most changes have rules for a few prefixes.
    const out: unknown[] = [];
    emitAt(out as never, site, sd, V.minLengthUnset);
    expect(out).to.have.length(0);
    expect(ruleAt(site, V.maxLengthDecreased)).to.equal(R.requestBodyMaxLengthDecreased);
  });
});

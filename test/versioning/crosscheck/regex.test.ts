import { expect } from 'chai';
import { compilePattern, runsLinear } from '../../../versioning/crosscheck/regex.ts';

describe('crosscheck: patterns run on RE2', () => {
  it('completes polynomial and exponential patterns with the right verdict', () => {
    const cases: Array<[string, string, boolean]> = [
      ['^(a+)+$', 'a'.repeat(40) + '!', false],
      ['^(a+)+$', 'a'.repeat(40), true],
      ['^(.*a){20}$', 'a'.repeat(20_000) + 'b', false],
      ['^(.*a){20}$', 'a'.repeat(20_000), true],
      ['\\d*\\d*\\d*\\d*x', '1'.repeat(50_000), false],
      ['\\d*\\d*\\d*\\d*x', '1'.repeat(50_000) + 'x', true],
    ];
    for (const [pattern, value, expected] of cases) {
      const compiled = compilePattern(pattern);
      expect(compiled.linear, pattern).to.equal(true);
      expect(compiled.tester.test(value), pattern).to.equal(expected);
    }
  });

  it('keeps ECMA-262 syntax: escapes RE2 spells otherwise, named groups; rejects what JavaScript rejects', () => {
    expect(compilePattern('^[\\u0041-\\u005A]+$').tester.test('ABC')).to.equal(true);
    expect(compilePattern('^(?<year>\\d{4})$').tester.test('2024')).to.equal(true);
    expect(compilePattern('^\\p{L}+$').tester.test('héllo')).to.equal(true);
    expect(() => compilePattern('\\Aabc\\z')).to.throw(SyntaxError);
  });

  it('falls back to JavaScript for lookaround and backreferences', () => {
    expect(runsLinear('^(?=a)a$')).to.equal(false);
    expect(runsLinear('^(a)\\1$')).to.equal(false);
    expect(compilePattern('^(a)\\1$').tester.test('aa')).to.equal(true);
    expect(runsLinear('^[a-z]+$')).to.equal(true);
  });
});

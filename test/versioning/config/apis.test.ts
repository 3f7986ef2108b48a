/** `.contract-kit.yaml`: `apis:` and `filter:` are validated with one-line errors that name the line and the fix. */
import { expect } from 'chai';
import { parseConfig } from '../../../versioning/config/parse.ts';
import { InputError } from '../../../versioning/model.ts';

const FILE = '.contract-kit.yaml';
const parse = (text: string) => parseConfig(text, FILE, ['endpoint-removed']);
const errorOf = (text: string): string => {
  try {
    parse(text);
  } catch (err) {
    expect(err).to.be.instanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('config: apis and filter', () => {
  it('reads the APIs and the filters', () => {
    const config = parse(
      'filter:\n  dropExtensions: [x-internal]\napis:\n  - name: users\n    spec: ' +
        'a.yaml\n    pacts: pacts\n    filter:\n      includePaths: ["/users/**"]\n ' +
        ' - name: orders\n    spec: b.yaml\n',
    );
    expect(config.filter).to.deep.equal({ dropExtensions: ['x-internal'] });
    expect(config.apis).to.deep.equal([
      { name: 'users', spec: 'a.yaml', pacts: 'pacts', filter: { includePaths: ['/users/**'] } },
      { name: 'orders', spec: 'b.yaml' },
    ]);
  });

  const bad: Array<[string, string, string]> = [
    [
      'a misspelt API key',
      'apis:\n  - name: a\n    spec: a.yaml\n    pact: p\n',
      '.contract-kit.yaml:4: apis[0]: unknown key "pact"; did you mean pacts? ' +
        '(known keys: name, spec, pacts, provider, filter)',
    ],
    ['an API without a spec', 'apis:\n  - name: a\n', '.contract-kit.yaml:2: apis[0]: missing "spec"'],
    [
      'two APIs with one name',
      'apis:\n  - name: a\n    spec: a.yaml\n  - name: a\n    spec: b.yaml\n',
      '.contract-kit.yaml:4: apis[1].name: "a" is already the name of apis[0]; give each API its own name',
    ],
    [
      'pacts: broker without provider',
      'apis:\n  - name: a\n    spec: a.yaml\n    pacts: broker\n',
      '.contract-kit.yaml:4: apis[0]: pacts: broker needs provider: <name>, the provider whose pacts to fetch',
    ],
    [
      'an extension without x-',
      'filter:\n  dropExtensions: [internal]\n',
      '.contract-kit.yaml:2: filter.dropExtensions[0] must be an extension name starting with x- (got "internal")',
    ],
    [
      'a misspelt filter key',
      'filter:\n  excludePath: [a]\n',
      '.contract-kit.yaml:2: filter: unknown key "excludePath"; did you mean ' +
        'excludePaths? (known keys: includePaths, excludePaths, dropExtensions)',
    ],
    ['an empty list of APIs', 'apis: []\n', '.contract-kit.yaml:1: apis must list at least one entry'],
  ];
  for (const [name, text, message] of bad)
    it(`rejects ${name} in one line`, () => expect(errorOf(text)).to.equal(message));
});

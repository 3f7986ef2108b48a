import { expect } from 'chai';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { loadConfig } from '../../../versioning/config/load.ts';
import { parseConfig } from '../../../versioning/config/parse.ts';
import { CONFIG_SCHEMA } from '../../../versioning/config/schema.ts';
import { nearest, editDistance } from '../../../versioning/config/nearest.ts';
import { InputError } from '../../../versioning/model.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/config');
const IDS = [
  'endpoint-added',
  'endpoint-removed',
  'response-property-removed',
  'request-parameter-became-required',
  'response-property-type-changed',
];
const FILE = '.contract-kit.yaml';

function errorOf(text: string): InputError {
  try {
    parseConfig(text, FILE, IDS);
  } catch (err) {
    expect(err).to.be.instanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

describe('config: parseConfig', () => {
  it('reads failOn, overrides and acceptances with their lines', () => {
    const text = [
      'failOn: warning',
      'rules:',
      '  response-property-removed: warning',
      '  endpoint-added: off',
      'accept:',
      '  - rule: endpoint-removed',
      '    operation: "delete  /users/{id}"',
      '    reason: " no traffic "',
      '    expires: 2025-12-31',
      '',
    ].join('\n');
    expect(parseConfig(text, FILE, IDS)).to.deep.equal({
      file: FILE,
      failOn: 'warning',
      rules: { 'response-property-removed': 'warning', 'endpoint-added': 'off' },
      accept: [
        {
          rule: 'endpoint-removed',
          operation: 'delete /users/{id}',
          reason: 'no traffic',
          expires: '2025-12-31',
          declaredAt: { file: FILE, line: 6 },
        },
      ],
    });
  });

  it('treats an empty file or a comment-only file as no configuration', () => {
    expect(parseConfig('', FILE, IDS)).to.deep.equal({ file: FILE, rules: {}, accept: [] });
    expect(parseConfig('# nothing yet\n', FILE, IDS)).to.deep.equal({ file: FILE, rules: {}, accept: [] });
  });

  const bad: Array<[string, string, string]> = [
    [
      'an unknown rule id names the nearest known id',
      'rules:\n  endpoint-added: info\n  response-property-removd: warning\n',
      '.contract-kit.yaml:3: rules: unknown rule id ' +
        '"response-property-removd"; did you mean response-property-removed? ' +
        '(see `contract-kit rules`)',
    ],
    [
      'an unknown rule id in accept',
      'accept:\n  - rule: endpoint-remove\n    reason: x\n',
      '.contract-kit.yaml:2: accept[0].rule: unknown rule id ' +
        '"endpoint-remove"; did you mean endpoint-removed? (see `contract-kit ' +
        'rules`)',
    ],
    [
      'an unknown top-level key',
      'failOn: breaking\nfail_on: warning\n',
      '.contract-kit.yaml:2: unknown key "fail_on"; did you mean failOn? ' +
        '(known keys: failOn, rules, accept, deprecation, filter, apis)',
    ],
    [
      'an unknown key in an acceptance',
      'accept:\n  - rule: endpoint-removed\n    reason: x\n    expire: 2025-01-01\n',
      '.contract-kit.yaml:4: accept[0]: unknown key "expire"; did you mean ' +
        'expires? (known keys: rule, operation, reason, expires)',
    ],
    [
      'a bad level',
      'rules:\n  endpoint-added: error\n',
      '.contract-kit.yaml:2: rules.endpoint-added must be one of breaking, warning, info, off (got "error")',
    ],
    [
      'a bad failOn',
      'failOn: errors\n',
      '.contract-kit.yaml:1: failOn must be one of breaking, warning, info (got "errors")',
    ],
    [
      'an acceptance without a reason',
      'accept:\n  - rule: endpoint-removed\n    operation: DELETE /users/{id}\n',
      '.contract-kit.yaml:2: accept[0]: missing "reason"; say why the change is accepted',
    ],
    [
      'an empty reason',
      'accept:\n  - rule: endpoint-removed\n    reason: ""\n',
      '.contract-kit.yaml:3: accept[0].reason must not be empty',
    ],
    [
      'a bad expiry date',
      'accept:\n  - rule: endpoint-removed\n    reason: x\n    expires: next week\n',
      '.contract-kit.yaml:4: accept[0].expires must be a date like 2025-12-31 (got "next week")',
    ],
    [
      'an impossible date',
      'accept:\n  - rule: endpoint-removed\n    reason: x\n    expires: 2025-02-30\n',
      '.contract-kit.yaml:4: accept[0].expires must be a date like 2025-12-31 (got "2025-02-30")',
    ],
    [
      'an operation without a method',
      'accept:\n  - rule: endpoint-removed\n    reason: x\n    operation: /users\n',
      '.contract-kit.yaml:4: accept[0].operation must be "METHOD /path", e.g. "GET /users/{id}", or a callback ' +
        'or webhook as reports name it ("POST /subscriptions -> callback onEvent -> POST ' +
        '{$request.body#/callbackUrl}", "WEBHOOK newBook") (got "/users")',
    ],
    [
      'rules that are not a mapping',
      'rules:\n  - endpoint-added\n',
      '.contract-kit.yaml:2: rules must be a mapping (got ["endpoint-added"])',
    ],
    [
      'accept that is not a list',
      'accept:\n  rule: endpoint-removed\n',
      '.contract-kit.yaml:2: accept must be a list (got {"rule":"endpoint-removed"})',
    ],
    [
      'a file that is a list',
      '- a\n- b\n',
      '.contract-kit.yaml:1: the configuration must be a mapping (got ["a","b"])',
    ],
    [
      'malformed YAML',
      'rules:\n  endpoint-added: [warning\n',
      '.contract-kit.yaml:3:1: invalid YAML: Flow sequence in block ' +
        'collection must be sufficiently indented and end with a ]',
    ],
    [
      'duplicate keys',
      'failOn: breaking\nfailOn: warning\n',
      '.contract-kit.yaml:2:1: invalid YAML: Map keys must be unique',
    ],
  ];
  for (const [name, text, message] of bad) {
    it(`rejects ${name} in one line`, () => {
      const err = errorOf(text);
      expect(err.message).to.equal(message);
      expect(err.message).to.not.include('\n');
      expect(err.file).to.equal(FILE);
    });
  }

  it('reports the first problem in file order when there are several', () => {
    expect(errorOf('failOn: nope\nrules:\n  endpoint-added: nope\n').message).to.match(
      /^\.contract-kit\.yaml:1: failOn/,
    );
  });

  it('says so when no rules are registered', () => {
    expect(() => parseConfig('rules:\n  x: info\n', FILE, [])).to.throw(
      '.contract-kit.yaml:2: rules: unknown rule id "x"; no rules are registered (see `contract-kit rules`)',
    );
  });

  it('the JSON Schema itself is valid draft-07 (strict ajv)', () => {
    const ajv = new Ajv({ strict: true, validateFormats: false });
    expect(() => ajv.compile(CONFIG_SCHEMA)).to.not.throw();
  });
});

describe('config: loadConfig', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ck-config-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('uses .contract-kit.yaml in the working directory', async () => {
    await writeFile(path.join(dir, '.contract-kit.yaml'), 'failOn: info\n');
    expect(await loadConfig({ cwd: dir }, IDS)).to.deep.equal({
      file: '.contract-kit.yaml',
      failOn: 'info',
      rules: {},
      accept: [],
    });
  });

  it('returns the empty configuration when there is no file', async () => {
    expect(await loadConfig({ cwd: dir }, IDS)).to.deep.equal({ rules: {}, accept: [] });
  });

  it('reads an explicit file, relative to the working directory', async () => {
    await mkdir(path.join(dir, 'ci'));
    await writeFile(path.join(dir, 'ci', 'ck.yaml'), 'rules:\n  endpoint-added: off\n');
    expect(await loadConfig({ cwd: dir, file: 'ci/ck.yaml' }, IDS)).to.deep.equal({
      file: 'ci/ck.yaml',
      rules: { 'endpoint-added': 'off' },
      accept: [],
    });
  });

  it('fails on a missing explicit file, naming it', async () => {
    const err = await loadConfig({ cwd: dir, file: 'nope.yaml' }, IDS).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(InputError);
    expect((err as Error).message).to.equal('nope.yaml: config file not found; check the --config path');
  });

  it('fails on a directory given as --config', async () => {
    const err = await loadConfig({ cwd: dir, file: '.' }, IDS).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((err as Error).message).to.equal('.: is a directory; --config takes a YAML file');
  });

  it('loads the fixture configurations', async () => {
    const valid = await loadConfig({ cwd: FIXTURES, file: 'valid.contract-kit.yaml' }, IDS);
    expect(valid.failOn).to.equal('warning');
    expect(valid.accept.map((a) => a.declaredAt?.line)).to.deep.equal([7, 11]);
    const err = await loadConfig({ cwd: FIXTURES, file: 'unknown-rule.contract-kit.yaml' }, IDS).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((err as Error).message).to.equal(
      'unknown-rule.contract-kit.yaml:4: rules: unknown rule id ' +
        '"response-property-removd"; did you mean response-property-removed? ' +
        '(see `contract-kit rules`)',
    );
  });
});

describe('config: nearest', () => {
  it('finds the closest candidate by edit distance, case-insensitively', () => {
    expect(editDistance('kitten', 'sitting')).to.equal(3);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(nearest('FAILON', ['rules', 'failOn', 'accept'])).to.equal('failOn');
    expect(nearest('x', [])).to.equal(undefined);
  });
});

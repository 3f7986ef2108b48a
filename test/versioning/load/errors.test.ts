import { expect } from 'chai';
import { loadSpec, loadSpecFromText } from '../../../versioning/load/index.ts';
import { fixture, inputError, lineOf, ROOT } from './helpers.ts';

const fromText = (text: string, name = 'spec.yaml') => loadSpecFromText(text, name, { cwd: ROOT });
const HEAD = 'openapi: 3.0.3\ninfo: { title: t, version: "1.0.0" }\n';

describe('load: refused documents', () => {
  it('refuses Swagger 2.0 with the conversion command', async () => {
    const error = await inputError(loadSpec(fixture('swagger2.json'), { cwd: ROOT }));
    expect(error.message).to.equal(
      'test/fixtures/load/swagger2.json:2:3: swagger 2.0 is not supported (at ' +
        '#/swagger); convert it to OpenAPI 3 first (npx swagger2openapi ' +
        'test/fixtures/load/swagger2.json --outfile openapi.yaml)',
    );
  });

  it('refuses documents that are not OpenAPI 3.0/3.1, with the reason', async () => {
    expect((await inputError(fromText('- a\n- b\n'))).message).to.match(
      /^spec\.yaml:1:1: the document must be a mapping, found a list; /,
    );
    expect((await inputError(fromText('"just text"\n'))).message).to.include(
      'the document must be a mapping, found the string "just text"',
    );
    expect((await inputError(fromText('title: x\n'))).message).to.match(
      /^spec\.yaml:1:1: not an OpenAPI document: no 'openapi' field; add `openapi: 3\.1\.0`/,
    );
    expect((await inputError(fromText('asyncapi: 2.6.0\ninfo: {}\n'))).message).to.include(
      'AsyncAPI documents are not supported',
    );
    const numeric = await inputError(fromText('openapi: 3.0\ninfo: { title: t, version: "1" }\npaths: {}\n'));
    expect(numeric.message).to.match(
      /^spec\.yaml:1:1: 'openapi' must be a string, found the number 3 \(at #\/openapi\); quote it/,
    );
    const v32 = await inputError(fromText('openapi: 3.2.0\ninfo: { title: t, version: "1" }\npaths: {}\n'));
    expect(v32.message).to.include('OpenAPI version "3.2.0" is not supported');
    expect((await inputError(fromText('openapi: "2.5"\ninfo: {}\n'))).message).to.include(
      'OpenAPI version "2.5" is not supported',
    );
    expect((await inputError(fromText('openapi: "3.1"\ninfo: {}\n'))).message).to.include(
      'write the full version, e.g. "3.1.0"',
    );
  });

  it('checks info, paths and components', async () => {
    // A missing info.version loads: the version check reports it ("the base document has no info.version").
    expect((await fromText('openapi: 3.0.3\ninfo:\n  title: t\npaths: {}\n')).document.info.version).to.equal(
      undefined,
    );
    expect(
      (await fromText('openapi: 3.0.3\ninfo:\n  title: t\n  version:\npaths: {}\n')).document.info.version,
    ).to.equal(undefined);
    const numberVersion = await inputError(fromText('openapi: 3.0.3\ninfo:\n  title: t\n  version: 1.0\npaths: {}\n'));
    expect(numberVersion.message).to.match(
      /^spec\.yaml:4:3: 'info\.version' must be a string, found the number 1 .*quote it/,
    );
    expect((await inputError(fromText('openapi: 3.0.3\npaths: {}\n'))).message).to.include("missing 'info'");
    expect((await inputError(fromText(HEAD))).message).to.include(
      "missing 'paths' (required in OpenAPI 3.0); add `paths: {}`",
    );
    expect((await inputError(fromText('openapi: 3.1.0\ninfo: { title: t, version: "1" }\n'))).message).to.include(
      "needs 'paths', 'webhooks' or 'components'",
    );
    const badPath = await inputError(fromText(HEAD + 'paths:\n  /ok: {}\n  users: {}\n'));
    expect(badPath.message).to.match(
      /^spec\.yaml:5:3: path 'users' does not start with '\/' \(at #\/paths\/users\); write it as '\/users'/,
    );
    expect((await inputError(fromText(HEAD + 'paths: []\n'))).message).to.include(
      "'paths' must be a mapping, found a list",
    );
    expect((await inputError(fromText(HEAD + 'paths: {}\ncomponents:\n  schemas: [a]\n'))).message).to.match(
      /^spec\.yaml:5:3: 'components\.schemas' must be a mapping/,
    );
  });

  it('checks operations, parameters and responses, also behind $refs', async () => {
    const opText = await inputError(fromText(HEAD + 'paths:\n  /x:\n    get: hello\n'));
    expect(opText.message).to.match(
      /^spec\.yaml:5:5: the get operation must be a mapping, found the string "hello" \(at #\/paths\/~1x\/get\)/,
    );
    const noIn = await inputError(
      fromText(HEAD + 'paths:\n  /x:\n    get:\n      parameters:\n        - name: q\n      responses: {}\n'),
    );
    expect(noIn.message).to.match(/^spec\.yaml:7:11: parameter 'q' without 'in' /);
    expect(noIn.message).to.include("'in' (at #/paths/~1x/get/parameters/0); every parameter needs `name:` and `in:`");
    const body = await inputError(
      fromText(HEAD + 'paths:\n  /x:\n    post:\n      parameters:\n        - { name: b, in: body }\n'),
    );
    expect(body.message).to.include(`parameter 'b' has in: "body"`);
    const behindRef = await inputError(
      fromText(
        HEAD +
          ('paths:\n  /x:\n    parameters:\n      - $ref: ' +
            "'#/components/parameters/P'\ncomponents:\n  parameters:\n    P: { in: " +
            'query }\n'),
      ),
    );
    expect(behindRef.message).to.match(
      /^spec\.yaml:9:5: parameter without a 'name' \(at #\/components\/parameters\/P\)/,
    );
    const responses = await inputError(fromText(HEAD + 'paths:\n  /x:\n    get:\n      responses: [ok]\n'));
    expect(responses.message).to.match(/^spec\.yaml:6:7: 'responses' must be a mapping, found a list/);
    const response = await inputError(
      fromText(HEAD + "paths:\n  /x:\n    get:\n      responses:\n        '200': fine\n"),
    );
    expect(response.message).to.include('a response must be a mapping, found the string "fine"');
    const content = await inputError(
      fromText(HEAD + "paths:\n  /x:\n    get:\n      responses:\n        '200': { description: ok, content: [] }\n"),
    );
    expect(content.message).to.include("'content' must be a mapping, found a list");
    const textContent = await inputError(
      fromText(HEAD + "paths:\n  /x:\n    get:\n      responses:\n        '200': { description: ok, content: none }\n"),
    );
    expect(textContent.message).to.include(`'content' must be a mapping, found the string "none"`);
  });

  it('reads a map or list left empty (YAML null) as absent, with a note naming the place', async () => {
    const spec = await fromText(
      HEAD +
        ('paths:\n  /x:\n    parameters:\n    post:\n      requestBody:\n        ' +
          'content:\n      responses:\n  /y:\n    get:\n      responses:\n        ' +
          "'200':\n          description: ok\n          content:\n          " +
          'headers:\ncomponents:\n  schemas:\n'),
    );
    const x = spec.document.paths!['/x']!;
    expect(x).to.not.have.property('parameters');
    expect(x.post).to.not.have.property('responses');
    expect(x.post!.requestBody).to.deep.equal({});
    expect(spec.document.paths!['/y']!.get!.responses!['200']).to.deep.equal({ description: 'ok' });
    expect(spec.document.components).to.deep.equal({});
    expect(spec.notes).to.include(
      "spec.yaml:8: 'content' is empty (null); read as no content (at #/paths/~1x/post/requestBody/content)",
    );
    expect(spec.notes).to.have.length(6);
  });

  it('refuses empty input', async () => {
    expect((await inputError(fromText('  \n'))).message).to.equal(
      'spec.yaml: the spec is empty; give an OpenAPI 3.0 or 3.1 document',
    );
  });
});

describe('load: malformed YAML and JSON', () => {
  it('reports malformed YAML as file:line:column with the parser reason', async () => {
    const error = await inputError(loadSpec(fixture('malformed.yaml'), { cwd: ROOT }));
    expect(error.message).to.match(
      new RegExp(
        `^test/fixtures/load/malformed\\.yaml:${lineOf('malformed.yaml', /bad: indentation/)}:\\d+: invalid YAML: `,
      ),
    );
    expect(error.message).to.include('All mapping items must start at the same column');
    expect(error.location).to.deep.include({ line: lineOf('malformed.yaml', /bad: indentation/) });
  });

  it('reports duplicate keys and multiple documents', async () => {
    const duplicate = await inputError(fromText(HEAD + 'paths: {}\ninfo: {}\n'));
    expect(duplicate.message).to.match(/^spec\.yaml:4:1: invalid YAML: duplicate key "info"/);
    const multi = await inputError(fromText(HEAD + 'paths: {}\n---\nopenapi: 3.0.3\n'));
    expect(multi.message).to.match(/^spec\.yaml:4:1: invalid YAML: .*multiple documents/i);
  });

  it('reports malformed JSON as file:line:column with the parser reason', async () => {
    const error = await inputError(loadSpec(fixture('malformed.json'), { cwd: ROOT }));
    expect(error.message).to.match(
      /^test\/fixtures\/load\/malformed\.json:5:1: invalid JSON: Expected double-quoted property name; fix the JSON/,
    );
    const literal = await inputError(fromText('{\n  "openapi": "3.0.3",\n  "info": tru\n}\n', 'x.json'));
    expect(literal.message).to.match(/^x\.json:3:11: invalid JSON: /);
    const truncated = await inputError(fromText('{\n  "openapi": "3.0.3",\n', 'x.json'));
    expect(truncated.message).to.match(/^x\.json:3:1: invalid JSON: /);
  });

  it('bounds YAML alias expansion (billion laughs) with a clear error', async () => {
    const started = Date.now();
    const error = await inputError(loadSpec(fixture('billion-laughs.yaml'), { cwd: ROOT }));
    expect(Date.now() - started).to.be.below(10_000);
    expect(error.message).to.match(/^test\/fixtures\/load\/billion-laughs\.yaml:\d+:\d+: YAML aliases expand too much/);
    expect(error.message).to.include('billion laughs');
  });

  it('still expands an anchor reused many times in a legitimate spec', async () => {
    const uses = Array.from(
      { length: 600 },
      (_, i) => `  /r${i}:\n    get:\n      responses:\n        '200': *ok\n`,
    ).join('');
    const spec = await fromText(`${HEAD}x-shared:\n  ok: &ok\n    description: fine\npaths:\n${uses}`);
    expect((spec.document.paths!['/r599']!.get!.responses as Record<string, unknown>)['200']).to.deep.equal({
      description: 'fine',
    });
  });
});

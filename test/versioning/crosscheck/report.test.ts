/**
 * Renderers of a cross-check result: pure `(result, options) => string`, one per format.
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { checkPacts, renderCrossCheck, CROSSCHECK_FORMATS } from '../../../versioning/crosscheck/index.ts';
import type { CrossCheckFinding, CrossCheckResult } from '../../../versioning/crosscheck/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../../fixtures/crosscheck');

/** A hand-made result with characters every format must escape. */
function trickyResult(): CrossCheckResult {
  const finding: CrossCheckFinding = {
    code: 'response.body.incompatible',
    level: 'error',
    message: 'Response body is incompatible: must be <integer> & "odd" | 100%,\nsecond line',
    pact: {
      consumer: 'Web|App',
      provider: 'Users',
      interaction: 'a request for user <1>, with "quotes"',
      providerState: 'user 1 exists',
      index: 2,
      file: 'pacts/WebApp-Users.json',
      pointer: '/interactions/2',
      location: 'pacts/WebApp-Users.json#/interactions/2',
      line: 40,
      field: 'response.body.id',
      value: 'x',
    },
    spec: {
      operation: 'GET /users/{id}',
      pointer: '/paths/~1users~1{id}/get',
      file: 'provider/openapi.yaml',
      line: 12,
      column: 5,
    },
  };
  const warning: CrossCheckFinding = {
    ...finding,
    code: 'request.header.unknown',
    level: 'warning',
    message: 'Request header is not defined in the spec file: x-trace',
    pact: {
      ...finding.pact,
      index: 0,
      pointer: '/interactions/0',
      location: 'pacts/WebApp-Users.json#/interactions/0',
    },
  };
  return {
    spec: { source: 'provider/openapi.yaml', file: 'provider/openapi.yaml' },
    pacts: [
      {
        source: 'pacts/WebApp-Users.json',
        consumer: 'Web|App',
        provider: 'Users',
        skipped: 0,
        interactions: [0, 1, 2].map((index) => ({
          consumer: 'Web|App',
          interaction: `interaction ${index}`,
          index,
          location: `pacts/WebApp-Users.json#/interactions/${index}`,
        })),
      },
    ],
    findings: [warning, finding],
    summary: { pacts: 1, interactions: 3, errors: 1, warnings: 1 },
    ok: false,
  };
}

describe('crosscheck report: every format', () => {
  it('offers text, json, markdown, github and junit', () => {
    expect([...CROSSCHECK_FORMATS]).to.deep.equal(['text', 'json', 'markdown', 'github', 'junit']);
  });

  for (const format of CROSSCHECK_FORMATS) {
    it(`${format}: is pure (same input, same output) and names both sides`, () => {
      const result = trickyResult();
      const once = renderCrossCheck(format, result);
      expect(renderCrossCheck(format, trickyResult())).to.equal(once);
      expect(once).to.include('pacts/WebApp-Users.json');
      expect(once).to.include('provider/openapi.yaml');
      expect(once).to.include('response.body.incompatible');
    });
  }
});

describe('crosscheck report: text', () => {
  it(
    'shows the consumer, interaction, state, pact location and line, value ' + 'and the spec operation with file:line',
    () => {
      const text = renderCrossCheck('text', trickyResult());
      expect(text).to.include('error   response.body.incompatible: Response body is incompatible');
      expect(text).to.include('pact: Web|App "a request for user <1>, with "quotes"" (given user 1 exists)');
      expect(text).to.include('pacts/WebApp-Users.json#/interactions/2 (line 40) at response.body.id = "x"');
      expect(text).to.include('spec: GET /users/{id} provider/openapi.yaml:12 #/paths/~1users~1{id}/get');
      expect(text.trimEnd().split('\n').at(-1)).to.equal(
        'check-pacts failed: provider/openapi.yaml vs 1 pact (3 interactions): 1 error, 1 warning',
      );
    },
  );

  it('colours only when asked', () => {
    expect(renderCrossCheck('text', trickyResult())).not.to.include('\u001b[');
    expect(renderCrossCheck('text', trickyResult(), { color: true })).to.include('\u001b[31m');
  });
});

describe('crosscheck report: json', () => {
  it('is the result itself', () => {
    const result = trickyResult();
    expect(JSON.parse(renderCrossCheck('json', result))).to.deep.equal(result);
  });
});

describe('crosscheck report: markdown', () => {
  it('one table row per finding, pipes and newlines escaped', () => {
    const markdown = renderCrossCheck('markdown', trickyResult());
    const rows = markdown.split('\n').filter((line) => line.startsWith('| error') || line.startsWith('| warning'));
    expect(rows).to.have.length(2);
    // Each row has exactly 6 unescaped pipes (5 columns).
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length - 1).to.equal(6);
    expect(markdown).to.include('Web\\|App');
    expect(markdown).to.include('100%,<br>second line');
  });

  it('says so when every interaction is promised', async () => {
    const result = await checkPacts({
      spec: 'oas.yaml',
      pacts: 'pact.json',
      cwd: path.join(fixtures, 'valid-interaction'),
    });
    expect(renderCrossCheck('markdown', result)).to.include('Every interaction is promised by `oas.yaml`.');
  });
});

describe('crosscheck report: github annotations', () => {
  it('one ::error/::warning per finding at the spec file:line, data and properties escaped', () => {
    const lines = renderCrossCheck('github', trickyResult()).trimEnd().split('\n');
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(
      /^::warning file=provider\/openapi\.yaml,line=12,col=5,title=request\.header\.unknown \(Web\|App\)::/,
    );
    expect(lines[1]).to.match(
      /^::error file=provider\/openapi\.yaml,line=12,col=5,title=response\.body\.incompatible \(Web\|App\)::/,
    );
    expect(lines[1]).to.include('100%25,'); // data: % escaped, comma kept
    expect(lines[1]).to.include('%0Asecond line');
    expect(lines[1]).to.include('pacts/WebApp-Users.json#/interactions/2');
  });

  it('escapes colons and commas in properties', () => {
    const result = trickyResult();
    result.findings[1]!.spec.file = 'specs/a,b:c.yaml';
    const line = renderCrossCheck('github', result).trimEnd().split('\n')[1]!;
    expect(line.startsWith('::error file=specs/a%2Cb%3Ac.yaml,line=12')).to.equal(true);
  });

  it('prints nothing when there is nothing to annotate', async () => {
    const result = await checkPacts({
      spec: 'oas.yaml',
      pacts: 'pact.json',
      cwd: path.join(fixtures, 'valid-interaction'),
    });
    expect(renderCrossCheck('github', result)).to.equal('');
  });
});

describe('crosscheck report: junit', () => {
  it('is well-formed XML: one suite per pact, one case per interaction, a failure per failing interaction', () => {
    const xml = renderCrossCheck('junit', trickyResult());
    // A structural check: balanced tags and escaped attributes.
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="contract-kit ' +
          'check-pacts" tests="3" failures="1" errors="0">',
      ),
    ).to.equal(true);
    expect(xml.match(/<testsuite /g)).to.have.length(1);
    expect(xml.match(/<testcase /g)).to.have.length(3);
    expect(xml.match(/<failure /g)).to.have.length(1);
    expect(xml.match(/<system-out>/g)).to.have.length(1);
    expect(xml).to.include(
      'message="Response body is incompatible: must be &lt;integer&gt; &amp; &quot;odd&quot; | 100%,',
    );
    const body = xml.split('\n').slice(1).join('\n');
    expect(body).not.to.match(/<[^>]*"[^"=]*"[^"=\s>/]/); // no unescaped quote inside an attribute
    expect(xml).to.include('100%,&#10;second line"'); // newlines in attributes survive parsing
    const opened = (xml.match(/<(testsuites|testsuite|testcase|failure|system-out)[ >]/g) ?? []).length;
    const selfClosed = (xml.match(/\/>/g) ?? []).length;
    const closed = (xml.match(/<\/(testsuites|testsuite|testcase|failure|system-out)>/g) ?? []).length;
    expect(opened).to.equal(closed + selfClosed);
  });

  it('a real result: passing interactions are empty test cases', async () => {
    const result = await checkPacts({
      spec: 'oas.yaml',
      pacts: 'pact.json',
      cwd: path.join(fixtures, 'multi-interaction-one-bad'),
    });
    const xml = renderCrossCheck('junit', result);
    expect(xml.match(/<testcase [^>]*\/>/g)).to.have.length(3);
    expect(xml).to.include('name="a request to delete user 1 (given user 1 exists)"');
    expect(xml).to.include('<failure type="response.status.unknown"');
  });
});

import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import type { Report } from '../../../versioning/model.ts';
import { changelog } from '../../../versioning/report/changelog.ts';
import { escapeData, escapeProperty, github, GITHUB_ANNOTATION_LIMITS } from '../../../versioning/report/github.ts';
import {
  FORMATTERS,
  FORMAT_NAMES,
  isFormatName,
  toJsonPerOperationReport,
  toJsonReport,
} from '../../../versioning/report/index.ts';
import { PER_OPERATION_REPORT_SCHEMA, REPORT_SCHEMA } from '../../../versioning/report/json-schema.ts';
import { json } from '../../../versioning/report/json.ts';
import { junit } from '../../../versioning/report/junit.ts';
import { collapse, operationList } from '../../../versioning/report/common.ts';
import { cell, markdown, MAX_CHARS, MAX_ROWS } from '../../../versioning/report/markdown.ts';
import { text } from '../../../versioning/report/text.ts';
import { asMade, emptyReport, sampleReport, sharedReport } from './sample.ts';
import { parseXml } from './xml-check.ts';

const ESC = '\u001b';

describe('report: text', () => {
  it('groups by operation, most severe group first, with level, message, rule and location', () => {
    const out = text(sampleReport(), { color: false });
    const lines = out.split('\n');
    expect(lines.slice(0, 3)).to.deep.equal([
      'base:     HEAD~1:api/openapi.yaml  info.version 2.5.0',
      'revision: api/openapi.yaml  info.version 2.5.0',
      '',
    ]);
    expect(lines.filter((l) => /^\S/.test(l) && !/^(base|revision|bump|version|gate|note|\d)/.test(l))).to.deep.equal([
      'DELETE /users/{id}',
      'GET /users/{id}',
      'GET /users',
      'POST /users',
      'Document',
    ]);
    expect(out).to.include(
      '  breaking  the operation was removed  endpoint-removed  ' +
        "HEAD~1:api/openapi.yaml:40\n            consumer: ServiceA 'delete user " +
        "1' calls `DELETE /users/{id}`, which the revision removes " +
        '(pacts/ServiceA-ServiceB.json#/interactions/7)\n',
    );
    expect(out).to.include('            accepted: all consumers parse ids as strings (until 2099-01-01)\n');
    expect(out).to.include('            acceptance expired on 2024-01-01: until the v3 launch\n');
    // A multi-line message stays inside its entry.
    expect(out).to.include(
      'removed property `email` | 100% gone\n            second line, with: ' +
        'commas  response-property-removed  api/openapi.yaml:22\n',
    );
    expect(out).to.include(
      '6 changes: 3 breaking, 1 warning, 2 info (1 accepted)\nbump:    ' +
        'major\nversion: FAILED 2 breaking changes need 3.0.0; info.version is ' +
        '2.5.0\ngate:    FAILED (fail-on breaking, policy semver)\n',
    );
    expect(out).to.include(
      'note: .contract-kit.yaml:9: accept entry for endpoint-added matched no change; remove it\n',
    );
    expect(out).to.not.include(ESC);
  });

  it('colours only when asked', () => {
    const out = text(sampleReport(), { color: true });
    expect(out).to.include(`${ESC}[31mbreaking`);
    expect(out).to.include(`${ESC}[33mwarning`);
    expect(out).to.include(`${ESC}[36minfo`);
    expect(out.replace(/\u001b\[\d+m/g, '')).to.equal(text(sampleReport(), { color: false }));
  });

  it('says when there is nothing and when the version check was skipped', () => {
    const skipped: Report = {
      ...emptyReport(),
      version: {
        base: '2022-01-01',
        revision: '2022-02-01',
        ok: true,
        message: 'version check skipped: the base info.version "2022-01-01" is a date, not semver',
      },
    };
    expect(text(emptyReport(), {})).to.equal(
      'base:     a.yaml  info.version 1.0.0\nrevision: b.yaml  info.version ' +
        '1.0.0\n\nno changes\nbump:    none\nversion: ok no API change; ' +
        'info.version 1.0.0 (base 1.0.0)\n',
    );
    expect(text(skipped, {})).to.include('version: skipped the base info.version "2022-01-01" is a date, not semver\n');
  });
});

describe('report: json', () => {
  const ajv = new Ajv({ strict: true, allErrors: true });
  const validate = ajv.compile(REPORT_SCHEMA);
  const validateFlat = ajv.compile(PER_OPERATION_REPORT_SCHEMA);
  const gateless = {
    ...emptyReport(),
    version: { ok: true, message: 'version check skipped: the base document has no info.version' },
  };

  it('validates against the published schemas (full and empty reports, with and without gate)', () => {
    for (const r of [sampleReport(), sharedReport(), emptyReport(), gateless]) {
      const parsed: unknown = JSON.parse(json(r, {}));
      expect(validate(parsed), ajv.errorsText(validate.errors)).to.equal(true);
      const flat: unknown = JSON.parse(json(r, { perOperation: true }));
      expect(validateFlat(flat), ajv.errorsText(validateFlat.errors)).to.equal(true);
    }
  });

  it('--per-operation has the documented flat shape with every key present', () => {
    const out = toJsonPerOperationReport(sampleReport());
    expect(out.schemaVersion).to.equal(1);
    expect(out.bump).to.equal('major');
    expect(out.version).to.deep.equal({
      base: '2.5.0',
      revision: '2.5.0',
      required: '3.0.0',
      ok: false,
      skipped: false,
      message: '2 breaking changes need 3.0.0; info.version is 2.5.0',
    });
    expect(out.summary).to.deep.equal({ breaking: 3, warning: 1, info: 2, accepted: 1, total: 6, edits: 6 });
    const title = out.changes.find((c) => c.id === 'info-title-changed')!;
    expect(title).to.deep.equal({
      id: 'info-title-changed',
      level: 'info',
      defaultLevel: 'info',
      operation: null,
      pointer: '/info/title',
      location: { file: 'api/openapi.yaml', line: 3 },
      base: null,
      revision: { pointer: '/info/title', file: 'api/openapi.yaml', line: 3 },
      message: 'info.title changed from `Users` to `People`',
      mitigation: null,
      details: {},
      accepted: null,
      expiredAcceptance: null,
      consumers: [],
      atRisk: [],
    });
    expect(out.changes.find((c) => c.id === 'response-property-type-changed')!.accepted).to.deep.equal({
      reason: 'all consumers parse ids as strings',
      expires: '2099-01-01',
    });
    expect(toJsonPerOperationReport(emptyReport()).gate).to.equal(null);
  });

  it('lists each edit once, with its occurrences per site and what is per operation', () => {
    const out = toJsonReport(sharedReport());
    expect(out.schemaVersion).to.equal(2);
    // The counts stay per operation; edits counts the edits.
    expect(out.summary).to.deep.equal({ breaking: 2, warning: 9, info: 0, accepted: 1, total: 11, edits: 3 });
    expect(out.changes.map((c) => [c.id, c.pointer, c.occurrences.length])).to.deep.equal([
      ['response-property-became-optional', '/components/schemas/Card', 1],
      ['response-property-became-optional', '/components/schemas/Card', 1],
      ['response-property-enum-value-added', '/components/schemas/Card/properties/brand', 7],
    ]);
    const [brand, last4, enumAdded] = out.changes;
    expect(brand!.message).to.equal('property `brand` of the 200 response body (application/json) became optional');
    expect(last4!.message).to.equal('property `last4` of the 200 response body (application/json) became optional');
    const names = (o: { operations: number[] }): string[] => o.operations.map((i) => out.operations[i]!);
    expect(enumAdded!.message).to.equal(
      'added `jcb` to the enum of property `error.card.brand` of the default response body (application/json)',
    );
    expect(enumAdded!.occurrences.map((o) => [names(o), o.details.property, o.details.status])).to.deep.equal([
      [['DELETE /cards/{id}', 'GET /cards', 'GET /cards/{id}'], 'error.card.brand', 'default'],
      [['GET /cards'], 'data[].brand', '200'],
      [['GET /cards/{id}'], 'brand', '200'],
      [['GET /customers/{id}'], 'cards[].brand', '200'],
      [['POST /cards'], 'brand', '201'],
      [['POST /charges'], 'card.brand', '200'],
      [['PUT /cards/{id}'], 'brand', '200'],
    ]);
    // Consumers and acceptances stay with the operation they belong to.
    expect(enumAdded!.occurrences[5]!.consumers.map((k) => k.consumer)).to.deep.equal(['Billing']);
    expect(enumAdded!.occurrences[6]!.accepted).to.deep.equal({ reason: 'PUT is internal', expires: null });
    expect(enumAdded!.occurrences.slice(0, 5).every((o) => o.consumers.length === 0 && o.accepted === null)).to.equal(
      true,
    );
    expect(enumAdded!.occurrences[0]!.details).to.deep.equal({
      direction: 'response',
      area: 'body',
      property: 'error.card.brand',
      status: 'default',
      mediaType: 'application/json',
    });
  });

  it('expands back to exactly the per-operation listing', () => {
    for (const r of [sampleReport(), sharedReport()]) {
      const edits = toJsonReport(r);
      const flat = toJsonPerOperationReport(r);
      const expanded = edits.changes.flatMap((c) =>
        c.occurrences.flatMap((o) =>
          (o.operations.length ? o.operations.map((i) => edits.operations[i]!) : [null]).map(
            (op) => `${c.id} ${op} ${o.level} ${JSON.stringify(o.details)}`,
          ),
        ),
      );
      const listed = flat.changes.map((c) => {
        const { method: _m, path: _p, ...site } = c.details;
        return `${c.id} ${c.operation} ${c.level} ${JSON.stringify(site)}`;
      });
      expect(expanded.sort()).to.deep.equal(listed.sort());
    }
  });

  it('writes one edit per line', () => {
    const lines = json(sharedReport(), {}).split('\n');
    expect(lines.filter((l) => l.startsWith('    {"id":'))).to.have.length(3);
  });

  it('the schema rejects output that drifts from it', () => {
    const parsed = JSON.parse(json(sampleReport(), {})) as { changes: Array<Record<string, unknown>> };
    parsed.changes[0]!['severity'] = 'error';
    expect(validate(parsed)).to.equal(false);
    const flat = JSON.parse(json(sampleReport(), { perOperation: true })) as {
      changes: Array<Record<string, unknown>>;
    };
    flat.changes[0]!['severity'] = 'error';
    expect(validateFlat(flat)).to.equal(false);
  });

  it('docs/report.schema.json is REPORT_SCHEMA (run `npm run docs` when it changes)', async () => {
    const onDisk: unknown = JSON.parse(
      await readFile(new URL('../../../docs/report.schema.json', import.meta.url), 'utf8'),
    );
    expect(onDisk).to.deep.equal(JSON.parse(JSON.stringify(REPORT_SCHEMA)));
    const flat: unknown = JSON.parse(
      await readFile(new URL('../../../docs/report-per-operation.schema.json', import.meta.url), 'utf8'),
    );
    expect(flat).to.deep.equal(JSON.parse(JSON.stringify(PER_OPERATION_REPORT_SCHEMA)));
  });
});

describe('report: markdown', () => {
  const out = markdown(sampleReport(), {});

  it('leads with the bump and the version verdict', () => {
    expect(out.split('\n').slice(0, 3)).to.deep.equal([
      '### ❌ contract-kit: **major** bump needed, version check failed',
      '',
      '> 2 breaking changes need 3.0.0; info.version is 2.5.0',
    ]);
    expect(markdown(emptyReport(), {}).split('\n')[0]).to.equal(
      '### ✅ contract-kit: no version bump needed, version ok',
    );
  });

  it('has one table per level, rows grouped by operation, info folded', () => {
    expect(out).to.include(
      '#### Breaking changes (3)\n\n| Operation | Change | Rule | Location |\n| ' +
        '--- | --- | --- | --- |\n| `DELETE /users/{id}` |',
    );
    expect(out).to.include(
      '| `GET /users/{id}` | removed property `email` \\| 100% gone<br>second ' +
        'line, with: commas | `response-property-removed` | ' +
        '`api/openapi.yaml:22` |\n|  | type of `id` changed from &lt;integer> to ' +
        '"string" &amp; more<br>_accepted: all consumers parse ids as strings ' +
        '(until 2099-01-01)_ |',
    );
    expect(out).to.include('#### Warnings (1)');
    expect(out).to.include('<details><summary>Info (2)</summary>');
    expect(out).to.include('| Document | info.title changed from `Users` to `People` |');
    expect(out).to.include(
      '**Gate failed** (fail-on breaking, policy semver):\n- 2 breaking changes need 3.0.0; info.version is 2.5.0\n',
    );
  });

  it('keeps every table row at four cells whatever the message holds', () => {
    for (const row of out.split('\n').filter((l) => l.startsWith('| '))) {
      expect(row.replace(/\\\|/g, '').split('|').length - 2, row).to.equal(4);
    }
  });

  it('escapes cells but leaves code spans alone (except pipes)', () => {
    expect(cell('a | b\nc <d> `<e> | f`')).to.equal('a \\| b<br>c &lt;d> `<e> \\| f`');
  });

  it('cuts very long tables', () => {
    const many = sampleReport();
    const one = many.changes[4]!;
    many.changes = asMade(
      Array.from({ length: MAX_ROWS + 5 }, (_, i) => ({
        ...one,
        operation: `POST /users${i}`,
        message: `POST /users${i}: the operation was added`,
        pointer: `/p/${i}`,
        location: { ...one.location, line: i + 1 },
        revision: { pointer: `/p/${i}`, file: one.location.file, line: i + 1 },
      })),
    );
    const md = markdown(many, {});
    expect(md.split('\n').filter((l) => l.includes('`endpoint-added`')).length).to.equal(MAX_ROWS);
    expect(md).to.include('… and 5 more: see the JSON report');
    expect(md).to.include(
      '**5 entries left out** (tables stop at 200 rows); the JSON report (`--format json`) has them all.',
    );
  });

  it(
    'shows a change shared by several operations as one row saying where it ' +
      'applies; a consumer-breaking one stays on its own',
    () => {
      const md = markdown(sharedReport(), {});
      expect(md).to.include(': 11 changes (5 distinct): 2 breaking, 9 warnings, 0 info (1 accepted).');
      expect(md).to.include('#### Breaking changes (2)\n');
      expect(md).to.include('#### Warnings (9; 3 distinct)\n');
      expect(md).to.include(
        '| _5 operations_ | added `jcb` to the enum of property `brand` of the 200 response body (application/json)' +
          '<br>_in 5 operations (7 changes): `DELETE /cards/{id}`, `GET /cards`, `GET /cards/{id}` and 2 more_' +
          ('<br>_at `/components/schemas/Card/properties/brand`; message as under ' +
            '`GET /cards/{id}`; the property path or status differs by operation_') +
          ' | `response-property-enum-value-added` | `api/openapi.yaml:120` |\n',
      );
      expect(md).to.include(
        '| `POST /charges` | added `jcb` to the enum of property `card.brand` ' +
          'of the 200 response body (application/json)<br>_consumer: Billing ' +
          "'charge a card' reads `card.brand` = `jcb`, which the revision adds_ |",
      );
      expect(md).to.include(
        '| `PUT /cards/{id}` | added `jcb` to the enum of property `brand` of ' +
          'the 200 response body (application/json)<br>_accepted: PUT is ' +
          'internal_ |',
      );
      // Two properties made optional by one edit at one place are two changes, not one shared entry.
      expect(md.split('\n').filter((l) => l.includes('`response-property-became-optional`'))).to.have.length(2);
    },
  );

  it(`stays under GitHub's ${MAX_CHARS}-character limit, saying how many entries it left out`, () => {
    const big = sampleReport();
    const one = big.changes[1]!;
    const n = 150;
    big.changes = asMade(
      Array.from({ length: n }, (_, i) => ({
        ...one,
        operation: `GET /things${i}/{id}`,
        message: `GET /things${i}/{id}: removed property \`${'x'.repeat(600)}${i}\``,
        location: { file: 'api/openapi.yaml', line: i + 1 },
        revision: { pointer: `/p/${i}`, file: 'api/openapi.yaml', line: i + 1 },
      })),
    );
    big.summary = { breaking: n, warning: 0, info: 0, accepted: 0 };
    const md = markdown(big, {});
    expect(md.length).to.be.at.most(MAX_CHARS);
    const rows = md.split('\n').filter((l) => l.includes('`response-property-removed`')).length;
    expect(rows).to.be.above(50).and.below(n);
    expect(md).to.include(
      `**${n - rows} entries left out** (the comment must stay under ` +
        `GitHub's 65,536-character limit); the JSON report (\`--format ` +
        `json\`) has them all.`,
    );
    expect(md).to.include(`| | … and ${n - rows} more: see the JSON report | | |`);
    // One row more would not fit.
    expect(md.length + 640).to.be.above(MAX_CHARS);
  });
});

describe('report: shared changes', () => {
  it('collapse: same rule, level, state and place, messages apart from operation, status and leading path', () => {
    const entries = collapse(sharedReport().changes);
    expect(entries.map((e) => [e.change.operation, e.changes.length, e.operations.length, e.varied])).to.deep.equal([
      ['GET /cards/{id}', 1, 1, false],
      ['GET /cards/{id}', 1, 1, false],
      ['GET /cards/{id}', 7, 5, true],
      ['POST /charges', 1, 1, false],
      ['PUT /cards/{id}', 1, 1, false],
    ]);
    expect(collapse(sampleReport().changes)).to.have.length(sampleReport().changes.length);
  });

  it('github: one annotation per physical change, naming the operations it applies to', () => {
    const r = sharedReport();
    const lines = github(r, {})
      .trimEnd()
      .split('\n')
      .filter((l) => !l.includes('title=contract-kit'));
    expect(lines).to.have.length(collapse(r.changes).length);
    const shared = lines.filter((l) => / operations? \(\d+ changes\): /.test(l));
    expect(shared).to.have.length(1);
    expect(shared[0]).to.match(
      /^::warning .*title=response-property-enum-value-added::.*%0Ain 5 operations \(7 changes\): /,
    );
  });

  it('operationList names three and counts the rest', () => {
    expect(operationList(['A'])).to.equal('A');
    expect(operationList(['A', 'B'])).to.equal('A and B');
    expect(operationList(['A', 'B', 'C', 'D'])).to.equal('A, B, C and D');
    expect(operationList(['A', 'B', 'C', 'D', 'E'])).to.equal('A, B, C and 2 more');
    expect(operationList(Array.from({ length: 1412 }, (_, i) => `op${i}`))).to.equal('op0, op1, op2 and 1,409 more');
  });

  it(
    'text: shared changes once, first, with where they apply; per-operation ' + 'changes and consumer lines as before',
    () => {
      const out = text(sharedReport(), {});
      expect(out).to.include(
        [
          'Shared by several operations (7 changes, 1 distinct)',
          '  warning   added `jcb` to the enum of property `brand` of the 200 ' +
            'response body (application/json)  response-property-enum-value-added  ' +
            'api/openapi.yaml:120',
          '            in 5 operations (7 changes): DELETE /cards/{id}, GET /cards, GET /cards/{id} and 2 more',
          '            at /components/schemas/Card/properties/brand; message as ' +
            'under GET /cards/{id}; the property path or status differs by ' +
            'operation',
          '',
          'GET /cards/{id}',
          '  breaking  property `brand` of the 200 response body ' +
            '(application/json) became optional  response-property-became-optional  ' +
            'api/openapi.yaml:100',
        ].join('\n'),
      );
      expect(out).to.include(
        'POST /charges\n  warning   added `jcb` to the enum of property ' +
          '`card.brand` of the 200 response body (application/json)  ' +
          'response-property-enum-value-added  api/openapi.yaml:120\n            ' +
          "consumer: Billing 'charge a card' reads `card.brand` = `jcb`, which " +
          'the revision adds\n',
      );
      expect(out).to.include('\n11 changes (5 distinct): 2 breaking, 9 warnings, 0 info (1 accepted)\n');
    },
  );

  it('with pacts: each section collapses its own changes, a consumer-breaking change stays visible', () => {
    const r = sharedReport();
    r.impact = { pacts: 1, interactions: 3, broken: 1, unmapped: [], alreadyFailing: [] };
    const out = text(r, {});
    expect(out).to.include('== Breaking changes that break no known consumer (2)\n');
    expect(out).to.include(
      '== Other changes (9; 3 distinct)\n\nShared by several operations (7 changes, 1 distinct)\n',
    );
    expect(out).to.include(
      "            consumer: Billing 'charge a card' reads `card.brand` = `jcb`, which the revision adds\n",
    );
    const md = markdown(r, {});
    expect(md).to.include('#### Breaking changes that break no known consumer (2)\n');
    expect(md).to.include('#### Warnings (9; 3 distinct)\n');
  });

  it('changelog: shared changes once, first', () => {
    const out = changelog(sharedReport(), {});
    expect(out).to.include(
      '### Shared by several operations\n\n- **Warning:** added `jcb` to the ' +
        'enum of property `brand` of the 200 response body (application/json) — ' +
        'in 5 operations (7 changes): `DELETE /cards/{id}`, `GET /cards`, `GET ' +
        '/cards/{id}` and 2 more; as under `GET /cards/{id}`\n\n### `GET ' +
        '/cards/{id}`\n',
    );
    expect(out.match(/added `jcb`/g)).to.have.length(3);
  });
});

describe('report: github', () => {
  it("keeps to GitHub's annotation limits, most severe first, and says how many it left out", () => {
    const base = sampleReport();
    const template = base.changes.find((c) => c.level === 'warning')!;
    const many = asMade(
      Array.from({ length: 25 }, (_, i) => ({
        ...template,
        operation: `GET /w${i}`,
        pointer: `/paths/~1w${i}`,
        location: { file: 'api/openapi.yaml', line: 200 + i },
        revision: { pointer: `/paths/~1w${i}`, file: 'api/openapi.yaml', line: 200 + i },
        message: `GET /w${i}: changed ${i}`,
      })),
    );
    const r: Report = { ...base, changes: [...base.changes, ...many] };
    const lines = github(r, {}).trimEnd().split('\n');
    const kinds = lines.map((l) => /^::(\w+)/.exec(l)![1]!);
    for (const kind of ['error', 'warning', 'notice'] as const) {
      expect(kinds.filter((k) => k === kind).length, kind).to.be.at.most(GITHUB_ANNOTATION_LIMITS[kind]);
    }
    expect(kinds.filter((k) => k === 'warning')).to.have.length(10);
    // The version check and the gate are never the ones left out.
    expect(lines.some((l) => l.includes('title=contract-kit version'))).to.equal(true);
    expect(lines.some((l) => l.includes('title=contract-kit gate'))).to.equal(true);
    expect(lines[lines.length - 1]).to.match(
      /^::notice title=contract-kit::\d+ more annotations not shown: GitHub shows at most 10 errors/,
    );
    // Under the limits nothing is left out and nothing is said.
    expect(github(base, {})).to.not.include('more annotations not shown');
  });

  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('50% done\r\nnext')).to.equal('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).to.equal('a%3Ab%2Cc%25%0A');
  });

  it('emits one annotation per change, by level, plus version, gate and notes', () => {
    const lines = github(sampleReport(), {}).trimEnd().split('\n');
    expect(lines).to.deep.equal([
      '::error file=api/openapi.yaml,title=endpoint-removed (breaks ' +
        'ServiceA)::DELETE /users/{id}: the operation was removed%0Aconsumer: ' +
        "ServiceA 'delete user 1' calls `DELETE /users/{id}`, which the " +
        'revision removes (pacts/ServiceA-ServiceB.json#/interactions/7)',
      '::error file=api/openapi.yaml,line=22,title=response-property-removed::GET ' +
        '/users/{id}: removed property `email` | 100%25 gone%0Asecond line, ' +
        'with: commas',
      '::notice file=api/schemas.yaml,line=7,title=response-property-type-changed ' +
        '(accepted)::GET /users/{id}: type of `id` changed from <integer> to ' +
        '"string" & more%0Aaccepted: all consumers parse ids as strings (until ' +
        '2099-01-01)',
      '::warning file=api/openapi.yaml,line=10,title=endpoint-deprecated::GET ' +
        '/users: the operation is deprecated%0Aacceptance expired on ' +
        '2024-01-01: until the v3 launch',
      '::notice file=api/openapi.yaml,line=14,title=endpoint-added::POST /users: the operation was added',
      '::notice file=api/openapi.yaml,line=3,title=info-title-changed::info.title changed from `Users` to `People`',
      '::error file=api/openapi.yaml,title=contract-kit version::2 breaking changes need 3.0.0; info.version is 2.5.0',
      '::error title=contract-kit gate::gate failed:%0A2 breaking changes ' +
        'need 3.0.0; info.version is 2.5.0%0A2 breaking changes (fail-on ' +
        'breaking; accept them in the config or fix them)',
      '::notice title=contract-kit::.contract-kit.yaml:9: accept entry for endpoint-added matched no change; remove it',
    ]);
  });

  it(
    'with a passing gate, a breaking change is a warning; under consumers, ' +
      'a change that breaks a pact is an error whatever its level',
    () => {
      const commands = (r: ReturnType<typeof sampleReport>) =>
        github(r, {})
          .trimEnd()
          .split('\n')
          .map((l) => /^::(\w+) .*title=([^:]+)::/.exec(l)!.slice(1, 3).join(' '));
      const bumped = sampleReport();
      bumped.version = { base: '2.5.0', revision: '3.0.0', required: '3.0.0', ok: true };
      bumped.gate = { ok: true, failOn: 'breaking', failOnApplied: false, policy: 'semver', reasons: [] };
      expect(commands(bumped).slice(0, 2)).to.deep.equal([
        'warning endpoint-removed (breaks ServiceA)',
        'warning response-property-removed',
      ]);
      const consumers = sampleReport();
      consumers.changes[4]!.consumers = [{ consumer: 'ServiceB', interaction: 'list', reason: 'r' }];
      consumers.gate = { ok: false, failOn: 'breaking', failOnApplied: false, policy: 'consumers', reasons: ['x'] };
      expect(commands(consumers).slice(0, 6)).to.deep.equal([
        'error endpoint-removed (breaks ServiceA)',
        'warning response-property-removed',
        'notice response-property-type-changed (accepted)',
        'warning endpoint-deprecated',
        'error endpoint-added (breaks ServiceB)',
        'notice info-title-changed',
      ]);
    },
  );

  it('every human format says how to fix a breaking change that is not accepted (the rule mitigation)', () => {
    const r = sampleReport();
    r.changes[1]!.mitigation = 'Deprecate the property first.';
    r.changes[2]!.mitigation = 'Not shown: accepted.';
    for (const out of [text(r, {}), markdown(r, {}), github(r, {}), junit(r, {})]) {
      expect(out).to.include('fix: Deprecate the property first.');
      expect(out).not.to.include('Not shown: accepted.');
    }
    expect(toJsonReport(r).changes.map((c) => c.mitigation)).to.include('Deprecate the property first.');
  });

  it('never lets a message start a new workflow command', () => {
    const r = sampleReport();
    r.changes[1]!.message = 'x\n::set-output name=a::b\r\n%0A';
    for (const line of github(r, {}).trimEnd().split('\n')) expect(line).to.match(/^::(error|warning|notice) /);
    expect(github(r, {})).to.include('x%0A::set-output name=a::b%0D%0A%250A');
  });

  it('prints nothing for an empty report', () => {
    expect(github(emptyReport(), {})).to.equal('');
  });
});

describe('report: junit', () => {
  it('is well-formed, one testcase per rule and operation, breaking as failures', () => {
    const root = parseXml(junit(sampleReport(), {}));
    expect(root.name).to.equal('testsuites');
    const suite = root.children[0]!;
    expect(suite.attributes).to.include({ tests: '7', failures: '3', errors: '0', skipped: '0' });
    const cases = suite.children.map(
      (c) => `${c.attributes['classname']} ${c.attributes['name']} ${c.children.map((k) => k.name).join(',')}`,
    );
    expect(cases).to.deep.equal([
      'DELETE /users/{id} endpoint-removed failure',
      'GET /users/{id} response-property-removed failure',
      'GET /users/{id} response-property-type-changed system-out',
      'GET /users endpoint-deprecated system-out',
      'POST /users endpoint-added system-out',
      'Document info-title-changed system-out',
      'contract-kit version check failure',
    ]);
    const accepted = suite.children[2]!.children[0]!;
    expect(accepted.text).to.equal(
      '[breaking] api/schemas.yaml:7: GET /users/{id}: type of `id` changed ' +
        'from <integer> to "string" & more\n  accepted: all consumers parse ids ' +
        'as strings (until 2099-01-01)',
    );
    const failure = suite.children[1]!.children[0]!;
    expect(failure.attributes['message']).to.equal(
      'GET /users/{id}: removed property `email` | 100% gone\nsecond line, with: commas',
    );
  });

  it('groups several changes of one rule in one operation into one testcase', () => {
    const r = sampleReport();
    r.changes.splice(
      2,
      0,
      ...asMade([{ ...r.changes[1]!, pointer: '/other', message: 'GET /users/{id}: removed property `name`' }]),
    );
    const suite = parseXml(junit(r, {})).children[0]!;
    const tc = suite.children.filter((c) => c.attributes['name'] === 'response-property-removed');
    expect(tc).to.have.length(1);
    expect(tc[0]!.children[0]!.text.split('\n').filter((l) => l.startsWith('api/'))).to.have.length(2);
  });

  it('follows the gate threshold: warnings fail with fail-on warning', () => {
    const r = sampleReport();
    r.gate = { ok: false, failOn: 'warning', failOnApplied: true, policy: 'semver', reasons: [] };
    const suite = parseXml(junit(r, {})).children[0]!;
    expect(suite.attributes['failures']).to.equal('4');
  });

  it('skips the version check testcase with the reason', () => {
    const r: Report = {
      ...emptyReport(),
      version: { ok: true, message: 'version check skipped: the base document has no info.version' },
    };
    const suite = parseXml(junit(r, {})).children[0]!;
    expect(suite.attributes).to.include({ tests: '1', failures: '0', skipped: '1' });
    expect(suite.children[0]!.children[0]!.attributes['message']).to.equal(
      'version check skipped: the base document has no info.version',
    );
  });

  it('drops characters XML cannot carry', () => {
    const r = sampleReport();
    r.changes[0]!.message = 'bad \u0001 char & <tag>';
    const suite = parseXml(junit(r, {})).children[0]!;
    expect(suite.children[0]!.children[0]!.attributes['message']).to.equal('bad  char & <tag>');
  });

  it('the checker itself rejects malformed XML', () => {
    expect(() => parseXml('<a><b></a></b>')).to.throw();
    expect(() => parseXml('<a x="1 & 2"/>')).to.throw(/raw &/);
    expect(() => parseXml('<a/><b/>')).to.throw(/more than one root/);
  });
});

describe('report: changelog', () => {
  it('groups by operation, sorted by path then method, general last', () => {
    expect(changelog(sampleReport(), {})).to.equal(
      [
        '## API changes 2.5.0 → 2.5.0 (major)',
        '',
        '### `GET /users`',
        '',
        '- **Warning:** the operation is deprecated',
        '',
        '### `POST /users`',
        '',
        '- the operation was added',
        '',
        '### `GET /users/{id}`',
        '',
        '- **Breaking:** removed property `email` | 100% gone second line, with: commas',
        '- **Breaking (accepted):** type of `id` changed from &lt;integer> to ' +
          '"string" &amp; more _(accepted: all consumers parse ids as strings)_',
        '',
        '### `DELETE /users/{id}`',
        '',
        '- **Breaking:** the operation was removed',
        '',
        '### General',
        '',
        '- info.title changed from `Users` to `People`',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing changed', () => {
    expect(changelog(emptyReport(), {})).to.equal('## API changes 1.0.0 → 1.0.0 (no bump)\n\nNo API changes.\n');
  });
});

describe('report: registry', () => {
  it('every format is a pure function of the report', () => {
    for (const name of FORMAT_NAMES) {
      const r = sampleReport();
      const before = JSON.stringify(r);
      expect(FORMATTERS[name](r, {})).to.equal(FORMATTERS[name](sampleReport(), {}));
      expect(JSON.stringify(r), `${name} mutated the report`).to.equal(before);
    }
    expect(isFormatName('json')).to.equal(true);
    expect(isFormatName('toString')).to.equal(false);
  });
});

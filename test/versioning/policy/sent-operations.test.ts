/**
 * Callbacks and webhooks are addressable like any operation: an acceptance names them as reports
 * do (`POST /subscriptions -> callback onEvent -> POST {$request.body#/callbackUrl}`, `WEBHOOK
 * newBook`), and the extension filter (`x-internal`) drops them like the operations the API serves.
 */
import { expect } from 'chai';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { parseConfig } from '../../../versioning/config/parse.ts';
import { operationKey } from '../../../versioning/config/load.ts';
import { RULES } from '../../../versioning/rules/registry.ts';
import { analyze } from '../../../versioning/engine.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, '../../fixtures/rules');
const IDS = RULES.map((r) => r.id);
const CALLBACK = 'POST /subscriptions -> callback onEvent -> POST {$request.body#/callbackUrl}';

describe('callbacks and webhooks in acceptances and filters', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ck-sent-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('parses acceptances that name a callback operation or a webhook, as reports name them', () => {
    const config = parseConfig(
      'accept:\n' +
        `  - rule: callback-removed\n    operation: "${CALLBACK}"\n    reason: nobody subscribed\n` +
        '  - rule: webhook-removed\n    operation: WEBHOOK newBook\n    reason: replaced by bookCreated\n' +
        '  - rule: payload-removed\n    operation: webhook newBook post\n    reason: x\n',
      '.contract-kit.yaml',
      IDS,
    );
    expect(config.accept.map((a) => a.operation)).to.deep.equal([CALLBACK, 'WEBHOOK newBook', 'webhook newBook post']);
  });

  it('still refuses an operation that is neither', () => {
    expect(() =>
      parseConfig('accept:\n  - rule: callback-removed\n    operation: onEvent\n    reason: x\n', 'c.yaml', IDS),
    ).to.throw(/must be "METHOD \/path".*WEBHOOK newBook/);
  });

  it('keys callback labels by segment: methods upper-cased, parameter names erased, runtime expressions kept', () => {
    expect(operationKey('post /subscriptions/{id} ->  callback onEvent -> post {$request.body#/callbackUrl}')).to.equal(
      'POST /subscriptions/{} -> callback onEvent -> POST {$request.body#/callbackUrl}',
    );
    expect(operationKey('POST /s -> callback onEvent -> POST {$request.body#/otherUrl}')).to.not.equal(
      operationKey('POST /s -> callback onEvent -> POST {$request.body#/callbackUrl}'),
    );
    expect(operationKey('webhook newBook post')).to.equal('WEBHOOK newBook POST');
    expect(operationKey('get /users/{userId}')).to.equal('GET /users/{}');
  });

  it('an acceptance naming a callback operation accepts its removal', async () => {
    const c = path.join(FIXTURES, 'callback-removed');
    const config = parseConfig(
      `accept:\n  - rule: callback-removed\n    operation: "${CALLBACK}"\n    reason: nobody subscribed\n`,
      '.contract-kit.yaml',
      IDS,
    );
    const report = await analyze(path.join(c, 'base.yaml'), path.join(c, 'revision.yaml'), { config });
    const change = report.changes.find((x) => x.id === 'callback-removed');
    expect(change?.accepted).to.deep.equal({ reason: 'nobody subscribed' });
    expect(report.notes ?? []).to.deep.equal([]);
  });

  it('an acceptance naming a webhook accepts the changes of its payload', async () => {
    const c = path.join(FIXTURES, 'payload-removed');
    const config = parseConfig(
      'accept:\n  - rule: payload-removed\n    operation: WEBHOOK newBook\n    reason: the event carries no data now\n',
      '.contract-kit.yaml',
      IDS,
    );
    const report = await analyze(path.join(c, 'base.yaml'), path.join(c, 'revision.yaml'), { config });
    expect(report.changes.map((x) => [x.id, x.operation, x.accepted?.reason])).to.deep.equal([
      ['payload-removed', 'WEBHOOK newBook', 'the event carries no data now'],
    ]);
  });

  it('an acceptance naming a webhook accepts its removal', async () => {
    const c = path.join(FIXTURES, 'webhook-removed');
    const config = parseConfig(
      'accept:\n  - rule: webhook-removed\n    operation: WEBHOOK orderDeleted\n' +
        '    reason: replaced by orderCancelled\n',
      '.contract-kit.yaml',
      IDS,
    );
    const report = await analyze(path.join(c, 'base.yaml'), path.join(c, 'revision.yaml'), { config });
    const change = report.changes.find((x) => x.operation === 'WEBHOOK orderDeleted');
    expect([change?.operation, change?.accepted?.reason]).to.deep.equal([
      'WEBHOOK orderDeleted',
      'replaced by orderCancelled',
    ]);
  });

  it('dropExtensions leaves out webhooks and callback operations that carry the extension', async () => {
    const c = path.join(FIXTURES, 'payload-media-type-removed');
    const mark = async (file: string) => {
      type Node = Record<string, unknown>;
      const doc = parse(await readFile(path.join(c, file), 'utf8')) as Node;
      const at = (node: unknown, ...keys: string[]) => keys.reduce((n, k) => (n as Node)[k], node) as Node;
      at(doc, 'webhooks', 'newBook')['x-internal'] = true;
      at(doc, 'paths', '/subscriptions', 'post', 'callbacks', 'onEvent', '{$request.body#/callbackUrl}', 'post')[
        'x-internal'
      ] = true;
      const out = path.join(dir, file);
      await writeFile(out, stringify(doc));
      return out;
    };
    const unfiltered = await analyze(path.join(c, 'base.yaml'), path.join(c, 'revision.yaml'));
    expect(unfiltered.changes.map((x) => x.id)).to.deep.equal([
      'payload-media-type-removed',
      'payload-media-type-removed',
    ]);
    const filtered = await analyze(await mark('base.yaml'), await mark('revision.yaml'), {
      filter: { dropExtensions: ['x-internal'] },
    });
    expect(filtered.changes).to.deep.equal([]);
  });
});

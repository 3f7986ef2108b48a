/**
 * `runRules` keeps a finding under each of its operations where it is not exempt and no finding
 * with the same rule, pointers and message values was kept before (`KeptFindings`), also when the
 * findings are made for several operations (`Finding.alsoFor`).
 */
import { expect } from 'chai';
import type { Finding, HttpMethod, MessageParams, OperationRef } from '../../../versioning/model.ts';
import { KeptFindings } from '../../../versioning/rules/registry.ts';

const ROOT = {
  kind: 'root',
  direction: 'response',
  area: 'body',
  status: '200',
  mediaType: 'application/json',
} as const;

function op(label: string): OperationRef {
  const [method, path] = label.split(' ') as [string, string];
  return { label, method: method.toLowerCase() as HttpMethod, path };
}

/** A finding of `id` at property `path` of the 200 response, for `operation` and then `also`. */
function finding(
  operation: string | undefined,
  also: readonly string[] = [],
  path: readonly string[] = ['id'],
  extra: MessageParams = {},
  id = 'response-property-type-changed',
): Finding {
  const f: Finding = {
    id,
    params: { where: { kind: 'site', root: ROOT, path: [...path] }, from: 'string', to: 'integer', ...extra },
    revision: { pointer: '/components/schemas/Item/properties/id' },
  };
  if (operation !== undefined) {
    f.operation = operation;
    f.details = { direction: 'response', area: 'body', method: op(operation).method, path: op(operation).path };
  }
  if (also.length > 0) f.alsoFor = also.map(op);
  return f;
}

const operations = (f: Finding) => [f.operation, ...(f.alsoFor ?? []).map((o) => o.label)];

describe('KeptFindings: the duplicates and exempt operations runRules drops', () => {
  it('keeps findings that differ in the rule, the pointers or any message value', () => {
    const kept = new KeptFindings();
    const a = finding('GET /a');
    kept.add(a);
    kept.add(finding('GET /a', [], ['other']));
    kept.add(finding('GET /a', [], ['id'], { to: 'number' }));
    kept.add(finding('GET /a', [], ['id'], {}, 'response-property-type-generalized'));
    const moved = finding('GET /a');
    moved.revision = { pointer: '/components/schemas/Other/properties/id' };
    kept.add(moved);
    kept.add(finding('GET /b'));
    expect(kept.findings).to.have.length(6);
    expect(kept.findings[0]).to.equal(a);
  });

  it('drops a finding the same as one kept under its operation, whatever the order of the values', () => {
    const kept = new KeptFindings();
    kept.add(finding('GET /a'));
    const reordered = finding('GET /a');
    reordered.params = { to: 'integer', from: 'string', where: reordered.params['where'] };
    kept.add(reordered);
    kept.add(finding(undefined));
    kept.add(finding(undefined));
    expect(kept.findings.map((f) => f.operation)).to.deep.equal(['GET /a', undefined]);
  });

  it('drops from a finding made for several operations those where the same finding was kept', () => {
    const kept = new KeptFindings();
    kept.add(finding('GET /a', ['GET /b']));
    kept.add(finding('GET /c', ['GET /b', 'GET /d']));
    // Its own operation taken: the first left takes its place, with its method and path.
    kept.add(finding('GET /a', ['GET /d', 'GET /e', 'GET /f']));
    kept.add(finding('GET /e', ['GET /b']));
    expect(kept.findings.map(operations)).to.deep.equal([
      ['GET /a', 'GET /b'],
      ['GET /c', 'GET /d'],
      ['GET /e', 'GET /f'],
    ]);
    expect(kept.findings[2]!.details).to.include({ method: 'get', path: '/e' });
  });

  it('drops the exempt operations, and a finding left with none; an exempt one is not taken', () => {
    const kept = new KeptFindings();
    const exempt = new Set(['GET /b', 'GET /c']);
    kept.add(finding('GET /b', ['GET /a', 'GET /c']), exempt);
    kept.add(finding('GET /c'), exempt);
    kept.add(finding('GET /b', [], ['other']), exempt);
    // Not exempt for this finding (an info one, say): kept, as no same one was kept under it.
    kept.add(finding('GET /b'));
    kept.add(finding('GET /c', ['GET /a']));
    expect(kept.findings.map(operations)).to.deep.equal([['GET /a'], ['GET /b'], ['GET /c']]);
  });

  it('tells many operations apart (more than fit one word of the set)', () => {
    const kept = new KeptFindings();
    const labels = Array.from({ length: 70 }, (_, i) => `GET /op${i}`);
    kept.add(finding(labels[0], labels.slice(1, 35)));
    kept.add(finding(labels[69], labels.slice(30, 69)));
    expect(kept.findings.map(operations)).to.deep.equal([labels.slice(0, 35), [labels[69], ...labels.slice(35, 69)]]);
  });
});

import { expect } from 'chai';
import type { AcceptEntry } from '../../../versioning/config/schema.ts';
import type { Finding, NodeOrigin } from '../../../versioning/model.ts';
import {
  compareChanges,
  isExpired,
  toChanges,
  type ChangeContext,
  type Locator,
} from '../../../versioning/policy/changes.ts';
import { change, TEST_RULES } from './helpers.ts';

/** A fake spec: the line is the pointer's depth plus an offset per file, so every location is checkable. */
function locator(file: string, offset: number): Locator {
  return {
    file,
    locate(origin: NodeOrigin) {
      return { file: origin.file, line: offset + origin.pointer.split('/').length - 1, column: 1 };
    },
  };
}

function ctx(config: Partial<ChangeContext['config']> = {}, now = new Date('2025-06-15T12:00:00Z')): ChangeContext {
  return {
    rules: new Map(TEST_RULES.map((r) => [r.id, r])),
    base: locator('base.yaml', 100),
    revision: locator('revision.yaml', 200),
    config: { rules: {}, accept: [], ...config },
    now,
    messages: TEST_MESSAGES,
  };
}

/** Message templates of the test rules (findings carry values; `toChanges` renders them). */
const TEST_MESSAGES = {
  'response-property-removed': { message: 'removed {property}' },
  'endpoint-added': { message: 'added' },
  'endpoint-removed': { message: 'removed' },
  'info-title-changed': { message: 'info.title changed' },
  'response-property-type-changed': { message: 'type of {where} changed' },
};

const removed: Finding = {
  id: 'response-property-removed',
  operation: 'GET /users/{id}',
  params: { property: ['email'] },
  base: { pointer: '/paths/~1users~1{id}/get/responses/200/content/application~1json/schema/properties/email' },
  revision: { pointer: '/paths/~1users~1{id}/get/responses/200/content/application~1json/schema' },
  details: { direction: 'response', property: 'email' },
};
const added: Finding = {
  id: 'endpoint-added',
  operation: 'POST /users',
  params: {},
  revision: { pointer: '/paths/~1users/post' },
};
const gone: Finding = {
  id: 'endpoint-removed',
  operation: 'DELETE /users/{id}',
  params: {},
  base: { pointer: '/paths/~1users~1{id}/delete' },
};
const title: Finding = { id: 'info-title-changed', params: {} };
const viaRef: Finding = {
  id: 'response-property-type-changed',
  operation: 'GET /users/{id}',
  params: { where: 'the response' },
  revision: {
    pointer: '/paths/~1users~1{id}/get/responses/200/content/application~1json/schema/properties/id',
    origin: { file: 'schemas/user.yaml', pointer: '/properties/id' },
  },
};

describe('policy: toChanges', () => {
  it('locates both sides, preferring the revision for location and pointer', () => {
    const [c] = toChanges([removed], ctx()).changes;
    expect(c).to.deep.equal({
      id: 'response-property-removed',
      level: 'breaking',
      defaultLevel: 'breaking',
      operation: 'GET /users/{id}',
      pointer: removed.revision!.pointer,
      location: { file: 'revision.yaml', line: 208 },
      base: { pointer: removed.base!.pointer, file: 'base.yaml', line: 110 },
      revision: { pointer: removed.revision!.pointer, file: 'revision.yaml', line: 208 },
      message: 'GET /users/{id}: removed `email`',
      text: 'removed `email`',
      details: { direction: 'response', property: 'email' },
    });
  });

  it('uses the base side when the revision has none', () => {
    const [c] = toChanges([gone], ctx()).changes;
    expect(c!.location).to.deep.equal({ file: 'base.yaml', line: 103 });
    expect(c!.pointer).to.equal('/paths/~1users~1{id}/delete');
    expect(c).to.not.have.property('revision');
  });

  it('uses the physical origin of a $ref target for file:line and pointer (the pointer is into that file)', () => {
    const [c] = toChanges([viaRef], ctx()).changes;
    expect(c!.location).to.deep.equal({ file: 'schemas/user.yaml', line: 202 });
    expect(c!.pointer).to.equal('/properties/id');
    expect(c!.revision).to.deep.equal({ pointer: '/properties/id', file: 'schemas/user.yaml', line: 202 });
  });

  it('keeps findings apart that share one physical node at two places of one operation', () => {
    const shared = { file: 'revision.yaml', pointer: '/components/schemas/Money/properties/amount' };
    const at = (prop: string): Finding => ({
      id: 'response-property-type-changed',
      operation: 'GET /users/{id}',
      params: {
        where: {
          kind: 'site',
          root: { kind: 'root', direction: 'response', area: 'body', status: '200' },
          path: [prop, 'amount'],
        },
      },
      revision: {
        pointer:
          `/paths/~1users~1{id}/get/responses/200/content/application~1json/schema` +
          `/properties/${prop}/properties/amount`,
        origin: shared,
      },
    });
    const changes = toChanges([at('price'), at('tax')], ctx()).changes;
    expect(changes.map((c) => [c.pointer, c.message])).to.deep.equal([
      [shared.pointer, 'GET /users/{id}: type of property `price.amount` of the 200 response body changed'],
      [shared.pointer, 'GET /users/{id}: type of property `tax.amount` of the 200 response body changed'],
    ]);
  });

  it('puts document-level changes without pointers at line 1 of the revision', () => {
    const [c] = toChanges([title], ctx()).changes;
    expect(c!.location).to.deep.equal({ file: 'revision.yaml', line: 1 });
    expect(c!.pointer).to.equal('');
    expect(c).to.not.have.property('operation');
  });

  it('applies level overrides and keeps the default level', () => {
    const { changes } = toChanges(
      [removed, added],
      ctx({ rules: { 'response-property-removed': 'warning', 'endpoint-added': 'breaking' } }),
    );
    expect(changes.map((c) => [c.id, c.level, c.defaultLevel])).to.deep.equal([
      ['endpoint-added', 'breaking', 'info'],
      ['response-property-removed', 'warning', 'breaking'],
    ]);
  });

  it('drops rules configured off', () => {
    const { changes } = toChanges([removed, added], ctx({ rules: { 'endpoint-added': 'off' } }));
    expect(changes.map((c) => c.id)).to.deep.equal(['response-property-removed']);
  });

  it('refuses a finding whose rule is not registered', () => {
    expect(() => toChanges([{ id: 'made-up', params: {} }], ctx())).to.throw(/unregistered rule made-up/);
  });

  it('sorts by level, operation, rule id, pointer', () => {
    const { changes } = toChanges([added, title, gone, removed, viaRef], ctx());
    expect(changes.map((c) => `${c.level} ${c.operation ?? '-'} ${c.id}`)).to.deep.equal([
      'breaking DELETE /users/{id} endpoint-removed',
      'breaking GET /users/{id} response-property-removed',
      'breaking GET /users/{id} response-property-type-changed',
      'info - info-title-changed',
      'info POST /users endpoint-added',
    ]);
    // The order does not depend on the input order.
    const again = toChanges([viaRef, removed, gone, title, added], ctx()).changes;
    expect(again).to.deep.equal(changes);
    expect(compareChanges(changes[0]!, changes[0]!)).to.equal(0);
  });
});

describe('policy: acceptances', () => {
  const entry = (e: Partial<AcceptEntry>): AcceptEntry => ({
    rule: 'response-property-removed',
    reason: 'legacy field, nobody reads it',
    ...e,
  });

  it('marks a matching change accepted with the reason', () => {
    const { changes, notes } = toChanges([removed], ctx({ accept: [entry({ operation: 'GET /users/{id}' })] }));
    expect(changes[0]!.accepted).to.deep.equal({ reason: 'legacy field, nobody reads it' });
    expect(notes).to.deep.equal([]);
  });

  it('matches operations ignoring method case and path parameter names', () => {
    const { changes } = toChanges([removed], ctx({ accept: [entry({ operation: 'get /users/{userId}' })] }));
    expect(changes[0]!.accepted?.reason).to.equal('legacy field, nobody reads it');
  });

  it('does not match another operation or another rule', () => {
    const { changes, notes } = toChanges(
      [removed],
      ctx({
        accept: [
          entry({ operation: 'GET /orders/{id}', declaredAt: { file: '.contract-kit.yaml', line: 4 } }),
          entry({ rule: 'endpoint-removed' }),
        ],
      }),
    );
    expect(changes[0]).to.not.have.property('accepted');
    expect(notes).to.deep.equal([
      '.contract-kit.yaml:4: accept entry for response-property-removed on ' +
        'GET /orders/{id} matched no change; remove it',
      'accept entry for endpoint-removed matched no change; remove it',
    ]);
  });

  it('without an operation, matches the rule everywhere', () => {
    const other: Finding = { ...removed, operation: 'GET /orders', params: { property: ['x'] } };
    const { changes } = toChanges([removed, other], ctx({ accept: [entry({})] }));
    expect(changes.every((c) => c.accepted !== undefined)).to.equal(true);
  });

  it('applies up to and including the expiry day (UTC)', () => {
    const accept = [entry({ expires: '2025-06-15' })];
    const lastDay = toChanges([removed], ctx({ accept }, new Date('2025-06-15T23:59:59Z'))).changes[0]!;
    expect(lastDay.accepted).to.deep.equal({ reason: 'legacy field, nobody reads it', expires: '2025-06-15' });
    const dayAfter = toChanges([removed], ctx({ accept }, new Date('2025-06-16T00:00:00Z'))).changes[0]!;
    expect(dayAfter).to.not.have.property('accepted');
    expect(dayAfter.expiredAcceptance).to.deep.equal({
      reason: 'legacy field, nobody reads it',
      expires: '2025-06-15',
    });
  });

  it('prefers a live acceptance over an expired one', () => {
    const { changes } = toChanges(
      [removed],
      ctx({
        accept: [entry({ expires: '2020-01-01', reason: 'old' }), entry({ expires: '2030-01-01', reason: 'renewed' })],
      }),
    );
    expect(changes[0]!.accepted?.reason).to.equal('renewed');
    expect(changes[0]).to.not.have.property('expiredAcceptance');
  });

  it('notes an unused expired entry', () => {
    const { notes } = toChanges([], ctx({ accept: [entry({ expires: '2020-01-01' })] }));
    expect(notes).to.deep.equal([
      'accept entry for response-property-removed matched no change (and expired on 2020-01-01); remove it',
    ]);
  });

  it('isExpired compares calendar days', () => {
    expect(isExpired({ expires: '2025-06-14' }, new Date('2025-06-15T00:00:00Z'))).to.equal(true);
    expect(isExpired({ expires: '2025-06-15' }, new Date('2025-06-15T00:00:00Z'))).to.equal(false);
    expect(isExpired({}, new Date())).to.equal(false);
  });

  it('a change built by the helper stays comparable', () => {
    expect(compareChanges(change('endpoint-added'), change('response-property-removed'))).to.be.greaterThan(0);
  });
});

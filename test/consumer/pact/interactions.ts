import './env.ts';
import { expect } from 'chai';
import { MatchersV3 } from '@pact-foundation/pact';
import type { PactV4 } from '@pact-foundation/pact';
import type { V4ResponseBuilder } from '@pact-foundation/pact/src/v4/http/types.js';
import { UsersClient } from '../../../consumer/users-client.ts';
import { ServiceA } from '../../../consumer/service-a.ts';
import { UserCache } from '../../../consumer/cache.ts';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '../../../consumer/errors.ts';
import type { User } from '../../../consumer/users-client.ts';
import { ADA, EXAMPLE_ETAG, GRACE, MISSING_USER_ID } from './fixtures.ts';

const { eachLike, fromProviderState, integer, iso8601DateTimeWithMillis, regex, string, uuid } = MatchersV3;

/** One behaviour Service A depends on: how to record it, and how A's real code exercises it. */
export interface InteractionCase {
  description: string;
  /** Declare the interaction on a fresh PactV4 and run `exercise` against its mock server. */
  run(pact: PactV4): Promise<unknown>;
}

const JSON_TYPE = { 'Content-Type': 'application/json' };
const ETAG = { ETag: regex('^(W/)?"[^"]*"$', EXAMPLE_ETAG) };

/** The user shape A reads: every field typed, values free. */
function userBody(user: { id: string; name: string; email: string; createdAt: string; updatedAt: string }) {
  return {
    id: uuid(user.id),
    name: string(user.name),
    email: string(user.email),
    createdAt: iso8601DateTimeWithMillis(user.createdAt),
    updatedAt: iso8601DateTimeWithMillis(user.updatedAt),
  };
}

/**
 * Respond with an application/problem+json body that keeps its matchers. pact-js's
 * jsonBody() always records the body as application/json (even with a problem+json
 * Content-Type header), so this goes one level down to the interaction handle that
 * jsonBody() itself uses, passing the real media type.
 */
function problemJson(builder: V4ResponseBuilder, body: unknown): void {
  const handle = (
    builder as unknown as { interaction?: { withResponseBody?: (body: string, contentType: string) => void } }
  ).interaction;
  if (typeof handle?.withResponseBody !== 'function') {
    throw new Error(
      'pact-js internals changed: V4ResponseBuilder has no ' +
        'interaction.withResponseBody; update problemJson() in ' +
        'test/consumer/pact/interactions.ts',
    );
  }
  handle.withResponseBody(JSON.stringify(body), 'application/problem+json');
}

function problemBody(status: number, title: string, detail: string) {
  return {
    type: string(`urn:contract-kit:problem:${title.toLowerCase().replace(/ /g, '-')}`),
    title: string(title),
    status: integer(status),
    detail: string(detail),
  };
}

/** A client as Service A configures it, pointed at the mock server; no cache unless given. */
function usersClient(baseUrl: string, cache: UserCache<User> | false = false): UsersClient {
  return new UsersClient({ baseUrl, timeoutMs: 5000, retry: { maxAttempts: 1 }, cache });
}

const adaState = { id: ADA.id, name: ADA.name, email: ADA.email };

export const INTERACTIONS: InteractionCase[] = [
  {
    description: 'a request to process data',
    run: (pact) =>
      pact
        .addInteraction()
        .uponReceiving('a request to process data')
        .withRequest('POST', '/process', (b) => b.headers(JSON_TYPE).jsonBody({ data: 'hello' }))
        .willRespondWith(200, (b) => b.headers(JSON_TYPE).jsonBody({ result: 'Processed hello' }))
        .executeTest(async (mock) => {
          const serviceA = new ServiceA({ baseUrl: mock.url, retry: { maxAttempts: 1 } });
          expect(await serviceA.handle('hello')).to.equal('ServiceA got: Processed hello');
        }),
  },
  {
    description: 'a request for an existing user',
    run: (pact) =>
      pact
        .addInteraction()
        .given('a user exists', adaState)
        .uponReceiving('a request for an existing user')
        .withRequest('GET', `/users/${ADA.id}`)
        .willRespondWith(200, (b) => b.headers({ ...JSON_TYPE, ...ETAG }).jsonBody(userBody(ADA)))
        .executeTest(async (mock) => {
          const cache = new UserCache<User>({ ttlMs: 60_000 });
          const user = await usersClient(mock.url, cache).getUser(ADA.id);
          expect(user).to.deep.equal(ADA);
          // A keeps the ETag for revalidation later.
          expect(cache.get(ADA.id)?.etag).to.equal(EXAMPLE_ETAG);
        }),
  },
  {
    description: 'a conditional request for an unchanged user',
    run: (pact) =>
      pact
        .addInteraction()
        .given('a user exists', adaState)
        .uponReceiving('a conditional request for an unchanged user')
        .withRequest('GET', `/users/${ADA.id}`, (b) =>
          b.headers({ 'If-None-Match': fromProviderState('${etag}', EXAMPLE_ETAG) }),
        )
        .willRespondWith(304, (b) => b.headers(ETAG))
        .executeTest(async (mock) => {
          // A cached copy whose TTL ran out: A revalidates instead of downloading again.
          const cache = new UserCache<User>({ ttlMs: 0 });
          cache.set(ADA.id, { ...ADA }, EXAMPLE_ETAG);
          const user = await usersClient(mock.url, cache).getUser(ADA.id);
          expect(user).to.deep.equal(ADA);
        }),
  },
  {
    description: 'a request for a missing user',
    run: (pact) =>
      pact
        .addInteraction()
        .given('no user exists', { id: MISSING_USER_ID })
        .uponReceiving('a request for a missing user')
        .withRequest('GET', `/users/${MISSING_USER_ID}`)
        .willRespondWith(404, (b) =>
          problemJson(b, problemBody(404, 'Not Found', `No user with id ${MISSING_USER_ID}.`)),
        )
        .executeTest(async (mock) => {
          const error = await usersClient(mock.url)
            .getUser(MISSING_USER_ID)
            .then(
              () => undefined,
              (e: unknown) => e,
            );
          expect(error).to.be.instanceOf(NotFoundError);
          expect((error as NotFoundError).status).to.equal(404);
        }),
  },
  {
    description: 'a request for the first page of users',
    run: (pact) =>
      pact
        .addInteraction()
        .given('users exist', { count: 3 })
        .uponReceiving('a request for the first page of users')
        .withRequest('GET', '/users', (b) => b.query({ limit: '2' }))
        .willRespondWith(200, (b) =>
          b.headers(JSON_TYPE).jsonBody({
            items: eachLike(userBody(ADA), 1),
            nextCursor: string('eyJhZnRlciI6IjZiMWYzYzdlIn0'),
          }),
        )
        .executeTest(async (mock) => {
          const page = await usersClient(mock.url).listUsers({ limit: 2 });
          expect(page.items).to.have.length.of.at.least(1);
          expect(page.items[0]).to.deep.equal(ADA);
          expect(page.nextCursor).to.be.a('string');
        }),
  },
  {
    description: 'a request to create a user',
    run: (pact) =>
      pact
        .addInteraction()
        .given('no user has the email', { email: GRACE.email })
        .uponReceiving('a request to create a user')
        .withRequest('POST', '/users', (b) => b.headers(JSON_TYPE).jsonBody({ name: GRACE.name, email: GRACE.email }))
        .willRespondWith(201, (b) =>
          b
            .headers({ ...JSON_TYPE, ...ETAG, Location: regex('^/users/[0-9a-fA-F-]{36}$', `/users/${ADA.id}`) })
            .jsonBody({ ...userBody({ ...ADA, ...GRACE }), name: GRACE.name, email: GRACE.email }),
        )
        .executeTest(async (mock) => {
          const user = await usersClient(mock.url).createUser(GRACE);
          expect(user).to.include({ name: GRACE.name, email: GRACE.email });
          expect(user.id).to.match(/^[0-9a-f-]{36}$/);
        }),
  },
  {
    description: 'a request to create a user with an invalid email',
    run: (pact) =>
      pact
        .addInteraction()
        .uponReceiving('a request to create a user with an invalid email')
        .withRequest('POST', '/users', (b) =>
          b.headers(JSON_TYPE).jsonBody({ name: GRACE.name, email: 'not-an-email' }),
        )
        .willRespondWith(400, (b) =>
          problemJson(b, {
            ...problemBody(400, 'Validation failed', 'The request has 1 invalid field.'),
            errors: eachLike({ field: 'email', in: 'body', message: 'must match format "email"' }, 1),
          }),
        )
        .executeTest(async (mock) => {
          const error = await usersClient(mock.url)
            .createUser({ name: GRACE.name, email: 'not-an-email' })
            .then(
              () => undefined,
              (e: unknown) => e,
            );
          expect(error).to.be.instanceOf(ValidationError);
          expect((error as ValidationError).fieldErrors).to.deep.equal([
            { field: 'email', in: 'body', message: 'must match format "email"' },
          ]);
        }),
  },
  {
    description: 'a request to create a user with a taken email',
    run: (pact) =>
      pact
        .addInteraction()
        .given('a user exists', adaState)
        .uponReceiving('a request to create a user with a taken email')
        .withRequest('POST', '/users', (b) => b.headers(JSON_TYPE).jsonBody({ name: 'Another Ada', email: ADA.email }))
        .willRespondWith(409, (b) =>
          problemJson(b, problemBody(409, 'Conflict', `A user with email ${ADA.email} already exists.`)),
        )
        .executeTest(async (mock) => {
          const error = await usersClient(mock.url)
            .createUser({ name: 'Another Ada', email: ADA.email })
            .then(
              () => undefined,
              (e: unknown) => e,
            );
          expect(error).to.be.instanceOf(ConflictError);
          expect((error as ConflictError).message).to.contain(ADA.email);
        }),
  },
  {
    description: 'a request to replace a user',
    run: (pact) =>
      pact
        .addInteraction()
        .given('a user exists', adaState)
        .uponReceiving('a request to replace a user')
        .withRequest('PUT', `/users/${ADA.id}`, (b) =>
          b.headers(JSON_TYPE).jsonBody({ name: 'Ada King', email: ADA.email }),
        )
        .willRespondWith(200, (b) =>
          b.headers({ ...JSON_TYPE, ...ETAG }).jsonBody({
            ...userBody(ADA),
            name: 'Ada King',
            updatedAt: iso8601DateTimeWithMillis('2024-02-01T08:00:00.000Z'),
          }),
        )
        .executeTest(async (mock) => {
          const cache = new UserCache<User>({ ttlMs: 60_000 });
          const user = await usersClient(mock.url, cache).replaceUser(ADA.id, { name: 'Ada King', email: ADA.email });
          expect(user.name).to.equal('Ada King');
          // The fresh representation replaces whatever A had cached.
          expect(cache.get(ADA.id)?.value.name).to.equal('Ada King');
        }),
  },
  {
    description: 'a conditional request to replace an unchanged user',
    run: (pact) =>
      pact
        .addInteraction()
        .given('a user exists', adaState)
        .uponReceiving('a conditional request to replace an unchanged user')
        .withRequest('PUT', `/users/${ADA.id}`, (b) =>
          b
            .headers({ ...JSON_TYPE, 'If-Match': fromProviderState('${etag}', EXAMPLE_ETAG) })
            .jsonBody({ name: 'Ada King', email: ADA.email }),
        )
        .willRespondWith(200, (b) =>
          b.headers({ ...JSON_TYPE, ...ETAG }).jsonBody({
            ...userBody(ADA),
            name: 'Ada King',
            updatedAt: iso8601DateTimeWithMillis('2024-02-01T08:00:00.000Z'),
          }),
        )
        .executeTest(async (mock) => {
          // A read the user with its ETag, then writes only if nobody changed it since.
          const user = await usersClient(mock.url).replaceUser(
            ADA.id,
            { name: 'Ada King', email: ADA.email },
            { ifMatch: EXAMPLE_ETAG },
          );
          expect(user.name).to.equal('Ada King');
        }),
  },
  {
    description: 'a conditional request to replace a user changed since it was read',
    run: (pact) =>
      pact
        .addInteraction()
        .given('the user changed since it was read', { ...adaState, etag: EXAMPLE_ETAG })
        .uponReceiving('a conditional request to replace a user changed since it was read')
        .withRequest('PUT', `/users/${ADA.id}`, (b) =>
          b.headers({ ...JSON_TYPE, 'If-Match': EXAMPLE_ETAG }).jsonBody({ name: 'Ada King', email: ADA.email }),
        )
        .willRespondWith(412, (b) =>
          problemJson(
            b,
            problemBody(
              412,
              'Precondition Failed',
              'The user has changed since the ETag in If-Match was read; GET it again and retry with the new ETag.',
            ),
          ),
        )
        .executeTest(async (mock) => {
          const cache = new UserCache<User>({ ttlMs: 60_000 });
          cache.set(ADA.id, { ...ADA }, EXAMPLE_ETAG);
          const error = await usersClient(mock.url, cache)
            .replaceUser(ADA.id, { name: 'Ada King', email: ADA.email }, { ifMatch: EXAMPLE_ETAG })
            .then(
              () => undefined,
              (e: unknown) => e,
            );
          // No lost update: A learns that its copy is outdated and drops it.
          expect(error).to.be.instanceOf(PreconditionFailedError);
          expect((error as PreconditionFailedError).status).to.equal(412);
          expect(cache.get(ADA.id)).to.equal(undefined);
        }),
  },
  {
    description: 'a request to replace a missing user',
    run: (pact) =>
      pact
        .addInteraction()
        .given('no user exists', { id: MISSING_USER_ID })
        .uponReceiving('a request to replace a missing user')
        .withRequest('PUT', `/users/${MISSING_USER_ID}`, (b) =>
          b.headers(JSON_TYPE).jsonBody({ name: 'Nobody', email: 'nobody@example.com' }),
        )
        .willRespondWith(404, (b) =>
          problemJson(b, problemBody(404, 'Not Found', `No user with id ${MISSING_USER_ID}.`)),
        )
        .executeTest(async (mock) => {
          const error = await usersClient(mock.url)
            .replaceUser(MISSING_USER_ID, { name: 'Nobody', email: 'nobody@example.com' })
            .then(
              () => undefined,
              (e: unknown) => e,
            );
          expect(error).to.be.instanceOf(NotFoundError);
        }),
  },
  {
    description: 'a request to delete a user',
    run: (pact) =>
      pact
        .addInteraction()
        .given('a user exists', adaState)
        .uponReceiving('a request to delete a user')
        .withRequest('DELETE', `/users/${ADA.id}`)
        .willRespondWith(204)
        .executeTest(async (mock) => {
          const cache = new UserCache<User>({ ttlMs: 60_000 });
          cache.set(ADA.id, { ...ADA }, EXAMPLE_ETAG);
          await usersClient(mock.url, cache).deleteUser(ADA.id);
          expect(cache.get(ADA.id)).to.equal(undefined);
        }),
  },
];

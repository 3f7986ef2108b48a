import { expect } from 'chai';
import { startProvider } from '../../provider/server.ts';
import type { RunningProvider } from '../../provider/server.ts';
import { startConsumer } from '../../consumer/server.ts';
import type { RunningConsumer } from '../../consumer/server.ts';
import { startChildService } from '../fixtures/child-service.ts';
import { UsersClient } from '../../consumer/users-client.ts';
import type { ChildService } from '../fixtures/child-service.ts';

describe('end to end: client app -> Service A -> Service B', function () {
  this.timeout(60_000);

  describe('in process', () => {
    let b: RunningProvider;
    let a: RunningConsumer;
    before(async () => {
      b = await startProvider({ port: 0, validateResponses: true });
      a = await startConsumer({
        port: 0,
        serviceBUrl: b.url,
        userCacheTtlMs: 60_000,
        maxAttempts: 2,
        logger: { error: () => undefined },
      });
    });
    after(async () => {
      await a.close();
      await b.close();
    });

    it("a profile on A reflects a user created on B, and A keeps B's ETag", async () => {
      const created = await fetch(`${b.url}/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Grace Hopper', email: 'grace@example.com' }),
      });
      expect(created.status).to.equal(201);
      const user = (await created.json()) as { id: string; createdAt: string };
      const profile = await fetch(`${a.url}/profiles/${user.id}`);
      expect(profile.status).to.equal(200);
      expect(await profile.json()).to.deep.equal({
        id: user.id,
        displayName: 'Grace Hopper',
        email: 'grace@example.com',
        memberSince: user.createdAt,
      });
      expect(a.users.cache?.get(user.id)?.etag).to.match(/^"[^"]+"$/);
    });

    it("B's 404 arrives as A's 404; a malformed id arrives as A's 400 with B's field errors", async () => {
      const missing = await fetch(`${a.url}/profiles/0d7c5f44-6a2e-4b9a-8f3d-2c1e9b7a6f50`);
      expect(missing.status).to.equal(404);
      const bad = await fetch(`${a.url}/profiles/not-a-uuid`);
      expect(bad.status).to.equal(400);
      expect(((await bad.json()) as { errors: unknown[] }).errors).to.deep.equal([
        { field: 'id', in: 'path', message: 'must match format "uuid"' },
      ]);
    });

    it('UsersClient revalidates against the real B: a stale entry costs a 304, not a download', async () => {
      const statuses: number[] = [];
      const spy: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        statuses.push(response.status);
        return response;
      };
      const client = new UsersClient({ baseUrl: b.url, cache: { ttlMs: 0 }, fetch: spy });
      const user = await client.createUser({ name: 'Edsger Dijkstra', email: 'ewd@example.com' });
      expect(await client.getUser(user.id)).to.deep.equal(user);
      await client.replaceUser(user.id, { name: 'E. W. Dijkstra', email: 'ewd@example.com' });
      expect((await client.getUser(user.id)).name).to.equal('E. W. Dijkstra');
      expect(statuses).to.deep.equal([201, 304, 200, 304]);
    });

    it("POST /handle on A goes through B's /process", async () => {
      const reply = await fetch(`${a.url}/handle`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"data":"hello"}',
      });
      expect(await reply.json()).to.deep.equal({ message: 'ServiceA got: Processed hello' });
    });
  });

  describe('as processes (npm run start:provider / start:consumer entries)', () => {
    let b: ChildService | undefined;
    let a: ChildService | undefined;
    after(async () => {
      for (const s of [a, b]) {
        if (s && s.child.exitCode === null) {
          s.child.kill('SIGTERM');
          await s.exited;
        }
      }
    });

    it('A reaches B; when B stops, A answers 503 problem+json', async () => {
      b = await startChildService('provider/server.ts', { PORT: '0' });
      a = await startChildService('consumer/server.ts', {
        PORT: '0',
        SERVICE_B_URL: b.url,
        SERVICE_B_MAX_ATTEMPTS: '2',
      });
      const reply = await fetch(`${a.url}/handle`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"data":"x"}',
      });
      expect(await reply.json()).to.deep.equal({ message: 'ServiceA got: Processed x' });
      b.child.kill('SIGTERM');
      expect(await b.exited).to.equal(0);
      const down = await fetch(`${a.url}/profiles/0d7c5f44-6a2e-4b9a-8f3d-2c1e9b7a6f50`);
      expect(down.status).to.equal(503);
      expect(down.headers.get('content-type')).to.match(/^application\/problem\+json/);
    });
  });
});

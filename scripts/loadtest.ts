/**
 * `npm run loadtest`: autocannon against Service B and Service A on 127.0.0.1, bounded in time and count.
 * Prints requests/s, p50/p99 latency, status classes and connection errors per scenario, and writes the table
 * into docs/reliability.md between `<!-- loadtest:<section>:begin -->` and `<!-- loadtest:<section>:end -->`.
 *
 *   npm run loadtest                                   # section "after", 5 s per scenario
 *   npm run loadtest -- --seconds 3 --no-write         # print only
 *   npm run loadtest -- --only cold --no-write         # the scenarios whose name contains "cold"
 *   tsx scripts/loadtest.ts --section before --doc ../other/docs/reliability.md   # baseline from another checkout
 *
 * The services run in a child process of their own, so the load generator does not compete with them for
 * the event loop. Uses only startProvider / startConsumer / InMemoryUserStore, so it also runs on older
 * checkouts (the baseline).
 * Never part of `npm test`: numbers depend on the machine and its load.
 */
import autocannon from 'autocannon';
import type { Options, Result } from 'autocannon';
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startProvider } from '../provider/server.ts';
import { InMemoryUserStore } from '../provider/store.ts';
import { startConsumer } from '../consumer/server.ts';

interface Row {
  scenario: string;
  result: Result;
}

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '20' },
    users: { type: 'string', default: '5000' },
    section: { type: 'string', default: 'after' },
    doc: { type: 'string', default: resolve(import.meta.dirname, '../docs/reliability.md') },
    'no-write': { type: 'boolean', default: false },
    only: { type: 'string' },
    serve: { type: 'boolean', default: false },
  },
});

function positiveInt(name: string, raw: string | undefined, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    console.error(`loadtest: --${name} ${raw} is invalid; give an integer between 1 and ${max}`);
    process.exit(2);
  }
  return value;
}

const seconds = positiveInt('seconds', values.seconds, 60);
const connections = positiveInt('connections', values.connections, 200);
const userCount = positiveInt('users', values.users, 100_000);
const section = values.section ?? 'after';
if (!/^[a-z0-9-]+$/.test(section)) {
  console.error(`loadtest: --section ${section} is invalid; use letters, digits and dashes`);
  process.exit(2);
}

async function run(scenario: string, options: Options): Promise<Row | undefined> {
  if (values.only !== undefined && !scenario.includes(values.only)) return undefined;
  const url = new URL(options.url);
  // Loopback only: this tool must never send load anywhere else.
  if (url.hostname !== '127.0.0.1') throw new Error(`loadtest: ${options.url} is not on 127.0.0.1`);
  const result = await autocannon({
    connections,
    duration: seconds,
    maxOverallRequests: 2_000_000,
    timeout: 10,
    ...options,
  });
  return { scenario, result };
}

function row({ scenario, result }: Row): string {
  const codes = Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}×${count ?? 0}`)
    .join(' ');
  return (
    `| ${scenario} | ${Math.round(result.requests.average)} | ${result.latency.p50} ` +
    `| ${result.latency.p99} | ${codes || '-'} | ${result.errors} ` +
    `|`
  );
}

const HEADER =
  '| scenario | req/s | p50 ms | p99 ms | statuses | conn. errors |\n| --- | ---: | ---: | ---: | --- | ---: |';

interface Targets {
  b: string;
  a: string;
  cold: string;
  down: string;
  ids: string[];
}

/** Child process: start B (seeded), A warm, A cold, A with B down; report their URLs; stop on "stop". */
async function serve(): Promise<void> {
  const silent = { error: () => undefined };
  const store = new InMemoryUserStore();
  const at = '2024-01-15T10:30:00.000Z';
  const ids: string[] = [];
  for (let n = 0; n < userCount; n++) {
    const id = randomUUID();
    ids.push(id);
    store.seed({ id, name: `User ${n}`, email: `user${n}@example.com`, createdAt: at, updatedAt: at });
  }
  const b = await startProvider({ store, port: 0, logger: silent });
  const a = await startConsumer({ port: 0, serviceBUrl: b.url, userCacheTtlMs: 30_000, logger: silent });
  const cold = await startConsumer({ port: 0, serviceBUrl: b.url, userCacheTtlMs: 0, logger: silent });
  // Service B not listening at all (port 9, discard, is closed on loopback): how fast does A give up?
  const down = await startConsumer({ port: 0, serviceBUrl: 'http://127.0.0.1:9', logger: silent });
  const targets: Targets = { b: b.url, a: a.url, cold: cold.url, down: down.url, ids };
  process.send?.(targets);
  process.on('message', (message) => {
    if (message !== 'stop') return;
    void Promise.all([a.close(), cold.close(), down.close()])
      .then(() => b.close())
      .finally(() => process.exit(0));
  });
}

function startServices(): Promise<{ child: ChildProcess; targets: Targets }> {
  const child = fork(fileURLToPath(import.meta.url), [...process.argv.slice(2), '--serve'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((done, fail) => {
    child.once('message', (targets) => done({ child, targets: targets as Targets }));
    child.once('exit', (code) => fail(new Error(`loadtest: the services exited (${code}) before listening`)));
  });
}

async function main(): Promise<void> {
  const { child, targets } = await startServices();
  const { b, a, cold, down, ids } = targets;
  const rows: Array<Row | undefined> = [];
  let created = 0;
  let cursor = 0;
  try {
    const one = ids[0]!;
    rows.push(await run(`B GET /users/{id} (${userCount} users)`, { url: `${b}/users/${one}` }));
    rows.push(await run('B GET /users?limit=20', { url: `${b}/users?limit=20` }));
    rows.push(await run('B GET /users?limit=Infinity', { url: `${b}/users?limit=Infinity` }));
    rows.push(
      await run('B POST /users (store grows)', {
        url: b,
        requests: [
          {
            method: 'POST',
            path: '/users',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({ name: 'Load Test', email: `load${created++}@example.com` }),
            }),
          },
        ],
      }),
    );
    rows.push(await run('A GET /profiles/{id}, warm cache', { url: `${a}/profiles/${one}` }));
    rows.push(
      await run(`A GET /profiles/{id}, cold (${userCount} ids, no TTL)`, {
        url: cold,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: `/profiles/${ids[cursor++ % ids.length]}` }),
          },
        ],
      }),
    );
    rows.push(await run('A GET /profiles/{id}, B down', { url: `${down}/profiles/${one}` }));
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.send('stop');
    await exited;
  }
  const table = `${HEADER}\n${rows
    .filter((r): r is Row => r !== undefined)
    .map(row)
    .join('\n')}`;
  const context =
    `${seconds} s per scenario, ${connections} connections, ${userCount} ` +
    `users in B, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  console.log(`${context}\n\n${table}`);
  if (values['no-write']) return;
  const doc = values.doc ?? '';
  const begin = `<!-- loadtest:${section}:begin -->`;
  const end = `<!-- loadtest:${section}:end -->`;
  const text = readFileSync(doc, 'utf8');
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start < 0 || stop < start) {
    console.error(`loadtest: ${doc} has no ${begin} ... ${end} block; add one where the table should go`);
    process.exit(2);
  }
  writeFileSync(doc, `${text.slice(0, start + begin.length)}\n${context}\n\n${table}\n${text.slice(stop)}`);
  console.log(`\nwrote the "${section}" table in ${doc}`);
}

await (values.serve ? serve() : main());

import './support/env.ts';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { startProvider } from '../../provider/server.ts';
import type { RunningProvider } from '../../provider/server.ts';
import { InMemoryUserStore } from '../../provider/store.ts';
import { createStateHandlers } from './support/states.ts';
import { localPactFiles, pactSourceFromEnv, statesInPacts, verifyPacts } from './support/verify.ts';

describe("Service B honours its consumers' pacts (provider verification)", function () {
  this.timeout(120_000);
  let provider: RunningProvider;
  let store: InMemoryUserStore;
  const failures: string[] = [];

  before(async () => {
    store = new InMemoryUserStore();
    // Responses are validated against openapi.yaml too: a pact can only pass if the spec agrees.
    provider = await startProvider({
      store,
      port: 0,
      host: '127.0.0.1',
      validateResponses: true,
      logger: { error: (message, error) => failures.push(`${message}: ${String(error)}`) },
    });
  });
  after(async () => {
    await provider?.close();
  });

  it('has a state handler for every provider state in pacts/', () => {
    const pacts = localPactFiles().map(
      (file) => JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof statesInPacts>[0][number],
    );
    const handlers = Object.keys(createStateHandlers(store));
    const missing = statesInPacts(pacts).filter((state) => !handlers.includes(state));
    expect(missing, `provider states without a handler in test/provider/support/states.ts`).to.deep.equal([]);
  });

  it('verifies every pact (pacts/, or the broker when PACT_BROKER_BASE_URL is set)', async () => {
    const source = pactSourceFromEnv(process.env);
    const started = performance.now();
    await verifyPacts({ providerBaseUrl: provider.url, stateHandlers: createStateHandlers(store), source });
    const seconds = (performance.now() - started) / 1000;
    const from = source.kind === 'local' ? source.pactUrls.length + ' local pact file(s)' : 'broker';
    console.log(`      verification took ${seconds.toFixed(2)} s (${from})`);
    expect(failures, 'provider errors during verification').to.deep.equal([]);
  });

  it('leaves the store empty: every state teardown removed what its setup created', () => {
    expect(store.size).to.equal(0);
  });
});

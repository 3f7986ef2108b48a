import './env.ts';
import { PactV4 } from '@pact-foundation/pact';
import { CONSUMER, PROVIDER } from './fixtures.ts';
import { INTERACTIONS } from './interactions.ts';
import type { InteractionCase } from './interactions.ts';

/** A PactV4 for Service A -> Service B that writes into `dir`. */
export function newPact(dir: string): PactV4 {
  return new PactV4({ consumer: CONSUMER, provider: PROVIDER, dir, logLevel: 'warn', host: '127.0.0.1' });
}

/** Run every interaction (or the given ones) and let Pact write/merge the file in `dir`. */
export async function writeContract(dir: string, cases: InteractionCase[] = INTERACTIONS): Promise<void> {
  for (const interaction of cases) {
    await interaction.run(newPact(dir));
  }
}

/**
 * Provider states without parameters (`.given('the service is up')`): every handler in
 * createStateHandlers either works with none or fails with a message that names the state, the
 * missing parameter and the fix in the consumer, never a TypeError from deep inside.
 */
import { expect } from 'chai';
import { InMemoryUserStore } from '../../provider/store.ts';
import { createStateHandlers } from './support/states.ts';

type Handler =
  | ((params?: unknown) => Promise<unknown>)
  | { setup?: (params?: unknown) => Promise<unknown>; teardown?: (params?: unknown) => Promise<unknown> };

describe('provider states: a state given without parameters', () => {
  for (const [name, handler] of Object.entries(
    createStateHandlers(new InMemoryUserStore()) as Record<string, Handler>,
  )) {
    for (const params of [undefined, {}]) {
      it(`"${name}" with ${JSON.stringify(params) ?? 'no parameters'} works or says what to add`, async () => {
        const steps =
          typeof handler === 'function' ? [handler] : [handler.setup, handler.teardown].filter((f) => f !== undefined);
        for (const step of steps) {
          try {
            await step(params);
          } catch (err) {
            expect(err).to.be.instanceOf(Error);
            expect((err as Error).message)
              .to.include(`provider state "${name}" needs`)
              .and.to.include(`.given("${name}", {`);
          }
        }
      });
    }
  }
});

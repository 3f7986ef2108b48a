/**
 * Verify pacts/ against a deliberately broken variant of Service B, in its own
 * process so the test can read the Pact verifier's report (the native core writes
 * it straight to stdout). Usage: node --import tsx verify-variant.ts <variant>
 *   renamed-field    B answers `emailAddress` instead of `email` in every JSON body
 *   missing-state    B's verification has no handler for "a user exists"
 * Exit code 0 = verification passed, 1 = it failed, 2 = bad usage.
 */
import './env.ts';
import express from 'express';
import type { Request, Response, NextFunction } from 'express';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../provider/app.ts';
import { InMemoryUserStore } from '../../../provider/store.ts';
import { createStateHandlers } from './states.ts';
import { localPactFiles, verifyPacts } from './verify.ts';

export const VARIANTS = ['renamed-field', 'missing-state'] as const;
type Variant = (typeof VARIANTS)[number];

function renameKeys(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((v) => renameKeys(v, from, to));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === from ? to : k, renameKeys(v, from, to)]));
  }
  return value;
}

interface VerificationReport {
  errors?: Array<{
    interaction?: string;
    mismatch?: { mismatches?: Array<{ mismatch?: string; path?: string }>; message?: string };
  }>;
}

/**
 * One line per failed interaction: "<interaction> :: <mismatch>; <mismatch>" (pact-core puts a JSON report in the
 * error message).
 */
function summarize(message: string): string[] {
  let report: VerificationReport;
  try {
    report = JSON.parse(message) as VerificationReport;
  } catch {
    return [message];
  }
  return (report.errors ?? []).map((e) => {
    const details = e.mismatch?.mismatches?.map((m) => `${m.path ?? ''} ${m.mismatch ?? ''}`.trim()) ?? [
      e.mismatch?.message ?? 'failed',
    ];
    return `${e.interaction ?? 'interaction'} :: ${details.join('; ')}`;
  });
}

async function main(variant: Variant): Promise<number> {
  const store = new InMemoryUserStore();
  const real = createApp({ store });
  const app = express();
  if (variant === 'renamed-field') {
    // A provider whose serializer renamed a response field: what a careless refactor ships.
    app.use((_req: Request, res: Response, next: NextFunction) => {
      const json = res.json.bind(res);
      res.json = (body: unknown) => json(renameKeys(body, 'email', 'emailAddress'));
      next();
    });
  }
  app.use(real);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const handlers = createStateHandlers(store);
  if (variant === 'missing-state') delete handlers['a user exists'];
  try {
    await verifyPacts({
      providerBaseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      stateHandlers: handlers,
      source: { kind: 'local', pactUrls: localPactFiles() },
    });
    console.log(`VARIANT ${variant}: verification passed`);
    return 0;
  } catch (error) {
    console.log(`VARIANT ${variant}: verification failed`);
    for (const line of summarize((error as Error).message)) console.log(`FAILED ${line}`);
    return 1;
  } finally {
    server.close();
    server.closeAllConnections();
  }
}

const variant = process.argv[2];
if (!VARIANTS.includes(variant as Variant)) {
  console.error(`verify-variant: unknown variant "${variant ?? ''}"; use one of ${VARIANTS.join(', ')}`);
  process.exit(2);
}
process.exitCode = await main(variant as Variant);

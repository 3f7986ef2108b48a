import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createConsumerApp } from './app.ts';
import { DEFAULT_CONSUMER_CONFIG, loadConsumerConfig } from './config.ts';
import type { ConsumerConfig } from './config.ts';
import { ServiceA } from './service-a.ts';
import { UsersClient } from './users-client.ts';

export interface RunningConsumer {
  url: string;
  port: number;
  server: Server;
  users: UsersClient;
  /** Stop accepting connections, finish in-flight requests, then resolve. */
  close(): Promise<void>;
}

/** Start Service A. `port: 0` picks an ephemeral port (tests). */
export async function startConsumer(overrides: Partial<ConsumerConfig> & { shutdownTimeoutMs?: number; logger?: { error(message: string, error?: unknown): void } } = {}): Promise<RunningConsumer> {
  const config: ConsumerConfig = { ...DEFAULT_CONSUMER_CONFIG, ...overrides };
  const http = {
    baseUrl: config.serviceBUrl,
    timeoutMs: config.timeoutMs,
    retry: { maxAttempts: config.maxAttempts, totalTimeoutMs: config.totalTimeoutMs },
  };
  const users = new UsersClient({ ...http, cache: { ttlMs: config.userCacheTtlMs } });
  const serviceA = new ServiceA(http);
  let draining = false;
  const app = createConsumerApp({ users, serviceA, isDraining: () => draining, ...(overrides.logger ? { logger: overrides.logger } : {}) });
  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  server.on('request', (_req, res) => {
    res.on('finish', () => {
      if (draining) server.closeIdleConnections();
    });
  });
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      draining = true;
      const force = setTimeout(() => server.closeAllConnections(), overrides.shutdownTimeoutMs ?? 10_000);
      force.unref();
      server.close((error) => {
        clearTimeout(force);
        if (error) reject(error);
        else resolve();
      });
      server.closeIdleConnections();
    });
    return closing;
  };
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return { url: `http://${host}:${port}`, port, server, users, close };
}

async function main(): Promise<void> {
  let config: ConsumerConfig;
  try {
    config = loadConsumerConfig(process.env);
  } catch (error) {
    console.error(`service-a: ${(error as Error).message}`);
    process.exit(2);
  }
  let running: RunningConsumer;
  try {
    running = await startConsumer(config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`service-a: cannot listen on ${config.host}:${config.port} (${code ?? (error as Error).message}); set PORT/HOST to a free address`);
    process.exit(2);
  }
  console.log(`service-a listening on ${running.url} (Service B at ${config.serviceBUrl})`);
  let signals = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      console.error(`service-a: second ${signal}, exiting now`);
      process.exit(1);
    }
    console.log(`service-a: ${signal} received, finishing in-flight requests`);
    running.close().then(
      () => {
        console.log('service-a: stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`service-a: shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) void main();

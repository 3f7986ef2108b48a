import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createConsumerApp } from './app.ts';
import { DEFAULT_CONSUMER_CONFIG, loadConsumerConfig } from './config.ts';
import type { ConsumerConfig } from './config.ts';
import { ServiceA } from './service-a.ts';
import { UsersClient } from './users-client.ts';
import { UpstreamGuard } from './resilience.ts';
import { createDefaultLogger, errorSummary } from './log.ts';
import type { ConsumerLogger } from './log.ts';
import { problemOnClientError } from './http-guards.ts';

export interface RunningConsumer {
  url: string;
  port: number;
  server: Server;
  users: UsersClient;
  /** The circuit breaker and retry budget shared by every call to Service B. */
  guard: UpstreamGuard;
  /** Stop accepting connections, finish in-flight requests, then resolve. */
  close(): Promise<void>;
}

/** Start Service A. `port: 0` picks an ephemeral port (tests). */
export async function startConsumer(
  overrides: Partial<ConsumerConfig> & { shutdownTimeoutMs?: number; logger?: ConsumerLogger } = {},
): Promise<RunningConsumer> {
  const config: ConsumerConfig = { ...DEFAULT_CONSUMER_CONFIG, ...overrides };
  const logger: ConsumerLogger = overrides.logger ?? createDefaultLogger();
  // One breaker and one retry budget for Service B, whichever client calls it.
  const guard = new UpstreamGuard({
    breaker: { failureThreshold: config.breakerFailureThreshold, halfOpenAfterMs: config.breakerHalfOpenMs },
  });
  guard.onStateChange((state) =>
    (logger.warn ?? logger.error)(`circuit to Service B is ${state}`, { event: 'circuit_state', state }),
  );
  const http = {
    baseUrl: config.serviceBUrl,
    timeoutMs: config.timeoutMs,
    retry: { maxAttempts: config.maxAttempts, totalTimeoutMs: config.totalTimeoutMs },
    guard,
  };
  const users = new UsersClient({
    ...http,
    cache: { ttlMs: config.userCacheTtlMs },
    staleIfErrorMs: config.staleIfErrorMs,
    notFoundTtlMs: config.notFoundCacheTtlMs,
    onStaleServed: (id, error) =>
      (logger.warn ?? logger.error)('Service B failed; served a stale cached user', {
        event: 'upstream_failure',
        served: 'stale',
        id,
        kind: error.kind,
        ...(error.status === undefined ? {} : { status: error.status }),
        error: errorSummary(error),
      }),
  });
  const serviceA = new ServiceA(http);
  let draining = false;
  const app = createConsumerApp({ users, serviceA, isDraining: () => draining, logger });
  const server = app.listen(config.port, config.host);
  problemOnClientError(server, 'urn:contract-kit:service-a:problem:');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const close = drainingClose(server, () => (draining = true), overrides.shutdownTimeoutMs);
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return { url: `http://${host}:${port}`, port, server, users, guard, close };
}

/**
 * Graceful shutdown for an http.Server: mark the app as draining (requests get 503 + Connection: close), tell
 * every in-flight response to close its connection, stop accepting connections, and resolve once every
 * in-flight request has been answered (or after `timeoutMs`, when the rest are cut).
 *
 * Idle keep-alive connections are closed after `idleGraceMs`, not at once: a client may be sending its next
 * request on one right now, and closing it under that request is a reset the client cannot tell from a crash.
 * During the grace such a request gets a clean 503 + Connection: close. (http.Server#close() would close idle
 * connections immediately, so the listening socket is closed through net.Server#close().)
 */
function drainingClose(
  server: Server,
  startDraining: () => void,
  timeoutMs = 10_000,
  idleGraceMs = 300,
): () => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let graceOver = false;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
    res.on('finish', () => {
      inFlight.delete(res);
      if (graceOver) server.closeIdleConnections();
    });
  });
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= new Promise<void>((resolve, reject) => {
      startDraining();
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
      force.unref();
      const grace = setTimeout(() => {
        graceOver = true;
        server.closeIdleConnections();
      }, idleGraceMs);
      // Stop accepting connections; calls back once every connection has ended.
      NetServer.prototype.close.call(server, (error?: Error) => {
        clearTimeout(force);
        clearTimeout(grace);
        if (error) reject(error);
        else resolve();
      });
    });
    return closing;
  };
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
    console.error(
      `service-a: cannot listen on ${config.host}:${config.port} (${code ?? (error as Error).message}); ` +
        `set PORT/HOST to a free address`,
    );
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

import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import type { Logger } from './app.ts';
import { InMemoryUserStore } from './store.ts';
import { problemOnClientError } from './http-guards.ts';
import type { UserStore } from './store.ts';

export const DEFAULT_PORT = 3001;
export const DEFAULT_HOST = '127.0.0.1';

export interface StartOptions {
  store?: UserStore;
  port?: number;
  host?: string;
  validateResponses?: boolean;
  bodyLimit?: string | number;
  logger?: Logger;
  /** How long close() waits for in-flight requests before cutting connections. Default 10 s. */
  shutdownTimeoutMs?: number;
}

export interface RunningProvider {
  url: string;
  port: number;
  server: Server;
  /** Stop accepting connections, finish in-flight requests, then resolve. */
  close(): Promise<void>;
}

/** Start Service B. `port: 0` picks an ephemeral port (tests). */
export async function startProvider(options: StartOptions = {}): Promise<RunningProvider> {
  const host = options.host ?? DEFAULT_HOST;
  let draining = false;
  const app = createApp({
    store: options.store ?? new InMemoryUserStore(),
    isDraining: () => draining,
    ...(options.validateResponses === undefined ? {} : { validateResponses: options.validateResponses }),
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  const server = app.listen(options.port ?? DEFAULT_PORT, host);
  problemOnClientError(server, 'urn:contract-kit:problem:');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const close = drainingClose(server, () => (draining = true), options.shutdownTimeoutMs);
  return { url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, port, server, close };
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
export function drainingClose(
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

/** Read PORT and HOST; a bad value is a one-line error naming the variable. */
export function readListenEnv(
  env: NodeJS.ProcessEnv,
  defaults: { port: number; host: string },
): { port: number; host: string } {
  const rawPort = env.PORT ?? String(defaults.port);
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new Error(`PORT=${rawPort} is not a port number; set PORT to an integer between 0 and 65535`);
  }
  return { port, host: env.HOST || defaults.host };
}

async function main(): Promise<void> {
  let listen;
  try {
    listen = readListenEnv(process.env, { port: DEFAULT_PORT, host: DEFAULT_HOST });
  } catch (error) {
    console.error(`service-b: ${(error as Error).message}`);
    process.exit(2);
  }
  let running: RunningProvider;
  try {
    running = await startProvider(listen);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      `service-b: cannot listen on ${listen.host}:${listen.port} (${code ?? (error as Error).message}); ` +
        `set PORT/HOST to a free address`,
    );
    process.exit(2);
  }
  console.log(`service-b listening on ${running.url}`);
  let signals = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      console.error(`service-b: second ${signal}, exiting now`);
      process.exit(1);
    }
    console.log(`service-b: ${signal} received, finishing in-flight requests`);
    running.close().then(
      () => {
        console.log('service-b: stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`service-b: shutdown failed: ${(error as Error).message}`);
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

import { pino } from 'pino';

/** Where Service B reports unexpected errors: one line each, never to the client. */
export interface Logger {
  error(message: string, error?: unknown): void;
}

/** The parts of an error worth a log line: its class, message and code. Never the stack (it names internals). */
export function errorSummary(error: unknown): { type: string; message: string; code?: string } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { type: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { type: typeof error, message: String(error) };
}

/** The default logger: pino, one JSON line per event on stdout. */
export function createDefaultLogger(): Logger {
  const log = pino({ base: { service: 'service-b' } });
  return { error: (message, error) => log.error(error === undefined ? {} : { error: errorSummary(error) }, message) };
}

import { pino } from 'pino';

/** Where Service A reports failures: a message and structured fields, one line each, never a stack trace. */
export interface ConsumerLogger {
  error(message: string, details?: unknown): void;
  warn?(message: string, details?: unknown): void;
}

/** The parts of an error worth a log line: its class, message and code. Never the stack (it names internals). */
export function errorSummary(error: unknown): { type: string; message: string; code?: string } {
  if (error instanceof Error) {
    let code: unknown = (error as { code?: unknown }).code;
    if (code === undefined && error.cause instanceof Error) code = (error.cause as { code?: unknown }).code;
    return { type: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { type: typeof error, message: String(error) };
}

/** The default logger: pino, one JSON line per event on stdout. */
export function createDefaultLogger(): Required<ConsumerLogger> {
  const log = pino({ base: { service: 'service-a' } });
  const fields = (details: unknown) =>
    typeof details === 'object' && details !== null ? details : details === undefined ? {} : { details };
  return {
    error: (message, details) => log.error(fields(details), message),
    warn: (message, details) => log.warn(fields(details), message),
  };
}

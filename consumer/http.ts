import { ConflictError, NotFoundError, PreconditionFailedError, UpstreamError, ValidationError } from './errors.ts';
import type { Problem, ServiceBError } from './errors.ts';
import { CircuitOpenError, UpstreamGuard } from './resilience.ts';

export interface RetryPolicy {
  /** Attempts in total, the first included. 1 disables retries. Default 3. */
  maxAttempts: number;
  /** Backoff before the 2nd attempt; doubles per attempt (full jitter). Default 100 ms. */
  baseDelayMs: number;
  /** Cap on a single backoff delay (and on a honoured Retry-After). Default 2000 ms. */
  maxDelayMs: number;
  /** Cap on the whole call, attempts and waits included. Default 10000 ms. */
  totalTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 2000,
  totalTimeoutMs: 10_000,
};
export const DEFAULT_TIMEOUT_MS = 2000;

/** Methods that may be repeated without changing the result (RFC 9110 9.2.2). */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/** Statuses worth a retry: the gateway or B says "not now". */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);
/** Error codes of a failed connection (Node's net layer and undici). */
const CONNECTION_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
]);

export interface HttpClientOptions {
  /** Service B's base URL, e.g. http://127.0.0.1:3001 */
  baseUrl: string;
  /** Timeout of one attempt (connect + complete response). Default 2000 ms. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /**
   * Circuit breaker and retry budget. Share one guard between every client of the same Service B
   * (startConsumer does); default: a guard of this client's own.
   */
  guard?: UpstreamGuard;
  /** Injectable for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface HttpResult {
  status: number;
  headers: Headers;
  body: unknown;
  /** How many attempts the call took (1 = no retry). */
  attempts: number;
}

/** The JSON-over-HTTP transport shared by UsersClient and ServiceA. */
export class HttpClient {
  readonly baseUrl: URL;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly guard: UpstreamGuard;
  readonly #fetch: typeof fetch;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #random: () => number;
  readonly #now: () => number;

  constructor(options: HttpClientOptions) {
    let base: URL;
    try {
      base = new URL(options.baseUrl);
    } catch {
      throw new TypeError(`baseUrl "${options.baseUrl}" is not an absolute URL; use e.g. http://127.0.0.1:3001`);
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:') {
      throw new TypeError(`baseUrl "${options.baseUrl}" must use http or https`);
    }
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.baseUrl = base;
    this.timeoutMs = positive('timeoutMs', options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    if (!Number.isInteger(this.retry.maxAttempts) || this.retry.maxAttempts < 1) {
      throw new TypeError(`retry.maxAttempts must be an integer >= 1 (got ${this.retry.maxAttempts})`);
    }
    this.#fetch = options.fetch ?? fetch;
    this.guard = options.guard ?? new UpstreamGuard({ budget: { ...(options.now ? { now: options.now } : {}) } });
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#random = options.random ?? Math.random;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Send one request. Resolves for 2xx and 304; throws a ServiceBError otherwise.
   * Retries only idempotent methods, only on connection errors and 502/503/504, and only while the
   * retry budget allows. Every attempt goes through the circuit breaker: while it is open the call
   * fails at once with UpstreamError(kind circuit-open) and Service B is not contacted.
   */
  async request(spec: RequestSpec): Promise<HttpResult> {
    const url = this.#url(spec);
    const idempotent = IDEMPOTENT_METHODS.has(spec.method);
    const started = this.#now();
    this.guard.budget.recordRequest();
    let last: Attempt | undefined;
    for (let attempt = 1; ; attempt++) {
      const remaining = this.retry.totalTimeoutMs - (this.#now() - started);
      if (remaining <= 0) {
        throw new UpstreamError(
          'timeout',
          `${spec.method} ${url.pathname}: gave up after ${this.retry.totalTimeoutMs} ms in total`,
        );
      }
      let outcome: Attempt;
      try {
        outcome = await this.guard.run(
          () => this.#attempt(spec, url, Math.min(this.timeoutMs, remaining)),
          countsAgainstUpstream,
        );
      } catch (error) {
        if (!(error instanceof CircuitOpenError)) throw error;
        // Opened while retrying: report what B last said rather than the breaker.
        if (last) return throwOutcome(last);
        throw new UpstreamError(
          'circuit-open',
          `${spec.method} ${url.pathname}: circuit open after repeated failures of Service B; not calling it`,
          undefined,
          undefined,
          {
            retryAfterMs: error.retryAfterMs,
          },
        );
      }
      if (outcome.kind === 'ok') return { ...outcome.result, attempts: attempt };
      last = outcome;
      const retryable = idempotent && outcome.retryable && attempt < this.retry.maxAttempts;
      if (!retryable) return throwOutcome(outcome);
      const delay = this.#delay(attempt, outcome.retryAfterMs);
      if (delay === undefined || this.#now() - started + delay >= this.retry.totalTimeoutMs)
        return throwOutcome(outcome);
      if (!this.guard.budget.tryRetry()) return throwOutcome(outcome);
      await this.#sleep(delay);
    }
  }

  /** Backoff before attempt `attempt + 1`: full jitter over base * 2^(attempt-1), capped; Retry-After wins when given.
   * */
  #delay(attempt: number, retryAfterMs: number | undefined): number | undefined {
    if (retryAfterMs !== undefined) return retryAfterMs <= this.retry.maxDelayMs ? retryAfterMs : undefined;
    const ceiling = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(this.#random() * ceiling);
  }

  async #attempt(spec: RequestSpec, url: URL, timeoutMs: number): Promise<Attempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...spec.headers };
    const init: RequestInit = { method: spec.method, headers, signal: controller.signal };
    if (spec.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(spec.body);
    }
    const where = `${spec.method} ${url.pathname}`;
    try {
      const response = await this.#fetch(url, init);
      const text = await response.text();
      return interpret(where, response, text);
    } catch (error) {
      if (controller.signal.aborted) {
        return {
          kind: 'error',
          retryable: false,
          error: new UpstreamError(
            'timeout',
            `${where}: no answer from Service B within ${timeoutMs} ms`,
            undefined,
            undefined,
            { cause: error },
          ),
        };
      }
      // fetch rejects with a TypeError for every network-level failure; only connection failures are retried.
      return {
        kind: 'error',
        retryable: isConnectionError(error),
        error: new UpstreamError(
          'connection',
          `${where}: cannot reach Service B at ${this.baseUrl.origin} ` +
            `(${errorCode(error) ?? (error as Error).message})`,
          undefined,
          undefined,
          { cause: error },
        ),
      };
    } finally {
      clearTimeout(timer);
    }
  }

  #url(spec: RequestSpec): URL {
    const url = new URL(spec.path.replace(/^\//, ''), this.baseUrl);
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url;
  }
}

type Attempt =
  | { kind: 'ok'; result: Omit<HttpResult, 'attempts'> }
  | { kind: 'error'; error: ServiceBError; retryable?: boolean; retryAfterMs?: number };

/** Failures that say Service B is unhealthy (5xx, no answer, unreadable answer); 4xx are the caller's business. */
function countsAgainstUpstream(outcome: Attempt): boolean {
  if (outcome.kind === 'ok') return false;
  const { error } = outcome;
  return error instanceof UpstreamError && (error.status === undefined || error.status >= 500);
}

function throwOutcome(outcome: Attempt): never {
  if (outcome.kind === 'ok') throw new Error('unreachable');
  throw outcome.error;
}

function interpret(where: string, response: Response, text: string): Attempt {
  const { status, headers } = response;
  const contentType = headers.get('content-type') ?? '';
  let body: unknown;
  if (text.length > 0 && /[/+]json\b/.test(contentType)) {
    try {
      body = JSON.parse(text);
    } catch (error) {
      return {
        kind: 'error',
        error: new UpstreamError(
          'protocol',
          `${where}: Service B sent invalid JSON (status ${status})`,
          status,
          undefined,
          { cause: error },
        ),
      };
    }
  }
  if ((status >= 200 && status < 300) || status === 304) return { kind: 'ok', result: { status, headers, body } };
  const problem = asProblem(body);
  switch (status) {
    case 400:
      return { kind: 'error', error: new ValidationError(problem) };
    case 404:
      return { kind: 'error', error: new NotFoundError(problem) };
    case 409:
      return { kind: 'error', error: new ConflictError(problem) };
    case 412:
      return { kind: 'error', error: new PreconditionFailedError(problem) };
    default: {
      const error = new UpstreamError(
        'http',
        `${where}: Service B answered ${status}${problem?.detail ? `: ${problem.detail}` : ''}`,
        status,
        problem,
      );
      if (!RETRYABLE_STATUSES.has(status)) return { kind: 'error', error };
      const retryAfterMs = parseRetryAfter(headers.get('retry-after'), Date.now());
      return retryAfterMs === undefined
        ? { kind: 'error', error, retryable: true }
        : { kind: 'error', error, retryable: true, retryAfterMs };
    }
  }
}

/** Retry-After as delay-seconds or an HTTP-date (RFC 9110 10.2.3), in ms; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

function asProblem(body: unknown): Problem | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const problem = body as Problem;
  if (problem.errors !== undefined && !Array.isArray(problem.errors)) return { ...problem, errors: [] };
  return problem;
}

function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isConnectionError(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && CONNECTION_ERROR_CODES.has(code);
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0)
    throw new TypeError(`${name} must be a positive number of milliseconds (got ${value})`);
  return value;
}

import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhenResult } from 'cockatiel';
import type { CircuitBreakerPolicy } from 'cockatiel';

export interface RetryBudgetOptions {
  /** Retries allowed per request over the window, e.g. 0.1 = at most one retry per ten requests. Default 0.1. */
  ratio: number;
  /** Retries always allowed per second, so that a quiet client can still retry. Default 1. */
  minPerSecond: number;
  /** How far back requests and retries are counted. Default 10000 ms. */
  windowMs: number;
  now?: () => number;
}

export const DEFAULT_RETRY_BUDGET: Omit<RetryBudgetOptions, 'now'> = { ratio: 0.1, minPerSecond: 1, windowMs: 10_000 };

/**
 * A retry budget (as in Finagle and gRPC's retry throttling): over a sliding window, retries may add at
 * most `ratio` of the requests, plus `minPerSecond`. A healthy upstream never notices it; a failing one
 * gets at most (1 + ratio) times the traffic instead of maxAttempts times.
 */
export class RetryBudget {
  readonly options: Omit<RetryBudgetOptions, 'now'>;
  readonly #now: () => number;
  /** One bucket per second of the window: [second, requests, retries]. */
  #buckets: Array<[number, number, number]> = [];

  constructor(options: Partial<RetryBudgetOptions> = {}) {
    this.options = { ...DEFAULT_RETRY_BUDGET, ...options };
    const { ratio, minPerSecond, windowMs } = this.options;
    if (!(ratio >= 0) || !(minPerSecond >= 0) || !(windowMs >= 1000)) {
      throw new TypeError(
        `retry budget needs ratio >= 0, minPerSecond >= 0, windowMs ` +
          `>= 1000 (got ${ratio}, ${minPerSecond}, ${windowMs})`,
      );
    }
    this.#now = options.now ?? Date.now;
  }

  /** Count a first attempt. */
  recordRequest(): void {
    this.#bucket()[1] += 1;
  }

  /** True (and the retry is counted) when the budget allows one more retry now. */
  tryRetry(): boolean {
    const current = this.#bucket();
    let requests = 0;
    let retries = 0;
    for (const [, req, ret] of this.#buckets) {
      requests += req;
      retries += ret;
    }
    const allowed = this.options.ratio * requests + (this.options.minPerSecond * this.options.windowMs) / 1000;
    if (retries + 1 > allowed) return false;
    current[2] += 1;
    return true;
  }

  #bucket(): [number, number, number] {
    const second = Math.floor(this.#now() / 1000);
    const oldest = second - Math.ceil(this.options.windowMs / 1000) + 1;
    if (this.#buckets.length > 0 && this.#buckets[0]![0] < oldest)
      this.#buckets = this.#buckets.filter(([s]) => s >= oldest);
    const last = this.#buckets[this.#buckets.length - 1];
    if (last && last[0] === second) return last;
    const fresh: [number, number, number] = [second, 0, 0];
    this.#buckets.push(fresh);
    return fresh;
  }
}

export interface BreakerOptions {
  /** Consecutive failed attempts that open the circuit. Default 5. */
  failureThreshold: number;
  /** How long the circuit stays open before one probe may go through (half-open). Default 5000 ms. */
  halfOpenAfterMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { failureThreshold: 5, halfOpenAfterMs: 5000 };

export type BreakerState = 'closed' | 'open' | 'half-open';

/** Thrown by UpstreamGuard.run while the circuit is open: the upstream was not called. */
export class CircuitOpenError extends Error {
  /** When a probe will be let through, in ms from now (at least 1000 while a probe is in flight). */
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super('circuit open');
    this.name = 'CircuitOpenError';
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * The failure handling shared by every call to one upstream: a circuit breaker (cockatiel) and a retry budget.
 * Share one guard between all clients of the same service so they see the same health.
 */
export class UpstreamGuard {
  readonly breakerOptions: BreakerOptions;
  readonly budget: RetryBudget;
  readonly #breaker: CircuitBreakerPolicy;
  #openedAt = 0;

  constructor(options: { breaker?: Partial<BreakerOptions>; budget?: Partial<RetryBudgetOptions> } = {}) {
    this.breakerOptions = { ...DEFAULT_BREAKER, ...options.breaker };
    const { failureThreshold, halfOpenAfterMs } = this.breakerOptions;
    if (!Number.isInteger(failureThreshold) || failureThreshold < 1)
      throw new TypeError(`breaker failureThreshold must be an integer >= 1 (got ${failureThreshold})`);
    if (!(halfOpenAfterMs > 0)) throw new TypeError(`breaker halfOpenAfterMs must be > 0 (got ${halfOpenAfterMs})`);
    this.budget = new RetryBudget(options.budget);
    this.#breaker = circuitBreaker(
      handleWhenResult((result) => (result as { failed?: unknown }).failed === true),
      { halfOpenAfter: halfOpenAfterMs, breaker: new ConsecutiveBreaker(failureThreshold) },
    );
    this.#breaker.onBreak(() => (this.#openedAt = Date.now()));
  }

  get state(): BreakerState {
    const state = this.#breaker.state;
    return state === CircuitState.Closed ? 'closed' : state === CircuitState.HalfOpen ? 'half-open' : 'open';
  }

  /** Subscribe to state changes (for a log line per transition). */
  onStateChange(listener: (state: BreakerState) => void): void {
    this.#breaker.onStateChange(() => listener(this.state));
  }

  /**
   * Run one attempt through the breaker. `failed` says whether its outcome counts against the upstream's
   * health. Throws CircuitOpenError, without calling `attempt`, while the circuit is open.
   */
  async run<T>(attempt: () => Promise<T>, failed: (outcome: T) => boolean): Promise<T> {
    try {
      const { value } = await this.#breaker.execute(async () => {
        const value = await attempt();
        return { value, failed: failed(value) };
      });
      return value;
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        const left = this.#openedAt + this.breakerOptions.halfOpenAfterMs - Date.now();
        throw new CircuitOpenError(Math.max(left, this.state === 'half-open' ? 1000 : 1));
      }
      throw error;
    }
  }
}

export interface ConsumerConfig {
  /** Where Service A listens. */
  port: number;
  host: string;
  /** Service B's base URL. */
  serviceBUrl: string;
  /** Timeout of one request to B. */
  timeoutMs: number;
  /** Attempts per idempotent request to B (1 = no retry). */
  maxAttempts: number;
  /** Cap on one call to B, retries and waits included. */
  totalTimeoutMs: number;
  /** How long a user from B is served without revalidation. */
  userCacheTtlMs: number;
  /** How long past its TTL a cached user is served while B fails (stale-if-error). */
  staleIfErrorMs: number;
  /** How long B's 404 for an id is remembered. */
  notFoundCacheTtlMs: number;
  /** Consecutive failed calls to B that open the circuit breaker. */
  breakerFailureThreshold: number;
  /** How long the breaker stays open before a probe goes through. */
  breakerHalfOpenMs: number;
}

export const DEFAULT_CONSUMER_CONFIG: ConsumerConfig = {
  port: 3000,
  host: '127.0.0.1',
  serviceBUrl: 'http://127.0.0.1:3001',
  timeoutMs: 2000,
  maxAttempts: 3,
  totalTimeoutMs: 10_000,
  userCacheTtlMs: 30_000,
  staleIfErrorMs: 300_000,
  notFoundCacheTtlMs: 5000,
  breakerFailureThreshold: 5,
  breakerHalfOpenMs: 5000,
};

/**
 * Read Service A's configuration from the environment:
 * PORT, HOST, SERVICE_B_URL, SERVICE_B_TIMEOUT_MS, SERVICE_B_MAX_ATTEMPTS,
 * SERVICE_B_TOTAL_TIMEOUT_MS, USER_CACHE_TTL_MS, USER_STALE_IF_ERROR_MS, NOT_FOUND_CACHE_TTL_MS,
 * BREAKER_FAILURE_THRESHOLD, BREAKER_HALF_OPEN_MS. A bad value throws a one-line
 * error naming the variable and the fix.
 */
export function loadConsumerConfig(env: NodeJS.ProcessEnv = process.env): ConsumerConfig {
  const d = DEFAULT_CONSUMER_CONFIG;
  const serviceBUrl = env.SERVICE_B_URL || d.serviceBUrl;
  try {
    const url = new URL(serviceBUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new Error(`SERVICE_B_URL=${serviceBUrl} is not an http(s) URL; set it like http://127.0.0.1:3001`);
  }
  return {
    port: int(env, 'PORT', d.port, 0, 65535),
    host: env.HOST || d.host,
    serviceBUrl,
    timeoutMs: int(env, 'SERVICE_B_TIMEOUT_MS', d.timeoutMs, 1),
    maxAttempts: int(env, 'SERVICE_B_MAX_ATTEMPTS', d.maxAttempts, 1, 10),
    totalTimeoutMs: int(env, 'SERVICE_B_TOTAL_TIMEOUT_MS', d.totalTimeoutMs, 1),
    userCacheTtlMs: int(env, 'USER_CACHE_TTL_MS', d.userCacheTtlMs, 0),
    staleIfErrorMs: int(env, 'USER_STALE_IF_ERROR_MS', d.staleIfErrorMs, 0),
    notFoundCacheTtlMs: int(env, 'NOT_FOUND_CACHE_TTL_MS', d.notFoundCacheTtlMs, 0),
    breakerFailureThreshold: int(env, 'BREAKER_FAILURE_THRESHOLD', d.breakerFailureThreshold, 1, 1000),
    breakerHalfOpenMs: int(env, 'BREAKER_HALF_OPEN_MS', d.breakerHalfOpenMs, 1),
  };
}

function int(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new Error(
      `${name}=${raw} is invalid; set it to an integer between ${min} ` +
        `and ${max === Number.MAX_SAFE_INTEGER ? 'any larger value' : max}`,
    );
  }
  return value;
}

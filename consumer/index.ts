export { UsersClient, asUser, assertUserId } from './users-client.ts';
export type { User, UserInput, UserPage, UsersClientOptions, WriteOptions } from './users-client.ts';
export { ServiceA } from './service-a.ts';
export {
  HttpClient,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  IDEMPOTENT_METHODS,
  RETRYABLE_STATUSES,
  parseRetryAfter,
} from './http.ts';
export type { HttpClientOptions, RetryPolicy, RequestSpec, HttpResult } from './http.ts';
export { UserCache } from './cache.ts';
export type { CachedUserEntry, UserCacheOptions } from './cache.ts';
export {
  ServiceBError,
  NotFoundError,
  ValidationError,
  ConflictError,
  PreconditionFailedError,
  UpstreamError,
} from './errors.ts';
export { UpstreamGuard, RetryBudget, CircuitOpenError, DEFAULT_BREAKER, DEFAULT_RETRY_BUDGET } from './resilience.ts';
export type { BreakerOptions, BreakerState, RetryBudgetOptions } from './resilience.ts';
export type { ConsumerLogger } from './log.ts';
export type { Problem, FieldError, UpstreamErrorKind } from './errors.ts';
export { createConsumerApp, toProfile } from './app.ts';
export type { Profile, ConsumerAppOptions } from './app.ts';
export { loadConsumerConfig, DEFAULT_CONSUMER_CONFIG } from './config.ts';
export type { ConsumerConfig } from './config.ts';
export { startConsumer } from './server.ts';
export type { RunningConsumer } from './server.ts';

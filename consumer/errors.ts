/** One invalid field, as Service B reports it in a problem's `errors`. */
export interface FieldError {
  field: string;
  in: string;
  message: string;
}

/** RFC 9457 problem details as received from Service B (every member optional: never trust the wire). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** Base class of every error UsersClient and ServiceA throw for Service B's answers. */
export class ServiceBError extends Error {
  readonly status: number | undefined;
  readonly problem: Problem | undefined;
  constructor(message: string, status: number | undefined, problem?: Problem) {
    super(message);
    this.name = new.target.name;
    this.status = status;
    this.problem = problem;
  }
}

/** B answered 404. */
export class NotFoundError extends ServiceBError {
  constructor(problem?: Problem) {
    super(problem?.detail ?? 'Not found', 404, problem);
  }
}

/** B answered 400; `fieldErrors` lists the offending fields. */
export class ValidationError extends ServiceBError {
  readonly fieldErrors: FieldError[];
  constructor(problem?: Problem) {
    super(problem?.detail ?? 'Validation failed', 400, problem);
    this.fieldErrors = problem?.errors ?? [];
  }
}

/** B answered 409 (e.g. a duplicate email). */
export class ConflictError extends ServiceBError {
  constructor(problem?: Problem) {
    super(problem?.detail ?? 'Conflict', 409, problem);
  }
}

/** B answered 412: the user changed since the ETag sent in If-Match was read. */
export class PreconditionFailedError extends ServiceBError {
  constructor(problem?: Problem) {
    super(problem?.detail ?? 'Precondition failed', 412, problem);
  }
}

/**
 * B could not serve the request: `kind` says why.
 * - `http`: B answered with an unexpected status (`status` holds it, e.g. 500, 503);
 * - `connection`: no HTTP answer at all (refused, reset) after the allowed retries;
 * - `timeout`: no complete answer within the per-request timeout;
 * - `protocol`: B answered something this client cannot read (bad JSON, wrong shape);
 * - `circuit-open`: B failed repeatedly and the circuit breaker is open; B was not called
 *   (`retryAfterMs` says when a probe will be let through).
 */
export type UpstreamErrorKind = 'http' | 'connection' | 'timeout' | 'protocol' | 'circuit-open';

export class UpstreamError extends ServiceBError {
  readonly kind: UpstreamErrorKind;
  readonly retryAfterMs: number | undefined;
  constructor(
    kind: UpstreamErrorKind,
    message: string,
    status?: number,
    problem?: Problem,
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super(message, status, problem);
    this.kind = kind;
    this.retryAfterMs = options?.retryAfterMs;
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

import express from 'express';
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  ServiceBError,
  UpstreamError,
  ValidationError,
} from './errors.ts';
import type { FieldError } from './errors.ts';
import { createDefaultLogger, errorSummary } from './log.ts';
import type { ConsumerLogger } from './log.ts';
import { uploadLimit } from './http-guards.ts';
import type { ServiceA } from './service-a.ts';
import type { User, UsersClient } from './users-client.ts';

/** What Service A's own clients get for GET /profiles/{id}. */
export interface Profile {
  id: string;
  displayName: string;
  email: string;
  memberSince: string;
}

export interface ConsumerAppOptions {
  users: Pick<UsersClient, 'getUser'>;
  serviceA: Pick<ServiceA, 'handle'>;
  /** Default: pino, one JSON line per event. */
  logger?: ConsumerLogger;
  isDraining?: () => boolean;
}

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

const PROBLEM = 'urn:contract-kit:service-a:problem:';
/** Largest request body Service A accepts. */
const BODY_LIMIT_BYTES = 16 * 1024;

export function toProfile(user: User): Profile {
  return { id: user.id, displayName: user.name, email: user.email, memberSince: user.createdAt };
}

function send(res: Response, problem: ProblemBody, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(problem.status).type('application/problem+json').json(problem);
}

/** The structured fields of one upstream failure's log line. */
export function upstreamFailureFields(req: Request, error: UpstreamError): Record<string, unknown> {
  return {
    event: 'upstream_failure',
    method: req.method,
    path: req.path,
    kind: error.kind,
    ...(error.status === undefined ? {} : { status: error.status }),
    error: errorSummary(error),
  };
}

function methodNotAllowed(allow: string): RequestHandler {
  return (req, res) => {
    send(
      res,
      {
        type: `${PROBLEM}method-not-allowed`,
        title: 'Method Not Allowed',
        status: 405,
        detail: `${req.method} is not supported on ${req.path}; use ${allow}.`,
        instance: req.path,
      },
      { Allow: allow },
    );
  };
}

const wrap =
  (fn: (req: Request, res: Response) => Promise<void>): RequestHandler =>
  (req, res, next) => {
    fn(req, res).catch(next);
  };

/** Service A: a small API for client apps, composed from Service B over HTTP. */
export function createConsumerApp(options: ConsumerAppOptions): Express {
  const logger: ConsumerLogger = options.logger ?? createDefaultLogger();
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  if (options.isDraining) {
    const isDraining = options.isDraining;
    app.use((req, res, next) => {
      if (!isDraining()) return next();
      res.setHeader('Connection', 'close');
      send(
        res,
        {
          type: `${PROBLEM}unavailable`,
          title: 'Service Unavailable',
          status: 503,
          detail: 'Service A is shutting down.',
          instance: req.path,
        },
        { 'Retry-After': '1' },
      );
    });
  }
  app.use(
    uploadLimit(BODY_LIMIT_BYTES, (req, res) =>
      send(res, {
        type: `${PROBLEM}bad-request`,
        title: 'Payload Too Large',
        status: 413,
        detail: 'The request body is too large.',
        instance: req.path,
      }),
    ),
  );
  app.use(express.json({ limit: BODY_LIMIT_BYTES, type: ['application/json', 'application/*+json'] }));

  app.get(
    '/profiles/:id',
    wrap(async (req, res) => {
      // Like B, refuse parameters the operation does not have (at most 20 listed).
      const unknown = Object.keys(req.query as Record<string, unknown>);
      if (unknown.length > 0) {
        const errors = unknown
          .slice(0, 20)
          .map((field) => ({ field, in: 'query', message: 'is not a parameter of GET /profiles/{id}' }));
        send(res, {
          type: `${PROBLEM}validation-error`,
          title: 'Validation failed',
          status: 400,
          detail: `The request has ${unknown.length} unknown query parameter${unknown.length === 1 ? '' : 's'}.`,
          instance: req.path,
          errors,
        });
        return;
      }
      const user = await options.users.getUser(String(req.params.id));
      res.json(toProfile(user));
    }),
  );

  app.all('/profiles/:id', methodNotAllowed('GET, HEAD'));

  app.post(
    '/handle',
    wrap(async (req, res) => {
      if (!req.is(['application/json', 'application/*+json'])) {
        if (!req.complete) res.setHeader('Connection', 'close');
        send(res, {
          type: `${PROBLEM}unsupported-media-type`,
          title: 'Unsupported Media Type',
          status: 415,
          detail: 'Send the request body as application/json (UTF-8).',
          instance: req.path,
        });
        return;
      }
      const data = (req.body as { data?: unknown } | undefined)?.data;
      if (typeof data !== 'string') {
        send(res, {
          type: `${PROBLEM}validation-error`,
          title: 'Validation failed',
          status: 400,
          detail: 'Send {"data": "<string>"} as application/json.',
          instance: req.path,
          errors: [{ field: 'data', in: 'body', message: 'must be a string' }],
        });
        return;
      }
      res.json({ message: await options.serviceA.handle(data) });
    }),
  );

  app.all('/handle', methodNotAllowed('POST'));

  app.use((req, res) => {
    send(res, {
      type: `${PROBLEM}not-found`,
      title: 'Not Found',
      status: 404,
      detail: `No resource at ${req.path}.`,
      instance: req.path,
    });
  });

  const onError: ErrorRequestHandler = (error: unknown, req, res, _next) => {
    if (res.headersSent) {
      // e.g. the body reader giving up after the upload guard answered 413. Never handed to express's default
      // handler, which prints a stack trace; a server-side failure is logged and the half-sent answer cut off.
      const status = (error as { status?: number }).status;
      if (status !== undefined && status >= 400 && status < 500) return;
      logger.error(`${req.method} ${req.path} failed after the answer started`, {
        event: 'internal_error',
        error: errorSummary(error),
      });
      res.destroy();
      return;
    }
    const instance = req.path;
    // Answered before the body was read: close the connection instead of draining the upload.
    if (!req.complete) res.setHeader('Connection', 'close');
    if (error instanceof NotFoundError) {
      return send(res, {
        type: `${PROBLEM}not-found`,
        title: 'Not Found',
        status: 404,
        detail: `Service B has no user for ${req.path}.`,
        instance,
      });
    }
    if (error instanceof ValidationError) {
      return send(res, {
        type: `${PROBLEM}validation-error`,
        title: 'Validation failed',
        status: 400,
        detail: error.message,
        instance,
        errors: error.fieldErrors,
      });
    }
    if (error instanceof ConflictError) {
      return send(res, { type: `${PROBLEM}conflict`, title: 'Conflict', status: 409, detail: error.message, instance });
    }
    if (error instanceof PreconditionFailedError) {
      return send(res, {
        type: `${PROBLEM}precondition-failed`,
        title: 'Precondition Failed',
        status: 412,
        detail: error.message,
        instance,
      });
    }
    if (error instanceof UpstreamError && error.kind === 'circuit-open') {
      // B was not called: the breaker is open. Say when a retry can succeed.
      const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 1000) / 1000));
      return send(
        res,
        {
          type: `${PROBLEM}upstream-unavailable`,
          title: 'Service Unavailable',
          status: 503,
          detail: 'Service B is failing; not calling it for now. Retry later.',
          instance,
        },
        { 'Retry-After': String(seconds) },
      );
    }
    if (error instanceof UpstreamError) {
      logger.error(`${req.method} ${req.path}: Service B failed`, upstreamFailureFields(req, error));
      if (error.kind === 'connection' || (error.kind === 'http' && error.status === 503)) {
        return send(
          res,
          {
            type: `${PROBLEM}upstream-unavailable`,
            title: 'Service Unavailable',
            status: 503,
            detail: 'Service B is unavailable; retry later.',
            instance,
          },
          { 'Retry-After': '5' },
        );
      }
      if (error.kind === 'timeout') {
        return send(res, {
          type: `${PROBLEM}upstream-timeout`,
          title: 'Gateway Timeout',
          status: 504,
          detail: 'Service B did not answer in time.',
          instance,
        });
      }
      return send(res, {
        type: `${PROBLEM}upstream-error`,
        title: 'Bad Gateway',
        status: 502,
        detail: 'Service B answered with an error.',
        instance,
      });
    }
    const status = (error as { status?: number; type?: string }).status;
    if (!(error instanceof ServiceBError) && status !== undefined && status >= 400 && status < 500) {
      // body-parser errors (malformed JSON, too large, wrong charset)
      const detail =
        status === 413
          ? 'The request body is too large.'
          : status === 415
            ? 'Send the body as UTF-8 application/json.'
            : 'The request body could not be read as JSON.';
      return send(res, {
        type: `${PROBLEM}bad-request`,
        title: STATUS_CODES[status] ?? 'Bad Request',
        status,
        detail,
        instance,
      });
    }
    logger.error(`${req.method} ${req.path} failed`, { event: 'internal_error', error: errorSummary(error) });
    send(res, {
      type: `${PROBLEM}internal`,
      title: 'Internal Server Error',
      status: 500,
      detail: 'An unexpected error occurred.',
      instance,
    });
  };
  app.use(onError);
  return app;
}

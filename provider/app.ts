import { createHash } from 'node:crypto';
import express from 'express';
import type { ErrorRequestHandler, Express, NextFunction, Request, RequestHandler, Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { loadOpenApiDocument } from './spec.ts';
import { PROBLEM_TYPES, sendProblem } from './problem.ts';
import type { FieldError, FieldLocation } from './problem.ts';
import { STATUS_CODES } from 'node:http';
import { DuplicateEmailError, PreconditionFailedError, UnknownCursorError } from './store.ts';
import type { User, UserInput, UserStore, WritePrecondition } from './store.ts';
import { createDefaultLogger } from './log.ts';
import type { Logger } from './log.ts';
import { integerQueryGuard } from './query-guard.ts';
import { limitInBytes, uploadLimit } from './http-guards.ts';

export type { Logger } from './log.ts';

export interface AppOptions {
  store: UserStore;
  /** Validate every JSON response against provider/openapi.yaml (the test suite turns this on). */
  validateResponses?: boolean;
  /** Largest accepted request body (body-parser syntax). Default '16kb'. */
  bodyLimit?: string | number;
  /** Where unexpected errors are reported (never to the client). Default: one pino JSON line on stdout. */
  logger?: Logger;
  /** When it returns true (the server is shutting down), requests get 503 + Retry-After. */
  isDraining?: () => boolean;
}

export const DEFAULT_BODY_LIMIT = '16kb';

/** Strong entity tag of a user representation. */
export function etagOf(user: User): string {
  return `"${createHash('sha256').update(JSON.stringify(user)).digest('base64url').slice(0, 22)}"`;
}

/** Opaque pagination cursor: base64url of `{"after": id}`. */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'after' in parsed && typeof parsed.after === 'string') {
      return parsed.after;
    }
  } catch {
    // fall through
  }
  return undefined;
}

/** True when an If-Match header value matches the entity tag (strong comparison, RFC 9110 13.1.1). */
export function ifMatchMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => !candidate.trim().startsWith('W/') && candidate.trim() === etag);
}

/** The precondition an If-Match header puts on a write; none without the header. */
function ifMatchPrecondition(req: Request): WritePrecondition | undefined {
  const header = req.get('if-match');
  return header === undefined ? undefined : (current) => ifMatchMatches(header, etagOf(current));
}

/** True when an If-None-Match header value matches the entity tag (weak comparison, RFC 9110 13.1.2). */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => opaque(candidate) === opaque(etag));
}

const LOCATIONS: Record<string, FieldLocation> = { body: 'body', query: 'query', params: 'path', headers: 'header' };

/** Turn express-openapi-validator's `{ path: '/body/email', message }` items into field errors. */
export function toFieldErrors(items: ReadonlyArray<{ path: string; message: string }>): FieldError[] {
  return items.map(({ path, message }) => {
    const [, location = 'body', ...rest] = path.split('/');
    return { field: rest.join('.'), in: LOCATIONS[location] ?? 'body', message };
  });
}

interface HttpLikeError {
  status?: number;
  statusCode?: number;
  type?: string;
  message?: string;
  errors?: Array<{ path: string; message: string }>;
  headers?: Record<string, string | undefined>;
}

function isHttpLikeError(value: unknown): value is HttpLikeError {
  return typeof value === 'object' && value !== null;
}

const asyncHandler =
  (fn: (req: Request, res: Response) => Promise<void>): RequestHandler =>
  (req, res, next) => {
    fn(req, res).catch(next);
  };

/** Build Service B. The store is the only required dependency. */
export function createApp(options: AppOptions): Express {
  const { store } = options;
  const logger: Logger = options.logger ?? createDefaultLogger();
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');

  app.use((_req: Request, res: Response, next: NextFunction) => {
    // Every answer is JSON or problem+json: browsers must not sniff it into something else.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });

  if (options.isDraining) {
    const isDraining = options.isDraining;
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (!isDraining()) return next();
      res.setHeader('Connection', 'close');
      sendProblem(
        res,
        {
          type: PROBLEM_TYPES.unavailable,
          title: 'Service Unavailable',
          status: 503,
          detail: 'The service is shutting down; retry on a new connection.',
          instance: req.path,
        },
        { 'Retry-After': '1' },
      );
    });
  }

  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  app.use(uploadLimit(limitInBytes(bodyLimit), (req, res) => sendProblem(res, tooLargeProblem(req.path))));
  app.use(express.json({ limit: bodyLimit, type: ['application/json', 'application/*+json'] }));
  const document = loadOpenApiDocument();
  app.use(integerQueryGuard(document, (req, res, errors) => sendProblem(res, validationProblem(errors, req.path))));
  app.use(
    OpenApiValidator.middleware({
      // The validator dereferences the document in place: give it its own copy.
      apiSpec: document as unknown as string,
      validateApiSpec: true,
      validateRequests: { allErrors: true, allowUnknownQueryParameters: false },
      validateResponses: options.validateResponses ? { allErrors: true } : false,
      ignoreUndocumented: false,
    }),
  );

  app.get('/openapi.json', (_req, res) => {
    res.json(loadOpenApiDocument());
  });

  app.post('/process', (req, res) => {
    const { data } = req.body as { data: string };
    res.json({ result: `Processed ${data}` });
  });

  app.get(
    '/users',
    asyncHandler(async (req, res) => {
      const limit = Number(req.query.limit ?? 20);
      const cursor = typeof req.query.cursor === 'string' ? req.query.cursor : undefined;
      let after: string | undefined;
      if (cursor !== undefined) {
        after = decodeCursor(cursor);
        if (after === undefined) throw new CursorError('is not a cursor returned by this service');
      }
      let page;
      try {
        page = await store.list({ limit, ...(after === undefined ? {} : { after }) });
      } catch (error) {
        if (error instanceof UnknownCursorError)
          throw new CursorError('points at a user that no longer exists; restart from the first page');
        throw error;
      }
      res.json({ items: page.items, nextCursor: page.lastId === undefined ? null : encodeCursor(page.lastId) });
    }),
  );

  app.post(
    '/users',
    asyncHandler(async (req, res) => {
      const user = await store.create(userInput(req.body));
      res.setHeader('Location', `/users/${encodeURIComponent(user.id)}`);
      res.setHeader('ETag', etagOf(user));
      res.status(201).json(user);
    }),
  );

  app.get(
    '/users/:id',
    asyncHandler(async (req, res) => {
      const id = String(req.params.id);
      const user = await store.get(id);
      if (!user) return notFound(req, res, id);
      const etag = etagOf(user);
      res.setHeader('ETag', etag);
      if (ifNoneMatchMatches(req.get('if-none-match'), etag)) {
        res.status(304).end();
        return;
      }
      res.json(user);
    }),
  );

  app.put(
    '/users/:id',
    asyncHandler(async (req, res) => {
      const id = String(req.params.id);
      const user = await store.replace(id, userInput(req.body), ifMatchPrecondition(req));
      if (!user) return notFound(req, res, id);
      res.setHeader('ETag', etagOf(user));
      res.json(user);
    }),
  );

  app.delete(
    '/users/:id',
    asyncHandler(async (req, res) => {
      const id = String(req.params.id);
      if (!(await store.delete(id, ifMatchPrecondition(req)))) return notFound(req, res, id);
      res.status(204).end();
    }),
  );

  app.use(errorHandler(logger));
  return app;
}

function userInput(body: unknown): UserInput {
  const { name, email } = body as UserInput;
  return { name, email };
}

function notFound(req: Request, res: Response, id: string): void {
  sendProblem(res, {
    type: PROBLEM_TYPES.notFound,
    title: 'Not Found',
    status: 404,
    detail: `No user with id ${id}.`,
    instance: req.path,
  });
}

class CursorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CursorError';
  }
}

function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) return afterAnswerStarted(error, req, res, logger);
    const instance = req.path;
    // An error answered before the body was read (too large, wrong type, bad encoding): close the connection
    // rather than let Node drain an upload nobody will use.
    if (!req.complete) res.setHeader('Connection', 'close');
    if (error instanceof PreconditionFailedError) {
      return sendProblem(res, {
        type: PROBLEM_TYPES.preconditionFailed,
        title: 'Precondition Failed',
        status: 412,
        detail: 'The user has changed since the ETag in If-Match was read; GET it again and retry with the new ETag.',
        instance,
      });
    }
    if (error instanceof DuplicateEmailError) {
      return sendProblem(res, {
        type: PROBLEM_TYPES.conflict,
        title: 'Conflict',
        status: 409,
        detail: error.message,
        instance,
      });
    }
    if (error instanceof CursorError) {
      const errors: FieldError[] = [{ field: 'cursor', in: 'query', message: error.message }];
      return sendProblem(res, validationProblem(errors, instance));
    }
    const http = isHttpLikeError(error) ? error : {};
    const status = http.status ?? http.statusCode ?? 500;
    // body-parser errors carry a `type`.
    if (http.type === 'entity.too.large') {
      return sendProblem(res, {
        type: PROBLEM_TYPES.payloadTooLarge,
        title: 'Payload Too Large',
        status: 413,
        detail: 'The request body is larger than this service accepts.',
        instance,
      });
    }
    if (http.type === 'entity.parse.failed') {
      const errors: FieldError[] = [{ field: '', in: 'body', message: 'is not valid JSON' }];
      return sendProblem(res, validationProblem(errors, instance));
    }
    if (http.type === 'charset.unsupported' || http.type === 'encoding.unsupported' || status === 415) {
      return sendProblem(res, {
        type: PROBLEM_TYPES.unsupportedMediaType,
        title: 'Unsupported Media Type',
        status: 415,
        detail: 'Send the request body as application/json (UTF-8).',
        instance,
      });
    }
    if (status === 400 && Array.isArray(http.errors)) {
      return sendProblem(res, validationProblem(toFieldErrors(http.errors), instance));
    }
    if (status === 404) {
      return sendProblem(res, {
        type: PROBLEM_TYPES.notFound,
        title: 'Not Found',
        status: 404,
        detail: `No resource at ${req.path}.`,
        instance,
      });
    }
    if (status === 405) {
      const allow = canonicalAllow(http.headers?.Allow ?? '');
      return sendProblem(
        res,
        {
          type: PROBLEM_TYPES.methodNotAllowed,
          title: 'Method Not Allowed',
          status: 405,
          detail: `${req.method} is not supported on ${req.path}; use ${allow}.`,
          instance,
        },
        { Allow: allow },
      );
    }
    if (status === 406) {
      return sendProblem(res, {
        type: PROBLEM_TYPES.notAcceptable,
        title: 'Not Acceptable',
        status: 406,
        detail: 'This service answers application/json and application/problem+json.',
        instance,
      });
    }
    if (status === 413) {
      return sendProblem(res, {
        type: PROBLEM_TYPES.payloadTooLarge,
        title: 'Payload Too Large',
        status: 413,
        detail: 'The request body is larger than this service accepts.',
        instance,
      });
    }
    if (status >= 400 && status < 500) {
      // Other client errors from the body reader: a corrupt Content-Encoding, an aborted or short body.
      return sendProblem(res, {
        type: PROBLEM_TYPES.badRequest,
        title: STATUS_CODES[status] ?? 'Bad Request',
        status,
        detail: 'The request body could not be read; check Content-Encoding and Content-Length.',
        instance,
        // Every 400 carries `errors` (openapi.yaml promises it, and Service A reads it).
        ...(status === 400 ? { errors: [{ field: '', in: 'body' as const, message: 'could not be read' }] } : {}),
      });
    }
    const responseDrift =
      status === 500 && Array.isArray(http.errors) && http.errors.some((e) => e.path.startsWith('/response'));
    logger.error(
      `${req.method} ${req.path} failed${responseDrift ? ' (response does not match openapi.yaml)' : ''}`,
      error,
    );
    // Response drift only happens with validateResponses (tests): say what drifted, it is about the spec, not
    // internals.
    const detail = responseDrift
      ? `The response does not match provider/openapi.yaml: ` +
        `${http.errors!.map((e) => `${e.path} ${e.message}`).join('; ')}`
      : 'An unexpected error occurred.';
    sendProblem(res, { type: PROBLEM_TYPES.internal, title: 'Internal Server Error', status: 500, detail, instance });
  };
}

/**
 * An error after the answer started: a client error (e.g. the body reader giving up after the upload guard
 * already answered 413) needs nothing more; anything else is logged and the half-sent answer is cut off.
 * Never handed to express's default handler, which would print a stack trace.
 */
function afterAnswerStarted(error: unknown, req: Request, res: Response, logger: Logger): void {
  const http = isHttpLikeError(error) ? error : {};
  const status = http.status ?? http.statusCode ?? 500;
  if (status >= 400 && status < 500) return;
  logger.error(`${req.method} ${req.path} failed after the answer started`, error);
  res.destroy();
}

const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'];

/** "DELETE, PUT, GET" -> "GET, PUT, DELETE": a stable, conventional order. */
function canonicalAllow(allow: string): string {
  const methods = allow
    .split(',')
    .map((m) => m.trim().toUpperCase())
    .filter(Boolean);
  return methods.sort((a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b)).join(', ');
}

function tooLargeProblem(instance: string) {
  return {
    type: PROBLEM_TYPES.payloadTooLarge,
    title: 'Payload Too Large',
    status: 413,
    detail: 'The request body is larger than this service accepts.',
    instance,
  };
}

function validationProblem(errors: FieldError[], instance: string) {
  return {
    type: PROBLEM_TYPES.validation,
    title: 'Validation failed',
    status: 400,
    detail: `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`,
    instance,
    errors,
  };
}

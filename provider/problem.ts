import type { Response } from 'express';

/** Problem type URIs used by Service B (RFC 9457 `type`). */
export const PROBLEM_TYPES = {
  validation: 'urn:contract-kit:problem:validation-error',
  notFound: 'urn:contract-kit:problem:not-found',
  methodNotAllowed: 'urn:contract-kit:problem:method-not-allowed',
  conflict: 'urn:contract-kit:problem:conflict',
  preconditionFailed: 'urn:contract-kit:problem:precondition-failed',
  badRequest: 'urn:contract-kit:problem:bad-request',
  payloadTooLarge: 'urn:contract-kit:problem:payload-too-large',
  unsupportedMediaType: 'urn:contract-kit:problem:unsupported-media-type',
  notAcceptable: 'urn:contract-kit:problem:not-acceptable',
  unavailable: 'urn:contract-kit:problem:service-unavailable',
  internal: 'urn:contract-kit:problem:internal',
} as const;

export type FieldLocation = 'body' | 'query' | 'path' | 'header';

export interface FieldError {
  field: string;
  in: FieldLocation;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Send an RFC 9457 problem response. */
export function sendProblem(res: Response, problem: Problem, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).json(problem);
}

import type { Request, RequestHandler, Response } from 'express';
import type { OpenApiDocument } from './spec.ts';
import type { FieldError } from './problem.ts';

/** An integer query parameter of one operation, with its documented bounds. */
interface IntegerParam {
  name: string;
  minimum: number;
  maximum: number;
}

interface GuardedOperation {
  method: string;
  path: RegExp;
  params: IntegerParam[];
}

/** A canonical base-10 integer literal: no sign tricks, exponents, decimals, hex or blanks. */
const INTEGER_LITERAL = /^-?(0|[1-9][0-9]{0,15})$/;

function resolveParameter(doc: OpenApiDocument, value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref !== 'string') return value as Record<string, unknown>;
  const match = /^#\/components\/parameters\/([^/]+)$/.exec(ref);
  const parameters = (doc.components as { parameters?: Record<string, unknown> } | undefined)?.parameters;
  return match && parameters ? resolveParameter(doc, parameters[match[1] ?? '']) : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every operation's integer query parameters, read from the OpenAPI document. */
export function integerQueryParameters(doc: OpenApiDocument): GuardedOperation[] {
  const operations: GuardedOperation[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    if (typeof item !== 'object' || item === null) continue;
    const pathItem = item as Record<string, unknown>;
    const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    const path = new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map(escapeRegExp)
        .join('[^/]+')}/?$`,
    );
    for (const [method, operation] of Object.entries(pathItem)) {
      if (method === 'parameters' || typeof operation !== 'object' || operation === null) continue;
      const own = (operation as { parameters?: unknown }).parameters;
      const params: IntegerParam[] = [];
      for (const raw of [...shared, ...(Array.isArray(own) ? own : [])]) {
        const parameter = resolveParameter(doc, raw);
        const schema = parameter?.schema as { type?: unknown; minimum?: unknown; maximum?: unknown } | undefined;
        if (parameter?.in !== 'query' || typeof parameter.name !== 'string' || schema?.type !== 'integer') continue;
        params.push({
          name: parameter.name,
          minimum: typeof schema.minimum === 'number' ? schema.minimum : Number.MIN_SAFE_INTEGER,
          maximum: typeof schema.maximum === 'number' ? schema.maximum : Number.MAX_SAFE_INTEGER,
        });
      }
      if (params.length > 0) operations.push({ method: method.toUpperCase(), path, params });
    }
  }
  return operations;
}

/**
 * Refuse integer query parameters that are not plain integer literals within the documented bounds.
 * The schema validator coerces strings with Number(), which reads `Infinity`, `1e400`, `2.0` and `0x10`
 * as numbers; this guard runs before it and sees the raw text.
 */
export function integerQueryGuard(
  doc: OpenApiDocument,
  refuse: (req: Request, res: Response, errors: FieldError[]) => void,
): RequestHandler {
  const operations = integerQueryParameters(doc);
  return (req, res, next) => {
    const operation = operations.find((op) => op.method === req.method && op.path.test(req.path));
    if (!operation) return next();
    const errors: FieldError[] = [];
    for (const { name, minimum, maximum } of operation.params) {
      const value: unknown = (req.query as Record<string, unknown>)[name];
      if (value === undefined) continue;
      const ok =
        typeof value === 'string' &&
        INTEGER_LITERAL.test(value) &&
        Number(value) >= minimum &&
        Number(value) <= maximum;
      if (!ok)
        errors.push({ field: name, in: 'query', message: `must be an integer between ${minimum} and ${maximum}` });
    }
    if (errors.length === 0) return next();
    refuse(req, res, errors);
  };
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Absolute path of Service B's contract of record. */
export const OPENAPI_PATH = fileURLToPath(new URL('./openapi.yaml', import.meta.url));

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: Record<string, unknown>;
  [key: string]: unknown;
}

let cached: OpenApiDocument | undefined;

/** The parsed provider/openapi.yaml. Returns a fresh deep copy on every call (callers may mutate it). */
export function loadOpenApiDocument(): OpenApiDocument {
  if (!cached) {
    const parsed: unknown = parse(readFileSync(OPENAPI_PATH, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('openapi' in parsed) || !('paths' in parsed)) {
      throw new Error(
        `${OPENAPI_PATH}: not an OpenAPI document (no "openapi"/"paths" keys); restore the file from git`,
      );
    }
    cached = parsed as OpenApiDocument;
  }
  return structuredClone(cached);
}

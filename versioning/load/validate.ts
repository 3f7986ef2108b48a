/**
 * Structural checks of the root document, done before `$ref` resolution. Deliberately not a full
 * JSON-Schema validation against the official OAS schema: ajv needs ~260 ms to compile that schema
 * and 60-130 ms to validate one 4 MB spec, which alone would blow the engine's time budget.
 * These checks cover what the engine relies on; the resolver checks operations, parameters and
 * responses wherever it meets them (also in referenced files).
 */
import { describeValue, failAt, isPlainObject } from './errors.ts';
import type { Source } from './source.ts';
import { joinPointer } from './pointer.ts';

const COMPONENT_SECTIONS = [
  'schemas',
  'responses',
  'parameters',
  'examples',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
];

/** Checks the root document and returns its dialect. */
export function checkDocument(source: Source): '3.0' | '3.1' {
  const doc = source.root;
  if (!isPlainObject(doc)) {
    failAt(
      source,
      '',
      `the document must be a mapping, found ${describeValue(doc)}`,
      'an OpenAPI document is a mapping that starts with `openapi: 3.1.0`',
    );
  }
  if (doc.swagger !== undefined) {
    failAt(
      source,
      '/swagger',
      `swagger ${String(doc.swagger)} is not supported`,
      `convert it to OpenAPI 3 first (npx swagger2openapi ${source.file} --outfile openapi.yaml)`,
    );
  }
  if (doc.openapi === undefined) {
    if (doc.asyncapi !== undefined) {
      failAt(source, '/asyncapi', 'AsyncAPI documents are not supported', 'give an OpenAPI 3.0.x or 3.1.x document');
    }
    failAt(
      source,
      '',
      "not an OpenAPI document: no 'openapi' field",
      'add `openapi: 3.1.0` (or 3.0.x) at the top; only OpenAPI 3.0.x and 3.1.x are supported',
    );
  }
  const version = doc.openapi;
  if (typeof version !== 'string') {
    failAt(
      source,
      '/openapi',
      `'openapi' must be a string, found ${describeValue(version)}`,
      'quote it, e.g. openapi: "3.0.3"',
    );
  }
  const match = /^3\.([01])\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/.exec(version);
  if (!match) {
    const fix = /^3\.[01]$/.test(version)
      ? `write the full version, e.g. "${version}.0"`
      : 'only OpenAPI 3.0.x and 3.1.x are supported; convert the document or change `openapi`';
    failAt(source, '/openapi', `OpenAPI version "${version}" is not supported`, fix);
  }
  const dialect = match[1] === '0' ? '3.0' : '3.1';

  const info = doc.info;
  if (!isPlainObject(info)) {
    failAt(
      source,
      info === undefined ? '' : '/info',
      info === undefined ? "missing 'info'" : `'info' must be a mapping, found ${describeValue(info)}`,
      'add `info:` with `title:` and `version:`',
    );
  }
  // A missing info.version is no reason to refuse the diff: the version check reports it instead.
  if (info.version === null) delete info.version;
  if (info.version !== undefined && typeof info.version !== 'string') {
    failAt(
      source,
      '/info/version',
      `'info.version' must be a string, found ${describeValue(info.version)}`,
      `quote it, e.g. version: "${String(info.version)}"`,
    );
  }
  if (info.title !== undefined && typeof info.title !== 'string') {
    failAt(source, '/info/title', `'info.title' must be a string, found ${describeValue(info.title)}`, 'quote it');
  }

  // `paths:` / `components:` with nothing after them (YAML null) mean "none".
  if (doc.paths === null) doc.paths = {};
  if (doc.components === null) delete doc.components;
  if (doc.paths === undefined) {
    if (dialect === '3.0') failAt(source, '', "missing 'paths' (required in OpenAPI 3.0)", 'add `paths: {}`');
    if (doc.components === undefined && doc.webhooks === undefined) {
      failAt(source, '', "an OpenAPI 3.1 document needs 'paths', 'webhooks' or 'components'", 'add `paths: {}`');
    }
  } else {
    if (!isPlainObject(doc.paths)) {
      failAt(
        source,
        '/paths',
        `'paths' must be a mapping, found ${describeValue(doc.paths)}`,
        'write paths as `/route:` entries',
      );
    }
    for (const key of Object.keys(doc.paths)) {
      if (!key.startsWith('/') && !key.startsWith('x-')) {
        failAt(source, joinPointer('/paths', key), `path '${key}' does not start with '/'`, `write it as '/${key}'`);
      }
    }
  }
  if (doc.webhooks !== undefined && doc.webhooks !== null && !isPlainObject(doc.webhooks)) {
    failAt(
      source,
      '/webhooks',
      `'webhooks' must be a mapping, found ${describeValue(doc.webhooks)}`,
      'write webhooks as `name:` entries',
    );
  }
  if (doc.components !== undefined) {
    if (!isPlainObject(doc.components)) {
      failAt(
        source,
        '/components',
        `'components' must be a mapping, found ${describeValue(doc.components)}`,
        'write components as sections like `schemas:`',
      );
    }
    for (const section of COMPONENT_SECTIONS) {
      const value = doc.components[section];
      if (value !== undefined && value !== null && !isPlainObject(value)) {
        failAt(
          source,
          joinPointer('/components', section),
          `'components.${section}' must be a mapping of names, found ${describeValue(value)}`,
          `write it as \`${section}:\` followed by named entries`,
        );
      }
    }
  }
  return dialect;
}

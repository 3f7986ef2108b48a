/**
 * Both engines on one generated case: the schema as a request body (`POST /req`) and as a
 * response body (`GET /res`), in one OpenAPI 3.0 document per side.
 */
import openapiDiff from 'openapi-diff';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import { loadSpecFromText } from '../../../versioning/load/index.ts';
import { perOperation, ruleById, runRules } from '../../../versioning/rules/registry.ts';
import type { Schema } from './generate.ts';

export type Verdict = 'breaking' | 'not-breaking';
export type Direction = 'request' | 'response';

export interface Judgement {
  request: Verdict;
  response: Verdict;
}

export interface OurJudgement extends Judgement {
  /** Rule ids found per direction, with their levels (`id:level`). */
  ids: Record<Direction, string[]>;
}

export interface TheirJudgement extends Judgement {
  codes: Record<Direction, string[]>;
}

export function document(schema: Schema): string {
  const json = { 'application/json': { schema } };
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'generated', version: '1.0.0' },
    paths: {
      '/req': { post: { requestBody: { required: true, content: json }, responses: { '204': { description: 'ok' } } } },
      '/res': { get: { responses: { '200': { description: 'ok', content: json } } } },
    },
  });
}

export async function ours(base: Schema, revision: Schema): Promise<OurJudgement> {
  const a = await loadSpecFromText(document(base), 'base.json');
  const b = await loadSpecFromText(document(revision), 'revision.json');
  const ids: Record<Direction, string[]> = { request: [], response: [] };
  for (const f of perOperation(runRules(diffSpecs(a, b), { now: new Date('2026-01-01T00:00:00Z') }))) {
    const level = ruleById(f.id)!.level;
    const dir: Direction | undefined =
      f.operation === 'POST /req' ? 'request' : f.operation === 'GET /res' ? 'response' : undefined;
    if (dir) ids[dir].push(`${f.id}:${level}`);
  }
  const verdict = (d: Direction): Verdict =>
    ids[d].some((x) => x.endsWith(':breaking')) ? 'breaking' : 'not-breaking';
  return { request: verdict('request'), response: verdict('response'), ids };
}

export async function theirs(base: Schema, revision: Schema): Promise<TheirJudgement> {
  const out = await openapiDiff.diffSpecs({
    sourceSpec: { content: document(base), location: 'base.json', format: 'openapi3' },
    destinationSpec: { content: document(revision), location: 'revision.json', format: 'openapi3' },
  });
  const all = [
    ...(out.breakingDifferencesFound ? out.breakingDifferences : []),
    ...out.nonBreakingDifferences,
    ...out.unclassifiedDifferences,
  ];
  const codes: Record<Direction, string[]> = { request: [], response: [] };
  for (const d of all) {
    const loc = d.sourceSpecEntityDetails[0]?.location ?? d.destinationSpecEntityDetails[0]?.location ?? '';
    const dir: Direction | undefined = loc.startsWith('paths./req')
      ? 'request'
      : loc.startsWith('paths./res')
        ? 'response'
        : undefined;
    if (dir) codes[dir].push(`${d.code}:${d.type}`);
  }
  const verdict = (d: Direction): Verdict =>
    codes[d].some((x) => x.endsWith(':breaking')) ? 'breaking' : 'not-breaking';
  return { request: verdict('request'), response: verdict('response'), codes };
}

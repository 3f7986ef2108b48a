/**
 * Test helpers for the diff layer: load fixture pairs with the real loader and find things in
 * the resulting tree.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import { loadSpec, loadSpecFromText } from '../../../versioning/load/index.ts';
import type { LoadedSpec, OperationDiff, SpecDiff } from '../../../versioning/model.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/diff/', import.meta.url));
export const BENCH_SPECS = fileURLToPath(new URL('../../../../shared/bench/specs/', import.meta.url));
export const hasBench = existsSync(BENCH_SPECS);

export function loadFixture(rel: string): Promise<LoadedSpec> {
  return loadSpec(rel, { cwd: FIXTURES });
}

/** Diff `test/fixtures/diff/<name>/base.yaml` against `<name>/revision.yaml`. */
export async function diffFixture(name: string): Promise<SpecDiff> {
  const [base, revision] = await Promise.all([loadFixture(`${name}/base.yaml`), loadFixture(`${name}/revision.yaml`)]);
  return diffSpecs(base, revision);
}

/** Diff two inline YAML documents (file names `base.yaml` / `revision.yaml` under the fixtures folder). */
export async function diffYaml(base: string, revision: string): Promise<SpecDiff> {
  const [a, b] = await Promise.all([
    loadSpecFromText(base, 'base.yaml', { cwd: FIXTURES }),
    loadSpecFromText(revision, 'revision.yaml', { cwd: FIXTURES }),
  ]);
  return diffSpecs(a, b);
}

export function op(diff: SpecDiff, method: string, path: string): OperationDiff {
  const found = diff.operations.find((o) => o.method === method && o.path === path);
  if (!found)
    throw new Error(
      `no operation diff for ${method.toUpperCase()} ${path}; have: ${diff.operations.map((o) => o.key).join(', ')}`,
    );
  return found;
}

/** True when the diff reports nothing at all. */
export function isEmptyDiff(d: SpecDiff): boolean {
  return (
    Object.keys(d.info).length === 0 &&
    d.paths.length === 0 &&
    d.operations.length === 0 &&
    d.webhooks.length === 0 &&
    d.security === undefined &&
    d.securitySchemes.length === 0 &&
    Object.keys(d.other).length === 0
  );
}

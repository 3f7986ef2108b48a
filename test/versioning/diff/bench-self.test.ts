import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diffSpecs } from '../../../versioning/diff/index.ts';
import { loadSpec } from '../../../versioning/load/index.ts';
import { BENCH_SPECS, hasBench, isEmptyDiff } from './helpers.ts';

describe('diff: real specs against themselves', function () {
  this.timeout(120_000);
  if (!hasBench) {
    it.skip(`skipped: ${BENCH_SPECS} is absent (the shared benchmark specs live beside the repository)`);
    return;
  }
  const files = readdirSync(BENCH_SPECS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(BENCH_SPECS, dir.name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(dir.name, f)),
    )
    .filter((f) => !f.includes('noextref')) // same content as their originals
    .sort();

  for (const file of files) {
    it(`${file}: two separate loads diff to nothing`, async () => {
      const [a, b] = await Promise.all([loadSpec(join(BENCH_SPECS, file)), loadSpec(join(BENCH_SPECS, file))]);
      expect(a.document).to.not.equal(b.document);
      const d = diffSpecs(a, b);
      expect(
        isEmptyDiff(d),
        `unexpected changes: ${d.operations
          .map((o) => o.key)
          .slice(0, 5)
          .join(', ')}`,
      ).to.equal(true);
    });
  }
});

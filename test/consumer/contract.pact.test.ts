import './pact/env.ts';
import { expect } from 'chai';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INTERACTIONS } from './pact/interactions.ts';
import { newPact, writeContract } from './pact/write.ts';
import { PACT_FILE_NAME } from './pact/fixtures.ts';

const PACTS_DIR = resolve(import.meta.dirname, '../../pacts');

interface PactFile {
  consumer: { name: string };
  provider: { name: string };
  interactions: Array<{
    description: string;
    providerStates?: Array<{ name: string; params?: Record<string, unknown> }>;
    request: { method: string; path: string };
    response: { status: number };
  }>;
  metadata: Record<string, unknown>;
}

describe('Service A -> Service B consumer contract (Pact V4)', function () {
  // V4 pact files are merged, not overwritten: record into a fresh directory and
  // only replace pacts/ once every interaction passed.
  let workDir: string;
  before(() => {
    workDir = mkdtempSync(join(tmpdir(), 'contract-kit-pact-'));
  });
  after(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  for (const interaction of INTERACTIONS) {
    it(interaction.description, async () => {
      await interaction.run(newPact(workDir));
    });
  }

  describe('the written contract', () => {
    let written: string;
    let pact: PactFile;
    before(function () {
      const file = join(workDir, PACT_FILE_NAME);
      if (!existsSync(file)) this.skip();
      written = readFileSync(file, 'utf8');
      pact = JSON.parse(written) as PactFile;
    });

    it('holds exactly one interaction per behaviour, with unique descriptions', () => {
      expect(pact.interactions.map((i) => i.description).sort()).to.deep.equal(
        INTERACTIONS.map((i) => i.description).sort(),
      );
    });

    it('covers at least 8 behaviours, at least 3 of them error responses', () => {
      expect(pact.interactions.length).to.be.at.least(8);
      const errors = pact.interactions.filter((i) => i.response.status >= 400).map((i) => i.response.status);
      expect(errors.length).to.be.at.least(3);
      expect(errors).to.include.members([400, 404, 409]);
    });

    it('uses provider states with parameters (a state may also take none)', () => {
      const states = pact.interactions.flatMap((i) => i.providerStates ?? []);
      expect(states.find((s) => s.name === 'a user exists')?.params).to.have.property('id');
      // Parameters, where a state has them, are a mapping the provider's handler reads by name.
      for (const s of states) if (s.params !== undefined) expect(s.params, s.name).to.be.an('object');
    });

    it('is V4 and holds no timestamps, hosts or ports (so it is reproducible)', () => {
      expect((pact.metadata.pactSpecification as { version: string }).version).to.match(/^4\./);
      expect(written).not.to.match(/127\.0\.0\.1|localhost|:\d{4,5}\b/);
      // No date in the metadata (example values in bodies are fixed fixture dates).
      expect(JSON.stringify(pact.metadata)).not.to.match(/\d{4}-\d{2}-\d{2}/);
      expect(pact.consumer.name).to.equal('ServiceA');
      expect(pact.provider.name).to.equal('ServiceB');
    });

    it('is deterministic: recording it again gives a byte-identical file', async () => {
      const again = mkdtempSync(join(tmpdir(), 'contract-kit-pact-again-'));
      try {
        await writeContract(again);
        expect(readFileSync(join(again, PACT_FILE_NAME), 'utf8')).to.equal(written);
      } finally {
        rmSync(again, { recursive: true, force: true });
      }
    });

    it(`replaces pacts/${PACT_FILE_NAME}`, () => {
      // Never publish a partial contract: every behaviour must have been recorded.
      expect(
        pact.interactions.map((i) => i.description).sort(),
        'some interactions failed; pacts/ left unchanged',
      ).to.deep.equal(INTERACTIONS.map((i) => i.description).sort());
      mkdirSync(PACTS_DIR, { recursive: true });
      copyFileSync(join(workDir, PACT_FILE_NAME), join(PACTS_DIR, PACT_FILE_NAME));
      expect(readFileSync(join(PACTS_DIR, PACT_FILE_NAME), 'utf8')).to.equal(written);
    });
  });
});

/** `gate` warns when the revision's info.version is lower than the base's (arguments swapped?). */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { versionGoesBack } from '../../../versioning/engine.ts';
import { run } from '../../../versioning/cli/program.ts';
import { fakeIo } from './fake-io.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('cli: gate with BASE and REVISION swapped', () => {
  it('notes a lower revision version, in every format', async () => {
    const io = fakeIo({ cwd: REPO });
    const code = await run(['gate', 'provider/examples/openapi.v2-breaking.yaml', 'provider/openapi.yaml'], io);
    expect(code).to.equal(1);
    const version = /^\s+version:\s*['"]?([\d.]+)/m.exec(
      readFileSync(path.join(REPO, 'provider/openapi.yaml'), 'utf8'),
    )![1]!;
    expect(io.out()).to.include(
      `note: the revision's info.version ${version} is lower than the base's 2.0.0: are BASE and REVISION swapped?`,
    );
    const json = fakeIo({ cwd: REPO });
    await run(['gate', 'provider/examples/openapi.v2-breaking.yaml', 'provider/openapi.yaml', '-f', 'json'], json);
    expect((JSON.parse(json.out()) as { notes: string[] }).notes.some((n) => n.includes('swapped'))).to.equal(true);
  });

  it('says nothing in the right order, or on diff', async () => {
    const io = fakeIo({ cwd: REPO });
    await run(['gate', 'provider/openapi.yaml', 'provider/examples/openapi.v2-breaking.yaml'], io);
    expect(io.out()).to.not.include('swapped');
    const diff = fakeIo({ cwd: REPO });
    await run(['diff', 'provider/examples/openapi.v2-breaking.yaml', 'provider/openapi.yaml'], diff);
    expect(diff.out()).to.not.include('swapped');
  });

  it('compares semver precedence, and stays quiet on versions that are not semver', () => {
    expect(versionGoesBack('1.10.0', '1.9.0')).to.be.a('string');
    expect(versionGoesBack('1.0.0', '1.0.0-rc.1')).to.be.a('string');
    expect(versionGoesBack('1.9.0', '1.10.0')).to.equal(undefined);
    expect(versionGoesBack('1.0.0', '1.0.0')).to.equal(undefined);
    expect(versionGoesBack('2024-01-01', '2023-01-01')).to.equal(undefined);
    expect(versionGoesBack(undefined, '1.0.0')).to.equal(undefined);
  });
});

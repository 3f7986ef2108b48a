/** The generated docs cannot drift: versioning/README.md and docs/*.schema.json match the code. */
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { cliReference, generatedSchemas, replaceSection, updateReadme } from '../../../versioning/cli/docs.ts';
import { RULES } from '../../../versioning/rules/registry.ts';

const root = new URL('../../../', import.meta.url);
const read = (file: string) => readFile(new URL(file, root), 'utf8');

describe('docs', () => {
  it('versioning/README.md is up to date (run `npm run docs`)', async () => {
    const readme = await read('versioning/README.md');
    expect(updateReadme(readme, RULES) === readme, 'versioning/README.md is out of date: run `npm run docs`').to.equal(
      true,
    );
  });

  it('the README lists every registered rule and every CLI flag', async () => {
    const readme = await read('versioning/README.md');
    for (const rule of RULES)
      expect(readme).to.include(`| \`${rule.id}\` | ${rule.level} | ${rule.direction} | ${rule.action} |`);
    for (const flag of ['--format', '--output', '--fail-on', '--config', '--allow-remote'])
      expect(cliReference()).to.include(flag);
  });

  it('docs/*.schema.json are up to date (run `npm run docs`)', async () => {
    for (const [file, content] of Object.entries(generatedSchemas())) {
      expect(await read(file), `${file} is out of date: run \`npm run docs\``).to.equal(content);
    }
  });

  it('replaceSection rewrites only between its markers and insists on them', () => {
    const doc = 'a\n<!-- x:start -->\nold\n<!-- x:end -->\nb\n';
    expect(replaceSection(doc, 'x', 'new\n')).to.equal('a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb\n');
    expect(() => replaceSection('no markers', 'x', 'y')).to.throw(/markers/);
  });
});

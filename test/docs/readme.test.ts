/**
 * README.md stays honest: the first screen has exactly the two set-up commands, every
 * `npm run X` is a script, every relative link and every repository path it names exists, and
 * the example outputs are what the CLI prints now (`npm run docs` regenerates them).
 */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import {
  EXAMPLE_PAIR,
  EXAMPLES,
  examplePairExists,
  runExample,
  updateExamples,
} from '../../scripts/readme-examples.ts';

const rootUrl = new URL('../../', import.meta.url);
const root = decodeURIComponent(rootUrl.pathname);
const readme = readFileSync(new URL('README.md', rootUrl), 'utf8');
const lines = readme.split('\n');
const scripts = (
  JSON.parse(readFileSync(new URL('package.json', rootUrl), 'utf8')) as { scripts: Record<string, string> }
).scripts;
const exists = (file: string) => existsSync(new URL(file, rootUrl));

/** The README's first screen: what GitHub shows before scrolling. */
const FIRST_SCREEN = 25;
/** The lines before the first `## ` section. */
const introLength = lines.findIndex((l) => l.startsWith('## '));

interface Fence {
  start: number;
  lang: string;
  body: string[];
}

function fences(text: string[]): Fence[] {
  const out: Fence[] = [];
  let open: Fence | undefined;
  text.forEach((line, i) => {
    const m = /^```(\S*)\s*$/.exec(line);
    if (!m) {
      open?.body.push(line);
      return;
    }
    if (open) {
      out.push(open);
      open = undefined;
    } else open = { start: i + 1, lang: m[1]!, body: [] };
  });
  expect(open, `unclosed code fence at README.md:${open?.start}`).to.equal(undefined);
  return out;
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');

/** Prose outside code fences (links and paths in code blocks are examples, not claims). */
function prose(): string {
  const inFence = new Set(
    fences(lines).flatMap((f) => Array.from({ length: f.body.length + 2 }, (_, k) => f.start + k)),
  );
  return lines.filter((_, i) => !inFence.has(i + 1)).join('\n');
}

describe('README.md', () => {
  it('has exactly two set-up commands on its first screen: npm ci with the main job, and npm test', () => {
    expect(introLength, 'the introduction (before the first ## heading)').to.be.within(1, FIRST_SCREEN);
    const first = fences(lines).filter((f) => f.start <= introLength);
    expect(
      first.map((f) => f.body),
      `code blocks before the first section`,
    ).to.have.length(2);
    for (const f of first)
      expect(
        f.body.filter((l) => l.trim() !== ''),
        `block at README.md:${f.start}: one command`,
      ).to.have.length(1);
    const [setup, test] = first.map((f) => f.body.join('\n').trim());
    expect(setup).to.match(/^npm ci && npx contract-kit /);
    expect(test).to.equal('npm test');
  });

  it('its main-job command is the example whose output it shows', () => {
    const setup = fences(lines)[0]!.body.join(' ').trim();
    const argv = setup.replace(/^npm ci && npx contract-kit /, '').split(/\s+/);
    expect(argv).to.deep.equal([...EXAMPLES[0]!.argv]);
  });

  it('every `npm run X` it mentions is a package.json script', () => {
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(named).to.not.be.empty;
    for (const name of new Set(named)) expect(scripts, `npm run ${name}`).to.have.property(name);
    if (/\bnpm test\b/.test(readme)) expect(scripts).to.have.property('test');
  });

  it('every relative link resolves to a file, every #anchor to a heading', () => {
    const headings = new Set(lines.filter((l) => /^#{1,6} /.test(l)).map((l) => slug(l.replace(/^#+ /, ''))));
    const links = [...prose().matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links).to.not.be.empty;
    for (const link of links) {
      if (/^[a-z]+:/i.test(link)) continue;
      if (link.startsWith('#')) expect([...headings], `anchor ${link}`).to.include(link.slice(1));
      else expect(exists(link.split('#')[0]!), `link ${link}`).to.equal(true);
    }
  });

  it('every repository path it names in backticks exists', function () {
    // Paths: a file name with an extension, a folder with a trailing slash, or under a top-level folder (not
    // `origin/main`).
    const paths = [...prose().matchAll(/`([\w.-]+(?:\/[\w.-]+)+\/?)`/g)]
      .map((m) => m[1]!)
      .filter((p) => !p.startsWith('../') && (/\.\w+$/.test(p) || p.endsWith('/') || exists(p.split('/')[0]! + '/')))
      // dist/ is build output (git-ignored): it exists after a build, not in a fresh clone.
      .filter((p) => !p.startsWith('dist/'));
    expect(paths).to.not.be.empty;
    const pending = paths.filter((p) => (EXAMPLE_PAIR as readonly string[]).includes(p) && !exists(p));
    if (pending.length) console.log(`      (not checked yet: ${pending.join(', ')} does not exist yet)`);
    for (const p of new Set(paths)) if (!pending.includes(p)) expect(exists(p), `README names \`${p}\``).to.equal(true);
  });

  it('the how-tos name identifiers that exist where they say', () => {
    const claims: Array<[string, string]> = [
      ['test/consumer/pact/interactions.ts', 'INTERACTIONS'],
      ['test/provider/support/states.ts', 'createStateHandlers'],
      ['versioning/rules/framework.ts', 'export function defineRules'],
      ['versioning/rules/registry.ts', 'FAMILIES'],
      ['versioning/rules/catalogue.ts', 'export const R'],
    ];
    for (const [file, identifier] of claims) {
      expect(readme, `README mentions ${file}`).to.include(file.replace(/\/[^/]+$/, '/'));
      expect(readFileSync(new URL(file, rootUrl), 'utf8'), `${file} has ${identifier}`).to.include(identifier);
    }
  });

  describe('output on the example pair', () => {
    before(function () {
      if (!examplePairExists(root)) {
        console.log(`      (skipped: ${EXAMPLE_PAIR[1]} does not exist yet)`);
        this.skip();
      }
    });

    it('the main-job command works and exits 0', async () => {
      const result = await runExample(EXAMPLES[0]!.argv, root);
      expect(result.stderr, 'stderr').to.equal('');
      expect(result.code).to.equal(0);
    });

    it('is what the CLI prints now (run `npm run docs` when it changes)', async () => {
      const wanted = await updateExamples(readme, root);
      expect(wanted === readme, 'README.md example outputs are out of date: run `npm run docs`').to.equal(true);
    });
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadSpec } from '../../../versioning/load/index.ts';
import { inputError, ROOT } from './helpers.ts';

const SPEC = (title: string) => `openapi: 3.0.3
info:
  title: ${title}
  version: 1.0.0
paths:
  /users:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: './schemas/user.yaml#/User'
`;
const USER = (field: string) => `User:
  type: object
  properties:
    ${field}:
      type: string
`;

describe('load: stdin', () => {
  it('reads `-` from options.stdin and names it <stdin>', async () => {
    const spec = await loadSpec('-', {
      stdin: 'openapi: 3.1.0\ninfo: { title: piped, version: "1" }\npaths: {}\n',
      cwd: ROOT,
    });
    expect(spec.file).to.equal('<stdin>');
    expect(spec.source).to.equal('<stdin>');
    expect(spec.document.info.title).to.equal('piped');
    expect(spec.locate({ file: '<stdin>', pointer: '/paths' })).to.deep.equal({ file: '<stdin>', line: 3, column: 1 });
  });

  it('resolves relative refs in stdin from cwd, and refuses `-` without text', async () => {
    const text =
      "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /u:\n    get:\n " +
      "     responses:\n        '200': { $ref: " +
      "'test/fixtures/load/multi/common.yaml#/responses/NotFound' }\n";
    const spec = await loadSpec('-', { stdin: text, cwd: ROOT });
    const response = (spec.document.paths!['/u']!.get!.responses as Record<string, { description: string }>)['200']!;
    expect(response.description).to.equal('not found');
    expect(spec.originOf(response)).to.deep.equal({
      file: 'test/fixtures/load/multi/common.yaml',
      pointer: '/responses/NotFound',
    });
    const error = await inputError(loadSpec('-', { cwd: ROOT }));
    expect(error.message).to.include("input '-' means stdin, but no stdin text was given");
  });
});

describe('load: files and cwd', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'contract-kit-load-'));
    mkdirSync(path.join(dir, 'api/schemas'), { recursive: true });
    writeFileSync(path.join(dir, 'api/spec.yaml'), SPEC('files'));
    writeFileSync(path.join(dir, 'api/schemas/user.yaml'), USER('id'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names files relative to cwd when inside it, else as given', async () => {
    const inside = await loadSpec(path.join(dir, 'api/spec.yaml'), { cwd: dir });
    expect(inside.file).to.equal('api/spec.yaml');
    expect(inside.source).to.equal(path.join(dir, 'api/spec.yaml'));
    const schema = inside.document.paths!['/users']!.get!.responses!['200']!.content!['application/json']!.schema!;
    expect(inside.originOf(schema)).to.deep.equal({ file: 'api/schemas/user.yaml', pointer: '/User' });

    const outside = await loadSpec(path.join(dir, 'api/spec.yaml'), { cwd: ROOT });
    expect(outside.file).to.equal(path.join(dir, 'api/spec.yaml'));
    const schema2 = outside.document.paths!['/users']!.get!.responses!['200']!.content!['application/json']!.schema!;
    expect(outside.originOf(schema2)!.file).to.equal(path.join(dir, 'api/schemas/user.yaml'));
    expect(outside.locate(outside.originOf(schema2)!)).to.deep.equal({
      file: path.join(dir, 'api/schemas/user.yaml'),
      line: 1,
      column: 1,
    });

    const relative = await loadSpec('spec.yaml', { cwd: path.join(dir, 'api') });
    expect(relative.file).to.equal('spec.yaml');
  });

  it('refuses a missing file and a directory', async () => {
    expect((await inputError(loadSpec('nope.yaml', { cwd: dir }))).message).to.equal(
      `nope.yaml: cannot read the spec: no such file; check the path (relative to ${dir})`,
    );
    expect((await inputError(loadSpec('api', { cwd: dir }))).message).to.include(
      'api: cannot read the spec: it is a directory',
    );
    expect((await inputError(loadSpec('', { cwd: dir }))).message).to.include('no input given');
  });
});

describe('load: REF:path from git', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
      { cwd: repo, stdio: 'pipe' },
    );

  before(function () {
    try {
      execFileSync('git', ['--version'], { stdio: 'pipe' });
    } catch {
      this.skip();
    }
    repo = mkdtempSync(path.join(os.tmpdir(), 'contract-kit-git-'));
    git('init', '-q');
    mkdirSync(path.join(repo, 'api/schemas'), { recursive: true });
    writeFileSync(path.join(repo, 'api/spec.yaml'), SPEC('first'));
    writeFileSync(path.join(repo, 'api/schemas/user.yaml'), USER('id'));
    writeFileSync(path.join(repo, 'escape.yaml'), SPEC('escape').replace('./schemas/user.yaml', '../outside.yaml'));
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    writeFileSync(path.join(repo, 'api/spec.yaml'), SPEC('second'));
    writeFileSync(path.join(repo, 'api/schemas/user.yaml'), USER('email'));
    git('commit', '-q', '-am', 'second');
    // The working tree differs from both commits: loading from git must not read it.
    writeFileSync(path.join(repo, 'api/spec.yaml'), SPEC('working tree'));
    writeFileSync(path.join(repo, 'api/schemas/user.yaml'), USER('workingTree'));
  });
  after(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('reads the spec and its relative refs from the same revision', async () => {
    const head = await loadSpec('HEAD:api/spec.yaml', { cwd: repo });
    expect(head.source).to.equal('HEAD:api/spec.yaml');
    expect(head.file).to.equal('HEAD:api/spec.yaml');
    expect(head.document.info.title).to.equal('second');
    const schema = head.document.paths!['/users']!.get!.responses!['200']!.content!['application/json']!.schema!;
    expect(Object.keys(schema.properties!)).to.deep.equal(['email']);
    expect(head.originOf(schema)).to.deep.equal({ file: 'HEAD:api/schemas/user.yaml', pointer: '/User' });
    expect(head.locate({ file: 'HEAD:api/schemas/user.yaml', pointer: '/User/properties/email' })).to.deep.equal({
      file: 'HEAD:api/schemas/user.yaml',
      line: 4,
      column: 5,
    });
    expect(head.locate({ file: 'HEAD:api/spec.yaml', pointer: '/paths/~1users' }).line).to.equal(6);

    const previous = await loadSpec('HEAD~1:api/spec.yaml', { cwd: repo });
    expect(previous.document.info.title).to.equal('first');
    const oldSchema = previous.document.paths!['/users']!.get!.responses!['200']!.content!['application/json']!.schema!;
    expect(Object.keys(oldSchema.properties!)).to.deep.equal(['id']);
    expect(previous.originOf(oldSchema)!.file).to.equal('HEAD~1:api/schemas/user.yaml');
    expect(previous.raw().info).to.deep.equal({ title: 'first', version: '1.0.0' });
  });

  it('supports ./ paths relative to the current folder', async () => {
    const spec = await loadSpec('HEAD:./spec.yaml', { cwd: path.join(repo, 'api') });
    expect(spec.document.info.title).to.equal('second');
    const schema = spec.document.paths!['/users']!.get!.responses!['200']!.content!['application/json']!.schema!;
    expect(spec.originOf(schema)!.file).to.equal('HEAD:./schemas/user.yaml');
  });

  it('prefers a plain path that exists on disk', async () => {
    writeFileSync(path.join(repo, 'HEAD:api'), 'ignored');
    mkdirSync(path.join(repo, 'HEAD:disk'), { recursive: true });
    writeFileSync(
      path.join(repo, 'HEAD:disk/spec.yaml'),
      "openapi: 3.1.0\ninfo: { title: on disk, version: '1' }\npaths: {}\n",
    );
    const spec = await loadSpec('HEAD:disk/spec.yaml', { cwd: repo });
    expect(spec.document.info.title).to.equal('on disk');
    expect(spec.file).to.equal('HEAD:disk/spec.yaml');
  });

  it('refuses unknown revisions and paths, and refs leaving the folder', async () => {
    const badRev = await inputError(loadSpec('nosuchbranch:api/spec.yaml', { cwd: repo }));
    expect(badRev.message).to.match(
      /^nosuchbranch:api\/spec\.yaml: no such file, and git cannot read it as REF:path \(fatal: .*\); check/,
    );
    const badPath = await inputError(loadSpec('HEAD:api/nope.yaml', { cwd: repo }));
    expect(badPath.message).to.include("path 'api/nope.yaml' does not exist in 'HEAD'");
    const escape = await inputError(loadSpec('HEAD:escape.yaml', { cwd: repo }));
    expect(escape.message).to.match(/^HEAD:escape\.yaml:14:\d+: \$ref '\.\.\/outside\.yaml#\/User' leaves /);
    expect(escape.message).to.include("leaves the spec's folder (the repository root in HEAD)");
  });
});

describe('load: remote $refs', () => {
  let server: Server;
  let base: string;
  let requests: string[];
  before(async () => {
    requests = [];
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/schemas/user.yaml') {
        res.writeHead(200, { 'content-type': 'application/yaml' });
        res.end("User:\n  type: object\n  properties:\n    pet:\n      $ref: 'pet.json'\n");
      } else if (req.url === '/schemas/pet.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"type": "string"}');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const text = (target: string) =>
    `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n ` +
    ` /x:\n    get:\n      responses:\n        '200':\n          ` +
    `description: ok\n          content:\n            application/json:\n ` +
    `             schema:\n                $ref: '${target}'\n`;

  it('refuses without allowRemote and does not touch the network', async () => {
    const error = await inputError(loadSpec('-', { stdin: text(`${base}/schemas/user.yaml#/User`), cwd: ROOT }));
    expect(error.message).to.match(
      /^<stdin>:12:17: remote \$ref 'http:\/\/127\.0\.0\.1:\d+\/schemas\/user\.yaml#\/User' is refused/,
    );
    expect(requests).to.deep.equal([]);
    const input = await inputError(loadSpec(`${base}/spec.yaml`, { cwd: ROOT }));
    expect(input.message).to.include('loading a spec over the network is refused by default');
  });

  it('fetches remote refs (and their relative refs) with allowRemote', async () => {
    const spec = await loadSpec('-', {
      stdin: text(`${base}/schemas/user.yaml#/User`),
      cwd: ROOT,
      allowRemote: true,
      limits: { maxBytes: 1 << 20, networkTimeoutMs: 10_000, allowHosts: ['127.0.0.1'] },
    });
    const schema = spec.document.paths!['/x']!.get!.responses!['200']!.content!['application/json']!.schema!;
    expect(schema.properties!.pet).to.deep.equal({ type: 'string' });
    expect(spec.originOf(schema)).to.deep.equal({ file: `${base}/schemas/user.yaml`, pointer: '/User' });
    expect(spec.locate({ file: `${base}/schemas/user.yaml`, pointer: '/User/properties/pet' })).to.deep.equal({
      file: `${base}/schemas/user.yaml`,
      line: 4,
      column: 5,
    });
    expect(requests).to.deep.equal(['/schemas/user.yaml', '/schemas/pet.json']);
  });

  it('names a remote target that cannot be fetched', async () => {
    const error = await inputError(
      loadSpec('-', {
        stdin: text(`${base}/missing.yaml`),
        cwd: ROOT,
        allowRemote: true,
        limits: { maxBytes: 1 << 20, networkTimeoutMs: 10_000, allowHosts: ['127.0.0.1'] },
      }),
    );
    expect(error.message).to.include(
      `points to ${base}/missing.yaml, which cannot be read (cannot fetch it: HTTP 404 Not Found)`,
    );
  });
});

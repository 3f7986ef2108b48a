/**
 * Generated hostile inputs, one class per entry of issue 13: each case lays out files in a fresh
 * project folder (the inputs' root) beside an `outside/` folder holding a secret, and names the
 * command line to run. Every case must end with exit 2 and one line on stderr naming the file and
 * the place, without the secret in any output and without a file written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface Ctx {
  /** The project folder: the CLI's working directory and the inputs' root. */
  project: string;
  /** A folder beside it with files no input may reach. */
  outside: string;
  /** Text that appears only in the files under `outside`. */
  secret: string;
}

export interface Setup {
  argv: string[];
  /** What the error line must name (a file, a URL or a flag). */
  file: string;
  /** The place in it, when the refusal is about a place inside the file. */
  place?: RegExp;
  stdin?: Buffer;
  env?: Record<string, string>;
  cleanup?: () => Promise<void>;
}

export interface HostileCase {
  cls: string;
  name: string;
  setup(ctx: Ctx): Promise<Setup> | Setup;
}

const LINE_COL = /:\d+:\d+/;

/** A small valid OpenAPI document; `extra` is spliced under the 200 response's schema, `tail` at the end. */
export function specYaml(options: { schema?: string; tail?: string; parameter?: string } = {}): string {
  return [
    'openapi: 3.0.3',
    'info: {title: t, version: 1.0.0}',
    'paths:',
    '  /items:',
    '    get:',
    '      parameters:',
    `        - ${options.parameter ?? '{name: q, in: query, schema: {type: string}}'}`,
    '      responses:',
    "        '200':",
    '          description: ok',
    '          content:',
    '            application/json:',
    `              schema: ${options.schema ?? '{type: object, properties: {id: {type: string}}}'}`,
    options.tail ?? '',
  ].join('\n');
}

function write(ctx: Ctx, name: string, content: string | Buffer): string {
  const file = path.join(ctx.project, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return name;
}

function fifo(ctx: Ctx, name: string): string {
  execFileSync('mkfifo', [path.join(ctx.project, name)]);
  return name;
}

function link(ctx: Ctx, name: string, target: string): string {
  symlinkSync(target, path.join(ctx.project, name));
  return name;
}

/** A spec whose 200 schema is a `$ref` to `ref`. */
function refSpec(ctx: Ctx, ref: string, name = 'spec.yaml'): string {
  return write(ctx, name, specYaml({ schema: `{$ref: '${ref}'}` }));
}

function ok(ctx: Ctx): string {
  return write(ctx, 'ok.yaml', specYaml());
}

export function pact(body: Record<string, unknown> = { id: '1' }, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    consumer: { name: 'Web' },
    provider: { name: 'Items' },
    interactions: [
      {
        description: 'list',
        request: { method: 'GET', path: '/items', query: 'q=x' },
        response: { status: 200, headers: { 'Content-Type': 'application/json' }, body },
        ...extra,
      },
    ],
    metadata: { pactSpecification: { version: '2.0.0' } },
  });
}

async function server(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const s = http.createServer(handler);
  s.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  return {
    url,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
}

/**
 * Catastrophic shapes that RE2 cannot run (a lookahead), so they would fall back to the
 * backtracking engine: the screen refuses them. The same shapes without the lookahead run on RE2
 * and complete (regex.test.ts).
 */
export const BAD_PATTERNS = ['^(a+)+$', '^(a*)*$', '^(\\w+\\s?)*$', '^(a|aa)+$', '^(x+x+)+y$', '^(?:[a-z]+)*$'].map(
  (pattern) => pattern.replace('^', '^(?=.)'),
);

export function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (cls: string, name: string, setup: HostileCase['setup']): void => void cases.push({ cls, name, setup });

  // 1. Symlinks out of the inputs' root.
  add('symlink', 'the base spec is a symlink to a file outside', (c) => ({
    argv: ['diff', link(c, 'link.yaml', path.join(c.outside, 'secret.yaml')), ok(c)],
    file: 'link.yaml',
  }));
  add('symlink', 'the revision spec is a symlink to a file outside', (c) => ({
    argv: ['diff', ok(c), link(c, 'link.yaml', path.join(c.outside, 'secret.yaml'))],
    file: 'link.yaml',
  }));
  add('symlink', 'a $ref target is a symlink to a file outside', (c) => {
    link(c, 'link.yaml', path.join(c.outside, 'secret.yaml'));
    return { argv: ['diff', refSpec(c, './link.yaml#/paths'), ok(c)], file: 'spec.yaml', place: LINE_COL };
  });
  add('symlink', 'a $ref goes through a folder symlink', (c) => {
    link(c, 'dir', c.outside);
    return { argv: ['diff', refSpec(c, './dir/secret.yaml#/paths'), ok(c)], file: 'spec.yaml', place: LINE_COL };
  });
  add('symlink', 'a $ref target is a symlink to /etc/passwd', (c) => {
    link(c, 'passwd.yaml', '/etc/passwd');
    return { argv: ['diff', refSpec(c, './passwd.yaml#/root'), ok(c)], file: 'spec.yaml', place: LINE_COL };
  });
  add('symlink', 'a $ref target is a symlink to /proc/self/environ', (c) => {
    link(c, 'env.yaml', '/proc/self/environ');
    return { argv: ['diff', refSpec(c, './env.yaml#/PATH'), ok(c)], file: 'spec.yaml', place: LINE_COL };
  });
  add('symlink', 'the spec is a symlink to /dev/zero', (c) => ({
    argv: ['diff', link(c, 'zero.yaml', '/dev/zero'), ok(c)],
    file: 'zero.yaml',
  }));
  add('symlink', 'a $ref target is a symlink to /dev/zero', (c) => {
    link(c, 'zero.yaml', '/dev/zero');
    return { argv: ['diff', refSpec(c, './zero.yaml#/a'), ok(c)], file: 'spec.yaml', place: LINE_COL };
  });
  add('symlink', 'the pacts file is a symlink to a file outside', (c) => ({
    argv: ['diff', ok(c), ok(c), '--pacts', link(c, 'pact.json', path.join(c.outside, 'secret.json'))],
    file: 'pact.json',
  }));
  add('symlink', 'a pacts folder holds a symlink to a file outside', (c) => {
    mkdirSync(path.join(c.project, 'pacts'));
    link(c, 'pacts/a.json', path.join(c.outside, 'secret.json'));
    return { argv: ['diff', ok(c), ok(c), '--pacts', 'pacts'], file: 'pacts/a.json' };
  });
  add('symlink', 'the config is a symlink to a file outside', (c) => ({
    argv: ['diff', ok(c), ok(c)],
    file: link(c, '.contract-kit.yaml', path.join(c.outside, 'secret.yaml')),
  }));
  add('symlink', 'check-pacts --spec is a symlink to a file outside', (c) => {
    write(c, 'pact.json', pact());
    return {
      argv: [
        'check-pacts',
        '--spec',
        link(c, 'link.yaml', path.join(c.outside, 'secret.yaml')),
        '--pacts',
        'pact.json',
      ],
      file: 'link.yaml',
    };
  });
  add('symlink', 'the spec is a symlink loop', (c) => {
    link(c, 'a.yaml', path.join(c.project, 'b.yaml'));
    link(c, 'b.yaml', path.join(c.project, 'a.yaml'));
    return { argv: ['diff', 'a.yaml', ok(c)], file: 'a.yaml' };
  });

  // 2. File types and sizes.
  add('file-type-size', 'the spec is a FIFO', (c) => ({
    argv: ['diff', fifo(c, 'spec.yaml'), ok(c)],
    file: 'spec.yaml',
  }));
  add('file-type-size', 'a $ref target is a FIFO', (c) => {
    fifo(c, 'part.yaml');
    return { argv: ['diff', refSpec(c, './part.yaml#/a'), ok(c)], file: 'spec.yaml', place: LINE_COL };
  });
  add('file-type-size', 'the pacts file is a FIFO', (c) => ({
    argv: ['diff', ok(c), ok(c), '--pacts', fifo(c, 'pact.json')],
    file: 'pact.json',
  }));
  add('file-type-size', 'the config is a FIFO', (c) => ({
    argv: ['diff', ok(c), ok(c)],
    file: fifo(c, '.contract-kit.yaml'),
  }));
  add('file-type-size', 'check-pacts --spec is a FIFO', (c) => {
    write(c, 'pact.json', pact());
    return { argv: ['check-pacts', '--spec', fifo(c, 'spec.yaml'), '--pacts', 'pact.json'], file: 'spec.yaml' };
  });
  add('file-type-size', 'the spec is /dev/zero', (c) => ({ argv: ['diff', '/dev/zero', ok(c)], file: '/dev/zero' }));
  add('file-type-size', 'the spec is /dev/urandom', (c) => ({
    argv: ['diff', '/dev/urandom', ok(c)],
    file: '/dev/urandom',
  }));
  add('file-type-size', 'a $ref target is a directory', (c) => {
    mkdirSync(path.join(c.project, 'sub'));
    return { argv: ['diff', refSpec(c, './sub#/a'), ok(c)], file: 'spec.yaml', place: LINE_COL };
  });
  const big = (c: Ctx, name: string): string =>
    write(c, name, specYaml({ tail: `x-padding: '${'p'.repeat(20_000)}'` }));
  add('file-type-size', 'the spec is over --max-input-size', (c) => ({
    argv: ['diff', big(c, 'big.yaml'), ok(c), '--max-input-size', '0.01'],
    file: 'big.yaml',
  }));
  add('file-type-size', 'a $ref target is over --max-input-size', (c) => {
    write(c, 'part.yaml', `a: {type: string}\nb: '${'p'.repeat(20_000)}'\n`);
    return {
      argv: ['diff', refSpec(c, './part.yaml#/a'), ok(c), '--max-input-size', '0.01'],
      file: 'spec.yaml',
      place: LINE_COL,
    };
  });
  add('file-type-size', 'the pacts file is over --max-input-size', (c) => ({
    argv: [
      'diff',
      ok(c),
      ok(c),
      '--pacts',
      write(c, 'pact.json', pact({ id: 'x'.repeat(20_000) })),
      '--max-input-size',
      '0.01',
    ],
    file: 'pact.json',
  }));
  add('file-type-size', 'the config is over --max-input-size', (c) => ({
    argv: ['diff', ok(c), ok(c), '--max-input-size', '0.01'],
    file: write(c, '.contract-kit.yaml', `# ${'p'.repeat(20_000)}\n`),
  }));
  add('file-type-size', 'stdin is over --max-input-size', (c) => ({
    argv: ['diff', '-', ok(c), '--max-input-size', '0.01'],
    file: '<stdin>',
    stdin: Buffer.from(specYaml({ tail: `x-p: '${'p'.repeat(20_000)}'` })),
  }));
  add('file-type-size', 'a git blob is over --max-input-size', (c) => {
    big(c, 'big.yaml');
    execFileSync('git', ['add', 'big.yaml'], { cwd: c.project });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'big'], { cwd: c.project });
    return { argv: ['diff', 'HEAD:big.yaml', ok(c), '--max-input-size', '0.01'], file: 'HEAD:big.yaml' };
  });

  // 3. Arguments that would reach git as options.
  for (const option of ['--output=OUT/pwned', '--output=PROJECT/pwned', '--ext-diff', '--textconv']) {
    add(
      'git-options',
      `a revision "${option.replace(/=.*/, '=...')}" stays a revision ` +
        `(${option.includes('OUT') ? 'outside' : 'inside'})`,
      (c) => {
        const rev = option.replace('OUT', c.outside).replace('PROJECT', c.project);
        // A repository with a commit: there, the original `git show --output=…` wrote the file.
        ok(c);
        execFileSync('git', ['add', 'ok.yaml'], { cwd: c.project });
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'ok'], { cwd: c.project });
        return { argv: ['diff', '--', `${rev}:ok.yaml`, 'ok.yaml'], file: `${rev}:ok.yaml` };
      },
    );
  }
  add('git-options', 'a committed $ref symlink read through git', (c) => {
    refSpec(c, './link.yaml#/paths', 'spec.yaml');
    link(c, 'link.yaml', path.join(c.outside, 'secret.yaml'));
    execFileSync('git', ['add', 'spec.yaml', 'link.yaml'], { cwd: c.project });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'link'], { cwd: c.project });
    return { argv: ['diff', 'HEAD:spec.yaml', ok(c)], file: 'HEAD:spec.yaml', place: LINE_COL };
  });

  // 4. Catastrophic regular expressions.
  BAD_PATTERNS.forEach((pattern, i) => {
    add('regex', `check-pacts refuses the spec pattern ${pattern}`, (c) => {
      write(
        c,
        'spec.yaml',
        specYaml({ schema: `{type: object, properties: {id: {type: string, pattern: '${pattern}'}}}` }),
      );
      write(c, 'pact.json', pact({ id: 'a'.repeat(34) + '!' }));
      return {
        argv:
          i % 2 === 0
            ? ['check-pacts', '--spec', 'spec.yaml', '--pacts', 'pact.json']
            : ['diff', 'spec.yaml', 'spec.yaml', '--pacts', 'pact.json'],
        file: 'spec.yaml',
        place: LINE_COL,
      };
    });
  });
  add('regex', 'a query parameter pattern', (c) => {
    write(
      c,
      'spec.yaml',
      specYaml({ parameter: "{name: q, in: query, required: true, schema: {type: string, pattern: '^(?=.)(a+)+$'}}" }),
    );
    write(c, 'pact.json', pact());
    return { argv: ['check-pacts', '--spec', 'spec.yaml', '--pacts', 'pact.json'], file: 'spec.yaml', place: LINE_COL };
  });
  add('regex', 'a patternProperties key', (c) => {
    write(c, 'spec.yaml', specYaml({ schema: "{type: object, patternProperties: {'^(?=.)(a+)+$': {type: string}}}" }));
    write(c, 'pact.json', pact());
    return { argv: ['check-pacts', '--spec', 'spec.yaml', '--pacts', 'pact.json'], file: 'spec.yaml', place: LINE_COL };
  });
  add('regex', 'a pact regex matcher', (c) => {
    write(c, 'spec.yaml', specYaml());
    write(
      c,
      'pact.json',
      pact({ id: 'a' }, { matchingRules: { '$.body.id': { match: 'regex', regex: '^(?=a)(a+)+$' } } }),
    );
    return {
      argv: ['check-pacts', '--spec', 'spec.yaml', '--pacts', 'pact.json'],
      file: 'pact.json',
      place: /#\/interactions\/0\//,
    };
  });

  // 5. YAML scale, nesting and chains.
  add('yaml-depth', 'a duplicate key after 40k keys (YAML)', (c) => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `  k${i}: 1`).join('\n');
    return {
      argv: ['diff', write(c, 'spec.yaml', specYaml({ tail: `x-many:\n${keys}\n  k7: 2` })), ok(c)],
      file: 'spec.yaml',
      place: LINE_COL,
    };
  });
  add('yaml-depth', 'a duplicate key in a YAML $ref target', (c) => {
    write(c, 'part.yaml', 'a: {type: string}\nb: 1\na: {type: integer}\n');
    return { argv: ['diff', refSpec(c, './part.yaml#/a'), ok(c)], file: 'part.yaml', place: LINE_COL };
  });
  add('yaml-depth', 'more than 100k aliases', (c) => ({
    argv: [
      'diff',
      write(
        c,
        'spec.yaml',
        specYaml({ tail: `x-a: &a [1]\nx-b: [${Array.from({ length: 100_001 }, () => '*a').join(', ')}]` }),
      ),
      ok(c),
    ],
    file: 'spec.yaml',
    place: LINE_COL,
  }));
  add('yaml-depth', 'a billion-laughs alias expansion', (c) => {
    const levels = ['x-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++)
      levels.push(`x-l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
    return {
      argv: ['diff', write(c, 'spec.yaml', specYaml({ tail: levels.join('\n') })), ok(c)],
      file: 'spec.yaml',
      place: LINE_COL,
    };
  });
  add('yaml-depth', 'YAML flow nesting 3000 deep', (c) => ({
    argv: ['diff', write(c, 'spec.yaml', specYaml({ tail: `x-deep: ${'['.repeat(3000)}${']'.repeat(3000)}` })), ok(c)],
    file: 'spec.yaml',
    place: LINE_COL,
  }));
  add('yaml-depth', 'YAML block nesting 300 deep', (c) => {
    const lines = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 2)}k:`);
    return {
      argv: ['diff', write(c, 'spec.yaml', specYaml({ tail: `x-deep:\n${lines.join('\n')} 1` })), ok(c)],
      file: 'spec.yaml',
      place: LINE_COL,
    };
  });
  const deepJson = (n: number): string => {
    const doc = JSON.parse(
      JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1.0.0' }, paths: {} }),
    ) as Record<string, unknown>;
    return JSON.stringify(doc).replace(/}$/, `,"x-deep":${'['.repeat(n)}${']'.repeat(n)}}`);
  };
  add('yaml-depth', 'JSON nesting 3000 deep', (c) => ({
    argv: ['diff', write(c, 'spec.json', deepJson(3000)), ok(c)],
    file: 'spec.json',
    place: LINE_COL,
  }));
  add('yaml-depth', 'JSON nesting 100k deep', (c) => ({
    argv: ['diff', write(c, 'spec.json', deepJson(100_000)), ok(c)],
    file: 'spec.json',
    place: LINE_COL,
  }));
  add('yaml-depth', 'a chain of 10k $refs to $refs', (c) => {
    const schemas = Array.from(
      { length: 10_000 },
      (_, i) => `    S${i}: {$ref: '#/components/schemas/S${i + 1}'}`,
    ).join('\n');
    const text = specYaml({
      schema: "{$ref: '#/components/schemas/S0'}",
      tail: `components:\n  schemas:\n${schemas}\n    S10000: {type: string}`,
    });
    return { argv: ['diff', write(c, 'spec.yaml', text), ok(c)], file: 'spec.yaml', place: LINE_COL };
  });
  add('yaml-depth', '$ref targets nested 1000 deep through properties', (c) => {
    const schemas = Array.from(
      { length: 1000 },
      (_, i) => `    S${i}: {type: object, properties: {a: {$ref: '#/components/schemas/S${i + 1}'}}}`,
    ).join('\n');
    const text = specYaml({
      schema: "{$ref: '#/components/schemas/S0'}",
      tail: `components:\n  schemas:\n${schemas}\n    S1000: {type: string}`,
    });
    return { argv: ['diff', write(c, 'spec.yaml', text), ok(c)], file: 'spec.yaml', place: LINE_COL };
  });
  add('yaml-depth', 'a config alias bomb', (c) => {
    const levels = ['x0: &l0 [a, a, a, a, a, a, a, a, a, a]'];
    for (let i = 1; i < 9; i++)
      levels.push(`x${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
    return {
      argv: ['diff', ok(c), ok(c)],
      file: write(c, '.contract-kit.yaml', levels.join('\n') + '\n'),
      place: LINE_COL,
    };
  });
  add('yaml-depth', 'a pact nested 5000 deep', (c) => ({
    argv: [
      'diff',
      ok(c),
      ok(c),
      '--pacts',
      write(c, 'pact.json', pact({ id: 'x' }).replace(/}$/, `,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`)),
    ],
    file: 'pact.json',
    place: LINE_COL,
  }));

  // 6. Keys are data; bytes are UTF-8 text.
  add('keys-bytes', 'a duplicate top-level JSON key', (c) => ({
    argv: [
      'diff',
      write(c, 'spec.json', '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"paths":{"/x":{}}}'),
      ok(c),
    ],
    file: 'spec.json',
    place: LINE_COL,
  }));
  add('keys-bytes', 'a duplicate JSON key deep in a schema', (c) => ({
    argv: [
      'diff',
      write(
        c,
        'spec.json',
        '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/x":{"get":{"responses":{"200":' +
          '{"description":"d","content":{"application/json":' +
          '{"schema":{"type":"object","required":["a"],"required":[]}}}}}}}}}',
      ),
      ok(c),
    ],
    file: 'spec.json',
    place: LINE_COL,
  }));
  add('keys-bytes', 'a duplicate key in a JSON $ref target', (c) => {
    write(c, 'part.json', '{"a":{"type":"string"},"a":{"type":"integer"}}');
    return { argv: ['diff', refSpec(c, './part.json#/a'), ok(c)], file: 'part.json', place: LINE_COL };
  });
  add('keys-bytes', 'a duplicate key in a pact', (c) => ({
    argv: [
      'diff',
      ok(c),
      ok(c),
      '--pacts',
      write(c, 'pact.json', pact().replace('{"consumer"', '{"provider":{"name":"Other"},"consumer"')),
    ],
    file: 'pact.json',
    place: LINE_COL,
  }));
  add('keys-bytes', 'a duplicate JSON key written with an escape', (c) => ({
    argv: [
      'diff',
      write(c, 'spec.json', '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"p\\u0061ths":{}}'),
      ok(c),
    ],
    file: 'spec.json',
    place: LINE_COL,
  }));
  const withByte = (text: string, bytes: number[]): Buffer =>
    Buffer.concat([Buffer.from(text), Buffer.from(bytes), Buffer.from('\n')]);
  add('keys-bytes', 'invalid UTF-8 (0xff) in the spec', (c) => ({
    argv: ['diff', write(c, 'spec.yaml', withByte(specYaml() + '\nx-t: "', [0xff, 0x22])), ok(c)],
    file: 'spec.yaml',
    place: LINE_COL,
  }));
  add('keys-bytes', 'an overlong UTF-8 sequence in the spec', (c) => ({
    argv: ['diff', write(c, 'spec.yaml', withByte(specYaml() + '\nx-t: "', [0xc0, 0xaf, 0x22])), ok(c)],
    file: 'spec.yaml',
    place: LINE_COL,
  }));
  add('keys-bytes', 'a UTF-16 surrogate encoded in UTF-8', (c) => ({
    argv: ['diff', write(c, 'spec.yaml', withByte(specYaml() + '\nx-t: "', [0xed, 0xa0, 0x80, 0x22])), ok(c)],
    file: 'spec.yaml',
    place: LINE_COL,
  }));
  add('keys-bytes', 'invalid UTF-8 in a $ref target', (c) => {
    write(c, 'part.yaml', withByte('a: {type: string, description: "', [0xfe, 0x22, 0x7d]));
    return { argv: ['diff', refSpec(c, './part.yaml#/a'), ok(c)], file: 'part.yaml', place: LINE_COL };
  });
  add('keys-bytes', 'invalid UTF-8 in a pact', (c) => ({
    argv: [
      'diff',
      ok(c),
      ok(c),
      '--pacts',
      write(c, 'pact.json', Buffer.from(Buffer.from(pact({ id: 'Z' })).map((b) => (b === 0x5a ? 0xff : b)))),
    ],
    file: 'pact.json',
    place: LINE_COL,
  }));
  add('keys-bytes', 'invalid UTF-8 in the config', (c) => ({
    argv: ['diff', ok(c), ok(c)],
    file: write(c, '.contract-kit.yaml', withByte('failOn: breaking\n# ', [0xff])),
    place: LINE_COL,
  }));
  add('keys-bytes', 'invalid UTF-8 on stdin', (c) => ({
    argv: ['diff', '-', ok(c)],
    file: '<stdin>',
    place: LINE_COL,
    stdin: withByte(specYaml() + '\nx-t: "', [0xff, 0x22]),
  }));
  add('keys-bytes', 'a NUL byte in a YAML spec', (c) => ({
    argv: ['diff', write(c, 'spec.yaml', withByte(specYaml() + '\nx-t: "a', [0x00, 0x22])), ok(c)],
    file: 'spec.yaml',
    place: LINE_COL,
  }));
  add('keys-bytes', 'a NUL byte in a JSON spec', (c) => ({
    argv: [
      'diff',
      write(c, 'spec.json', Buffer.from('{"openapi":"3.0.3","info":{"title":"t\u0000","version":"1"},"paths":{}}')),
      ok(c),
    ],
    file: 'spec.json',
    place: LINE_COL,
  }));
  add('keys-bytes', 'a NUL byte in a pact', (c) => ({
    argv: ['diff', ok(c), ok(c), '--pacts', write(c, 'pact.json', pact({ id: 'aNULb' }).replace('aNULb', 'a\u0000b'))],
    file: 'pact.json',
    place: LINE_COL,
  }));
  add('keys-bytes', 'a NUL byte on stdin', (c) => ({
    argv: ['diff', ok(c), '-'],
    file: '<stdin>',
    place: LINE_COL,
    stdin: withByte(specYaml(), [0x00]),
  }));

  // 7. A $ref must land on the kind its position needs.
  const kinds: Array<[string, string, string]> = [
    ['a response $ref that lands on a string', "'200': {$ref: '#/info/title'}", ''],
    [
      'a response $ref that lands on a schema',
      "'200': {$ref: '#/components/schemas/S'}",
      'components:\n  schemas:\n    S: {type: string}',
    ],
    [
      'a parameter $ref that lands on a response',
      "'200': {description: ok}\n      parameters: [{$ref: '#/components/responses/R'}]",
      'components:\n  responses:\n    R: {description: r}',
    ],
    [
      'a parameter $ref that lands on a number',
      "'200': {description: ok}\n      parameters: [{$ref: '#/x-n'}]",
      'x-n: 5',
    ],
    [
      'a request body $ref that lands on a parameter',
      "'200': {description: ok}\n      requestBody: {$ref: '#/components/parameters/P'}",
      'components:\n  parameters:\n    P: {name: p, in: query}',
    ],
    [
      'a schema $ref that lands on a string',
      "'200': {description: ok, content: {application/json: {schema: {$ref: '#/info/title'}}}}",
      '',
    ],
    [
      'a header $ref that lands on a schema',
      "'200': {description: ok, headers: {X-A: {$ref: '#/components/schemas/S'}}}",
      'components:\n  schemas:\n    S: {type: string}',
    ],
  ];
  for (const [name, response, tail] of kinds) {
    add('ref-kind', name, (c) => ({
      argv: [
        'diff',
        write(
          c,
          'spec.yaml',
          [
            'openapi: 3.0.3',
            'info: {title: t, version: 1.0.0}',
            'paths:',
            '  /x:',
            '    post:',
            '      responses:',
            `        ${response}`,
            tail,
          ].join('\n'),
        ),
        ok(c),
      ],
      file: 'spec.yaml',
      place: LINE_COL,
    }));
  }
  add('ref-kind', 'a path item $ref that lands on a string', (c) => ({
    argv: [
      'diff',
      write(c, 'spec.yaml', "openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\npaths:\n  /x: {$ref: '#/info/title'}\n"),
      ok(c),
    ],
    file: 'spec.yaml',
    place: LINE_COL,
  }));

  // 8. Error lines quote little of the input.
  add('error-length', 'a 100k-character duplicate key', (c) => {
    const key = 'k'.repeat(100_000);
    return {
      argv: ['diff', write(c, 'spec.yaml', specYaml({ tail: `x-a:\n  ${key}: 1\n  ${key}: 2` })), ok(c)],
      file: 'spec.yaml',
      place: LINE_COL,
    };
  });
  add('error-length', 'invalid YAML on a 1 MB line', (c) => ({
    argv: ['diff', write(c, 'spec.yaml', specYaml({ tail: `x-a: [${'a'.repeat(1_000_000)}` })), ok(c)],
    file: 'spec.yaml',
    place: LINE_COL,
  }));
  add('error-length', 'a missing $ref target named by 100k characters', (c) => ({
    argv: ['diff', refSpec(c, `#/components/schemas/${'n'.repeat(100_000)}`), ok(c)],
    file: 'spec.yaml',
    place: LINE_COL,
  }));
  add('error-length', 'a JSON syntax error on a 1 MB line', (c) => ({
    argv: ['diff', write(c, 'spec.json', `{"openapi":"3.0.3","x":"${'a'.repeat(1_000_000)}" "y":1}`), ok(c)],
    file: 'spec.json',
    place: LINE_COL,
  }));
  add('error-length', 'a workflow command in a file name', (c) => ({
    argv: ['diff', '::error file=x::pwned.yaml', ok(c)],
    file: ':\\:error file=x:\\:pwned.yaml',
  }));

  // 9. The network: private addresses, budgets, caps.
  for (const host of ['169.254.169.254', '10.0.0.1', '[::1]', 'localhost:1', '192.168.1.1']) {
    add('network', `a remote $ref to ${host} with --allow-remote`, (c) => ({
      argv: ['diff', refSpec(c, `http://${host}/latest#/a`), ok(c), '--allow-remote'],
      file: 'spec.yaml',
      place: LINE_COL,
    }));
  }
  add('network', 'a remote spec on a private address that was not listed', async () => {
    const s = await server((_req, res) => res.end(specYaml()));
    return {
      argv: ['diff', `${s.url}/spec.yaml`, `${s.url}/spec.yaml`, '--allow-remote'],
      file: `${s.url}/spec.yaml`,
      cleanup: s.close,
    };
  });
  add('network', 'a redirect from a listed host to a link-local address', async () => {
    const s = await server((_req, res) => {
      res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data' });
      res.end();
    });
    return {
      argv: ['diff', `${s.url}/spec.yaml`, `${s.url}/spec.yaml`, '--allow-remote', '--allow-host', '127.0.0.1'],
      file: `${s.url}/spec.yaml`,
      cleanup: s.close,
    };
  });
  add('network', 'a remote $ref whose body never ends (--network-timeout)', async (c) => {
    const s = await server((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/yaml' });
      res.write('a: {type: string}\n');
    });
    return {
      argv: [
        'diff',
        refSpec(c, `${s.url}/part.yaml#/a`),
        ok(c),
        '--allow-remote',
        '--allow-host',
        '127.0.0.1',
        '--network-timeout',
        '0.5',
      ],
      file: 'spec.yaml',
      place: LINE_COL,
      cleanup: s.close,
    };
  });
  add('network', 'a remote $ref body over --max-input-size', async (c) => {
    const s = await server((_req, res) => res.end(`a: {type: string}\nb: '${'p'.repeat(20_000)}'\n`));
    return {
      argv: [
        'diff',
        refSpec(c, `${s.url}/part.yaml#/a`),
        ok(c),
        '--allow-remote',
        '--allow-host',
        '127.0.0.1',
        '--max-input-size',
        '0.01',
      ],
      file: 'spec.yaml',
      place: LINE_COL,
      cleanup: s.close,
    };
  });
  add('network', 'a broker that accepts and never answers', async (c) => {
    const s = await server(() => {});
    return {
      argv: ['diff', ok(c), ok(c), '--pacts', 'broker', '--provider', 'Items', '--network-timeout', '0.5'],
      file: s.url,
      env: { PACT_BROKER_BASE_URL: s.url },
      cleanup: s.close,
    };
  });
  add('network', 'a broker that sends headers and stalls the body', async (c) => {
    const s = await server((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/hal+json' });
      res.write('{"_links":');
    });
    return {
      argv: ['diff', ok(c), ok(c), '--pacts', 'broker', '--provider', 'Items', '--network-timeout', '0.5'],
      file: s.url,
      env: { PACT_BROKER_BASE_URL: s.url },
      cleanup: s.close,
    };
  });
  add('network', 'a broker body over --max-input-size', async (c) => {
    const s = await server((_req, res) => res.end(JSON.stringify({ _links: {}, pad: 'p'.repeat(20_000) })));
    return {
      argv: ['check-pacts', '--spec', ok(c), '--pacts', 'broker', '--provider', 'Items', '--max-input-size', '0.01'],
      file: s.url,
      env: { PACT_BROKER_BASE_URL: s.url },
      cleanup: s.close,
    };
  });
  add('network', 'a bad --network-timeout value', (c) => ({
    argv: ['diff', ok(c), ok(c), '--network-timeout', 'soon'],
    file: '--network-timeout',
  }));
  add('network', 'a bad --max-input-size value', (c) => ({
    argv: ['diff', ok(c), ok(c), '--max-input-size', '-1'],
    file: '--max-input-size',
  }));
  return cases;
}

/**
 * Remote reads (`--allow-remote` specs and `$ref`s, broker bodies): one wall-clock budget per call
 * that covers connecting, the headers and the whole body; a size cap on the body; redirects
 * followed by hand (at most 5) so that every hop is checked; and no private, loopback or
 * link-local address unless the user listed the host (`--allow-host`), so that a `$ref` or a
 * redirect cannot reach the runner's metadata service or internal network. A host name is resolved
 * once, by the connection's own `lookup`, which refuses private addresses: no DNS rebinding between
 * a check and the connection. Requests go through node:http(s), not fetch (whose undici compiles
 * WebAssembly, which fails under a small `ulimit -v`).
 */
import { lookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import { checkInput, tooLarge } from './input.ts';
import type { InputText } from './input.ts';
import type { InputLimits } from './input.ts';

const MAX_REDIRECTS = 5;

/** Whether an IP address is loopback, private, link-local, unique-local, CGNAT or unspecified. */
export function isPrivateAddress(address: string): boolean {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)$/i.exec(address);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    );
  }
  const v6 = address.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    v6 === '::' ||
    v6 === '::1' ||
    v6.startsWith('fe8') ||
    v6.startsWith('fe9') ||
    v6.startsWith('fea') ||
    v6.startsWith('feb') ||
    v6.startsWith('fc') ||
    v6.startsWith('fd') ||
    v6.startsWith('ff') ||
    v6.startsWith('::ffff:')
  );
}

/** Resolves a host name to every address (`dns.lookup`, or a stub in tests). */
export type Resolver = (host: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (host) => lookup(host, { all: true });

function isAllowed(url: URL, allowHosts: readonly string[]): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return allowHosts.some(
    (allowed) => allowed.toLowerCase() === host.toLowerCase() || allowed.toLowerCase() === url.host.toLowerCase(),
  );
}

function privateHostError(host: string, address: string): Error {
  return new Error(
    `${host} is a private, loopback or link-local address (${address}); ` +
      `refused even with --allow-remote, list the host with --allow-host ` +
      `${host} if it is trusted`,
  );
}

/**
 * Refuses a URL whose host is, or resolves to, a private address, unless the user listed the host.
 * A name is resolved once: the check runs in the `lookup` the connection itself uses (see
 * `checkedLookup`), so DNS cannot answer one address to the check and another to the connection.
 */
export async function checkRemoteHost(
  url: URL,
  allowHosts: readonly string[],
  resolve: Resolver = systemResolver,
): Promise<void> {
  if (isAllowed(url, allowHosts)) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await resolveHost(host, resolve)).map((entry) => entry.address);
  const inner = addresses.find(isPrivateAddress);
  if (inner !== undefined || host === 'localhost') throw privateHostError(host, inner ?? host);
}

async function resolveHost(host: string, resolve: Resolver): Promise<LookupAddress[]> {
  try {
    return await resolve(host);
  } catch (error) {
    throw new Error(`cannot resolve ${host} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for node:http that resolves once and refuses private addresses unless the host is allowed. */
function checkedLookup(url: URL, allowHosts: readonly string[], resolve: Resolver) {
  const allowed = isAllowed(url, allowHosts);
  return (host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolveHost(host, resolve).then(
      (addresses) => {
        const inner = allowed ? undefined : addresses.find((entry) => isPrivateAddress(entry.address));
        if (inner !== undefined || (!allowed && host === 'localhost'))
          return callback(privateHostError(host, inner?.address ?? host), '');
        if (addresses.length === 0) return callback(new Error(`cannot resolve ${host} (no address)`), '');
        if (options.all) return callback(null, addresses);
        callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: Error) => callback(error, ''),
    );
  };
}

interface RawResponse {
  status: number;
  statusText: string;
  location: string | undefined;
  body: IncomingMessage;
}

/** One GET over node:http(s) (no fetch: undici compiles WebAssembly, which a small `ulimit -v` refuses). */
function get(
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
  lookupFn: ReturnType<typeof checkedLookup>,
): Promise<RawResponse> {
  // require, not import: the ESM facade of node:http reads its lazy `WebSocket` export, which loads
  // undici and compiles its WebAssembly parser (fatal under a small `ulimit -v`).
  const module = createRequire(import.meta.url)(url.protocol === 'https:' ? 'node:https' : 'node:http') as {
    request: typeof import('node:http').request;
  };
  const request = module.request;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, signal, lookup: lookupFn as never }, (res) =>
      resolve({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        location: typeof res.headers.location === 'string' ? res.headers.location : undefined,
        body: res,
      }),
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * Reads a body under the size cap (the caller's signal bounds the time): a declared length past
 * the cap is refused before reading, and reading stops at the first chunk past it (leaving the
 * loop early cancels a web stream and destroys a node:http one).
 */
async function readCapped(
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  declaredLength: string | null | undefined,
  maxBytes: number,
): Promise<Uint8Array> {
  if (Number(declaredLength ?? '0') > maxBytes) throw new Error(tooLarge(maxBytes));
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) throw new Error(tooLarge(maxBytes));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** Reads a fetch response's body under the size cap (the caller's signal bounds the time). */
export async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  return readCapped(response.body ?? [], response.headers.get('content-length'), maxBytes);
}

/** GET `url` within the budget, following checked redirects; the body as checked input (UTF-8, no NUL byte). */
export async function fetchInput(
  url: string,
  limits: InputLimits,
  init: { headers?: Record<string, string>; resolve?: Resolver } = {},
): Promise<InputText> {
  const signal = AbortSignal.timeout(limits.networkTimeoutMs);
  const resolve = init.resolve ?? systemResolver;
  let current = new URL(url);
  try {
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:')
        throw new Error(`the unsupported scheme ${current.protocol}`);
      const host = current.hostname.replace(/^\[|\]$/g, '');
      // An address literal or localhost is checked here; a name, in the lookup of the connection.
      if (isIP(host) || host === 'localhost') await checkRemoteHost(current, limits.allowHosts, resolve);
      const response = await get(
        current,
        init.headers ?? {},
        signal,
        checkedLookup(current, limits.allowHosts, resolve),
      );
      if (response.status >= 300 && response.status < 400 && response.location !== undefined) {
        response.body.destroy();
        if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
        current = new URL(response.location, current);
        if (current.protocol !== 'http:' && current.protocol !== 'https:')
          throw new Error(`a redirect to the unsupported scheme ${current.protocol}`);
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        response.body.destroy();
        throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      }
      try {
        return checkInput(await readCapped(response.body, response.body.headers['content-length'], limits.maxBytes));
      } finally {
        response.body.destroy();
      }
    }
  } catch (error) {
    if (signal.aborted)
      throw new Error(
        `timed out: no complete answer within ${limits.networkTimeoutMs / 1000} ` +
          `s (raise it with --network-timeout <seconds>)`,
      );
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new Error(cause ?? (error instanceof Error ? error.message : String(error)));
  }
}

/**
 * Remote reads (`--allow-remote` specs and `$ref`s, broker bodies): one wall-clock budget per call
 * that covers connecting, the headers and the whole body; a size cap on the body; redirects
 * followed by hand (at most 5) so that every hop is checked; and no private, loopback or
 * link-local address unless the user listed the host (`--allow-host`), so that a `$ref` or a
 * redirect cannot reach the runner's metadata service or internal network.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { decodeInput, tooLarge } from './input.ts';
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

/** Refuses a URL whose host is, or resolves to, a private address, unless the user listed the host. */
export async function checkRemoteHost(url: URL, allowHosts: readonly string[]): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (
    allowHosts.some(
      (allowed) => allowed.toLowerCase() === host.toLowerCase() || allowed.toLowerCase() === url.host.toLowerCase(),
    )
  )
    return;
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((entry) => entry.address);
    } catch (error) {
      throw new Error(`cannot resolve ${host} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const inner = addresses.find(isPrivateAddress);
  if (inner !== undefined || host === 'localhost') {
    throw new Error(
      `${host} is a private, loopback or link-local address (${inner ?? host}); ` +
        `refused even with --allow-remote, list the host with --allow-host ` +
        `${host} if it is trusted`,
    );
  }
}

/** Reads a response body under the size cap (the caller's signal bounds the time). */
export async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new Error(tooLarge(maxBytes));
  if (response.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new Error(tooLarge(maxBytes));
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** GET `url` within the budget, following checked redirects; the body as UTF-8 text. */
export async function fetchLimited(
  url: string,
  limits: InputLimits,
  init: { headers?: Record<string, string> } = {},
): Promise<string> {
  const signal = AbortSignal.timeout(limits.networkTimeoutMs);
  let current = new URL(url);
  try {
    for (let hop = 0; ; hop++) {
      await checkRemoteHost(current, limits.allowHosts);
      const response = await fetch(current, {
        signal,
        redirect: 'manual',
        ...(init.headers ? { headers: init.headers } : {}),
      });
      if (response.status >= 300 && response.status < 400 && response.headers.get('location') !== null) {
        await response.body?.cancel().catch(() => {});
        if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
        current = new URL(response.headers.get('location')!, current);
        if (current.protocol !== 'http:' && current.protocol !== 'https:')
          throw new Error(`a redirect to the unsupported scheme ${current.protocol}`);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      }
      return decodeInput(await readBody(response, limits.maxBytes));
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

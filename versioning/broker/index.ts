/**
 * A small Pact Broker client: fetch the pacts a provider must honour, through the broker's
 * documented HAL API "pacts for verification":
 *
 *   GET  {baseUrl}/                      index; link `pb:provider-pacts-for-verification` (templated `{provider}`)
 *   POST that link                       { consumerVersionSelectors, includePendingStatus: false }
 *   GET  each _embedded.pacts[]._links.self.href
 *
 * Network access goes only to the broker the user configured (links to another origin are refused).
 * Every failure is an InputError naming the URL and the fix.
 */

import { InputError } from '../model.ts';
import type { JsonValue } from '../model.ts';
import { checkPactShape } from '../crosscheck/pacts.ts';
import type { PactFile } from '../crosscheck/types.ts';
import { decodeInput, DEFAULT_MAX_INPUT_BYTES, DEFAULT_NETWORK_TIMEOUT_MS } from '../load/input.ts';
import { readBody } from '../load/remote.ts';
import { requireWebAssembly } from '../load/wasm.ts';

export type BrokerAuth = { token: string } | { username: string; password: string };

/** A consumer version selector (see docs.pact.io "Consumer version selectors"). */
export type ConsumerVersionSelector = { [key: string]: string | boolean };

/** The latest pacts from each consumer's main branch, and from every version deployed or released. */
export const DEFAULT_SELECTORS: readonly ConsumerVersionSelector[] = [
  { mainBranch: true },
  { deployedOrReleased: true },
];

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchPactsOptions {
  /** `PACT_BROKER_BASE_URL`, e.g. `https://broker.example.com` (a path prefix is kept). */
  baseUrl: string;
  /** The provider's pacticipant name in the broker (`provider.name` in the pacts). */
  provider: string;
  auth?: BrokerAuth;
  /** Default `DEFAULT_SELECTORS`. */
  consumerVersionSelectors?: readonly ConsumerVersionSelector[];
  /** Injected for tests; default the global `fetch`. */
  fetch?: FetchLike;
  /** Wall-clock budget of one request, headers and body together. Default 10 s (`--network-timeout`). */
  timeoutMs?: number;
  /** Largest response body accepted, in bytes. Default 64 MiB (`--max-input-size`). */
  maxBytes?: number;
}

export interface BrokerConfig {
  baseUrl: string;
  auth?: BrokerAuth;
}

/**
 * The broker settings from the environment, or undefined when `PACT_BROKER_BASE_URL` is unset.
 * `PACT_BROKER_TOKEN` (bearer) wins over `PACT_BROKER_USERNAME`/`PACT_BROKER_PASSWORD` (basic).
 */
export function brokerConfigFromEnv(env: Readonly<Record<string, string | undefined>>): BrokerConfig | undefined {
  const baseUrl = env['PACT_BROKER_BASE_URL']?.trim();
  if (!baseUrl) return undefined;
  const token = env['PACT_BROKER_TOKEN'];
  const username = env['PACT_BROKER_USERNAME'];
  const password = env['PACT_BROKER_PASSWORD'];
  if (token) return { baseUrl, auth: { token } };
  if (username) return { baseUrl, auth: { username, password: password ?? '' } };
  return { baseUrl };
}

/** Fetches the pacts `provider` must honour (main branch + deployed or released consumer versions). */
export async function fetchPactsFromBroker(options: FetchPactsOptions): Promise<PactFile[]> {
  const base = parseBaseUrl(options.baseUrl);
  const client = new BrokerHttp(base, options);

  const index = await client.getJson(base.href);
  const template = linkHref(index, 'pb:provider-pacts-for-verification');
  if (!template) {
    throw new InputError(
      `${base.href}: the Pact Broker index has no "pb:provider-pacts-for-verification" ` +
        `link; check PACT_BROKER_BASE_URL points at a Pact Broker (2.56 ` +
        `or later)`,
    );
  }
  const forVerification = template.replace(/\{provider\}/g, encodeURIComponent(options.provider));
  const body = {
    consumerVersionSelectors: options.consumerVersionSelectors ?? DEFAULT_SELECTORS,
    includePendingStatus: false,
  };
  const list = await client.postJson(forVerification, body, `pacts for provider "${options.provider}"`);
  const embedded = field(list, '_embedded');
  const entries = field(embedded, 'pacts');
  const hrefs = Array.isArray(entries)
    ? entries.map((entry) => linkHref(entry, 'self')).filter((href): href is string => !!href)
    : [];
  if (hrefs.length === 0) {
    throw new InputError(
      `${base.href}: the broker has no pacts for provider "${options.provider}" ` +
        `on a consumer's main branch or deployed/released; publish them ` +
        `with npm run publish:pacts, or check the provider name`,
    );
  }
  const pacts: PactFile[] = [];
  for (const href of hrefs) {
    const pact = await client.getJson(href);
    pacts.push({ source: href, pact: checkPactShape(pact, href) });
  }
  return pacts;
}

// ---------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------

function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new InputError(
      `PACT_BROKER_BASE_URL "${baseUrl}" is not a URL; set it to the broker's address, e.g. https://broker.example.com`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`PACT_BROKER_BASE_URL "${baseUrl}" must be an http(s) URL`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

class BrokerHttp {
  readonly #base: URL;
  readonly #fetch: FetchLike;
  readonly #headers: Record<string, string>;
  readonly #timeoutMs: number;
  readonly #maxBytes: number;
  readonly #authHint: string;

  constructor(base: URL, options: FetchPactsOptions) {
    this.#base = base;
    if (options.fetch === undefined) requireWebAssembly('reading pacts from a Pact Broker');
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_NETWORK_TIMEOUT_MS;
    this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
    this.#headers = { Accept: 'application/hal+json, application/json' };
    const auth = options.auth;
    if (auth && 'token' in auth) {
      this.#headers['Authorization'] = `Bearer ${auth.token}`;
      this.#authHint = 'check PACT_BROKER_TOKEN';
    } else if (auth) {
      this.#headers['Authorization'] = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
      this.#authHint = 'check PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD';
    } else {
      this.#authHint = 'set PACT_BROKER_TOKEN (or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD)';
    }
  }

  getJson(href: string): Promise<JsonValue> {
    return this.#request(href, { method: 'GET' }, 'the resource');
  }

  postJson(href: string, body: object, what: string): Promise<JsonValue> {
    return this.#request(
      href,
      { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
      what,
    );
  }

  async #request(
    href: string,
    init: { method: string; body?: string; headers?: Record<string, string> },
    what: string,
  ): Promise<JsonValue> {
    const url = this.#sameOrigin(href);
    let response: Response;
    // One budget for the whole exchange: a broker that sends headers and then stalls the body is cut off too.
    const signal = AbortSignal.timeout(this.#timeoutMs);
    try {
      response = await this.#fetch(url, {
        method: init.method,
        headers: { ...this.#headers, ...init.headers },
        ...(init.body !== undefined ? { body: init.body } : {}),
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      const cause = signal.aborted ? this.#timedOut() : describeNetworkError(error);
      throw new InputError(
        `cannot reach the Pact Broker at ${url} (${cause}); check PACT_BROKER_BASE_URL and the network`,
      );
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      const location = response.headers.get('location') ?? '(no Location header)';
      throw new InputError(
        `the Pact Broker at ${url} redirects to ${location}; set PACT_BROKER_BASE_URL to the address it redirects to`,
      );
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new InputError(
        `the Pact Broker at ${url} answered ${response.status} ${response.statusText || 'Unauthorized'}; ` +
          `${this.#authHint}`,
      );
    }
    if (response.status === 404) {
      await response.body?.cancel();
      throw new InputError(
        `the Pact Broker at ${url} answered 404 for ${what}; check PACT_BROKER_BASE_URL and the provider name`,
      );
    }
    let text: string;
    try {
      text = decodeInput(await readBody(response, this.#maxBytes));
    } catch (error) {
      if (!response.ok) text = '';
      else {
        const cause = signal.aborted ? this.#timedOut() : error instanceof Error ? error.message : String(error);
        throw new InputError(
          `cannot read the answer of the Pact Broker at ${url} (${cause}); check PACT_BROKER_BASE_URL and the network`,
        );
      }
    }
    if (!response.ok) {
      const shown = text.slice(0, 200).replace(/\s+/g, ' ');
      throw new InputError(
        `the Pact Broker at ${url} answered ${response.status} ${response.statusText}${shown ? `: ${shown}` : ''}`,
      );
    }
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      throw new InputError(
        `the Pact Broker at ${url} did not answer JSON (${text.slice(0, 60).replace(/\s+/g, ' ')}...); ` +
          `check PACT_BROKER_BASE_URL points at a Pact Broker`,
      );
    }
  }

  #timedOut(): string {
    return (
      `timed out: no complete answer within ${this.#timeoutMs / 1000} ` + `s; raise it with --network-timeout <seconds>`
    );
  }

  /** Resolves a link against the base URL and refuses any other origin: requests go only where the user pointed us. */
  #sameOrigin(href: string): string {
    let url: URL;
    try {
      url = new URL(href, this.#base);
    } catch {
      throw new InputError(`the Pact Broker at ${this.#base.href} returned a link that is not a URL: ${href}`);
    }
    if (url.origin !== this.#base.origin) {
      throw new InputError(
        `the Pact Broker at ${this.#base.href} links to another origin ` +
          `(${url.origin}); set PACT_BROKER_BASE_URL to the broker's public ` +
          `URL (its PACT_BROKER_BASE_URL / base_url setting)`,
      );
    }
    return url.href;
  }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error) {
      const code = (cause as NodeJS.ErrnoException).code;
      return code ? `${code}: ${cause.message}` : cause.message;
    }
    return error.message;
  }
  return String(error);
}

function field(value: JsonValue | undefined, key: string): JsonValue | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;
}

/** `_links[rel].href` (a HAL link may also be an array of links; the first is taken). */
function linkHref(resource: JsonValue | undefined, rel: string): string | undefined {
  const link = field(field(resource, '_links'), rel);
  const first = Array.isArray(link) ? link[0] : link;
  const href = field(first, 'href');
  return typeof href === 'string' ? href : undefined;
}

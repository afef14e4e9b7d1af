import { lookup as systemLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, fetch as undiciFetch, type Response } from 'undici';
import { NotFoundError, UnprocessableError, UpstreamError, ValidationError } from '../errors.ts';
import type { AddressPolicy } from './address-policy.ts';

/** Every address a host name resolves to, as `dns.lookup(name, { all: true })` returns them. */
export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface SafeFetchOptions {
  addressPolicy: AddressPolicy;
  /** DNS resolution; the system resolver unless a caller brings its own. */
  resolveHost?: ResolveHost;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

/** A page as fetched: where it ended up after redirects, its media type, and its bytes. */
export interface FetchedPage {
  url: URL;
  contentType: string;
  body: Buffer;
}

export type FetchPage = (url: string) => Promise<FetchedPage>;

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

class RefusedAddressError extends ValidationError {
  constructor(hostname: string, address: string) {
    super(`Atlas does not fetch pages on private or local networks (${hostname} is ${address})`, [
      { path: 'url', message: 'Points at a private, loopback or link-local address' },
    ]);
  }
}

/**
 * The connect-time DNS lookup: resolves the name, refuses it when ANY address fails the policy, and
 * hands the checked addresses to the socket. Because the socket connects to exactly what was checked,
 * a name that re-resolves to a private address between check and connect (DNS rebinding) gets nowhere.
 */
function guardedLookup(resolveHost: ResolveHost, addressPolicy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new UpstreamError(hostname, 'has no address');
        const refused = addresses.find((entry) => !addressPolicy(entry.address));
        if (refused) throw new RefusedAddressError(hostname, refused.address);
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((entry) => entry.family === options.family) : addresses;
        const usable = wanted.length > 0 ? wanted : addresses;
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
  };
}

function checkUrl(url: URL, addressPolicy: AddressPolicy) {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ValidationError('Only http and https pages can be imported', [{ path: 'url', message: `${url.protocol} is not allowed` }]);
  }
  if (url.username || url.password) {
    throw new ValidationError('Page addresses with credentials are not fetched', [{ path: 'url', message: 'Contains a user name or password' }]);
  }
  // An address literal never reaches the DNS lookup, so it is checked here.
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(hostname) && !addressPolicy(hostname)) throw new RefusedAddressError(hostname, hostname);
}

/** The error undici wrapped ("fetch failed") when it is one of ours, otherwise a plain upstream failure. */
function explainFetchFailure(error: unknown, url: URL, timeoutMs: number): Error {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new UpstreamError(url.host, `did not answer within ${Math.round(timeoutMs / 1000)} seconds`);
  }
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof ValidationError || cause instanceof UpstreamError) return cause;
  const reason = cause instanceof Error ? cause.message : (error as Error).message;
  return new UpstreamError(url.host, `could not be reached (${reason})`);
}

async function readLimited(response: Response, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new UnprocessableError(`The page is larger than ${Math.round(maxBytes / 1024)} KB`, 'page_too_large');
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (!response.body) return Buffer.alloc(0);
  // A missing or lying Content-Length is caught here, before more than maxBytes are held in memory.
  for await (const chunk of response.body) {
    received += chunk.byteLength;
    if (received > maxBytes) {
      await response.body.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * A fetcher for pages a user names: http(s) only, never a private, loopback or link-local address
 * (checked after DNS resolution, at connect time, on every redirect hop) unless the policy allows
 * it, with a size limit, a time limit and at most `maxRedirects` redirects.
 */
export function createSafeFetcher(options: SafeFetchOptions): FetchPage {
  const { addressPolicy, maxBytes = 5 * 1024 * 1024, timeoutMs = 10_000, maxRedirects = 5 } = options;
  const resolveHost = options.resolveHost ?? ((hostname) => systemLookup(hostname, { all: true }));
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(resolveHost, addressPolicy) } });

  return async (address) => {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw new ValidationError('Not a valid URL', [{ path: 'url', message: 'Not a valid URL' }]);
    }
    const signal = AbortSignal.timeout(timeoutMs);
    for (let hop = 0; ; hop += 1) {
      checkUrl(url, addressPolicy);
      let response: Response;
      try {
        response = await undiciFetch(url, {
          dispatcher,
          redirect: 'manual',
          signal,
          headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5', 'user-agent': 'AtlasJobOS/0.1 (job import)' },
        });
      } catch (error) {
        throw explainFetchFailure(error, url, timeoutMs);
      }
      const location = response.headers.get('location');
      if (redirectStatuses.has(response.status) && location) {
        await response.body?.cancel();
        if (hop >= maxRedirects) throw new UpstreamError(url.host, `redirected more than ${maxRedirects} times`);
        url = new URL(location, url);
        continue;
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        throw new NotFoundError('Page', url.href);
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new UpstreamError(url.host, `answered HTTP ${response.status}`, response.status);
      }
      try {
        const body = await readLimited(response, maxBytes);
        return { url, contentType: response.headers.get('content-type') ?? '', body };
      } catch (error) {
        if (error instanceof UnprocessableError) throw error;
        throw explainFetchFailure(error, url, timeoutMs);
      }
    }
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicAddressesOnly } from './address-policy.ts';
import { createSafeFetcher, type ResolveHost } from './safe-fetch.ts';
import { startHttpStub, type HttpStub } from './test-job-sources.ts';

let stub: HttpStub;
let port: string;
beforeAll(async () => {
  stub = await startHttpStub();
  port = new URL(stub.url).port;
  stub.on('/page', { body: '<html><body>hello</body></html>' });
});
afterAll(() => stub.close());

/** A resolver standing in for DNS: the names a test needs, each to the addresses it names. */
function fakeDns(records: Record<string, string[]>): ResolveHost {
  return async (hostname) => {
    const addresses = records[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

/** Production's policy, except that the stub's own address (and only it) is reachable. */
const publicOrStub = (address: string) => address === '127.0.0.1' || publicAddressesOnly(address);

describe('the safe page fetcher', () => {
  it('refuses schemes other than http and https', async () => {
    const fetchPage = createSafeFetcher({ addressPolicy: publicAddressesOnly });

    for (const url of ['file:///etc/passwd', 'ftp://ftp.example.com/job.html', 'data:text/html,<p>hi</p>']) {
      await expect(fetchPage(url)).rejects.toMatchObject({ name: 'ValidationError', message: 'Only http and https pages can be imported' });
    }
  });

  it.each([
    ['loopback', '127.0.0.1'],
    ['private', '10.20.30.40'],
    ['link-local (cloud metadata)', '169.254.169.254'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unique-local', 'fd12:3456::1'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
  ])('refuses a name that resolves to a %s address', async (_kind, address) => {
    const fetchPage = createSafeFetcher({ addressPolicy: publicAddressesOnly, resolveHost: fakeDns({ 'jobs.example.com': [address] }) });
    const before = stub.requests.length;

    await expect(fetchPage(`http://jobs.example.com:${port}/page`)).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining(`jobs.example.com is ${address}`),
    });
    expect(stub.requests.length).toBe(before);
  });

  it('refuses a name when any one of its addresses is private', async () => {
    const fetchPage = createSafeFetcher({
      addressPolicy: publicOrStub,
      resolveHost: fakeDns({ 'mixed.example.com': ['127.0.0.1', '10.0.0.7'] }),
    });

    await expect(fetchPage(`http://mixed.example.com:${port}/page`)).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('refuses localhost and address literals through the real resolver', async () => {
    const fetchPage = createSafeFetcher({ addressPolicy: publicAddressesOnly });

    for (const url of [`http://localhost:${port}/page`, `http://127.0.0.1:${port}/page`, `http://[::1]:${port}/page`, 'http://169.254.169.254/latest/meta-data/']) {
      await expect(fetchPage(url)).rejects.toMatchObject({ name: 'ValidationError' });
    }
  });

  it('connects to the address it checked, under the name the page was asked for', async () => {
    const fetchPage = createSafeFetcher({ addressPolicy: publicOrStub, resolveHost: fakeDns({ 'careers.example.com': ['127.0.0.1'] }) });

    const page = await fetchPage(`http://careers.example.com:${port}/page`);

    expect(page.body.toString()).toContain('hello');
    expect(page.contentType).toBe('text/html; charset=utf-8');
  });

  it('follows redirects on allowed hosts, re-checking every hop', async () => {
    stub.on('/moved', { status: 301, headers: { location: '/page' } });
    const fetchPage = createSafeFetcher({ addressPolicy: publicOrStub });

    const page = await fetchPage(`${stub.url}/moved`);

    expect(page.url.pathname).toBe('/page');
  });

  it('refuses a redirect from an allowed host to a private one', async () => {
    stub.on('/to-metadata', { status: 302, headers: { location: 'http://metadata.internal/computeMetadata/v1/' } });
    stub.on('/to-literal', { status: 307, headers: { location: 'http://10.0.0.8/admin' } });
    const fetchPage = createSafeFetcher({ addressPolicy: publicOrStub, resolveHost: fakeDns({ 'metadata.internal': ['169.254.169.254'] }) });

    await expect(fetchPage(`${stub.url}/to-metadata`)).rejects.toMatchObject({ message: expect.stringContaining('metadata.internal is 169.254.169.254') });
    await expect(fetchPage(`${stub.url}/to-literal`)).rejects.toMatchObject({ message: expect.stringContaining('10.0.0.8') });
  });

  it('stops after five redirects', async () => {
    stub.on('/loop', { status: 302, headers: { location: '/loop' } });
    const fetchPage = createSafeFetcher({ addressPolicy: publicOrStub });

    await expect(fetchPage(`${stub.url}/loop`)).rejects.toMatchObject({ name: 'UpstreamError', message: expect.stringContaining('redirected more than 5 times') });
    expect(stub.requests.filter((url) => url.pathname === '/loop')).toHaveLength(6);
  });

  it('refuses a page larger than the limit, declared or not', async () => {
    stub.on('/large-declared', { body: 'x'.repeat(5_000) });
    stub.on('/large-chunked', () => ({ headers: { 'transfer-encoding': 'chunked' }, body: 'y'.repeat(5_000) }));
    const fetchPage = createSafeFetcher({ addressPolicy: publicOrStub, maxBytes: 1_000 });

    await expect(fetchPage(`${stub.url}/large-declared`)).rejects.toMatchObject({ name: 'UnprocessableError', code: 'page_too_large' });
    await expect(fetchPage(`${stub.url}/large-chunked`)).rejects.toMatchObject({ name: 'UnprocessableError', code: 'page_too_large' });
  });

  it('gives up on a page that does not answer in time', async () => {
    const fetchPage = createSafeFetcher({ addressPolicy: publicOrStub, resolveHost: fakeDns({}), timeoutMs: 200 });
    stub.on('/never', () => new Promise(() => {}));

    await expect(fetchPage(`${stub.url}/never`)).rejects.toMatchObject({ name: 'UpstreamError', message: expect.stringContaining('did not answer within') });
  });
});

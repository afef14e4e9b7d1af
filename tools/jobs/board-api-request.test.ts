import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { quickRetry, startHttpStub, type HttpStub } from './test-job-sources.ts';

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

const http: BoardHttp = { fetch, retry: quickRetry, timeoutMs: 2_000 };

function request(pathname: string, overrides: Partial<BoardHttp> = {}) {
  return requestBoardApi({
    url: new URL(pathname, stub.url),
    service: 'Greenhouse',
    schema: z.object({ jobs: z.array(z.unknown()) }),
    http: { ...http, ...overrides },
    notFound: () => new NotFoundError('Greenhouse board', 'x'),
  });
}

const hits = (pathname: string) => stub.requests.filter((url) => url.pathname === pathname).length;

describe('board API requests', () => {
  it('waits as long as Retry-After asks after a 429, then succeeds', async () => {
    stub.on('/rate-limited', { status: 429, headers: { 'retry-after': '1' }, body: { error: 'Too many requests' } }, { body: { jobs: [] } });

    const started = performance.now();
    const body = await request('/rate-limited');

    expect(body).toEqual({ jobs: [] });
    expect(hits('/rate-limited')).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('backs off and retries server errors until the board recovers', async () => {
    stub.on('/flaky', { status: 503 }, { status: 502 }, { body: { jobs: [1] } });

    expect(await request('/flaky')).toEqual({ jobs: [1] });
    expect(hits('/flaky')).toBe(3);
  });

  it('gives up on a board that keeps failing with a clear error', async () => {
    stub.on('/down', { status: 500, body: { error: 'Internal Server Error' } });

    await expect(request('/down')).rejects.toMatchObject({
      name: 'UpstreamError',
      message: 'Greenhouse: answered HTTP 500 after 3 attempts',
      status: 500,
    });
    expect(hits('/down')).toBe(quickRetry.retries + 1);
  });

  it('does not wait out a Retry-After longer than the policy allows', async () => {
    stub.on('/closed-for-an-hour', { status: 429, headers: { 'retry-after': '3600' } });

    await expect(request('/closed-for-an-hour')).rejects.toMatchObject({
      name: 'UpstreamError',
      message: 'Greenhouse: is rate limiting us; try again in 3600 seconds',
    });
    expect(hits('/closed-for-an-hour')).toBe(1);
  });

  it('does not retry a request the board refuses', async () => {
    stub.on('/forbidden', { status: 403 });

    await expect(request('/forbidden')).rejects.toMatchObject({ message: 'Greenhouse: answered HTTP 403', status: 403 });
    expect(hits('/forbidden')).toBe(1);
  });

  it('retries a board that does not answer in time', async () => {
    stub.on('/slow', () => ({ status: 200, body: { jobs: [] } }));
    let calls = 0;
    const slowThenFast: typeof fetch = (input, init) => {
      calls += 1;
      if (calls === 1) return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      return fetch(input, init);
    };

    expect(await request('/slow', { fetch: slowThenFast, timeoutMs: 100 })).toEqual({ jobs: [] });
    expect(calls).toBe(2);
  });
});

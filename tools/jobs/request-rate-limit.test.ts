import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../errors.ts';
import { createRequestRateLimiter } from './request-rate-limit.ts';

function fakeClock() {
  let time = 1_000_000;
  const waits: number[] = [];
  return {
    now: () => time,
    wait: async (ms: number) => {
      waits.push(ms);
      time += ms;
    },
    advance: (ms: number) => {
      time += ms;
    },
    waits,
  };
}

describe('request rate limit', () => {
  it('lets requests through up to the limit, then makes the next wait until the oldest leaves the window', async () => {
    const clock = fakeClock();
    const limiter = createRequestRateLimiter('Board', { requests: 2, perMs: 10_000 }, clock);

    await limiter.take();
    clock.advance(3_000);
    await limiter.take();
    await limiter.take();

    expect(clock.waits).toEqual([7_000]);
  });

  it('fails at once, saying when to try again, when the wait is longer than a run should hang', async () => {
    const clock = fakeClock();
    const limiter = createRequestRateLimiter('Board', { requests: 1, perMs: 60 * 60_000 }, { ...clock, maxWaitMs: 60_000 });

    await limiter.take();
    const refused = limiter.take();

    await expect(refused).rejects.toThrow(UpstreamError);
    await expect(refused).rejects.toThrow('Board: has had as many requests as it allows for now; try again in 60 minutes');
    expect(clock.waits).toEqual([]);
    clock.advance(60 * 60_000);
    await expect(limiter.take()).resolves.toBeUndefined();
  });

  it('serves requests made at the same time in turn, never letting two through for one place', async () => {
    const clock = fakeClock();
    const limiter = createRequestRateLimiter('Board', { requests: 1, perMs: 1_000 }, clock);

    await Promise.all([limiter.take(), limiter.take(), limiter.take()]);

    expect(clock.waits).toEqual([1_000, 1_000]);
  });
});

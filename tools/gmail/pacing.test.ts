import { describe, expect, it } from 'vitest';
import { createQuotaPacer, mapConcurrently } from './pacing.ts';

/** A clock that only moves when the pacer sleeps, so the test reads exactly how long it would wait. */
function virtualClock() {
  let time = 0;
  return { now: () => time, sleep: async (milliseconds: number) => void (time += milliseconds), elapsed: () => time };
}

describe('quota pacer', () => {
  it('lets only a tenth of a second of quota through at once', async () => {
    const clock = virtualClock();
    const pacer = createQuotaPacer({ unitsPerMinute: 12_000, ...clock });

    for (let call = 0; call < 4; call++) await pacer.take(5);
    expect(clock.elapsed()).toBe(0);

    await pacer.take(5);
    expect(clock.elapsed()).toBeGreaterThan(0);
  });

  it('spends at most 220 units (44 messages.get) in any one second, leaving a margin under Google’s 250 for calls that arrive bunched', async () => {
    const clock = virtualClock();
    const pacer = createQuotaPacer({ unitsPerMinute: 12_000, ...clock });
    const spentAt: number[] = [];

    for (let call = 0; call < 2_000; call++) {
      await pacer.take(5);
      spentAt.push(clock.elapsed());
    }

    let busiest = 0;
    for (let first = 0, last = 0; last < spentAt.length; last++) {
      while (spentAt[last]! - spentAt[first]! >= 1_000) first++;
      busiest = Math.max(busiest, last - first + 1);
    }
    expect(busiest).toBeLessThanOrEqual(44);
    expect(busiest).toBeGreaterThanOrEqual(40);
  });

  it('holds a long sync to the configured units per minute', async () => {
    const clock = virtualClock();
    const pacer = createQuotaPacer({ unitsPerMinute: 12_000, ...clock });

    for (let call = 0; call < 4_004; call++) await pacer.take(5);

    // 20,020 units: 20 from the initial burst, the other 20,000 at 200 units a second.
    expect(clock.elapsed()).toBeCloseTo(100_000, -1);
  });
});

describe('mapConcurrently', () => {
  it('keeps at most the given number of calls in flight and the results in order', async () => {
    let inFlight = 0;
    let most = 0;

    const results = await mapConcurrently({ items: [1, 2, 3, 4, 5, 6, 7], concurrency: 3, work: async (item) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight--;
      return item * 10;
    } });

    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { createIdClock, receivedTimeOfId } from './message-id-time.ts';

const idAt = (milliseconds: number, sequence = 1) => ((BigInt(milliseconds) << 20n) | BigInt(sequence)).toString(16).padStart(16, '0');
const day = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-12-01T09:00:00Z');

describe('message id time', () => {
  it('reads the arrival time out of a Gmail message id', () => {
    expect(receivedTimeOfId(idAt(now, 77))).toBe(now);
    expect(receivedTimeOfId('not-a-gmail-id')).toBeNull();
  });

  it('trusts ids as clocks only after three fetched messages agree with them', () => {
    const clock = createIdClock();
    const windowStart = new Date(now - 90 * day);
    const old = idAt(now - 120 * day);

    clock.observe({ id: idAt(now - day), receivedAt: new Date(now - day) });
    clock.observe({ id: idAt(now - 2 * day), receivedAt: new Date(now - 2 * day) });
    expect(clock.surelyBefore(old, windowStart)).toBe(false);
    clock.observe({ id: idAt(now - 3 * day), receivedAt: new Date(now - 3 * day) });

    expect(clock.surelyBefore(old, windowStart)).toBe(true);
    expect(clock.surelyBefore(idAt(now - 89 * day), windowStart)).toBe(false);
    expect(clock.surelyBefore(idAt(windowStart.getTime() - 1_000), windowStart)).toBe(false);
  });

  it('stops trusting ids at the first message whose id disagrees with its date', () => {
    const clock = createIdClock();
    for (let index = 1; index <= 3; index++) clock.observe({ id: idAt(now - index * day), receivedAt: new Date(now - index * day) });
    clock.observe({ id: '18f0000000000004', receivedAt: new Date(now - 4 * day) });

    expect(clock.surelyBefore(idAt(now - 200 * day), new Date(now - 90 * day))).toBe(false);
  });
});

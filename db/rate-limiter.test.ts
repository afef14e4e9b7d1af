import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.ts';
import { queryRows } from './query-rows.ts';
import { openTestDatabase } from './test-database.ts';
import { createRateLimiter } from './rate-limiter.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

/** A prefix no other test (or earlier run on the same server) has counted under. */
const freshPrefix = () => `test-${crypto.randomUUID()}`;

describe('rate limits kept in the database', () => {
  it('counts requests made through separate limiters (one per app process) against one limit', async () => {
    const keyPrefix = freshPrefix();
    const processA = createRateLimiter(handle.db, { keyPrefix, points: 3, durationSeconds: 60 });
    const processB = createRateLimiter(handle.db, { keyPrefix, points: 3, durationSeconds: 60 });

    const allowed = [];
    for (const limiter of [processA, processB, processA, processB]) allowed.push((await limiter.consume('user-1')).allowed);
    const refused = await processA.consume('user-1');
    const otherKey = await processB.consume('user-2');

    expect(allowed).toEqual([true, true, true, false]);
    expect(refused.consumedPoints).toBe(5);
    expect(refused.msBeforeNext).toBeGreaterThan(55_000);
    expect(refused.msBeforeNext).toBeLessThanOrEqual(60_000);
    expect(otherKey).toMatchObject({ allowed: true, consumedPoints: 1 });
  });

  it('counts every one of many requests sent at once from several limiters', async () => {
    const keyPrefix = freshPrefix();
    const limiters = [1, 2, 3].map(() => createRateLimiter(handle.db, { keyPrefix, points: 10, durationSeconds: 60 }));

    const results = await Promise.all(Array.from({ length: 30 }, (_, each) => limiters[each % 3]!.consume('burst')));

    expect(results.filter((result) => result.allowed)).toHaveLength(10);
    expect(results.map((result) => result.consumedPoints).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, each) => each + 1));
  });

  it('starts a new window once the old one has ended', async () => {
    const limiter = createRateLimiter(handle.db, { keyPrefix: freshPrefix(), points: 1, durationSeconds: 0.3 });

    const first = await limiter.consume('key');
    const second = await limiter.consume('key');
    await new Promise((resolve) => setTimeout(resolve, 400));
    const afterWindow = await limiter.consume('key');

    expect([first.allowed, second.allowed, afterWindow.allowed]).toEqual([true, false, true]);
    expect(afterWindow.consumedPoints).toBe(1);
  });

  it('blocks a key for a set time, reads its count, and forgets it on delete', async () => {
    const limiter = createRateLimiter(handle.db, { keyPrefix: freshPrefix(), points: 1, durationSeconds: 1 });

    await limiter.block('pair', 120);
    const blocked = await limiter.get('pair');
    await limiter.delete('pair');

    expect(blocked!.consumedPoints).toBe(2);
    expect(blocked!.msBeforeNext).toBeGreaterThan(115_000);
    expect(await limiter.get('pair')).toBeNull();
  });

  it('stores neither the address nor the email it counts, only a hash under the limit’s name', async () => {
    const keyPrefix = freshPrefix();
    const limiter = createRateLimiter(handle.db, { keyPrefix, points: 5, durationSeconds: 60 });

    await limiter.consume('203.0.113.9\nrosa.martinez@example.test');
    const keys = await queryRows<{ key: string }>(handle.db, sql`select key from rate_limits where key like ${`${keyPrefix}:%`}`);

    expect(keys).toHaveLength(1);
    expect(keys[0]!.key).toMatch(new RegExp(`^${keyPrefix}:[A-Za-z0-9_-]{43}$`));
    expect(keys[0]!.key).not.toMatch(/203\.0\.113|rosa|example/);
  });

  it('sweeps windows that have ended as limits are checked', async () => {
    const keyPrefix = freshPrefix();
    await handle.db.execute(sql`insert into rate_limits (key, points, expires_at) values (${`${keyPrefix}:old`}, 3, now() - interval '1 minute')`);
    const limiter = createRateLimiter(handle.db, { keyPrefix, points: 5, durationSeconds: 60 });

    await limiter.consume('new');
    const left = await queryRows<{ key: string }>(handle.db, sql`select key from rate_limits where key like ${`${keyPrefix}:%`}`);

    expect(left).toHaveLength(1);
    expect(left[0]!.key).not.toBe(`${keyPrefix}:old`);
  });
});

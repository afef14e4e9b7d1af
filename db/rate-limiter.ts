import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from './database.ts';
import { queryDriverRows } from './query-rows.ts';

/** Where a key stands in its window. */
export interface RateLimitCount {
  /** Points counted in the current window, this request's included. */
  consumedPoints: number;
  /** Until the window ends and the count starts again. */
  msBeforeNext: number;
}

export interface RateLimiterSettings {
  /** Names the limit; limiters with the same prefix over one database share their counts. */
  keyPrefix: string;
  /** Points a key may use in one window. */
  points: number;
  /** A window starts with a key's first point and lasts this long. */
  durationSeconds: number;
}

/** Expired rows are swept at most this often by each limiter, as it is used. */
const sweepEveryMs = 60_000;

/**
 * A fixed-window limit kept in the database's `rate_limits` table, so every app process on one
 * database counts against the same limit: a client spreading requests across processes behind a load
 * balancer gets no more than one process would give it. Each count is one atomic upsert; time is the
 * database's clock, so processes with drifting clocks still agree on when a window ends.
 *
 * What is counted (an address, an account, a user id) is stored only as a hash under the prefix.
 */
export function createRateLimiter(database: Database, settings: RateLimiterSettings) {
  const { keyPrefix, points, durationSeconds } = settings;
  let sweptAt = 0;
  const storedKey = (key: string) => `${keyPrefix}:${createHash('sha256').update(key).digest('base64url')}`;

  async function sweep() {
    if (Date.now() - sweptAt < sweepEveryMs) return;
    sweptAt = Date.now();
    // Old windows count for nothing whether or not they are swept; a failed sweep waits for the next.
    await database.execute(sql`delete from rate_limits where expires_at <= statement_timestamp()`).catch(() => {});
  }

  /** Adds `amount` points to the key's window (starting a new one when it has ended) and returns the count. */
  async function add(key: string, amount: number): Promise<RateLimitCount> {
    await sweep();
    const [row] = await queryDriverRows<{ points: number; msLeft: number }>(
      database,
      sql`
        insert into rate_limits as r (key, points, expires_at)
        values (${storedKey(key)}, ${amount}, statement_timestamp() + make_interval(secs => ${durationSeconds}))
        on conflict (key) do update set
          points = case when r.expires_at <= statement_timestamp() then excluded.points else r.points + excluded.points end,
          expires_at = case when r.expires_at <= statement_timestamp() then excluded.expires_at else r.expires_at end
        returning points, greatest(0, extract(epoch from expires_at - statement_timestamp()) * 1000)::float8 as "msLeft"`,
    );
    return { consumedPoints: row!.points, msBeforeNext: Math.ceil(row!.msLeft) };
  }

  return {
    /** Counts one request; `allowed` is false once the key has used more than its points this window. */
    async consume(key: string): Promise<RateLimitCount & { allowed: boolean }> {
      const count = await add(key, 1);
      return { ...count, allowed: count.consumedPoints <= points };
    },
    /** Counts points against the key without refusing anything. */
    penalty: (key: string, amount = 1) => add(key, amount),
    /** The key's count in its current window, or null when it has none. */
    async get(key: string): Promise<RateLimitCount | null> {
      const [row] = await queryDriverRows<{ points: number; msLeft: number }>(
        database,
        sql`
          select points, (extract(epoch from expires_at - statement_timestamp()) * 1000)::float8 as "msLeft"
          from rate_limits where key = ${storedKey(key)} and expires_at > statement_timestamp()`,
      );
      return row ? { consumedPoints: row.points, msBeforeNext: Math.ceil(row.msLeft) } : null;
    },
    /** Uses up the key's points for `seconds` from now, whatever it had used. */
    async block(key: string, seconds: number) {
      await database.execute(sql`
        insert into rate_limits (key, points, expires_at)
        values (${storedKey(key)}, ${points + 1}, statement_timestamp() + make_interval(secs => ${seconds}))
        on conflict (key) do update set points = excluded.points, expires_at = excluded.expires_at`);
    },
    /** Forgets the key's count. */
    async delete(key: string) {
      await database.execute(sql`delete from rate_limits where key = ${storedKey(key)}`);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

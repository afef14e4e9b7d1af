import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase, type Database } from '../../db/database.ts';
import { createRateLimiter } from '../../db/rate-limiter.ts';
import { allowanceSpent, defaultMaxWaitMs, type RateLimit, type RequestLimitStore, type RequestRateLimiter } from './request-rate-limit.ts';

/**
 * Request limits towards outside job sources counted in the database, so every app process on it
 * draws on one allowance per service (and per user's key at a keyed service): three processes still
 * send The Muse at most its 500 an hour. Windows are fixed, starting with a window's first request. A
 * request over the allowance waits for the next window when that is at most `maxWaitMs` away, and
 * otherwise fails at once saying when to try again, as the per-process limiter does. A user's key
 * is stored only as a hash.
 */
export function createSharedRequestLimits(
  database: Database,
  options: {
    maxWaitMs?: number;
    wait?: (ms: number) => Promise<unknown>;
    /** Prefixes the limits' names: every process must use the same (the default, none) to share allowances. */
    namespace?: string;
  } = {},
): RequestLimitStore {
  const maxWaitMs = options.maxWaitMs ?? defaultMaxWaitMs;
  const wait = options.wait ?? ((ms: number) => sleep(ms));
  // One per service and account, made on first use: a search asks for its key's limiter each time.
  const limiters = new Map<string, RequestRateLimiter>();
  return {
    limiter(service: string, limit: RateLimit, account?: string) {
      const name = `${service}\n${account ?? ''}`;
      const known = limiters.get(name);
      if (known) return known;
      const counter = createRateLimiter(database, { keyPrefix: `${options.namespace ?? ''}upstream:${service}`, points: limit.requests, durationSeconds: limit.perMs / 1000 });
      const limiter: RequestRateLimiter = {
        async take() {
          for (;;) {
            const counted = await counter.consume(account ?? service);
            if (counted.allowed) return;
            if (counted.msBeforeNext > maxWaitMs) throw allowanceSpent(service, counted.msBeforeNext);
            await wait(counted.msBeforeNext);
          }
        },
      };
      limiters.set(name, limiter);
      return limiter;
    },
  };
}

/**
 * The shared request limits of an app process on a PostgreSQL server, counted over two connections of
 * their own: a job source is asked from inside a tool's transaction, which already holds one of the
 * app's, and ten tool calls waiting for an eleventh connection of the same pool would wait forever.
 * Undefined on the embedded database, which one process opens at a time (and where a query outside a
 * transaction waits for it to end): that process's own counts are the whole count.
 */
export async function openSharedRequestLimits(databaseUrl: string | undefined): Promise<{ store: RequestLimitStore; close(): Promise<void> } | undefined> {
  if (!databaseUrl) return undefined;
  const handle = await openDatabase({ kind: 'postgres', url: databaseUrl, maxConnections: 2 });
  return { store: createSharedRequestLimits(handle.db), close: () => handle.close() };
}

import { setTimeout as sleep } from 'node:timers/promises';
import { UpstreamError } from '../errors.ts';

/** At most `requests` calls to one service in any `perMs` window, as the service asks of its users. */
export interface RateLimit {
  requests: number;
  perMs: number;
}

/** A wait longer than this is not waited out: the call fails at once and says when to try again. */
export const defaultMaxWaitMs = 60_000;

/** "5 minutes", "60 minutes", "3 hours": minutes up to two hours, then whole hours. */
function inWords(ms: number) {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes <= 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `${Math.ceil(minutes / 60)} hours`;
}

/** The refusal for a request that would have to wait `delayMs` for the service's allowance. */
export function allowanceSpent(service: string, delayMs: number) {
  return new UpstreamError(service, `has had as many requests as it allows for now; try again in ${inWords(delayMs)}`, 429);
}

export interface RequestRateLimiter {
  /** Resolves when one more request fits the limit; an UpstreamError when that is further away than a run can wait. */
  take(): Promise<void>;
}

/**
 * A sliding-window limit on requests to one service, shared by every user of this Atlas process (one
 * client per service is created at start-up). Requests wait their turn in order; a request that
 * would have to wait longer than `maxWaitMs` fails instead, so a discovery run moves on to the next
 * source rather than hanging.
 */
export function createRequestRateLimiter(
  service: string,
  limit: RateLimit,
  options: { maxWaitMs?: number; now?: () => number; wait?: (ms: number) => Promise<unknown> } = {},
): RequestRateLimiter {
  const now = options.now ?? Date.now;
  const wait = options.wait ?? ((ms: number) => sleep(ms));
  const maxWaitMs = options.maxWaitMs ?? defaultMaxWaitMs;
  const sent: number[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  const takeInTurn = async () => {
    const since = now() - limit.perMs;
    while (sent.length > 0 && sent[0]! <= since) sent.shift();
    if (sent.length >= limit.requests) {
      const delay = sent[sent.length - limit.requests]! + limit.perMs - now();
      if (delay > maxWaitMs) throw allowanceSpent(service, delay);
      await wait(delay);
    }
    sent.push(now());
  };

  return {
    take() {
      const turn = queue.then(takeInTurn);
      queue = turn.catch(() => {});
      return turn;
    },
  };
}

/**
 * Where a service's request limits are kept. Without one each process keeps its own, so N processes
 * could together send N times a service's allowance; with one over the database (shared-request-limits.ts)
 * every process counts against the same allowance.
 */
export interface RequestLimitStore {
  /** The limiter for a service, or for one account at it when `account` is given. */
  limiter(service: string, limit: RateLimit, account?: string): RequestRateLimiter;
}

/** The limiter for a service whose limit applies to everyone using it: the store's when there is one. */
export function serviceRateLimiter(service: string, limit: RateLimit, store?: RequestLimitStore): RequestRateLimiter {
  return store ? store.limiter(service, limit) : createRequestRateLimiter(service, limit);
}

/** One limiter per account at a service whose limits apply per key: each user's own key has its own window. */
export function createPerKeyRateLimiters(service: string, limit: RateLimit, store?: RequestLimitStore): (account: string) => RequestRateLimiter {
  if (store) return (account) => store.limiter(service, limit, account);
  const limiters = new Map<string, RequestRateLimiter>();
  return (account) => {
    let limiter = limiters.get(account);
    if (!limiter) {
      limiter = createRequestRateLimiter(service, limit);
      limiters.set(account, limiter);
    }
    return limiter;
  };
}

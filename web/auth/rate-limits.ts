import type { Database } from '../../db/database.ts';
import { RateLimitError } from '../../tools/errors.ts';
import { createRateLimiter } from '../../db/rate-limiter.ts';

export interface AuthRateLimitSettings {
  /** Sign-in, sign-up and password checks one address may make per window, whatever the account. */
  perAddress: number;
  /** Wrong passwords one address may give for one account before it has to wait. */
  freeFailures: number;
  windowSeconds: number;
  /** The first wait after the free failures; each further failure doubles it, up to maxDelaySeconds. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /**
   * Prefixes the limits' names. Every app process on one database must use the same (the default) to
   * share counts; a different one keeps a separate set of counts, as a test needs for its own.
   */
  namespace: string;
}

export const defaultAuthRateLimits: AuthRateLimitSettings = {
  perAddress: 30,
  freeFailures: 5,
  windowSeconds: 15 * 60,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  namespace: '',
};

/** Failures are remembered this long, so waiting out one delay does not reset the doubling. */
const failureMemorySeconds = 24 * 60 * 60;

function tooMany(msBeforeNext: number): RateLimitError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new RateLimitError(`Too many attempts; try again in ${retryAfterSeconds} seconds`, retryAfterSeconds);
}

/**
 * Limits on password guessing that slow the guesser, never lock the account: one address is limited
 * in all it tries, and each wrong password for an account from that address makes that address wait
 * longer for that account (doubling after a few free failures). Nothing is counted against the
 * account alone, so an attacker cannot lock its owner out: from any other address the owner signs in
 * as usual.
 *
 * The counts live in the database, so they hold across every app process: a guesser gains nothing by
 * landing on another process behind the load balancer.
 */
export function createAuthRateLimits(database: Database, overrides: Partial<AuthRateLimitSettings> = {}) {
  const limits = { ...defaultAuthRateLimits, ...overrides };
  const name = (limit: string) => `${limits.namespace}${limit}`;
  const byAddress = createRateLimiter(database, { keyPrefix: name('auth-ip'), points: limits.perAddress, durationSeconds: limits.windowSeconds });
  const failures = createRateLimiter(database, { keyPrefix: name('auth-failures'), points: Number.MAX_SAFE_INTEGER, durationSeconds: failureMemorySeconds });
  const waits = createRateLimiter(database, { keyPrefix: name('auth-wait'), points: 1, durationSeconds: 1 });
  const pairKey = (address: string, accountEmail: string) => `${address}\n${accountEmail.toLowerCase()}`;

  return {
    /** Counts one attempt from this address; refused while this address must wait for this account. */
    async attempt(address: string, accountEmail?: string) {
      const counted = await byAddress.consume(address);
      if (!counted.allowed) throw tooMany(counted.msBeforeNext);
      if (!accountEmail) return;
      const waiting = await waits.get(pairKey(address, accountEmail));
      if (waiting && waiting.consumedPoints > 1 && waiting.msBeforeNext > 0) throw tooMany(waiting.msBeforeNext);
    },
    /** A wrong password for this account from this address: past the free ones, the wait doubles. */
    async failed(address: string, accountEmail: string) {
      const key = pairKey(address, accountEmail);
      const { consumedPoints } = await failures.penalty(key, 1);
      const beyond = consumedPoints - limits.freeFailures;
      if (beyond <= 0) return;
      const seconds = Math.min(limits.maxDelaySeconds, limits.firstDelaySeconds * 2 ** Math.min(beyond - 1, 30));
      await waits.block(key, seconds);
    },
    /** The right password clears this address's failures for the account. */
    async succeeded(address: string, accountEmail: string) {
      const key = pairKey(address, accountEmail);
      await Promise.all([failures.delete(key), waits.delete(key)]);
    },
  };
}

export type AuthRateLimits = ReturnType<typeof createAuthRateLimits>;

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitError } from '../../tools/errors.ts';

/**
 * Limits on sign-in and sign-up attempts, per client address and per account, so neither one
 * address nor a botnet aimed at one account can guess passwords quickly.
 */
export function createAuthRateLimits(limits = { perAddress: 30, perAccount: 10, windowSeconds: 15 * 60 }) {
  const byAddress = new RateLimiterMemory({ keyPrefix: 'auth-ip', points: limits.perAddress, duration: limits.windowSeconds });
  const byAccount = new RateLimiterMemory({ keyPrefix: 'auth-account', points: limits.perAccount, duration: limits.windowSeconds });

  async function consume(limiter: RateLimiterMemory, key: string) {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.ceil(rejection.msBeforeNext / 1000);
      throw new RateLimitError(`Too many attempts; try again in ${retryAfterSeconds} seconds`, retryAfterSeconds);
    }
  }

  return {
    /** Counts one attempt from this address, and for this account when one is named. */
    async attempt(address: string, accountEmail?: string) {
      await consume(byAddress, address);
      if (accountEmail) await consume(byAccount, accountEmail.toLowerCase());
    },
    /** A successful sign-in clears the account's failures. */
    async succeeded(accountEmail: string) {
      await byAccount.delete(accountEmail.toLowerCase());
    },
  };
}

export type AuthRateLimits = ReturnType<typeof createAuthRateLimits>;

import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitError } from '../tools/errors.ts';

/**
 * Caps how many chat turns each signed-in user starts per minute: every turn costs a model call, and a
 * runaway script or a stolen session should not run up the bill or starve other users.
 */
export function chatRateLimit(options: { requestsPerMinute: number }): RequestHandler {
  const limiter = new RateLimiterMemory({ keyPrefix: 'chat', points: options.requestsPerMinute, duration: 60 });
  return async (request, response, next) => {
    const user = response.locals.session?.user;
    // Reading conversations is free; without a session the chat route itself answers 401.
    if (request.method !== 'POST' || !user) return next();
    try {
      await limiter.consume(user.id);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.ceil(rejection.msBeforeNext / 1000);
      throw new RateLimitError(`Too many chat messages; try again in ${retryAfterSeconds} seconds`, retryAfterSeconds);
    }
    next();
  };
}

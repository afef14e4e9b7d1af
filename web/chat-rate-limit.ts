import type { RequestHandler } from 'express';
import type { Database } from '../db/database.ts';
import { RateLimitError } from '../tools/errors.ts';
import { createRateLimiter } from '../db/rate-limiter.ts';

/**
 * Caps how many chat turns each signed-in user starts per minute: every turn costs a model call, and a
 * runaway script or a stolen session should not run up the bill or starve other users. Counted in
 * the database, so the cap holds however many app processes serve the user.
 */
export function chatRateLimit(options: { database: Database; requestsPerMinute: number }): RequestHandler {
  const limiter = createRateLimiter(options.database, { keyPrefix: 'chat', points: options.requestsPerMinute, durationSeconds: 60 });
  return async (request, response, next) => {
    const user = response.locals.session?.user;
    // Reading conversations is free; without a session the chat route itself answers 401.
    if (request.method !== 'POST' || !user) return next();
    const counted = await limiter.consume(user.id);
    if (!counted.allowed) {
      const retryAfterSeconds = Math.ceil(counted.msBeforeNext / 1000);
      throw new RateLimitError(`Too many chat messages; try again in ${retryAfterSeconds} seconds`, retryAfterSeconds);
    }
    next();
  };
}

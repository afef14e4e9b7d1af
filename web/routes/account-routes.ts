import { eq } from 'drizzle-orm';
import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { sessions } from '../../db/schema.ts';
import { findUserTables } from '../../db/user-tables.ts';
import { withUser } from '../../db/with-user.ts';
import { parseInput, ValidationError } from '../../tools/errors.ts';
import { disconnectGmail } from '../../tools/gmail/disconnect.ts';
import type { GmailService } from '../../tools/gmail/gmail-service.ts';
import { deleteAccountRows } from '../account/delete-account.ts';
import { findUserById } from '../auth/accounts.ts';
import { verifyPassword } from '../auth/password.ts';
import type { AuthRateLimits } from '../auth/rate-limits.ts';
import { clearSessionCookie } from '../auth/session-cookie.ts';
import { requireUser } from '../session-middleware.ts';

/** A session this young proves the user just signed in: enough to delete an account without a password. */
export const recentSignInMs = 10 * 60 * 1000;

export const deleteAccountSchema = z.object({
  password: z.string().min(1).max(256).optional().describe('The account password, to confirm; not needed within 10 minutes of signing in'),
});

export function accountRoutes(options: {
  database: Database;
  rateLimits: AuthRateLimits;
  secureCookies: boolean;
  now: () => Date;
  /** Gmail, when configured: its grant at Google is revoked before the account's rows go. */
  gmail: GmailService | undefined;
}) {
  const { database, rateLimits, secureCookies, now } = options;
  const router = Router();

  /**
   * Delete the account (promise 19): every row of the user in every table, sessions and access tokens
   * included, in one transaction; Google's grant is revoked first. Confirmed by the password, or by a
   * sign-in in the last 10 minutes (the only way for an account without a password).
   */
  router.delete('/account', async (request, response) => {
    const sessionUser = requireUser(response);
    const { password } = parseInput(deleteAccountSchema, request.body ?? {}, 'Invalid account deletion');
    if (password !== undefined) {
      await rateLimits.attempt(request.ip ?? 'unknown', sessionUser.email);
      const user = await findUserById(database, sessionUser.id);
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
        await rateLimits.failed(request.ip ?? 'unknown', sessionUser.email);
        throw new ValidationError('Password is incorrect', [{ path: 'password', message: 'Incorrect password' }]);
      }
    } else {
      const sessionId = response.locals.session!.id;
      const [session] = await withUser(database, sessionUser.id, (tx) =>
        tx.select({ createdAt: sessions.createdAt }).from(sessions).where(eq(sessions.id, sessionId)),
      );
      if (!session || now().getTime() - session.createdAt.getTime() > recentSignInMs) {
        throw new ValidationError('Confirm it is you: enter your password, or sign in again and delete within 10 minutes', [
          { path: 'password', message: 'Enter your password to confirm' },
        ]);
      }
    }

    // Google is told first, while the encrypted refresh token still exists to revoke with. If Google
    // cannot be reached the account goes anyway, and the answer says so: the user can remove Atlas at
    // https://myaccount.google.com/permissions.
    const gmail = await disconnectGmail({ database, userId: sessionUser.id, gmail: options.gmail });
    const tables = await withUser(database, sessionUser.id, (tx) => findUserTables(tx));
    await deleteAccountRows(database, { userId: sessionUser.id, tables });
    clearSessionCookie(response, secureCookies);
    // An account that never connected Gmail had no grant at Google: it is not reported as revoked.
    // `gmail` says it in one word; the two booleans stay for clients written against them.
    const gmailOutcome = !gmail.disconnected ? 'not_connected' : gmail.revokedAtGoogle ? 'revoked' : 'revoke_failed';
    response.json({ deleted: true, gmail: gmailOutcome, gmailConnected: gmail.disconnected, revokedAtGoogle: gmail.revokedAtGoogle });
  });

  return router;
}

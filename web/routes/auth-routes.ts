import { Router, type Request } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { AuthenticationError, ConflictError, parseInput, ValidationError } from '../../tools/errors.ts';
import { createPasswordUser, findUserByEmail, findUserById, setPasswordHash } from '../auth/accounts.ts';
import { hashPassword, passwordSchema, passwordWeakness, verifyAgainstNoAccount, verifyPassword } from '../auth/password.ts';
import type { BreachedPasswords } from '../auth/breached-passwords.ts';
import type { AuthRateLimits } from '../auth/rate-limits.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';
import { endOtherAccess } from '../auth/end-other-access.ts';
import { deviceName } from '../auth/device-name.ts';
import { createSession, invalidateSession } from '../auth/sessions.ts';
import { requireUser } from '../session-middleware.ts';
import { storableText } from '../../tools/storable-input.ts';

const emailSchema = z.email('Enter a valid email address').max(320).trim();

export const signupSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: storableText().trim().min(1).max(200).optional(),
});
export const loginSchema = z.object({ email: emailSchema, password: z.string().min(1).max(256) });
export const changePasswordSchema = z.object({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema });

const wrongCredentials = 'Email or password is incorrect';
/**
 * The one answer to every sign-up that passes validation, new address or not, so the answer does not
 * say which addresses have accounts. Whether a session came with it is for the client to ask /me.
 */
export const signUpAnswer =
  'If this address was new, your account is ready and you are signed in. If it already had an account, sign in with that account\'s password.';

function rejectWeakPassword(password: string, field: string, account: { email: string; name?: string | null }) {
  const weakness = passwordWeakness(password, account);
  if (weakness) throw new ValidationError('Choose a stronger password', [{ path: field, message: weakness }]);
}

export function authRoutes(options: {
  database: Database;
  rateLimits: AuthRateLimits;
  secureCookies: boolean;
  now: () => Date;
  /** Have I Been Pwned's range API; without it (ATLAS_HIBP_CHECK=false) breached passwords are not checked. */
  breachedPasswords?: BreachedPasswords;
}) {
  const { database, rateLimits, secureCookies, now } = options;
  const router = Router();
  const address = (request: Request) => request.ip ?? 'unknown';

  /** Promise 7: a password known from a data breach is refused; when the service cannot answer, the password stands. */
  async function rejectBreachedPassword(password: string, field: string) {
    const seen = await options.breachedPasswords?.timesSeen(password);
    if (seen) {
      throw new ValidationError('Choose a different password', [
        { path: field, message: `This password appears ${seen.toLocaleString('en')} times in known data breaches; choose one nobody has used` },
      ]);
    }
  }

  async function signIn(response: Parameters<typeof setSessionCookie>[0], userId: string) {
    const session = await createSession(database, userId, now(), deviceName(response.req.get('user-agent')));
    setSessionCookie(response, session.token, session.expiresAt, secureCookies);
  }

  router.post('/signup', async (request, response) => {
    await rateLimits.attempt(address(request));
    const { email, password, name } = parseInput(signupSchema, request.body, 'Invalid sign-up');
    rejectWeakPassword(password, 'password', { email, name });
    await rejectBreachedPassword(password, 'password');
    const created = await createPasswordUser(database, { email, name, passwordHash: await hashPassword(password) }).catch((error: unknown) => {
      if (error instanceof ConflictError) return null;
      throw error;
    });
    if (created) {
      await signIn(response, created.id);
    } else {
      // The address has an account. Its own password signs in, as sign-in would; anything else signs
      // nobody in. Either way the answer below is the one a new account gets, so it confirms nothing.
      await rateLimits.attempt(address(request), email);
      const existing = await findUserByEmail(database, email);
      if (existing?.passwordHash && (await verifyPassword(existing.passwordHash, password))) {
        await rateLimits.succeeded(address(request), email);
        await signIn(response, existing.id);
      } else {
        await rateLimits.failed(address(request), email);
      }
    }
    response.status(201).json({ message: signUpAnswer });
  });

  router.post('/login', async (request, response) => {
    const { email, password } = parseInput(loginSchema, request.body, 'Invalid sign-in');
    await rateLimits.attempt(address(request), email);
    const user = await findUserByEmail(database, email);
    // An unknown email costs one argon2 verification, like a wrong password, so timing reveals nothing.
    const valid = user?.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstNoAccount(password);
    if (!user || !valid) {
      await rateLimits.failed(address(request), email);
      throw new AuthenticationError(wrongCredentials);
    }
    await rateLimits.succeeded(address(request), email);
    await signIn(response, user.id);
    response.json({ user: { id: user.id, email: user.email, name: user.name } });
  });

  router.post('/logout', async (_request, response) => {
    const session = response.locals.session;
    if (session) await invalidateSession(database, session.id);
    clearSessionCookie(response, secureCookies);
    response.status(204).end();
  });

  router.get('/me', (_request, response) => {
    response.json({ user: requireUser(response) });
  });

  router.post('/password', async (request, response) => {
    const sessionUser = requireUser(response);
    const { currentPassword, newPassword } = parseInput(changePasswordSchema, request.body, 'Invalid password change');
    await rateLimits.attempt(address(request), sessionUser.email);
    const user = await findUserById(database, sessionUser.id);
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
      await rateLimits.failed(address(request), sessionUser.email);
      throw new ValidationError('Current password is incorrect', [{ path: 'currentPassword', message: 'Incorrect password' }]);
    }
    rejectWeakPassword(newPassword, 'newPassword', user);
    await rejectBreachedPassword(newPassword, 'newPassword');
    await setPasswordHash(database, user.id, await hashPassword(newPassword));
    // Whoever knew the old password may hold a session, an access token or an app's grant: all end.
    const ended = await endOtherAccess(database, { userId: user.id, keepSessionId: response.locals.session!.id, now: now() });
    response.json({ ended });
  });

  return router;
}

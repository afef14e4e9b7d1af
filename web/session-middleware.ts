import type { RequestHandler, Response } from 'express';
import type { Database } from '../db/database.ts';
import { AuthenticationError } from '../tools/errors.ts';
import { readSessionCookie, setSessionCookie } from './auth/session-cookie.ts';
import { validateSessionToken, type SessionUser, type ValidSession } from './auth/sessions.ts';

declare global {
  namespace Express {
    interface Locals {
      session?: ValidSession;
      sessionToken?: string;
    }
  }
}

/** Reads the session cookie on every request and refreshes it when the session was renewed. */
export function sessionMiddleware(options: { database: Database; secureCookies: boolean; now: () => Date }): RequestHandler {
  return async (request, response, next) => {
    const token = readSessionCookie(request, options.secureCookies);
    if (!token) return next();
    const session = await validateSessionToken(options.database, token, options.now());
    if (session) {
      response.locals.session = session;
      response.locals.sessionToken = token;
      setSessionCookie(response, token, session.expiresAt, options.secureCookies);
    }
    next();
  };
}

/** The signed-in user of this request; a 401 when there is none. */
export function requireUser(response: Response): SessionUser {
  const user = response.locals.session?.user;
  if (!user) throw new AuthenticationError('Sign in to continue');
  return user;
}

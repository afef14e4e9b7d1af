import type { Request, Response } from 'express';
import { parseCookie } from 'cookie';

/**
 * The one lasting cookie Atlas sets (Google sign-in adds two that live only for the ten minutes of the
 * OAuth round trip). Over HTTPS it takes the `__Host-` prefix, which browsers accept only
 * with Secure, Path=/ and no Domain, so no subdomain can plant or read it.
 */
export function sessionCookieName(secure: boolean) {
  return secure ? '__Host-atlas_session' : 'atlas_session';
}

export function readSessionCookie(request: Request, secure: boolean): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  return parseCookie(header)[sessionCookieName(secure)];
}

export function setSessionCookie(response: Response, token: string, expiresAt: Date, secure: boolean) {
  response.cookie(sessionCookieName(secure), token, {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(response: Response, secure: boolean) {
  response.clearCookie(sessionCookieName(secure), { httpOnly: true, secure, sameSite: 'lax', path: '/' });
}

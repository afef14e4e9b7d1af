import type { Request, RequestHandler } from 'express';
import type { Database } from '../db/database.ts';
import { verifyBearerToken } from '../mcp/verify-bearer-token.ts';
import { PermissionError } from '../tools/errors.ts';
import { readSessionCookie } from './auth/session-cookie.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const loopbackNames = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins that are this server. People open http://127.0.0.1:3000 as often as
 * http://localhost:3000, so on loopback each loopback name with the same scheme and port counts: a
 * page there can only come from a program listening on this machine's loopback, never from a website.
 */
export function ownOrigins(publicOrigin: string): Set<string> {
  const url = new URL(publicOrigin);
  if (!loopbackNames.includes(url.hostname)) return new Set([url.origin]);
  return new Set(loopbackNames.map((name) => new URL(`${url.protocol}//${name}${url.port ? `:${url.port}` : ''}`).origin));
}

function bearerTokenOf(request: Request): string | undefined {
  const [scheme, token, ...rest] = (request.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token && rest.length === 0 ? token : undefined;
}

/**
 * Refuses state-changing requests that a browser sent from another site (CSRF). Browsers always
 * send Origin on such requests, so a missing Origin is refused too. The one exception is decided by
 * the credential, not by the headers' shape: a request whose only credential is a valid bearer token
 * cannot have been forged by a page, so it needs no Origin. A session cookie is what a page rides, so
 * a request carrying one needs a matching Origin whatever else it carries, and an invalid or unknown
 * bearer token never excuses anything.
 */
export function sameOriginOnly(options: { publicOrigin: string; database: Database; secureCookies: boolean; now: () => Date }): RequestHandler {
  const { publicOrigin, database, secureCookies, now } = options;
  const accepted = ownOrigins(publicOrigin);
  const refuse = () => new PermissionError(`Cross-origin request refused: Origin must be ${publicOrigin}`);
  return async (request, _response, next) => {
    if (safeMethods.has(request.method)) return next();
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (!accepted.has(origin)) throw refuse();
      return next();
    }
    const token = bearerTokenOf(request);
    const carriesCookie = readSessionCookie(request, secureCookies) !== undefined;
    if (token === undefined || carriesCookie) throw refuse();
    if (!(await verifyBearerToken(database, token, now()))) throw refuse();
    next();
  };
}

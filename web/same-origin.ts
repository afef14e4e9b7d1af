import type { RequestHandler } from 'express';
import { PermissionError } from '../tools/errors.ts';

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

/**
 * Refuses state-changing requests that a browser sent from another site (CSRF). Browsers always
 * send Origin on such requests, so a missing Origin is refused too, except for calls that carry a
 * bearer token: those authenticate without cookies and cannot be forged by a page.
 */
export function sameOriginOnly(publicOrigin: string): RequestHandler {
  const accepted = ownOrigins(publicOrigin);
  return (request, _response, next) => {
    if (safeMethods.has(request.method)) return next();
    const origin = request.headers.origin;
    if (origin === undefined && request.headers.authorization?.startsWith('Bearer ')) return next();
    if (origin === undefined || !accepted.has(origin)) {
      throw new PermissionError(`Cross-origin request refused: Origin must be ${publicOrigin}`);
    }
    next();
  };
}

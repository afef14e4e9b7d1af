import type { RequestHandler } from 'express';
import { PermissionError } from '../tools/errors.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser sent from another site (CSRF). Browsers always
 * send Origin on such requests, so a missing Origin is refused too, except for calls that carry a
 * bearer token: those authenticate without cookies and cannot be forged by a page.
 */
export function sameOriginOnly(publicOrigin: string): RequestHandler {
  return (request, _response, next) => {
    if (safeMethods.has(request.method)) return next();
    const origin = request.headers.origin;
    if (origin === undefined && request.headers.authorization?.startsWith('Bearer ')) return next();
    if (origin !== publicOrigin) {
      throw new PermissionError(`Cross-origin request refused: Origin must be ${publicOrigin}`);
    }
    next();
  };
}

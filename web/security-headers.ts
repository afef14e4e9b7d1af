import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response, by helmet. The Content-Security-Policy lets the browser app load
 * only its own scripts, styles, fonts and images (no inline script, no eval), connect only back to
 * Atlas, and never be framed. `form-action` is left open on purpose: the MCP consent form redirects to
 * the client's own callback address, which a `form-action 'self'` would block. HSTS and
 * `upgrade-insecure-requests` only when Atlas is served over HTTPS, so a local http:// install works.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        ...(options.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}

import { Router } from 'express';

/**
 * Global Privacy Control (https://privacy-gpc.org): Atlas sells and shares nothing and sets no
 * analytics or advertising cookies, so a `Sec-GPC: 1` request is already honoured in full. This
 * well-known resource says so to browsers and auditors.
 */
export function privacyRoutes() {
  const router = Router();
  router.get('/.well-known/gpc.json', (_request, response) => {
    response.json({ gpc: true, lastUpdate: '2026-11-24' });
  });
  return router;
}

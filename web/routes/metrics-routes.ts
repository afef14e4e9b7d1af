import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { Database } from '../../db/database.ts';
import { atlasMetrics, readQueueDepths } from '../observability/metrics.ts';

/** Compares digests, so neither the token's content nor its length leaks through timing. */
function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * GET /metrics in Prometheus's text format, for an operator's scraper. Off (404, as if it did not
 * exist) unless ATLAS_METRICS_TOKEN is set; then only `Authorization: Bearer <token>` reads it.
 * Mounted before sessions and the same-origin check: a scraper has neither cookie nor Origin.
 */
export function metricsRoutes(options: { token: string | undefined; database: Database }) {
  const router = Router();
  router.get('/metrics', async (request, response) => {
    if (!options.token) {
      response.status(404).json({ error: { code: 'not_found', message: 'Metrics are off: set ATLAS_METRICS_TOKEN to turn them on' } });
      return;
    }
    const [scheme, given] = (request.headers.authorization ?? '').split(' ', 2);
    if (scheme?.toLowerCase() !== 'bearer' || !given || !sameToken(given, options.token)) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      response.status(401).json({ error: { code: 'unauthenticated', message: 'Metrics need the bearer token set in ATLAS_METRICS_TOKEN' } });
      return;
    }
    const { registry } = atlasMetrics();
    await readQueueDepths(options.database);
    response.setHeader('Content-Type', registry.contentType);
    response.setHeader('Cache-Control', 'no-store');
    response.send(await registry.metrics());
  });
  return router;
}

import type { RequestHandler } from 'express';
import type { Logger } from './logger.ts';
import { atlasMetrics, methodLabel } from './metrics.ts';
import { requestIdFrom, runInRequestContext } from './request-context.ts';

/** The route a request matched, as its pattern (`/api/drafts/:id`); recorded when Express matches it. */
const matchedPattern = Symbol('atlas.matchedRoutePattern');

type ObservedRequest = { [matchedPattern]?: string };

/**
 * Express sets `request.route` when a route matches, while `request.baseUrl` still names the router's
 * mount path; once an error leaves the router the base is reset. So the full pattern is taken at
 * that moment, through a property that records it.
 */
function recordRoutePattern(request: Express.Request & ObservedRequest) {
  let route: unknown;
  Object.defineProperty(request, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: { path?: unknown } | undefined) {
      route = value;
      const path = value?.path;
      const routePath = Array.isArray(path) ? path.join(',') : typeof path === 'string' ? path : '';
      request[matchedPattern] = `${(request as { baseUrl?: string }).baseUrl ?? ''}${routePath === '/' ? '' : routePath}` || '/';
    },
  });
}

/**
 * First in the chain: gives the request an id (a sane incoming X-Request-Id, else a fresh one),
 * echoes it in the response, runs the rest of the request in a context whose log lines carry it, and
 * on finish writes one log line and one latency observation labelled by the route pattern. The line
 * names no URL (query strings carry tokens), body, cookie or header.
 */
export function requestObservability(options: { logger: Logger }): RequestHandler {
  const { httpRequestDuration } = atlasMetrics();
  return (request, response, next) => {
    const requestId = requestIdFrom(request.headers['x-request-id']);
    response.setHeader('X-Request-Id', requestId);
    const started = performance.now();
    recordRoutePattern(request);
    response.once('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      const route = (request as ObservedRequest)[matchedPattern] ?? 'unmatched';
      const status = response.statusCode;
      httpRequestDuration.observe({ method: methodLabel(request.method), route, status_class: `${Math.floor(status / 100)}xx` }, seconds);
      runInRequestContext({ requestId }, () =>
        options.logger.info({ method: methodLabel(request.method), route, status, durationMs: Math.round(seconds * 1000) }, 'request'),
      );
    });
    runInRequestContext({ requestId }, next);
  };
}

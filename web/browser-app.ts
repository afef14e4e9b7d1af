import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `vite build` puts the browser app (web/ui/vite.config.ts). */
export const browserAppFolder = fileURLToPath(new URL('./ui/dist', import.meta.url));

// Paths the server answers itself; everything else that asks for a page is a route of the browser app.
const serverPaths = /^\/(api|mcp|\.well-known)(\/|$)/;

/**
 * Serves the built browser app from `folder`: hashed assets cached for good, and index.html for
 * every client route (/chat, /pipeline, …) so a reload or a shared link opens the right page.
 */
export function browserApp(folder: string): Router {
  const router = Router();
  const indexFile = join(folder, 'index.html');

  router.use(
    '/assets',
    express.static(join(folder, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  router.use(express.static(folder, { index: false }));

  router.use((request, response, next) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || serverPaths.test(request.path)) return next();
    if (!request.accepts('html')) return next();
    if (!existsSync(indexFile)) {
      response.status(503).type('text/plain').send('The browser app is not built yet: run `npm run build` (npm start builds it for you).');
      return;
    }
    // A new deploy changes the asset names index.html points to, so it is always revalidated.
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
  return router;
}

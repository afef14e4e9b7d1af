import { Router } from 'express';
import type { Database } from '../../db/database.ts';
import { createAccessToken, listAccessTokens, newAccessTokenSchema, revokeAccessToken, saveJobsScope } from '../../mcp/access-tokens.ts';
import { parseInput } from '../../tools/errors.ts';
import { requireUser } from '../session-middleware.ts';
import { storableText } from '../../tools/storable-input.ts';

/** Personal access tokens for MCP clients, scripts and the browser extension, managed by the signed-in user. */
export function accessTokenRoutes(options: { database: Database; now: () => Date; extensionId: string }) {
  const { database, now, extensionId } = options;
  const router = Router();

  router.post('/', async (request, response) => {
    const user = requireUser(response);
    const input = parseInput(newAccessTokenSchema, request.body, 'Invalid access token');
    const created = await createAccessToken(database, { ...input, userId: user.id, now: now() });
    // The secret is shown this once; it must not linger in a cache.
    response.setHeader('Cache-Control', 'no-store');
    response.status(201).json(created);
  });

  // "Connect the extension": a fresh save-jobs key, handed by the Settings page straight to the extension
  // with this id, so the user never copies it.
  router.get('/extension', (_request, response) => {
    requireUser(response);
    response.json({ extensionId });
  });

  router.post('/extension', async (_request, response) => {
    const user = requireUser(response);
    const created = await createAccessToken(database, { name: 'Browser extension', scopes: [saveJobsScope], userId: user.id, now: now() });
    response.setHeader('Cache-Control', 'no-store');
    response.status(201).json(created);
  });

  router.get('/', async (_request, response) => {
    const user = requireUser(response);
    response.json({ accessTokens: await listAccessTokens(database, user.id) });
  });

  router.delete('/:id', async (request, response) => {
    const user = requireUser(response);
    const tokenId = parseInput(storableText(), request.params.id, 'Invalid access token id');
    await revokeAccessToken(database, { userId: user.id, tokenId, now: now() });
    response.status(204).end();
  });

  return router;
}

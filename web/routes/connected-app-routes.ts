import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { disconnectApp, listConnectedApps } from '../../mcp/oauth/connected-apps.ts';
import { NotFoundError } from '../../tools/errors.ts';
import { requireUser } from '../session-middleware.ts';

/** The MCP clients the signed-in user connected through OAuth, listed and disconnected from Settings. */
export function connectedAppRoutes(options: { database: Database; now: () => Date }) {
  const { database, now } = options;
  const router = Router();

  router.get('/', async (_request, response) => {
    const user = requireUser(response);
    response.json({ connectedApps: await listConnectedApps(database, user.id) });
  });

  router.delete('/:id', async (request, response) => {
    const user = requireUser(response);
    const grantId = z.uuid().safeParse(request.params.id);
    if (!grantId.success) throw new NotFoundError('Connected app', request.params.id);
    await disconnectApp(database, { userId: user.id, grantId: grantId.data, now: now() });
    response.status(204).end();
  });

  return router;
}

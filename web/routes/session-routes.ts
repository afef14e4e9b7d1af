import { Router } from 'express';
import type { Database } from '../../db/database.ts';
import { listSessions } from '../auth/session-list.ts';
import { invalidateOtherSessions } from '../auth/sessions.ts';
import { requireUser } from '../session-middleware.ts';

/** The user's signed-in browsers and devices, and signing out all but this one (a lost laptop, a shared computer). */
export function sessionRoutes(options: { database: Database; now: () => Date }) {
  const { database, now } = options;
  const router = Router();

  router.get('/', async (_request, response) => {
    const user = requireUser(response);
    const sessions = await listSessions(database, { userId: user.id, currentSessionId: response.locals.session!.id, now: now() });
    response.json({ sessions });
  });

  router.post('/sign-out-others', async (_request, response) => {
    const user = requireUser(response);
    await invalidateOtherSessions(database, user.id, response.locals.session!.id);
    response.status(204).end();
  });

  return router;
}

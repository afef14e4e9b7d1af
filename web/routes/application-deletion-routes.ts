import { eq } from 'drizzle-orm';
import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { applications } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { recordAuditEvent } from '../../tools/audit/audit-log.ts';
import { NotFoundError } from '../../tools/errors.ts';
import { browserAuditSource } from '../audit-source.ts';
import { requireUser } from '../session-middleware.ts';

/**
 * Deleting one application (promise 19), from the browser only: no tool offers it, so nothing the
 * model reads (a job description, an email) can talk the agent into deleting the user's pipeline.
 * Its status history and contact links go with it; drafts and email signals stay, unlinked.
 */
export function applicationDeletionRoutes(options: { database: Database; now: () => Date }) {
  const { database, now } = options;
  const router = Router();

  router.delete('/applications/:id', async (request, response) => {
    const user = requireUser(response);
    const applicationId = request.params.id;
    if (!z.uuid().safeParse(applicationId).success) throw new NotFoundError('Application', applicationId);
    await withUser(database, user.id, async (db) => {
      // Row-level security hides other users' applications, so theirs are simply not found.
      const [deleted] = await db.delete(applications).where(eq(applications.id, applicationId)).returning({ id: applications.id });
      if (!deleted) throw new NotFoundError('Application', applicationId);
      await recordAuditEvent(db, { ...browserAuditSource(request), action: 'deleteApplication', recordKind: 'application', recordId: applicationId }, now());
    });
    response.status(204).end();
  });

  return router;
}

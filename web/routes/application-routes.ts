import { asc, eq } from 'drizzle-orm';
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { applicationStatusHistory, applications } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { applicationStatusSchema } from '../../tools/application-schema.ts';
import { NotFoundError, parseInput } from '../../tools/errors.ts';
import { listApplications } from '../../tools/list-applications.ts';
import { runTool } from '../../tools/run-tool.ts';
import { saveJob } from '../../tools/save-job.ts';
import { updateApplication } from '../../tools/update-application.ts';
import { requireUser } from '../session-middleware.ts';
import { storableText } from '../../tools/storable-input.ts';

export const listQuerySchema = z.object({
  status: applicationStatusSchema.optional(),
  group: storableText().trim().min(1).max(100).optional(),
});

export const changeSchema = updateApplication.input.omit({ applicationId: true });

/** The signed-in user's pipeline for the board: list, save a job into it, move and annotate, and each status history. */
export function applicationRoutes(options: { database: Database; now: () => Date }) {
  const { database, now } = options;
  const router = Router();
  // Who is asking is settled before the body is read: without a session the answer is 401, never 400.
  const caller = (response: Response) => ({ database, userId: requireUser(response).id, actor: 'web' as const, now });

  router.get('/', async (request, response) => {
    const acting = caller(response);
    const filters = parseInput(listQuerySchema, request.query, 'Invalid pipeline filter');
    // The board shows the whole pipeline; 200 is the tool's ceiling.
    response.json(await runTool(listApplications, { ...filters, limit: 200 }, acting));
  });

  router.post('/', async (request, response) => {
    const acting = caller(response);
    const result = await runTool(saveJob, request.body ?? {}, acting);
    response.status(result.created ? 201 : 200).json(result);
  });

  router.patch('/:id', async (request, response) => {
    const acting = caller(response);
    const change = parseInput(changeSchema, request.body ?? {}, 'Invalid application change');
    response.json(await runTool(updateApplication, { ...change, applicationId: request.params.id }, acting));
  });

  router.get('/:id/history', async (request, response) => {
    const user = requireUser(response);
    const applicationId = request.params.id;
    if (!z.uuid().safeParse(applicationId).success) throw new NotFoundError('Application', applicationId);
    const history = await withUser(database, user.id, async (db) => {
      // Row-level security hides other users' applications, so theirs are simply not found.
      const [application] = await db.select({ id: applications.id }).from(applications).where(eq(applications.id, applicationId));
      if (!application) throw new NotFoundError('Application', applicationId);
      return db
        .select({
          fromStatus: applicationStatusHistory.fromStatus,
          toStatus: applicationStatusHistory.toStatus,
          actor: applicationStatusHistory.actor,
          changedAt: applicationStatusHistory.changedAt,
        })
        .from(applicationStatusHistory)
        .where(eq(applicationStatusHistory.applicationId, applicationId))
        .orderBy(asc(applicationStatusHistory.changedAt), asc(applicationStatusHistory.id));
    });
    response.json({ history: history.map((entry) => ({ ...entry, changedAt: entry.changedAt.toISOString() })) });
  });

  return router;
}

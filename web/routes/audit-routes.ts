import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { listAuditEvents } from '../../tools/audit/audit-log.ts';
import { parseInput } from '../../tools/errors.ts';
import { requireUser } from '../session-middleware.ts';
import { storableInstant } from '../../tools/storable-input.ts';

export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: storableInstant().optional().describe('Only entries older than this instant (the previous page’s nextBefore)'),
});

/** The signed-in user's audit log for Settings: who read or changed their sensitive records, and when. */
export function auditRoutes(options: { database: Database; retentionDays: number; now: () => Date }) {
  const { database, retentionDays, now } = options;
  const router = Router();

  router.get('/audit', async (request, response) => {
    const user = requireUser(response);
    const { limit, before } = parseInput(auditQuerySchema, request.query, 'Invalid audit log query');
    const events = await withUser(database, user.id, (tx) =>
      listAuditEvents(tx, { limit, before: before ? new Date(before) : undefined, retentionDays, now: now() }),
    );
    const nextBefore = events.length === limit ? events.at(-1)!.createdAt.toISOString() : null;
    response.setHeader('Cache-Control', 'no-store');
    response.json({ events, nextBefore, retentionDays });
  });

  return router;
}

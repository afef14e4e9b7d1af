import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { deleteBriefing, getBriefing, listBriefings, toBriefingView } from '../../tools/briefings/briefing-records.ts';
import { isTimeZone, weekOf } from '../../tools/briefings/week.ts';
import { readTimeZone, setTimeZone } from '../../tools/briefings/user-time-zone.ts';
import type { BriefingWriter } from '../../tools/briefings/briefing-prose.ts';
import { writeBriefing } from '../../tools/briefings/write-briefing.ts';
import type { Embedder } from '../../tools/embeddings/embedder.ts';
import { parseInput } from '../../tools/errors.ts';
import type { GmailService } from '../../tools/gmail/gmail-service.ts';
import { requireUser } from '../session-middleware.ts';

export const timeZoneSchema = z.object({ timeZone: z.string().max(100).refine(isTimeZone, 'Not a time zone, e.g. "Europe/Berlin"') }).strict();

/**
 * The Briefing page: the user's weekly briefings, latest first; one read, deleted, or written for this
 * week now; and the time zone their Monday morning is read in.
 */
export function briefingRoutes(options: { database: Database; now: () => Date; gmail?: GmailService; embedder?: Embedder; writer?: BriefingWriter }) {
  const { database, now, embedder, writer } = options;
  // The reply clock Gmail's follow-ups and the Tasks page run on.
  const followUpAfterDays = options.gmail?.settings.followUpAfterDays ?? 7;
  const router = Router();

  router.get('/', async (_request, response) => {
    const userId = requireUser(response).id;
    response.json(
      await withUser(database, userId, async (tx) => {
        return { timeZone: await readTimeZone(tx, userId), briefings: await listBriefings(tx, { limit: 52 }) };
      }),
    );
  });

  // "Write this week's briefing now": the week already written is returned as it is (200), not written twice.
  router.post('/', async (request, response) => {
    const userId = requireUser(response).id;
    parseInput(z.object({}).strict(), request.body ?? {}, 'This request takes no fields');
    const timeZone = await withUser(database, userId, (tx) => readTimeZone(tx, userId));
    const at = now();
    const result = await writeBriefing(database, { context: { userId, actor: 'web', now: () => at, embedder }, weekOf: weekOf(at, timeZone), timeZone, followUpAfterDays, writer });
    response.status(result.written ? 201 : 200).json({ briefing: toBriefingView(result.briefing) });
  });

  // Before /:id, so "time-zone" is never read as an id.
  router.put('/time-zone', async (request, response) => {
    const userId = requireUser(response).id;
    const { timeZone } = parseInput(timeZoneSchema, request.body, 'Invalid time zone');
    await withUser(database, userId, (tx) => setTimeZone(tx, { userId, timeZone }));
    response.json({ timeZone });
  });

  router.get('/:id', async (request, response) => {
    const userId = requireUser(response).id;
    const id = parseInput(z.uuid(), request.params.id, 'Invalid briefing id');
    response.json({ briefing: await withUser(database, userId, (tx) => getBriefing(tx, id)) });
  });

  router.delete('/:id', async (request, response) => {
    const userId = requireUser(response).id;
    const id = parseInput(z.uuid(), request.params.id, 'Invalid briefing id');
    await withUser(database, userId, (tx) => deleteBriefing(tx, id));
    response.status(204).end();
  });

  return router;
}

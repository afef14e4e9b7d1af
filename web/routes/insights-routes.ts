import { Router } from 'express';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { searchInsights } from '../../tools/insights/search-insights.ts';
import { requireUser } from '../session-middleware.ts';

/** The Insights page's numbers: the user's own pipeline, status history and job mail, counted. */
export function insightsRoutes(options: { database: Database; now: () => Date; followUpAfterDays: number }) {
  const { database, now, followUpAfterDays } = options;
  const router = Router();
  router.get('/', async (_request, response) => {
    const userId = requireUser(response).id;
    response.json({ insights: await withUser(database, userId, (tx) => searchInsights(tx, { now: now(), followUpAfterDays })) });
  });
  return router;
}

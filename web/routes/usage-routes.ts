import { Router } from 'express';
import { z } from 'zod';
import { modelPrices, priceOf } from '../../agent/model-prices.ts';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { parseInput } from '../../tools/errors.ts';
import { summarizeUsage } from '../../tools/usage/usage-summary.ts';
import { requireUser } from '../session-middleware.ts';

export const usageQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(366).default(30) });

/** The signed-in user's model usage and cost by day and by model, for Settings. */
export function usageRoutes(options: { database: Database; now: () => Date }) {
  const { database, now } = options;
  const router = Router();

  router.get('/', async (request, response) => {
    const user = requireUser(response);
    const { days } = parseInput(usageQuerySchema, request.query, 'Invalid usage query');
    const summary = await withUser(database, user.id, (db) => summarizeUsage(db, { days, now: now() }));
    response.json({
      ...summary,
      // A model missing from the price table is counted at $0; `priced: false` tells the user the cost is unknown.
      byModel: summary.byModel.map((entry) => ({ ...entry, priced: priceOf(entry.model) !== undefined })),
      prices: { source: modelPrices.source, takenOn: modelPrices.takenOn },
    });
  });

  return router;
}

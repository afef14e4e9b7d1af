import { sql } from 'drizzle-orm';
import { Router } from 'express';
import type { Database } from '../../db/database.ts';

export function healthRoutes(options: { database: Database }) {
  const router = Router();
  router.get('/health', async (_request, response) => {
    await options.database.execute(sql`select 1`);
    response.json({ status: 'ok' });
  });
  return router;
}

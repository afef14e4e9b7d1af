import { sql } from 'drizzle-orm';
import { Router } from 'express';
import type { Database } from '../../db/database.ts';
import { describeError } from '../observability/scrub.ts';

const readyTimeoutMs = 2_000;

/** Why the database did not answer `select 1` in time, or undefined when it did. */
async function databaseProblem(database: Database, timeoutMs: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`the database did not answer within ${timeoutMs} ms`), timeoutMs);
  });
  const query = database.execute(sql`select 1`).then(
    () => undefined,
    // The reason names the kind of failure (its code), never a connection string or query values.
    (error: unknown) => {
      const { name, code } = describeError(error);
      return `the database is unreachable (${code ?? name})`;
    },
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Health for load balancers and orchestrators: `live` says the process serves (no database, so a
 * database outage does not restart it), `ready` that it can serve users (the database answers).
 * `/health` is the original check, kept for existing monitors.
 */
export function healthRoutes(options: { database: Database; readyTimeoutMs?: number }) {
  const router = Router();
  router.get('/health', async (_request, response) => {
    await options.database.execute(sql`select 1`);
    response.json({ status: 'ok' });
  });
  router.get('/health/live', (_request, response) => {
    response.setHeader('Cache-Control', 'no-store');
    response.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_request, response) => {
    const problem = await databaseProblem(options.database, options.readyTimeoutMs ?? readyTimeoutMs);
    response.setHeader('Cache-Control', 'no-store');
    if (problem) response.status(503).json({ status: 'unavailable', reason: problem });
    else response.json({ status: 'ok' });
  });
  return router;
}

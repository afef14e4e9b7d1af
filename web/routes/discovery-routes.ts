import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import type { JobEmbeddingQueue } from '../../tools/embeddings/job-embedding-queue.ts';
import { ConflictError, parseInput, ValidationError } from '../../tools/errors.ts';
import { aggregatorSources } from '../../tools/jobs/aggregator-client.ts';
import { discoveryIsDue, discoveryStatus, runJobDiscovery, saveDiscoverySettings, withdrawDiscovery } from '../../tools/jobs/discover-jobs.ts';
import type { JobSources } from '../../tools/jobs/job-sources.ts';
import { requireUser } from '../session-middleware.ts';

const settingsSchema = z
  .object({
    consent: z.literal(true, 'Discovery needs your consent: send consent: true'),
    enabled: z.partialRecord(z.enum(aggregatorSources), z.boolean()).default({}),
  })
  .strict();

/**
 * Filling the catalogue from open job aggregators: consent and sources (PUT), a run now (POST /run,
 * answered at once while it goes on in the background), progress and outcome (GET, which also
 * starts the daily refresh when the last run is a day old), and withdrawal (DELETE).
 */
export function discoveryRoutes(options: { database: Database; jobSources: JobSources; jobEmbedding?: JobEmbeddingQueue; now: () => Date; logError: (error: unknown) => void }) {
  const { database, jobSources, jobEmbedding, now, logError } = options;
  const router = Router();
  const start = (userId: string) => {
    void runJobDiscovery(database, { userId, jobSources, now, onPostingsAdded: () => jobEmbedding?.request() }).catch(logError);
  };

  router.get('/', async (_request, response) => {
    const user = requireUser(response);
    const status = await withUser(database, user.id, (db) => discoveryStatus(db));
    if (discoveryIsDue(status, now())) start(user.id);
    response.json({ discovery: status });
  });

  router.put('/', async (request, response) => {
    const user = requireUser(response);
    const { enabled } = parseInput(settingsSchema, request.body, 'Invalid discovery settings');
    response.json({ discovery: await withUser(database, user.id, (db) => saveDiscoverySettings(db, { userId: user.id, enabled, now: now() })) });
  });

  router.post('/run', async (_request, response) => {
    const user = requireUser(response);
    const status = await withUser(database, user.id, (db) => discoveryStatus(db));
    if (!status.consented) throw new ValidationError('Turn on finding jobs from open job boards first', [{ path: 'consent', message: 'not given' }]);
    if (status.state === 'running') throw new ConflictError('Atlas is already finding jobs for you');
    start(user.id);
    response.status(202).json({ discovery: { ...status, state: 'running' } });
  });

  router.delete('/', async (_request, response) => {
    const user = requireUser(response);
    await withUser(database, user.id, (db) => withdrawDiscovery(db));
    response.status(204).end();
  });

  return router;
}

import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import type { JobEmbeddingQueue } from '../../tools/embeddings/job-embedding-queue.ts';
import { ConflictError, NotFoundError, parseInput, UnavailableError, ValidationError } from '../../tools/errors.ts';
import type { TokenCipher } from '../../tools/gmail/token-cipher.ts';
import { discoveryIsDue, discoverySources, discoveryStatus as readStatus, runJobDiscovery, saveDiscoverySettings, withdrawDiscovery } from '../../tools/jobs/discover-jobs.ts';
import type { JobSources } from '../../tools/jobs/job-sources.ts';
import { keyedCredentialSchemas, keyedSources, type KeyedSource } from '../../tools/jobs/keyed-sources.ts';
import { removeSourceKey, saveSourceKey } from '../../tools/jobs/source-keys.ts';
import { requireUser } from '../session-middleware.ts';

export const settingsSchema = z
  .object({
    consent: z.literal(true, 'Discovery needs your consent: send consent: true'),
    enabled: z.partialRecord(z.enum(discoverySources), z.boolean()).default({}),
  })
  .strict();

/**
 * Filling the catalogue from open job aggregators: consent and sources (PUT), a run now (POST /run,
 * answered at once while it goes on in the background), progress and outcome (GET, which also
 * starts the daily refresh when the last run is a day old), and withdrawal (DELETE).
 */
export function discoveryRoutes(options: {
  database: Database;
  jobSources: JobSources;
  jobEmbedding?: JobEmbeddingQueue;
  now: () => Date;
  logError: (error: unknown) => void;
  /** Encrypts users' own keys for keyed sources; null when ATLAS_ENCRYPTION_KEYS is not set, so no key can be saved. */
  cipher?: TokenCipher | null;
}) {
  const { database, jobSources, jobEmbedding, now, logError } = options;
  const cipher = options.cipher ?? null;
  const router = Router();
  const start = (userId: string) => {
    void runJobDiscovery(database, { userId, jobSources, now, cipher, onPostingsAdded: () => jobEmbedding?.request() }).catch(logError);
  };
  const discoveryStatus = (db: Parameters<typeof readStatus>[0]) => readStatus(db, { keysCanBeSaved: cipher !== null });

  router.get('/', async (_request, response) => {
    const user = requireUser(response);
    const status = await withUser(database, user.id, (db) => discoveryStatus(db));
    if (discoveryIsDue(status, now())) start(user.id);
    response.json({ discovery: status });
  });

  router.put('/', async (request, response) => {
    const user = requireUser(response);
    const { enabled } = parseInput(settingsSchema, request.body, 'Invalid discovery settings');
    response.json({
      discovery: await withUser(database, user.id, async (db) => {
        await saveDiscoverySettings(db, { userId: user.id, enabled, now: now() });
        return discoveryStatus(db);
      }),
    });
  });

  router.post('/run', async (_request, response) => {
    const user = requireUser(response);
    const status = await withUser(database, user.id, (db) => discoveryStatus(db));
    if (!status.consented) throw new ValidationError('Turn on finding jobs from open job boards first', [{ path: 'consent', message: 'not given' }]);
    if (status.state === 'running') throw new ConflictError('Atlas is already finding jobs for you');
    start(user.id);
    response.status(202).json({ discovery: { ...status, state: 'running' } });
  });

  // A keyed source's credentials: saved encrypted, never answered back; the status says only that one is saved.
  const keyedSource = (name: string): KeyedSource => {
    if (!(keyedSources as readonly string[]).includes(name)) throw new NotFoundError(`Job search API "${name}"`);
    return name as KeyedSource;
  };

  router.put('/keys/:source', async (request, response) => {
    const user = requireUser(response);
    const source = keyedSource(String(request.params.source));
    const { credentials } = parseInput(z.object({ credentials: keyedCredentialSchemas[source] }).strict(), request.body, 'Invalid key');
    if (!cipher) {
      throw new UnavailableError('Keys cannot be saved: set ATLAS_ENCRYPTION_KEYS to id:base64key (make one with: echo "k1:$(openssl rand -base64 32)") and restart Atlas', 'keys_not_configured');
    }
    const discovery = await withUser(database, user.id, async (db) => {
      await saveSourceKey(db, { userId: user.id, source, credentials, cipher, now: now() });
      return discoveryStatus(db);
    });
    response.json({ discovery });
  });

  router.delete('/keys/:source', async (request, response) => {
    const user = requireUser(response);
    const source = keyedSource(String(request.params.source));
    response.json({ discovery: await withUser(database, user.id, async (db) => {
      await removeSourceKey(db, { userId: user.id, source });
      return discoveryStatus(db);
    }) });
  });

  router.delete('/', async (_request, response) => {
    const user = requireUser(response);
    await withUser(database, user.id, (db) => withdrawDiscovery(db));
    response.status(204).end();
  });

  return router;
}

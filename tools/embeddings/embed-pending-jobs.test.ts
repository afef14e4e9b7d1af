import { randomUUID } from 'node:crypto';
import { and, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../../db/database.ts';
import { jobs } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { cosineSimilarity } from './cosine-similarity.ts';
import { embedPendingJobs } from './embed-pending-jobs.ts';
import { toStoredVector } from './embedder.ts';
import { createOfflineEmbedder } from './offline-embedder.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const embedder = createOfflineEmbedder();
const markerVector = toStoredVector([1, ...new Array<number>(511).fill(0)]);

function posting(title: string, fields: Partial<typeof jobs.$inferInsert> = {}): typeof jobs.$inferInsert {
  return { source: 'greenhouse', externalId: randomUUID(), company: 'Acme', title, description: `${title} wanted.`, ...fields };
}

/**
 * Runs `work` in a transaction that is rolled back, on a catalogue where only the postings `work`
 * adds are pending: a Postgres test server keeps the postings of every earlier run and other test
 * files, which this leaves as they were.
 */
async function inRolledBackTransaction(work: (database: Database) => Promise<void>) {
  const rolledBack = new Error('rolled back');
  await handle.db
    .transaction(async (transaction) => {
      await transaction
        .update(jobs)
        .set({ closedAt: new Date() })
        .where(and(isNull(jobs.closedAt), sql`${jobs.embeddingModel} is distinct from ${embedder.model}`));
      await work(transaction);
      throw rolledBack;
    })
    .catch((error: unknown) => {
      if (error !== rolledBack) throw error;
    });
}

describe('embedPendingJobs', () => {
  it('embeds only open postings that have no vector from the current model', async () => {
    await inRolledBackTransaction(async (database) => {
      const inserted = await database
        .insert(jobs)
        .values([
          posting('Go Backend Engineer'),
          posting('Pastry Chef', { embedding: markerVector, embeddingModel: 'gemini-embedding-001@768' }),
          posting('Data Engineer', { embedding: markerVector, embeddingModel: embedder.model }),
          posting('Closed Role', { closedAt: new Date() }),
        ])
        .returning({ id: jobs.id, title: jobs.title });
      const progress: number[] = [];

      const embedded = await embedPendingJobs(database, embedder, { batchSize: 1, onProgress: ({ embedded }) => progress.push(embedded) });
      const after = await database
        .select({ title: jobs.title, model: jobs.embeddingModel, embedding: jobs.embedding })
        .from(jobs)
        .where(inArray(jobs.id, inserted.map((job) => job.id)));
      const byTitle = new Map(after.map((job) => [job.title, job]));

      expect(embedded).toBe(2);
      expect(progress.at(-1)).toBe(embedded);
      expect(byTitle.get('Go Backend Engineer')?.model).toBe(embedder.model);
      expect(byTitle.get('Pastry Chef')?.model).toBe(embedder.model);
      expect(cosineSimilarity(byTitle.get('Pastry Chef')!.embedding!, markerVector)).toBeLessThan(0.99);
      expect(byTitle.get('Data Engineer')?.embedding).toEqual(markerVector);
      expect(byTitle.get('Closed Role')?.model).toBeNull();
    });
  });

  it('stores vectors that place a query near the matching posting', async () => {
    await inRolledBackTransaction(async (database) => {
      const [backend, chef] = await database
        .insert(jobs)
        .values([
          posting('Senior Backend Engineer', { description: 'Build Go services on PostgreSQL and Kubernetes.' }),
          posting('Pastry Chef', { description: 'Laminated doughs, croissants and viennoiserie for our bakery.' }),
        ])
        .returning({ id: jobs.id });

      await embedPendingJobs(database, embedder);
      const [query] = await embedder.embed(['senior backend engineer Go Postgres'], 'query');
      const stored = await database.select({ id: jobs.id, embedding: jobs.embedding }).from(jobs).where(inArray(jobs.id, [backend!.id, chef!.id]));
      const vectorOf = (id: string) => stored.find((job) => job.id === id)!.embedding!;

      expect(cosineSimilarity(toStoredVector(query!), vectorOf(backend!.id))).toBeGreaterThan(cosineSimilarity(toStoredVector(query!), vectorOf(chef!.id)));
    });
  });
});

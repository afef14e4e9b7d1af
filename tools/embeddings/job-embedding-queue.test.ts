import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Transaction } from '../../db/database.ts';
import { jobChunks, jobs } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { inRolledBackCatalogue } from '../test-catalogue.ts';
import type { Embedder } from './embedder.ts';
import { createJobEmbeddingQueue } from './job-embedding-queue.ts';
import { createOfflineEmbedder } from './offline-embedder.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const offline = createOfflineEmbedder();

/** The offline embedder, counting how many times it is asked to embed. */
function countingEmbedder(embedder: Embedder) {
  const counting = {
    calls: 0,
    embedder: {
      ...embedder,
      embed(texts: string[], purpose: 'query' | 'document') {
        counting.calls += 1;
        return embedder.embed(texts, purpose);
      },
    },
  };
  return counting;
}

const inRolledBackTransaction = (work: (database: Transaction) => Promise<void>) => inRolledBackCatalogue(handle.db, offline.model, work);

const postings = (titles: string[]) =>
  titles.map((title) => ({ source: 'greenhouse', externalId: randomUUID(), company: 'Queue Test', title, description: `${title}. We are hiring.` }));

describe('job embedding queue', () => {
  it('runs one pass for a burst of requests, and reports the counts before and after', async () => {
    await inRolledBackTransaction(async (database) => {
      const counting = countingEmbedder(offline);
      const queue = createJobEmbeddingQueue({ database, embedder: counting.embedder, delayMs: 50, log: () => {} });
      const seeded = await database.insert(jobs).values(postings(['Baker', 'Nurse', 'Welder'])).returning({ id: jobs.id });
      const before = await queue.status();

      for (let request = 0; request < 5; request++) queue.request();
      await queue.idle();
      const chunked = await database.selectDistinct({ jobId: jobChunks.jobId }).from(jobChunks).where(inArray(jobChunks.jobId, seeded.map((job) => job.id)));

      expect(before).toMatchObject({ pending: 3, model: 'use-lite-512' });
      expect(counting.calls).toBe(1);
      expect(chunked).toHaveLength(3);
      expect(await queue.status()).toMatchObject({ pending: 0, embedded: before.embedded + 3 });
      await queue.stop();
    });
  });

  it('logs a failed pass by its kind alone and tries again later', async () => {
    await inRolledBackTransaction(async (database) => {
      const messages: string[] = [];
      const impatient = createOfflineEmbedder({ batchTimeoutMs: 1 });
      const queue = createJobEmbeddingQueue({ database, embedder: impatient, delayMs: 10, retryDelayMs: 50, log: (message) => messages.push(message) });
      await database.insert(jobs).values(postings(['Secret Project Lead']));

      queue.request();
      await expect.poll(() => messages.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      await queue.stop();

      expect(messages.slice(0, 2)).toEqual([
        'Embedding postings stopped (UnavailableError); trying again in 0 s',
        'Embedding postings stopped (UnavailableError); trying again in 0 s',
      ]);
      expect(messages.join('\n')).not.toContain('Secret');
      expect((await queue.status()).pending).toBe(1);
    });
  });
});

import { randomUUID } from 'node:crypto';
import { and, isNull, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/database.ts';
import { cvPassages, cvs, jobChunks, jobs } from '../db/schema.ts';
import { withUser } from '../db/with-user.ts';

type NewJob = typeof jobs.$inferInsert;

/**
 * Puts postings into the shared catalogue, as the importers would, for a test that needs them. A
 * posting given a vector gets it as its one chunk, as the embedding pass stores a one-chunk posting.
 */
export async function seedJobs(db: Database, rows: (Partial<NewJob> & Pick<NewJob, 'title' | 'company'>)[]) {
  const seeded = await db
    .insert(jobs)
    .values(rows.map((row) => ({ source: 'greenhouse', externalId: randomUUID(), ...row })))
    .returning();
  const chunks = seeded.flatMap((job) =>
    job.embedding && job.embeddingModel ? [{ jobId: job.id, position: 0, embedding: job.embedding, embeddingModel: job.embeddingModel }] : [],
  );
  if (chunks.length > 0) await db.insert(jobChunks).values(chunks);
  return seeded;
}

type NewPassage = Omit<typeof cvPassages.$inferInsert, 'userId' | 'position'>;

/** Gives a user a CV made of these passages, in order, as an upload would. */
export function seedCv(db: Database, userId: string, passages: NewPassage[]) {
  return withUser(db, userId, async (tx) => {
    await tx.insert(cvs).values({
      userId,
      fileName: 'cv.md',
      mediaType: 'text/markdown',
      text: passages.map((passage) => passage.text).join('\n\n'),
    });
    await tx.insert(cvPassages).values(passages.map((passage, position) => ({ ...passage, userId, position })));
  });
}

/**
 * Runs `work` in a transaction that is rolled back, on a catalogue where only the postings `work`
 * adds wait for vectors of `model`: a Postgres test server keeps the postings of every earlier run
 * and other test files, which this leaves as they were.
 */
export async function inRolledBackCatalogue(db: Database, model: string, work: (database: Transaction) => Promise<void>) {
  const rolledBack = new Error('rolled back');
  await db
    .transaction(async (transaction) => {
      await transaction
        .update(jobs)
        .set({ closedAt: new Date() })
        .where(and(isNull(jobs.closedAt), sql`${jobs.embeddingModel} is distinct from ${model}`));
      await work(transaction);
      throw rolledBack;
    })
    .catch((error: unknown) => {
      if (error !== rolledBack) throw error;
    });
}

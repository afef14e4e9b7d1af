import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { jobs } from '../../db/schema.ts';
import { toStoredVector, type Embedder } from './embedder.ts';
import { jobEmbeddingText } from './job-embedding-text.ts';

export interface EmbedPendingJobsOptions {
  /** Postings per embedding call and per transaction. */
  batchSize?: number;
  /** Told how far the run has come after each batch; counts only, never posting text. */
  onProgress?: (progress: { embedded: number }) => void;
}

/**
 * Embeds the open catalogue postings that have no vector from the current model: new postings, and
 * all of them after the model changed. One pass in id order, so rows that fail or change meanwhile
 * wait for the next run instead of looping. A row whose text changed while it was being embedded
 * keeps its old state, since its new text is what needs a vector. Returns how many were embedded.
 */
export async function embedPendingJobs(database: Database, embedder: Embedder, options: EmbedPendingJobsOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 100;
  let embedded = 0;
  let afterId: string | undefined;
  for (;;) {
    // The catalogue holds no user data and has no row-level security, so it is read as the owner.
    const batch = await database
      .select({ id: jobs.id, title: jobs.title, company: jobs.company, locations: jobs.locations, description: jobs.description })
      .from(jobs)
      .where(
        and(
          sql`${jobs.embeddingModel} is distinct from ${embedder.model}`,
          isNull(jobs.closedAt),
          isNull(jobs.duplicateOf),
          afterId ? gt(jobs.id, afterId) : undefined,
        ),
      )
      .orderBy(asc(jobs.id))
      .limit(batchSize);
    if (batch.length === 0) return embedded;
    afterId = batch.at(-1)!.id;

    const vectors = await embedder.embed(batch.map(jobEmbeddingText), 'document');
    await database.transaction(async (transaction) => {
      for (const [index, job] of batch.entries()) {
        const updated = await transaction
          .update(jobs)
          .set({ embedding: toStoredVector(vectors[index]!), embeddingModel: embedder.model })
          .where(and(eq(jobs.id, job.id), eq(jobs.title, job.title), eq(jobs.company, job.company), eq(jobs.description, job.description)))
          .returning({ id: jobs.id });
        embedded += updated.length;
      }
    });
    options.onProgress?.({ embedded });
  }
}

import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { jobChunks, jobs } from '../../db/schema.ts';
import { postingChunks } from './chunk-text.ts';
import { meanDirection } from './cosine-similarity.ts';
import { toStoredVector, type Embedder } from './embedder.ts';

export interface EmbedPendingJobsOptions {
  /** Postings per embedding call and per transaction. */
  batchSize?: number;
  /** Told how far the run has come after each batch; counts only, never posting text. */
  onProgress?: (progress: { embedded: number; pending: number }) => void;
  /** Ends the pass before its next batch. */
  signal?: AbortSignal;
}

/** Open postings that search lists: the ones worth a vector. */
const listed = () => and(isNull(jobs.closedAt), isNull(jobs.duplicateOf));
const pendingFor = (model: string) => and(sql`${jobs.embeddingModel} is distinct from ${model}`, listed());

/** How many listed postings still wait for vectors of `model`, and how many have them. */
export async function jobEmbeddingCounts(database: Database, model: string): Promise<{ pending: number; embedded: number }> {
  const [row] = await database
    .select({
      pending: count(sql`case when ${jobs.embeddingModel} is distinct from ${model} then 1 end`),
      embedded: count(sql`case when ${jobs.embeddingModel} = ${model} then 1 end`),
    })
    .from(jobs)
    .where(listed());
  return { pending: row?.pending ?? 0, embedded: row?.embedded ?? 0 };
}

/**
 * Embeds the open catalogue postings that have no vectors from the current model: new postings, and
 * all of them after the model changed. Each posting gets one vector per chunk (what search ranks by)
 * and their mean direction in `jobs.embedding`. One pass, newest postings first (the ones someone
 * just imported), so rows that fail or change meanwhile wait for the next run instead of looping. A
 * row whose text changed while it was being embedded keeps its old state, since its new text is what
 * needs vectors. Returns how many were embedded.
 */
export async function embedPendingJobs(database: Database, embedder: Embedder, options: EmbedPendingJobsOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 25;
  const { pending } = await jobEmbeddingCounts(database, embedder.model);
  let embedded = 0;
  let before: { createdAt: string; id: string } | undefined;
  for (;;) {
    if (options.signal?.aborted) return embedded;
    // The catalogue holds no user data and has no row-level security, so it is read as the owner.
    const batch = await database
      .select({
        id: jobs.id,
        title: jobs.title,
        company: jobs.company,
        locations: jobs.locations,
        description: jobs.description,
        // As text: a Date would drop the microseconds the cursor needs.
        createdAt: sql<string>`${jobs.createdAt}::text`,
      })
      .from(jobs)
      .where(and(pendingFor(embedder.model), before ? sql`(${jobs.createdAt}, ${jobs.id}) < (${before.createdAt}::timestamptz, ${before.id}::uuid)` : undefined))
      .orderBy(desc(jobs.createdAt), desc(jobs.id))
      .limit(batchSize);
    if (batch.length === 0) return embedded;
    before = batch.at(-1)!;

    const chunks = batch.map((job) => postingChunks(job, embedder.maxWords));
    const vectors = await embedder.embed(chunks.flat(), 'document');
    await database.transaction(async (transaction) => {
      let offset = 0;
      for (const [index, job] of batch.entries()) {
        const own = vectors.slice(offset, (offset += chunks[index]!.length)).map(toStoredVector);
        const updated = await transaction
          .update(jobs)
          .set({ embedding: meanDirection(own), embeddingModel: embedder.model })
          .where(and(eq(jobs.id, job.id), eq(jobs.title, job.title), eq(jobs.company, job.company), eq(jobs.description, job.description)))
          .returning({ id: jobs.id });
        if (updated.length === 0) continue;
        await transaction.delete(jobChunks).where(eq(jobChunks.jobId, job.id));
        await transaction
          .insert(jobChunks)
          .values(own.map((embedding, position) => ({ jobId: job.id, position, embedding, embeddingModel: embedder.model })));
        embedded += 1;
      }
    });
    options.onProgress?.({ embedded, pending: Math.max(pending - embedded, 0) });
  }
}

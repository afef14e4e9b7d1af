import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../db/database.ts';
import { withUser } from '../db/with-user.ts';
import { toStoredVector } from '../tools/embeddings/embedder.ts';
import { jobs } from '../db/schema.ts';
import { refreshBoardPostings } from '../tools/jobs/catalogue.ts';
import { contentHash, dedupeKey } from '../tools/jobs/posting-identity.ts';
import type { Posting } from '../tools/jobs/posting.ts';
import { storedOccupation } from '../tools/occupations/posting-occupation.ts';

const postingsPerBoard = 500;

/**
 * Imports postings the way a followed-board refresh does (same code, same transaction per board, as
 * a user under row-level security), so the throughput is the importer's own. No embeddings here.
 */
export async function importPostings(handle: DatabaseHandle, options: { userId: string; postings: Posting[]; now: Date; onProgress?: (done: number) => void }) {
  const { postings, now } = options;
  const started = performance.now();
  for (let start = 0; start < postings.length; start += postingsPerBoard) {
    const board = postings.slice(start, start + postingsPerBoard);
    await withUser(handle.db, options.userId, (tx) =>
      refreshBoardPostings(tx, { source: 'greenhouse', board: `bench-${start / postingsPerBoard}`, postings: board, now }),
    );
    options.onProgress?.(start + board.length);
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, postingsPerSecond: postings.length / seconds };
}

const postingsPerInsert = 1000;

/**
 * Loads postings with plain multi-row inserts, for the part of a very large catalogue whose import
 * speed is not being measured (the importer's speed comes from the first postings).
 */
export async function bulkInsertPostings(handle: DatabaseHandle, options: { postings: Posting[]; now: Date }) {
  for (let start = 0; start < options.postings.length; start += postingsPerInsert) {
    await handle.db.insert(jobs).values(
      options.postings.slice(start, start + postingsPerInsert).map((posting) => ({
        ...posting,
        board: 'bench-bulk',
        contentHash: contentHash(posting),
        dedupeKey: dedupeKey(posting),
        occupation: storedOccupation(posting),
        lastSeenAt: options.now,
      })),
    );
  }
}

const vectorsPerUpdate = 500;

/**
 * Stores the vectors as a bulk load does: the HNSW index is dropped, the vectors written, and the
 * index built once afterwards (much faster than growing it row by row). Returns the build time.
 */
export async function storeVectors(handle: DatabaseHandle, options: { externalIds: string[]; vectors: number[][]; model: string }) {
  const { externalIds, vectors, model } = options;
  await handle.db.execute(sql`drop index if exists jobs_embedding_hnsw`);
  await handle.db.execute(sql`drop index if exists job_chunks_embedding_hnsw`);
  for (let start = 0; start < externalIds.length; start += vectorsPerUpdate) {
    const rows = externalIds.slice(start, start + vectorsPerUpdate).map((externalId, offset) => ({
      external_id: externalId,
      embedding: JSON.stringify(toStoredVector(vectors[start + offset]!)),
    }));
    await handle.db.execute(sql`
      update jobs set embedding = data.embedding::vector, embedding_model = ${model}
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as data(external_id text, embedding text)
      where jobs.source = 'greenhouse' and jobs.external_id = data.external_id
    `);
    // Each bench posting is one chunk, the vector it was given.
    await handle.db.execute(sql`
      insert into job_chunks (job_id, position, embedding, embedding_model)
      select jobs.id, 0, data.embedding::vector, ${model}
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as data(external_id text, embedding text)
      join jobs on jobs.source = 'greenhouse' and jobs.external_id = data.external_id
      on conflict (job_id, position) do update set embedding = excluded.embedding, embedding_model = excluded.embedding_model
    `);
  }
  const started = performance.now();
  const memory = handle.kind === 'pglite' ? '256MB' : '1GB';
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local maintenance_work_mem = '${memory}'`));
    await tx.execute(sql`create index jobs_embedding_hnsw on jobs using hnsw (embedding vector_cosine_ops)`);
    await tx.execute(sql`create index job_chunks_embedding_hnsw on job_chunks using hnsw (embedding vector_cosine_ops)`);
  });
  const indexBuildSeconds = (performance.now() - started) / 1000;
  await handle.db.execute(sql`analyze jobs`);
  await handle.db.execute(sql`analyze job_chunks`);
  return { indexBuildSeconds };
}

import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';
import { uuidArray } from '../../db/uuid-array.ts';

export interface SemanticSimilarity {
  /** Mean cosine similarity of the job to its closest CV passages (up to three), each by the job's chunk closest to it. */
  cosine: number;
  model: string;
  /** Position of the single closest passage. */
  closestPassagePosition: number;
}

const closestPassageCount = 3;

/**
 * How close each job is to the acting user's CV passages, comparing only vectors made by the same
 * model: each passage is compared with the posting's chunk closest to it, so a passage about on-call
 * work meets the paragraph about on-call duties wherever it sits in the posting. Jobs without vectors
 * of the CV's model are left out. Row-level security limits the passages to the user's own.
 */
export async function semanticSimilarities(db: Transaction, jobIds: string[]): Promise<Map<string, SemanticSimilarity>> {
  if (jobIds.length === 0) return new Map();
  // Chunks are kept only for a posting's current text and model (rewording a posting drops them), so
  // they are read by job id alone: joining the wide jobs rows cost more than the comparisons. A chunk's
  // vector is stored out of line (TOAST) and was fetched again for every passage it met; the round trip
  // through real[] reads it once into memory, the same numbers (on 500 postings and ten passages, 48 → 30 ms).
  const rows = await queryRows<{ job_id: string; model: string; position: number; similarity: number }>(db, sql`
    with passages as materialized (
      select p.position, p.embedding_model, p.embedding from cv_passages p where p.embedding is not null
    ),
    chunks as materialized (
      select c.job_id, c.embedding_model, c.embedding::real[]::vector as embedding
      from job_chunks c where c.job_id = any(${uuidArray(jobIds)})
    )
    select c.job_id, c.embedding_model as model, p.position,
           max(1 - (p.embedding <=> c.embedding)) as similarity
    from chunks c
    join passages p on p.embedding_model = c.embedding_model
    group by c.job_id, c.embedding_model, p.position
    order by c.job_id, similarity desc, p.position
  `);

  const byJob = new Map<string, typeof rows>();
  for (const row of rows) byJob.set(row.job_id, [...(byJob.get(row.job_id) ?? []), row]);
  const similarities = new Map<string, SemanticSimilarity>();
  for (const [jobId, passages] of byJob) {
    const closest = passages.slice(0, closestPassageCount);
    const cosine = closest.reduce((sum, row) => sum + Number(row.similarity), 0) / closest.length;
    similarities.set(jobId, { cosine, model: closest[0]!.model, closestPassagePosition: closest[0]!.position });
  }
  return similarities;
}

// Cosine scales differ by model: for the offline Universal Sentence Encoder we measured unrelated
// job/CV texts at about 0.1–0.35 and related ones at 0.6–0.8; Gemini embeddings sit higher across
// the board. The band maps "barely related" to 0 and "clearly the same kind of work" to 1.
const similarityBands: { modelPrefix: string; unrelated: number; related: number }[] = [
  { modelPrefix: 'use-lite', unrelated: 0.25, related: 0.65 },
  { modelPrefix: 'gemini-embedding', unrelated: 0.55, related: 0.8 },
];
const defaultBand = { unrelated: 0.3, related: 0.8 };

/** A similarity as a 0–1 fit on the model's own scale. */
export function semanticFit(similarity: SemanticSimilarity): number {
  const band = similarityBands.find((candidate) => similarity.model.startsWith(candidate.modelPrefix)) ?? defaultBand;
  const fit = (similarity.cosine - band.unrelated) / (band.related - band.unrelated);
  return Math.min(1, Math.max(0, fit));
}

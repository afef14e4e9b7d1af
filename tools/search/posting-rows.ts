import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';
import { uuidArray } from '../../db/uuid-array.ts';

/** What ranking reads of a candidate posting. */
export interface PostingRow {
  id: string;
  title: string;
  company: string;
  description: string;
  locations: string[];
  workplace_type: string | null;
  employment_type: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  published_at: Date | string | null;
  created_at: Date | string;
  /** Cosine similarity to the vector asked for, when the posting has one of its model; otherwise null. */
  similarity: number | null;
}

/**
 * The candidates' rows; the ids go as one array, not a parameter each (hundreds per search). With
 * `similarTo`, each row's similarity to that vector comes with it, in the same round trip.
 */
export async function loadPostingRows(db: Transaction, ids: string[], similarTo?: { vector: number[]; model: string }): Promise<PostingRow[]> {
  if (ids.length === 0) return [];
  const similarity = similarTo
    ? sql`case when j.embedding_model = ${similarTo.model} and j.embedding is not null then 1 - (j.embedding <=> ${JSON.stringify(similarTo.vector)}::vector) end`
    : sql`null::float8`;
  const rows = await queryRows<PostingRow>(db, sql`
    select j.id, j.title, j.company, j.description, j.locations, j.workplace_type, j.employment_type,
           j.salary_min, j.salary_max, j.salary_currency, j.published_at, j.created_at, ${similarity} as similarity
    from jobs j
    where j.id = any(${uuidArray(ids)})
  `);
  return rows.map((row) => ({ ...row, similarity: row.similarity === null ? null : Number(row.similarity) }));
}

import { sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';

export type VectorScan = 'hnsw' | 'exact';

/**
 * Catalogue ids ranked by cosine distance to the query vector, among vectors of the same model only.
 *
 * The HNSW index is walked with pgvector 0.8's iterative scan: plain HNSW returns its ef_search
 * nearest neighbours and filters them afterwards, so a selective filter would starve the result.
 * `relaxed_order` keeps walking the graph until enough rows pass the filter (up to
 * hnsw.max_scan_tuples); the materialised CTE re-sorts the slightly out-of-order rows, as the
 * pgvector README recommends. When that still comes back short, the filtered set is small, and an
 * exact scan over it is both cheap and complete.
 */
export async function vectorRanking(
  db: Transaction,
  options: { vector: number[]; model: string; conditions: SQL[]; limit: number },
): Promise<{ ids: string[]; scan: VectorScan }> {
  const { model, conditions, limit } = options;
  const vector = JSON.stringify(options.vector);
  const where = sql.join([sql`j.embedding_model = ${model}`, ...conditions], sql` and `);

  await db.execute(sql`set local hnsw.iterative_scan = relaxed_order`);
  // ef_search bounds how many candidates each step keeps; it must cover the rows we ask for.
  await db.execute(sql.raw(`set local hnsw.ef_search = ${Math.max(40, Math.min(1000, Math.trunc(limit)))}`));
  const nearest = await queryRows<{ id: string }>(db, sql`
    with nearest as materialized (
      select j.id, j.embedding <=> ${vector}::vector as distance
      from jobs j
      where ${where}
      order by j.embedding <=> ${vector}::vector
      limit ${limit}
    )
    select id from nearest order by distance, id
  `);
  if (nearest.length === limit) return { ids: nearest.map((row) => row.id), scan: 'hnsw' };

  // Ordering by an expression the index does not serve ("+ 0") forces the exact scan.
  const exact = await queryRows<{ id: string }>(db, sql`
    select j.id
    from jobs j
    where ${where} and j.embedding is not null
    order by (j.embedding <=> ${vector}::vector) + 0, j.id
    limit ${limit}
  `);
  return { ids: exact.map((row) => row.id), scan: 'exact' };
}

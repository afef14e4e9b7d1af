import { sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';
import { uuidArray } from '../../db/uuid-array.ts';

export type VectorScan = 'hnsw' | 'exact';

/**
 * When at most this many postings pass a filter, an exact scan over them is used instead of the HNSW
 * graph: the iterative scan visits about limit ÷ selectivity nodes, each costing a few dozen distance
 * computations, while the exact scan computes one per chunk of each posting. On 10k postings of one
 * vector each in PGlite, 3,000 filtered postings took 59 ms exactly and 37 ms through the graph, 450
 * took 59 ms and 211 ms.
 */
export const exactScanMaximum = 4000;

/**
 * Each chunk's distance as `job_id, distance`, computed before the chunks are grouped by posting.
 * Grouped directly, Postgres sorts the chunks with their 3 kB vectors to group them: a few thousand
 * filtered postings spilled 10 MB to disk and took twice as long on 100k postings (npm run
 * bench:search). `offset 0` keeps the planner from merging the subquery back into the grouping.
 */
function chunkDistances(from: SQL, where: SQL, distance: SQL): SQL {
  return sql`select c.job_id, ${distance} as distance from ${from} where ${where} offset 0`;
}

/**
 * The postings nearest by their closest chunk, computed exactly, when at most `exactScanMaximum` pass
 * the filters; `matching` says how many do (capped at the maximum + 1), and no ids come back when
 * there are more. One round trip: the filtered ids are collected first, and distances computed only
 * when the set is small.
 */
async function exactWhenFew(db: Transaction, options: { vector: string; model: string; where: SQL; limit: number }) {
  const rows = await queryRows<{ matching: number; id: string | null }>(db, sql`
    with filtered as materialized (
      select j.id from jobs j where ${options.where} and j.embedding is not null limit ${exactScanMaximum + 1}
    ),
    size as (select count(*)::int as matching from filtered)
    select size.matching, nearest.id
    from size left join lateral (
      select d.job_id as id from (${chunkDistances(sql`filtered f join job_chunks c on c.job_id = f.id and c.embedding_model = ${options.model}`, sql`size.matching <= ${exactScanMaximum}`, sql`c.embedding <=> ${options.vector}::vector`)}) d
      group by d.job_id
      order by min(d.distance), d.job_id
      limit ${options.limit}
    ) nearest on true
  `);
  const matching = rows[0]?.matching ?? 0;
  return { small: matching <= exactScanMaximum, ids: rows.flatMap((row) => (row.id ? [row.id] : [])) };
}

/**
 * The postings among `ids` nearest by their closest chunk, computed exactly from the chunks alone: the
 * ids are known to pass the filters, and a posting's chunks are kept only for its current text and
 * model, so the postings' wide rows need not be read again. For "in Berlin" (3,244 postings of 100k)
 * re-reading them first and then each posting's chunks one index probe at a time took 120–510 ms
 * under EXPLAIN ANALYZE on a loaded machine; one probe of the chunks' key for all ids, 55–110 ms.
 */
async function exactAmong(db: Transaction, options: { vector: string; model: string; ids: string[]; limit: number }) {
  const rows = await queryRows<{ id: string }>(db, sql`
    select d.job_id as id
    from (${chunkDistances(sql`job_chunks c`, sql`c.job_id = any(${uuidArray(options.ids)}) and c.embedding_model = ${options.model}`, sql`c.embedding <=> ${options.vector}::vector`)}) d
    group by d.job_id
    order by min(d.distance), d.job_id
    limit ${options.limit}
  `);
  return rows.map((row) => row.id);
}

/**
 * Nearest chunks asked of the HNSW walk per posting wanted, at first: a posting's chunks often lie
 * close together, so the walk asks for more, four times as many each round, until enough distinct
 * postings come back or `maximumChunkCandidates` is reached.
 */
const chunksPerPosting = 4;
const maximumChunkCandidates = 16_000;
/**
 * The chunk walk's ef_search per chunk asked for. Exactly as many candidates as chunks wanted found
 * 0.917 of an exact scan's ten nearest on 100k postings in clusters of near-identical roles; half as
 * many again found 0.983, for about 3 ms more per walk (npm run bench:search).
 */
const candidatesPerChunk = 1.5;

/**
 * Settings for one HNSW walk, in one round trip (each statement is one, and every one costs), local
 * to the transaction. `efSearch` bounds how many candidates each step keeps; it must cover the rows
 * asked for.
 *
 * Enough postings pass for the index to win, but the planner often prices the HNSW scan above a
 * sequential scan and sort: on 10k postings it chose a 40–60 ms exact scan over a 3–9 ms index scan
 * (npm run bench:search). Bitmap scans go off as well: on 10k postings the planner otherwise read
 * every posting's vector through a bitmap of the open postings and sorted them (260 ms) instead of
 * walking the graph (60–100 ms). JIT goes off with them, since before Postgres 18 a plan priced as
 * disabled could trigger a second of compiling. An iterative scan also ends when its candidates
 * outgrow work_mem × scan_mem_multiplier; at 768 dimensions the default (1 × 4 MB) holds only about a
 * thousand, far short of max_scan_tuples.
 */
async function walkTheGraph(db: Transaction, efSearch: number) {
  await db.execute(sql.raw(`select
    set_config('hnsw.iterative_scan', 'relaxed_order', true),
    set_config('hnsw.ef_search', '${Math.max(40, Math.min(1000, Math.trunc(efSearch)))}', true),
    set_config('hnsw.scan_mem_multiplier', '8', true),
    set_config('enable_seqscan', 'off', true),
    set_config('enable_bitmapscan', 'off', true),
    set_config('jit', 'off', true)`));
}

/**
 * The planner's scans back on for the rest of the transaction's statements, as select-list items of
 * the walk itself: a statement is planned before any of it runs, so the walk is planned with the
 * scans off and turns them on again as it runs, with no statement of its own (every statement is a
 * round trip on a server). The select has no FROM, so it yields its one row and sets them whatever
 * the walk finds. The HNSW settings stay: only a walk's index scan reads them, and the transaction's
 * end resets them.
 */
const plannerAsBefore = sql`set_config('enable_seqscan', 'on', true) as seqscan, set_config('enable_bitmapscan', 'on', true) as bitmapscan`;

/**
 * Catalogue ids ranked by the cosine distance of each posting's closest chunk to the query vector,
 * among vectors of the same model only: a posting that opens with boilerplate is still found by
 * what its later paragraphs say.
 *
 * A filter that leaves few postings gets an exact scan over their chunks. Otherwise the chunks' HNSW
 * index is walked with pgvector 0.8's iterative scan: plain HNSW returns its ef_search nearest
 * neighbours and filters them afterwards, so a filter would starve the result; `relaxed_order` keeps
 * walking the graph until enough rows pass (up to hnsw.max_scan_tuples), and the materialised CTE
 * re-sorts the slightly out-of-order rows, as the pgvector README recommends. Should that still come
 * back short, an exact scan answers instead.
 */
export async function vectorRanking(
  db: Transaction,
  options: { vector: number[]; model: string; conditions: SQL[]; filtered: boolean; limit: number; broad?: boolean; among?: string[] },
): Promise<{ ids: string[]; scan: VectorScan }> {
  const { model, conditions, limit } = options;
  const vector = JSON.stringify(options.vector);
  const where = sql.join([sql`j.embedding_model = ${model}`, ...conditions], sql` and `);

  // Postings already found to pass the filters, few enough to scan exactly.
  if (options.among && options.among.length <= exactScanMaximum) return { ids: await exactAmong(db, { vector, model, ids: options.among, limit }), scan: 'exact' };
  if (options.filtered && !options.broad) {
    const few = await exactWhenFew(db, { vector, model, where, limit });
    if (few.small) return { ids: few.ids, scan: 'exact' };
  }

  // Four chunks per posting asked for lifted recall@10 against an exact scan from 0.69 to 0.84 on
  // 100k postings, in clusters of near-identical roles, for about a millisecond more on a Postgres
  // server (npm run bench:search).
  await walkTheGraph(db, limit * chunksPerPosting * candidatesPerChunk);

  if (options.filtered) {
    // A filter that keeps more than exactScanMaximum postings: one walk for the nearest chunks of the
    // whole catalogue, and the filter applied to what it found. The iterative scan would walk on until
    // `limit` postings pass, tens of thousands of chunks for a filter that keeps one posting in ten
    // (400 ms on 100k postings); the words and occupation sides still bring candidates that pass.
    const [row] = await queryRows<{ ids: string[] }>(db, sql`
      with nearest as materialized (
        select c.job_id, c.embedding <=> ${vector}::vector as distance
        from job_chunks c
        where c.embedding_model = ${model}
        order by c.embedding <=> ${vector}::vector
        limit ${limit * chunksPerPosting}
      )
      select array(
        select n.job_id from nearest n join jobs j on j.id = n.job_id
        where ${where}
        group by n.job_id order by min(n.distance), n.job_id limit ${limit}
      )::text[] as ids, ${plannerAsBefore}
    `);
    return { ids: row!.ids, scan: 'hnsw' };
  }
  let nearest: string[] = [];
  for (let chunkLimit = limit * chunksPerPosting; ; chunkLimit *= 4) {
    const candidates = Math.min(chunkLimit, maximumChunkCandidates);
    // Each walk turns the planner's scans back on as it runs; another walk turns them off first.
    if (chunkLimit > limit * chunksPerPosting) await walkTheGraph(db, limit * chunksPerPosting * candidatesPerChunk);
    const [row] = await queryRows<{ ids: string[]; found: number }>(db, sql`
      with nearest as materialized (
        select c.job_id, c.embedding <=> ${vector}::vector as distance
        from job_chunks c join jobs j on j.id = c.job_id
        where c.embedding_model = ${model} and ${where}
        order by c.embedding <=> ${vector}::vector
        limit ${candidates}
      )
      select array(select job_id from nearest group by job_id order by min(distance), job_id limit ${limit})::text[] as ids,
             (select count(*)::int from nearest) as found, ${plannerAsBefore}
    `);
    nearest = row!.ids;
    // Fewer chunks than asked for means the walk ran out: asking for more finds no more.
    if (nearest.length === limit || row!.found < candidates || candidates === maximumChunkCandidates) break;
  }
  if (nearest.length === limit) return { ids: nearest, scan: 'hnsw' };

  // Ordering by an expression the index does not serve ("+ 0") forces the exact scan.
  const exact = await queryRows<{ id: string }>(db, sql`
    select d.job_id as id
    from (${chunkDistances(sql`job_chunks c join jobs j on j.id = c.job_id`, sql`c.embedding_model = ${model} and ${where}`, sql`(c.embedding <=> ${vector}::vector) + 0`)}) d
    group by d.job_id
    order by min(d.distance), d.job_id
    limit ${limit}
  `);
  return { ids: exact.map((row) => row.id), scan: 'exact' };
}

/**
 * Catalogue ids ranked by the cosine distance of each posting's own vector (the mean direction of
 * its chunks) to `vector`: the coarser, cheaper side for a whole CV, whose centroid is itself a mean
 * over many passages. Each candidate is then compared chunk by chunk with the CV's passages when it
 * is scored. One HNSW row per posting instead of several per chunk: on 100k postings, 300 nearest
 * came back in about 45 ms where the chunk walk took 170 ms or more (npm run bench:search).
 */
export async function postingVectorRanking(
  db: Transaction,
  options: { vector: number[]; model: string; conditions: SQL[]; filtered: boolean; limit: number; broad?: boolean },
): Promise<{ ids: string[]; scan: VectorScan }> {
  const { model, conditions, limit } = options;
  const vector = JSON.stringify(options.vector);
  const where = sql.join([sql`j.embedding_model = ${model}`, sql`j.embedding is not null`, ...conditions], sql` and `);
  const exact = () =>
    queryRows<{ id: string }>(db, sql`
      select j.id from jobs j where ${where}
      order by (j.embedding <=> ${vector}::vector) + 0, j.id
      limit ${limit}
    `);

  if (options.filtered && !options.broad) {
    const counted = await queryRows<{ matching: number }>(db, sql`
      select count(*)::int as matching from (select 1 from jobs j where ${where} limit ${exactScanMaximum + 1}) as filtered
    `);
    if ((counted[0]?.matching ?? 0) <= exactScanMaximum) return { ids: (await exact()).map((row) => row.id), scan: 'exact' };
  }
  await walkTheGraph(db, limit * 2);
  const [row] = await queryRows<{ ids: string[] }>(db, sql`
    with nearest as materialized (
      select j.id, j.embedding <=> ${vector}::vector as distance from jobs j
      where ${where}
      order by j.embedding <=> ${vector}::vector
      limit ${limit}
    )
    select array(select id from nearest order by distance, id)::text[] as ids, ${plannerAsBefore}
  `);
  const nearest = row!.ids;
  if (nearest.length === limit) return { ids: nearest, scan: 'hnsw' };
  return { ids: (await exact()).map((row) => row.id), scan: 'exact' };
}

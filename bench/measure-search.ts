import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Transaction } from '../db/database.ts';
import { withUser } from '../db/with-user.ts';
import type { ToolContext } from '../tools/define-tool.ts';
import { toStoredVector, type Embedder } from '../tools/embeddings/embedder.ts';
import { runTool } from '../tools/run-tool.ts';
import { searchJobs } from '../tools/search-jobs.ts';
import { requestCandidatesPerSide } from '../tools/search/candidate-postings.ts';
import { jobFilterConditions, openPostingConditions, type JobFilters } from '../tools/search/job-filters.ts';
import { vectorRanking } from '../tools/search/vector-ranking.ts';
import type { benchQueries } from './bench-queries.ts';
import { percentile, timed } from './percentiles.ts';

type BenchQuery = (typeof benchQueries)[number];

export interface LatencySummary {
  p50: number;
  p95: number;
}

const summarise = (milliseconds: number[]): LatencySummary => ({ p50: percentile(milliseconds, 50), p95: percentile(milliseconds, 95) });

class Rollback extends Error {}

/**
 * Runs `work` as the user in a transaction without the HNSW index, then rolls it all back: the
 * same searchJobs and vectorRanking code, forced onto an exact scan, for the baseline.
 */
async function withoutHnswIndex(handle: DatabaseHandle, userId: string, work: (tx: Transaction) => Promise<void>) {
  try {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`drop index job_chunks_embedding_hnsw`);
      await tx.execute(sql`select set_config('app.user_id', ${userId}, true)`);
      await tx.execute(sql`set local role atlas_app`);
      await work(tx);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
}

/** Runs every query once to warm up, then `rounds` timed times. */
async function timeRounds(queries: BenchQuery[], rounds: number, search: (query: BenchQuery) => Promise<unknown>) {
  for (const query of queries) await search(query);
  const milliseconds: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) milliseconds.push((await timed(() => search(query))).milliseconds);
  }
  return summarise(milliseconds);
}

/** searchJobs end to end (query embedding included), once to warm up and then `rounds` times per query. */
export async function searchLatencies(options: {
  handle: DatabaseHandle;
  userId: string;
  embedder?: Embedder;
  queries: BenchQuery[];
  now: Date;
  rounds: number;
}) {
  const { handle, userId, embedder, queries, now } = options;
  const caller = { database: handle.db, userId, actor: 'web' as const, now: () => now, embedder };
  return timeRounds(queries, options.rounds, (query) => runTool(searchJobs, { query: query.query, ...query.filters }, caller));
}

/** The same searches with the vector side on an exact scan instead of HNSW. */
export async function exactScanSearchLatencies(options: {
  handle: DatabaseHandle;
  userId: string;
  embedder: Embedder;
  queries: BenchQuery[];
  now: Date;
  rounds: number;
}) {
  const { handle, userId, embedder, queries, now } = options;
  let latencies: LatencySummary = { p50: Number.NaN, p95: Number.NaN };
  await withoutHnswIndex(handle, userId, async (tx) => {
    const context: ToolContext = { userId, db: tx, actor: 'web', now: () => now, embedder };
    latencies = await timeRounds(queries, options.rounds, (query) =>
      searchJobs.run(searchJobs.input.parse({ query: query.query, ...query.filters }), context),
    );
  });
  return latencies;
}

/**
 * The vector side alone, as searchJobs runs it (the same candidate pool): latency on HNSW and on an
 * exact scan, and recall@10 of HNSW against the exact scan, with and without each query's filters.
 */
export async function vectorSideQuality(options: {
  handle: DatabaseHandle;
  userId: string;
  model: string;
  queryVectors: number[][];
  queries: BenchQuery[];
  now: Date;
}) {
  const { handle, userId, model, queryVectors, queries, now } = options;
  const rank = (tx: Transaction, index: number, filters: JobFilters) => {
    const narrowing = jobFilterConditions(filters, now);
    return vectorRanking(tx, {
      vector: toStoredVector(queryVectors[index]!),
      model,
      conditions: [...openPostingConditions, ...narrowing],
      filtered: narrowing.length > 0,
      limit: requestCandidatesPerSide,
    });
  };
  const run = async (tx: Transaction, filtered: boolean) => {
    const results: { ids: string[]; milliseconds: number; scan: string }[] = [];
    for (const [index, query] of queries.entries()) {
      await rank(tx, index, filtered ? (query.filters ?? {}) : {});
      const { result, milliseconds } = await timed(() => rank(tx, index, filtered ? (query.filters ?? {}) : {}));
      results.push({ ids: result.ids.slice(0, 10), milliseconds, scan: result.scan });
    }
    return results;
  };

  const hnsw = await withUser(handle.db, userId, async (tx) => ({ plain: await run(tx, false), filtered: await run(tx, true) }));
  let exact = { plain: [] as Awaited<ReturnType<typeof run>>, filtered: [] as Awaited<ReturnType<typeof run>> };
  await withoutHnswIndex(handle, userId, async (tx) => {
    exact = { plain: await run(tx, false), filtered: await run(tx, true) };
  });

  const recall = (approximate: typeof hnsw.plain, truth: typeof hnsw.plain, only: (index: number) => boolean) => {
    const values = truth.flatMap((expected, index) => {
      if (!only(index) || expected.ids.length === 0) return [];
      const found = new Set(approximate[index]!.ids);
      return [expected.ids.filter((id) => found.has(id)).length / expected.ids.length];
    });
    return values.reduce((sum, value) => sum + value, 0) / values.length;
  };
  const hasFilters = (index: number) => queries[index]!.filters !== undefined;
  return {
    recallAt10: recall(hnsw.plain, exact.plain, () => true),
    recallAt10Filtered: recall(hnsw.filtered, exact.filtered, hasFilters),
    filteredQueriesOnExactFallback: hnsw.filtered.filter((result, index) => hasFilters(index) && result.scan === 'exact').length,
    filteredQueries: queries.filter((query) => query.filters).length,
    hnswMilliseconds: summarise(hnsw.plain.map((result) => result.milliseconds)),
    exactMilliseconds: summarise(exact.plain.map((result) => result.milliseconds)),
  };
}

/**
 * The floor each search is compared with, timed in the same run: one plain SQL query that reads every
 * open posting's vector and returns the ten nearest (an exact scan of the whole catalogue; `+ 0` keeps
 * the planner off the HNSW index). A search that costs a few floors does only a little more work than
 * touching the catalogue once.
 */
export async function exactScanFloor(options: { handle: DatabaseHandle; userId: string; vectors: number[][]; rounds: number }) {
  const { handle, userId, vectors } = options;
  return withUser(handle.db, userId, async (tx) => {
    const scan = (vector: number[]) =>
      tx.execute(sql`
        select j.id from jobs j where j.closed_at is null and j.duplicate_of is null and j.embedding is not null
        order by (j.embedding <=> ${JSON.stringify(toStoredVector(vector))}::vector) + 0 limit 10
      `);
    await scan(vectors[0]!);
    const milliseconds: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      for (const vector of vectors) milliseconds.push((await timed(() => scan(vector))).milliseconds);
    }
    return summarise(milliseconds);
  });
}

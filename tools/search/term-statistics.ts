import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';
import { textTerms } from '../text/text-terms.ts';
import { estimatedMatches } from './candidate-postings.ts';

/** How common each term is across the open catalogue, for weighing words by rarity. */
export interface TermStatistics {
  /** Postings the statistics were read from. */
  documents: number;
  /** Open postings in the catalogue when they were read. */
  catalogueSize: number;
  /** In how many of those postings each term occurs. */
  frequencies: Map<string, number>;
  /** Changes whenever a posting is added or changed; null for a catalogue sized by the planner's estimate. */
  version: string | null;
  /** Mean number of terms in a posting's title and description. */
  averageLength: number;
  readAt: number;
}

/**
 * A random sample this large estimates how common a word is well enough to weigh it, and costs the
 * same on a catalogue of 300 postings or of 100,000: reading and splitting every posting would take
 * seconds of CPU on a big one.
 */
export const sampleSize = 4000;
// Read again when the catalogue has grown or shrunk by a fifth, or every six hours. A sample costs
// the search that takes it a few hundred milliseconds of splitting text, and how common a word is
// in a catalogue of unchanged size drifts over days, not minutes.
const staleGrowth = 0.2;
const staleAfterMilliseconds = 6 * 60 * 60 * 1000;

/**
 * How long a sampled catalogue's size is trusted before it is checked again (a round trip that a
 * sample, replaced only when the catalogue has grown by a fifth, does not need on every search).
 * Catalogues read whole are checked on every call, to stay exact.
 */
const sampledStateTrustedMilliseconds = 30 * 1000;

let cached: TermStatistics | undefined;
let stateCheckedAt = 0;
/** Counts catalogueChanged calls, so statistics kept for a transaction are not used past a write. */
let generation = 0;
/**
 * The statistics each transaction was given: a search asks for them once to rank the words and
 * again for each batch it scores against the CV, and on a catalogue read whole each asking cost two
 * statements to check that nothing had changed.
 */
const givenTo = new WeakMap<Transaction, { generation: number; statistics: TermStatistics }>();

/** Makes the next search count the catalogue again; the importer calls it when it writes postings. */
export function catalogueChanged() {
  stateCheckedAt = 0;
  generation++;
}

/** The inverse document frequency of a term (BM25's, never negative). */
export function inverseDocumentFrequency(statistics: TermStatistics, term: string): number {
  const documents = statistics.frequencies.get(term) ?? 0;
  return Math.log(1 + (statistics.documents - documents + 0.5) / (documents + 0.5));
}

/**
 * Past this many open postings by the planner's estimate, a catalogue is surely sampled, and its size
 * is taken from the estimate instead of counted: counting scans every open posting (640 ms cold on
 * 100,000, npm run bench:search), while the sample is only replaced when the catalogue has grown or
 * shrunk by a fifth, which the estimate (kept by autovacuum, or db/embedded-auto-analyze.ts on PGlite)
 * shows well within that. Twice the sample leaves room for a stale estimate of a small catalogue.
 */
export const surelySampledEstimate = 2 * sampleSize;

/**
 * The open catalogue's size, and a version that changes whenever a posting is added or changed; a
 * catalogue the planner expects to be big gets its estimated size and no version, since only a
 * change of size by a fifth matters to its sample.
 */
export async function catalogueState(db: Transaction): Promise<{ size: number; version: string | null }> {
  const estimate = await estimatedMatches(db, sql`j.closed_at is null and j.duplicate_of is null`);
  if (estimate > surelySampledEstimate && Number.isFinite(estimate)) return { size: Math.round(estimate), version: null };
  const [row] = await queryRows<{ count: number; newest: string | null }>(db, sql`
    select count(*)::int as count, max(j.updated_at)::text || '/' || max(j.created_at)::text as newest
    from jobs j where j.closed_at is null and j.duplicate_of is null
  `);
  return { size: row?.count ?? 0, version: `${row?.count ?? 0}/${row?.newest ?? ''}` };
}

async function readStatistics(db: Transaction, state: { size: number; version: string | null }): Promise<TermStatistics> {
  const percent = Math.min(100, ((sampleSize * 1.2) / Math.max(1, state.size)) * 100);
  const rows = await queryRows<{ title: string; description: string }>(db, sql`
    select j.title, j.description from jobs j tablesample bernoulli (${percent})
    where j.closed_at is null and j.duplicate_of is null
    limit ${sampleSize}
  `);
  const frequencies = new Map<string, number>();
  let totalLength = 0;
  for (const row of rows) {
    const terms = textTerms(`${row.title}\n${row.description}`);
    totalLength += terms.length;
    for (const term of new Set(terms)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  }
  return {
    documents: rows.length,
    catalogueSize: state.size,
    version: state.version,
    frequencies,
    averageLength: rows.length ? totalLength / rows.length : 0,
    readAt: Date.now(),
  };
}

/**
 * The catalogue's term statistics, kept for the process. A catalogue no bigger than the sample is
 * read whole and read again whenever it changes, so results stay exact and repeatable; a bigger one
 * is sampled, and sampled again when it has changed size by a fifth or the sample is six hours
 * old. The catalogue holds no user data, so every user shares them. Within one transaction they are
 * checked once: asked again, it gets the same statistics unless the importer wrote postings since.
 */
export async function termStatistics(db: Transaction): Promise<TermStatistics> {
  const given = givenTo.get(db);
  if (given && given.generation === generation) return given.statistics;
  const atStart = generation;
  const statistics = await currentStatistics(db);
  givenTo.set(db, { generation: atStart, statistics });
  return statistics;
}

async function currentStatistics(db: Transaction): Promise<TermStatistics> {
  if (cached && cached.catalogueSize > sampleSize && Date.now() - stateCheckedAt < sampledStateTrustedMilliseconds) return cached;
  const state = await catalogueState(db);
  stateCheckedAt = Date.now();
  if (cached && state.version !== null && cached.version === state.version) return cached;
  const sampled = state.size > sampleSize;
  const recent = cached && Date.now() - cached.readAt < staleAfterMilliseconds;
  const similarSize = cached && Math.abs(state.size - cached.catalogueSize) <= cached.catalogueSize * staleGrowth;
  if (cached && sampled && cached.catalogueSize > sampleSize && recent && similarSize) return cached;
  cached = await readStatistics(db, state);
  return cached;
}

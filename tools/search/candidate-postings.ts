import { sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';
import { occupationRelatedness } from '../occupations/occupation-relatedness.ts';
import { occupationTaxonomy } from '../occupations/occupation-taxonomy.ts';
import { lexicalPoolPerWord, lexicalRanking } from './lexical-ranking.ts';
import type { SearchQuery } from './search-query.ts';
import { exactScanMaximum, postingVectorRanking, vectorRanking } from './vector-ranking.ts';
import { uuidArray } from '../../db/uuid-array.ts';

/**
 * Up to this many postings that pass the filters are all ranked in the app, with every factor; past
 * it, candidates come from the indexes (words, meaning, occupation) and only they are ranked.
 */
export const exhaustiveMaximum = 1500;
/** How many candidates each index contributes on a big catalogue. */
export const candidatesPerSide = 300;
/**
 * For a typed request, fewer from each side: the words, the meaning and the occupation each bring
 * the postings that answer it best, and a result list holds at most 50. On 100k postings the
 * request's vector walk for 100 took a fifth of the time of 300 (its ef_search shrinks with it), and
 * every candidate is loaded and read in full afterwards.
 */
export const requestCandidatesPerSide = 100;
/**
 * Below this many postings with all or most of a request's words, the words side also ranks
 * postings with any one of them; above it, the occupation and meaning sides fill the candidates.
 */
const lexicalFewest = 30;
/** How many postings nearest the CV as a whole join the candidates when there is no typed request. */
const cvCandidates = 200;
/** How many of the newest postings of each occupation related to the one sought join the candidates. */
const relatedPerOccupation = 30;

/** A Postgres array literal of texts, each quoted (JSON's escapes are the array syntax's). */
const textArray = (values: string[]) => `{${values.map((value) => JSON.stringify(value)).join(',')}}`;

async function filteredIds(db: Transaction, where: SQL, limit: number) {
  const rows = await queryRows<{ id: string }>(db, sql`select j.id from jobs j where ${where} limit ${limit}`);
  return rows.map((row) => row.id);
}

/**
 * Past this many postings by the planner's estimate, a filter is taken as broad without reading
 * what passes it: reading the first 4,001 postings of a filter that keeps one in ten ("remote",
 * "€80k+") walks tens of thousands of wide rows (150–230 ms on 100k postings, npm run bench:search).
 * The planner's estimates of such filters came within a tenth of the truth there (remote and
 * $100k+: 10,043 expected, 9,481 found); twice the exact-scan maximum leaves room for its misjudging
 * combined conditions. A filter misjudged as broad still gets every side, only the meaning side by
 * the walk; one misjudged as narrow is read as before.
 */
export const surelyBroadEstimate = 2 * exactScanMaximum;

/** How many postings the planner expects `where` to keep: one plan, no rows read. */
export async function estimatedMatches(db: Transaction, where: SQL): Promise<number> {
  const rows = await queryRows<Record<string, unknown>>(db, sql`explain (format json) select j.id from jobs j where ${where}`);
  const output = Object.values(rows[0] ?? {})[0];
  const plans = (typeof output === 'string' ? JSON.parse(output) : output) as { Plan?: { 'Plan Rows'?: number } }[] | undefined;
  return plans?.[0]?.Plan?.['Plan Rows'] ?? Number.POSITIVE_INFINITY;
}

/**
 * The occupations a search for `sought` reaches: those, their specialties and parents, and the ones
 * the taxonomy relates to them (a staff nurse's search reaches ICU nurses and nurse practitioners).
 */
function reachedOccupations(sought: string[]) {
  const taxonomy = occupationTaxonomy();
  const reached = new Set(sought.filter((id) => taxonomy.has(id)));
  for (const id of taxonomy.keys()) if (sought.some((seed) => occupationRelatedness(seed, id) >= 0.45)) reached.add(id);
  return [...reached];
}

/**
 * The postings a search ranks: every one that passes the filters on a catalogue small enough to
 * rank whole, otherwise the union of the best by keywords, by meaning (the query's vector, or the
 * CV's) and by the occupations sought, each read from its index.
 */
export async function candidatePostings(
  db: Transaction,
  options: {
    conditions: SQL[];
    filtered: boolean;
    query: SearchQuery | null;
    /** The query's wanted words as Postgres stems them, when read already. */
    lexemes?: string[];
    occupations: string[];
    vector: { values: number[]; model: string; of: 'query' | 'cv' } | null;
  },
): Promise<string[]> {
  const where = sql.join(options.conditions, sql` and `);
  const surelyBroad = options.filtered && (await estimatedMatches(db, where)) > surelyBroadEstimate;
  const everything = surelyBroad ? [] : await filteredIds(db, where, (options.filtered ? exactScanMaximum : exhaustiveMaximum) + 1);
  if (!surelyBroad && everything.length <= exhaustiveMaximum) return everything;
  // A filter that leaves a few thousand postings ("in Berlin", "at Acme") is met by reading the
  // whole catalogue once; each side then reads those postings by id instead of testing the filter
  // against the catalogue again, and the meaning side scans their vectors exactly.
  const fewFiltered = options.filtered && !surelyBroad && everything.length <= exactScanMaximum;
  const conditions = fewFiltered ? [sql`j.id = any(${uuidArray(everything)})`] : options.conditions;

  const ids = new Set<string>();
  const perSide = options.query?.wanted ? requestCandidatesPerSide : candidatesPerSide;
  if (options.query?.wanted) {
    // The few thousand postings a narrow filter keeps are ranked whole; otherwise a bounded pool.
    const pool = fewFiltered ? null : lexicalPoolPerWord;
    for (const id of await lexicalRanking(db, { query: options.query, conditions, enough: perSide, limit: perSide, fewest: lexicalFewest, pool, lexemes: options.lexemes })) ids.add(id);
  }
  const sought = new Set(options.occupations);
  const reached = reachedOccupations(options.occupations);
  const narrowed = sql.join(conditions, sql` and `);
  if (reached.length > 0) {
    // The newest postings filed under each occupation sought, and fewer of each related one, read in
    // the order of the (occupation, published) index: no title is matched against words at search time.
    const perOccupation = reached.map(
      (id) => sql`(select j.id, j.published_at, ${sought.has(id)} as sought from jobs j
        where j.occupation = ${id} and ${narrowed}
        order by j.published_at desc nulls last, j.id
        limit ${sought.has(id) ? perSide : relatedPerOccupation})`,
    );
    // The few postings a narrow filter keeps are read once and taken apart by occupation here: read
    // through the index per occupation, each occupation's walk would fetch every kept posting again.
    const rows = fewFiltered
      ? await queryRows<{ id: string }>(db, sql`
          with kept as materialized (select j.id, j.occupation, j.published_at from jobs j where ${narrowed} and j.occupation = any(${textArray(reached)}::text[])),
          ranked as (
            select id, published_at, occupation = any(${textArray([...sought])}::text[]) as sought,
                   row_number() over (partition by occupation order by published_at desc nulls last, id) as place
            from kept
          )
          select id from ranked
          where place <= case when sought then ${perSide}::int else ${relatedPerOccupation}::int end
          order by sought desc, published_at desc nulls last, id
          limit ${perSide}
        `)
      : await queryRows<{ id: string }>(db, sql`
          select id from (${sql.join(perOccupation, sql` union all `)}) as found
          order by sought desc, published_at desc nulls last, id
          limit ${perSide}
        `);
    for (const row of rows) ids.add(row.id);
  }
  if (options.vector) {
    // A filter known to keep more postings than an exact scan takes is not counted again.
    const ask = { vector: options.vector.values, model: options.vector.model, conditions, filtered: options.filtered, broad: options.filtered && !fewFiltered };
    // A typed request is matched chunk by chunk (a posting that opens with boilerplate is still found
    // by its later paragraphs); a whole CV is near a posting as a whole.
    const nearest =
      options.vector.of === 'cv'
        ? await postingVectorRanking(db, { ...ask, limit: cvCandidates })
        : await vectorRanking(db, { ...ask, limit: perSide, among: fewFiltered ? everything : undefined });
    for (const id of nearest.ids) ids.add(id);
  }
  if (ids.size === 0) for (const id of surelyBroad ? await filteredIds(db, where, perSide) : everything.slice(0, perSide)) ids.add(id);
  return [...ids];
}

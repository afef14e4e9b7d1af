import { sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';
import { occupationTaxonomy } from '../occupations/occupation-taxonomy.ts';
import { lexicalRanking } from './lexical-ranking.ts';
import type { SearchQuery } from './search-query.ts';
import { vectorRanking } from './vector-ranking.ts';

/**
 * Up to this many postings that pass the filters are all ranked in the app, with every factor; past
 * it, candidates come from the indexes (words, meaning, occupation) and only they are ranked.
 */
export const exhaustiveMaximum = 1500;
/** How many candidates each index contributes on a big catalogue. */
export const candidatesPerSide = 300;

async function filteredIds(db: Transaction, where: SQL, limit: number) {
  const rows = await queryRows<{ id: string }>(db, sql`select j.id from jobs j where ${where} limit ${limit}`);
  return rows.map((row) => row.id);
}

/** The English words of an occupation's titles, as a tsquery that finds postings titled for it in the index. */
function occupationTitleQuery(occupations: string[]): string | null {
  const taxonomy = occupationTaxonomy();
  const words = new Set<string>();
  for (const id of occupations) {
    for (const title of taxonomy.get(id)?.titles ?? []) {
      if (title.includes('*') || /[^a-z ]/.test(title)) continue;
      const phrase = title.split(' ').filter((word) => word.length > 2);
      if (phrase.length > 0 && phrase.length <= 3) words.add(phrase.join(' '));
    }
  }
  return words.size > 0 ? [...words].slice(0, 60).join(' OR ') : null;
}

// Title (A) words decide; company (B) words do not count and description (C) words only break ties.
// Plain ts_rank: cover density (ts_rank_cd) over a query of sixty alternatives took ten times as long
// on a 10k catalogue, for an order that only picks candidates.
const titleWeights = '{0, 0, 0.1, 1}';

/**
 * The postings a search ranks: every one that passes the filters on a catalogue small enough to
 * rank whole, otherwise the union of the best by keywords, by meaning (the query's vector, or the
 * CV's) and by the occupations sought, each read from its index.
 */
export async function candidatePostings(
  db: Transaction,
  options: { conditions: SQL[]; filtered: boolean; query: SearchQuery | null; occupations: string[]; vector: { values: number[]; model: string } | null },
): Promise<string[]> {
  const where = sql.join(options.conditions, sql` and `);
  const everything = await filteredIds(db, where, exhaustiveMaximum + 1);
  if (everything.length <= exhaustiveMaximum) return everything;

  const ids = new Set<string>();
  if (options.query?.wanted) {
    for (const id of await lexicalRanking(db, { query: options.query, conditions: options.conditions, enough: candidatesPerSide, limit: candidatesPerSide })) ids.add(id);
  }
  const titles = occupationTitleQuery(options.occupations);
  if (titles) {
    const rows = await queryRows<{ id: string }>(db, sql`
      select j.id from jobs j, websearch_to_tsquery('english', ${titles}) as titles
      where j.search_text @@ titles and ${where}
      order by ts_rank(${titleWeights}::real[], j.search_text, titles, 1) desc, j.id
      limit ${candidatesPerSide}
    `);
    for (const row of rows) ids.add(row.id);
  }
  if (options.vector) {
    const nearest = await vectorRanking(db, { vector: options.vector.values, model: options.vector.model, conditions: options.conditions, filtered: options.filtered, limit: candidatesPerSide });
    for (const id of nearest.ids) ids.add(id);
  }
  if (ids.size === 0) for (const id of everything.slice(0, candidatesPerSide)) ids.add(id);
  return [...ids];
}

/** Cosine similarity of each posting's vector to a query vector, for postings embedded by the same model. */
export async function vectorSimilarities(db: Transaction, options: { ids: string[]; vector: number[]; model: string }): Promise<Map<string, number>> {
  if (options.ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; similarity: number }>(db, sql`
    select j.id, 1 - (j.embedding <=> ${JSON.stringify(options.vector)}::vector) as similarity
    from jobs j
    where j.id in (${sql.join(options.ids.map((id) => sql`${id}::uuid`), sql`, `)})
      and j.embedding_model = ${options.model} and j.embedding is not null
  `);
  return new Map(rows.map((row) => [row.id, Number(row.similarity)]));
}

/** The mean of the user's CV passage vectors: the CV as one point, to find postings near it. */
export async function cvCentroid(db: Transaction, model: string): Promise<number[] | null> {
  const rows = await queryRows<{ centroid: string | null }>(db, sql`
    select avg(p.embedding)::text as centroid from cv_passages p where p.embedding_model = ${model} and p.embedding is not null
  `);
  const centroid = rows[0]?.centroid;
  return centroid ? (JSON.parse(centroid) as number[]) : null;
}

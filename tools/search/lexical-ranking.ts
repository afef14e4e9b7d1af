import { sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { SearchQuery } from './search-query.ts';
import { uuidArray } from '../../db/uuid-array.ts';

/**
 * Any wanted word as a tsquery: the query's own stemmed lexemes joined with OR, under the `simple`
 * configuration so they are not stemmed twice. Empty when every word is a stop word.
 */
export function anyWantedWord(query: SearchQuery): SQL {
  return sql`to_tsquery('simple', coalesce((select string_agg(quote_literal(lexeme), ' | ') from unnest(to_tsvector('english', ${query.wanted}))), ''))`;
}

/** Keeps out postings with a word or phrase the query excludes ("-java"); applies to every side of a search. */
export function exclusionConditions(query: SearchQuery): SQL[] {
  return query.excluded ? [sql`j.search_text @@ websearch_to_tsquery('english', ${query.excluded})`] : [];
}

// Combinations grow fast; eight words give at most 70 groups, which the GIN index still answers quickly.
const mostWordsMaximum = 8;

function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, index) => combinations(items.slice(index + 1), size - 1).map((rest) => [item, ...rest]));
}

/**
 * "At least half of these lexemes" as tsquery text for the `simple` configuration: every group of
 * that many, joined with OR. Null when there are too few lexemes for it to differ from "any word".
 */
export function mostWordsTsquery(lexemes: string[]): string | null {
  // A quote or backslash would need escaping in tsquery text; such a word still counts in the other stages.
  const usable = [...new Set(lexemes)].filter((lexeme) => !/['\\]/.test(lexeme)).slice(0, mostWordsMaximum);
  if (usable.length < 3) return null;
  const groups = combinations(usable, Math.ceil(usable.length / 2));
  return groups.map((group) => `(${group.map((lexeme) => `'${lexeme}'`).join(' & ')})`).join(' | ');
}

/**
 * How many postings a stage ranks at most on a big catalogue: for each wanted word the this-many
 * postings it weighs most in, read from `job_terms` in index order, and for the first stage this many
 * with every word, found in any order. Fewer postings with every word than this are then all ranked,
 * as are all postings of a word with fewer, so a narrow request is ranked exactly; a common one
 * ("engineer") ranks a few hundred postings instead of tens of thousands, each read and ranked in full.
 */
export const lexicalPoolPerWord = 300;

/**
 * "Any of these lexemes" as tsquery text for the `simple` configuration, or null when there are none.
 * Handed to Postgres as a constant rather than built from the words inside the query: the planner
 * then knows how common the words are. Built inside, it guessed a few hundred postings for words 43,000
 * of 100,000 postings share, and read all of those instead of the 3,000 a place filter kept (820 ms).
 */
export function anyWordTsquery(lexemes: string[]): string | null {
  const usable = [...new Set(lexemes)].map((lexeme) => `'${lexeme.replace(/['\\]/g, '$&$&')}'`);
  return usable.length > 0 ? usable.join(' | ') : null;
}

/** The request as tsqueries, `q.every_word` and `q.any_word`, for a FROM list. */
function wordQueries(query: SearchQuery, anyWord: string | null): SQL {
  const any = anyWord === null ? sql`to_tsquery('simple', '')` : sql`to_tsquery('simple', ${anyWord})`;
  return sql`(select websearch_to_tsquery('english', ${query.text}) as every_word, ${any} as any_word) q`;
}

/** The `pool` postings each wanted word weighs most in (`nulls last` matches the index's order, so it is read in order). */
function bestPerWord(query: SearchQuery, pool: number): SQL {
  return sql`select best.job_id from unnest(tsvector_to_array(to_tsvector('english', ${query.wanted}))) as wanted(word),
    lateral (select t.job_id from job_terms t where t.word = wanted.word order by t.weight desc nulls last limit ${pool}) as best`;
}

/**
 * What a stage ranks, as a condition on `j`: every posting, or with `pool` only those in `ids` (a
 * query of ids), read by primary key; a join would have the planner read every match of the words.
 */
function inPool(ids: SQL | null): SQL {
  return ids === null ? sql`true` : sql`j.id = any(array(${ids}))`;
}

/**
 * Catalogue ids ranked by full-text relevance (`ts_rank_cd`, title words weighing most: the
 * search_text column weights title A, company B, description C). Postings with every wanted word,
 * the query read as a web search (`websearch_to_tsquery`), come first. Only when fewer than
 * `enough` have them are postings with most of the words ranked after them, and only when those are
 * fewer than `fewest`, postings with any. So a long natural-language query still finds something, while
 * ranking every posting that has one common word ("build", "engineer"), the costliest step of a
 * search, happens only when nothing narrower will do. With `pool`, each stage ranks a bounded pool
 * of postings (stagePool) rather than all that match: for filters that leave most of a big catalogue.
 */
export async function lexicalRanking(
  db: Transaction,
  options: {
    query: SearchQuery;
    conditions: SQL[];
    enough: number;
    limit: number;
    fewest?: number;
    pool?: number | null;
    /** The wanted words' stems in order, when the caller read them already (see search-context.ts). */
    lexemes?: string[];
  },
): Promise<string[]> {
  const { query, conditions, limit } = options;
  if (!query.wanted) return [];
  const where = sql.join(conditions, sql` and `);
  const pool = options.pool ?? null;
  const lexemes =
    options.lexemes ??
    (await queryRows<{ lexeme: string }>(db, sql`select lexeme from unnest(to_tsvector('english', ${query.wanted})) order by positions[1]`)).map((row) => row.lexeme);
  const anyWord = anyWordTsquery(lexemes);
  const everyWordPool =
    pool === null
      ? null
      : sql`(select j.id from jobs j, ${wordQueries(query, anyWord)} where j.search_text @@ q.every_word and ${where} limit ${pool}) union ${bestPerWord(query, pool)}`;
  const everyWord = await queryRows<{ id: string }>(db, sql`
    select j.id
    from jobs j, ${wordQueries(query, anyWord)}
    where ${inPool(everyWordPool)} and j.search_text @@ q.every_word and ${where}
    order by ts_rank_cd(j.search_text, q.every_word, 1) desc, j.id
    limit ${limit}
  `);
  if (everyWord.length >= options.enough) return everyWord.map((row) => row.id);

  // Later stages rank each word's best postings and those with every word already found.
  const found = everyWord.map((row) => row.id);
  const laterPool = pool === null ? null : sql`select unnest(${uuidArray(found)}) union ${bestPerWord(query, pool)}`;
  const rankSome = (narrowing: SQL) =>
    queryRows<{ id: string }>(db, sql`
      select j.id
      from jobs j, ${wordQueries(query, anyWord)}
      where ${inPool(laterPool)} and ${narrowing} and ${where}
      order by (j.search_text @@ q.every_word) desc, ts_rank_cd(j.search_text, q.any_word, 1) desc, j.id
      limit ${limit}
    `);
  const mostWords = mostWordsTsquery(lexemes);
  let best = everyWord;
  if (mostWords) {
    const ranked = await rankSome(sql`j.search_text @@ to_tsquery('simple', ${mostWords})`);
    if (ranked.length >= options.enough) return ranked.map((row) => row.id);
    best = ranked.length > best.length ? ranked : best;
  }
  // Ranking every posting that has any one word of the request reads much of a big catalogue; the
  // occupation and meaning sides find candidates too, so it runs only when the words found almost
  // nothing narrower.
  if (best.length >= (options.fewest ?? 0)) return best.map((row) => row.id);
  return (await rankSome(sql`j.search_text @@ q.any_word`)).map((row) => row.id);
}

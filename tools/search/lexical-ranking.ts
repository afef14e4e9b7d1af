import { sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { SearchQuery } from './search-query.ts';

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

/**
 * Catalogue ids ranked by full-text relevance (`ts_rank_cd`, title words weighing most: the
 * search_text column weights title A, company B, description C). Postings with every wanted word,
 * the query read as a web search (`websearch_to_tsquery`), come first. Only when fewer than
 * `enough` have them are postings with some of the words ranked after them, so a long
 * natural-language query still finds something; ranking every posting with any common word
 * ("engineer") is the costliest step of a search, so it is skipped when it is not needed.
 */
export async function lexicalRanking(
  db: Transaction,
  options: { query: SearchQuery; conditions: SQL[]; enough: number; limit: number },
): Promise<string[]> {
  const { query, conditions, limit } = options;
  if (!query.wanted) return [];
  const where = sql.join(conditions, sql` and `);
  const everyWord = await queryRows<{ id: string }>(db, sql`
    select j.id
    from jobs j, websearch_to_tsquery('english', ${query.text}) as every_word
    where j.search_text @@ every_word and ${where}
    order by ts_rank_cd(j.search_text, every_word, 1) desc, j.id
    limit ${limit}
  `);
  if (everyWord.length >= options.enough) return everyWord.map((row) => row.id);

  const someWords = await queryRows<{ id: string }>(db, sql`
    select j.id
    from jobs j,
         (select websearch_to_tsquery('english', ${query.text}) as every_word, ${anyWantedWord(query)} as any_word) q
    where j.search_text @@ q.any_word and ${where}
    order by (j.search_text @@ q.every_word) desc, ts_rank_cd(j.search_text, q.any_word, 1) desc, j.id
    limit ${limit}
  `);
  return someWords.map((row) => row.id);
}

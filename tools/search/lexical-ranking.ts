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
 * Catalogue ids ranked by full-text relevance. Postings with every wanted word (the query read as a
 * web search, `websearch_to_tsquery`) come first; then postings with some of them, so a long
 * natural-language query still finds something. Within each, `ts_rank_cd` orders by how densely the
 * words occur, title words weighing most (the search_text column weights title A, company B, description C).
 */
export async function lexicalRanking(
  db: Transaction,
  options: { query: SearchQuery; conditions: SQL[]; limit: number },
): Promise<string[]> {
  const { query, conditions, limit } = options;
  if (!query.wanted) return [];
  const rows = await queryRows<{ id: string }>(db, sql`
    select j.id
    from jobs j,
         (select websearch_to_tsquery('english', ${query.text}) as every_word, ${anyWantedWord(query)} as any_word) q
    where j.search_text @@ q.any_word and ${sql.join(conditions, sql` and `)}
    order by (j.search_text @@ q.every_word) desc, ts_rank_cd(j.search_text, q.any_word, 1) desc, j.id
    limit ${limit}
  `);
  return rows.map((row) => row.id);
}

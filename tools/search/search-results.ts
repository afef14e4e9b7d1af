import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';
import { anyWantedWord } from './lexical-ranking.ts';
import type { PostingRow } from './posting-rows.ts';
import { readableSnippet } from './readable-snippet.ts';
import type { SearchQuery } from './search-query.ts';

/** A posting as a search result shows it: what ranking read, its links, and where the query's words are. */
export interface SearchResultRow extends Omit<PostingRow, 'created_at' | 'similarity'> {
  url: string | null;
  apply_url: string | null;
  snippet: string;
  matched_terms: string[];
}

/**
 * The postings behind ranked ids, in rank order, each with a short snippet around the query's words
 * (the opening words when none occur) and which of the query's words it contains.
 */
export async function loadSearchResults(db: Transaction, ids: string[], query: SearchQuery): Promise<SearchResultRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<SearchResultRow>(db, sql`
    select j.id, j.title, j.company, j.description, j.locations, j.workplace_type, j.employment_type,
           j.salary_min, j.salary_max, j.salary_currency, j.url, j.apply_url, j.published_at,
           ts_headline('english', j.description, ${anyWantedWord(query)},
                       'MaxWords=30, MinWords=12, MaxFragments=1, StartSel="", StopSel=""') as snippet,
           array(select term from jsonb_array_elements_text(${JSON.stringify(query.terms)}::jsonb) as term
                 where j.search_text @@ plainto_tsquery('english', term)) as matched_terms
    from jobs j
    where j.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})
  `);
  const byId = new Map(rows.map((row) => [row.id, { ...row, snippet: readableSnippet(row.snippet, row.description) }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

import { z } from 'zod';
import { searchHistory } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { toStoredVector } from './embeddings/embedder.ts';
import { loadCandidate } from './matching/candidate.ts';
import { scoreJobs } from './matching/score-jobs.ts';
import { jobFilterConditions, jobFiltersSchema, openPostingConditions } from './search/job-filters.ts';
import { exclusionConditions, lexicalRanking } from './search/lexical-ranking.ts';
import { newestRanking } from './search/newest-ranking.ts';
import { reciprocalRankFusion } from './search/reciprocal-rank-fusion.ts';
import { loadSearchResults, type SearchResultRow } from './search/search-results.ts';
import { parseSearchQuery } from './search/search-query.ts';
import { vectorRanking } from './search/vector-ranking.ts';

/** How many postings each side ranks before fusion: deep enough that a posting one side ranks low can still surface. */
export const candidatePool = 100;

const rankingSignals = ['keywords', 'meaning', 'newest'] as const;

const searchResultSchema = z.object({
  id: z.uuid().describe('The catalogue job id, for scoreMatch and saveJob'),
  title: z.string(),
  company: z.string(),
  locations: z.array(z.string()),
  workplaceType: z.string().nullable().describe('remote, hybrid or onsite, when the posting says'),
  employmentType: z.string().nullable(),
  salary: z
    .object({ min: z.number().nullable(), max: z.number().nullable(), currency: z.string().nullable() })
    .nullable()
    .describe('Yearly, when the posting states it'),
  url: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  snippet: z.string().describe('A few words of the description around the query words'),
  matchedTerms: z.array(z.string()).describe('Which of the query words the posting contains'),
  match: z
    .object({ score: z.number().int().min(0).max(100), summary: z.string() })
    .nullable()
    .describe("scoreMatch's 0–100 fit to the user's CV, with its one-line summary; null when the user has no CV"),
});

function toSearchResult(row: SearchResultRow, match: { score: number; summary: string } | null): z.infer<typeof searchResultSchema> {
  const hasSalary = row.salary_min !== null || row.salary_max !== null;
  return {
    id: row.id,
    title: row.title,
    company: row.company,
    locations: row.locations,
    workplaceType: row.workplace_type,
    employmentType: row.employment_type,
    salary: hasSalary ? { min: row.salary_min, max: row.salary_max, currency: row.salary_currency } : null,
    url: row.url ?? row.apply_url,
    publishedAt: row.published_at === null ? null : new Date(row.published_at).toISOString(),
    snippet: row.snippet,
    matchedTerms: row.matched_terms,
    match,
  };
}

function toMatchable(row: SearchResultRow) {
  return {
    id: row.id,
    title: row.title,
    company: row.company,
    description: row.description,
    locations: row.locations,
    workplaceType: row.workplace_type,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
  };
}

export const searchJobs = defineTool({
  name: 'searchJobs',
  title: 'Search jobs',
  description:
    "Search the job catalogue for open postings, best match first. Ranks by the query's words (full text) and by meaning (embeddings), fused; filters narrow by location, remote, salary, recency, company and contract type. When the user has a CV, each result carries its match score. Every search is kept in the user's search history, which they can see and delete. An empty list means nothing matched.",
  effect: 'read',
  input: jobFiltersSchema.extend({
    query: z
      .string()
      .trim()
      .max(500)
      .default('')
      .describe(
        'What the user is looking for, in their words: role, skills, seniority, e.g. "senior TypeScript backend engineer". "Quotes" keep a phrase, -word excludes a word. Empty lists the newest postings that pass the filters.',
      ),
    limit: z.number().int().min(1).max(50).default(20).describe('At most this many postings (1–50)'),
  }),
  output: z.object({
    jobs: z.array(searchResultSchema),
    rankedBy: z
      .array(z.enum(rankingSignals))
      .describe('How the results were ordered: keywords and meaning are fused; newest when the query has no words'),
    searchId: z.uuid().describe("The search's entry in the user's search history"),
  }),
  async run(input, { db, userId, actor, now, embedder }) {
    const { query: text, limit, ...filters } = input;
    const query = parseSearchQuery(text);
    const narrowing = [...jobFilterConditions(filters, now()), ...exclusionConditions(query)];
    const conditions = [...openPostingConditions, ...narrowing];
    const pool = Math.max(candidatePool, limit);

    const rankings: string[][] = [];
    const rankedBy: (typeof rankingSignals)[number][] = [];
    if (query.wanted) {
      rankings.push(await lexicalRanking(db, { query, conditions, enough: limit, limit: pool }));
      rankedBy.push('keywords');
      if (embedder) {
        const [vector] = await embedder.embed([query.text], 'query');
        const nearest = await vectorRanking(db, {
          vector: toStoredVector(vector!),
          model: embedder.model,
          conditions,
          filtered: narrowing.length > 0,
          limit: pool,
        });
        rankings.push(nearest.ids);
        rankedBy.push('meaning');
      }
    }
    const ranked = query.wanted ? reciprocalRankFusion(rankings) : await newestRanking(db, { conditions, limit });
    if (!query.wanted) rankedBy.push('newest');

    const rows = await loadSearchResults(db, ranked.slice(0, limit), query);
    const candidate = await loadCandidate(db, now());
    const matches = candidate ? await scoreJobs(db, candidate, rows.map(toMatchable)) : [];

    const [entry] = await db
      .insert(searchHistory)
      .values({ userId, query: text, filters, resultCount: rows.length, actor, createdAt: now() })
      .returning({ id: searchHistory.id });
    return {
      jobs: rows.map((row, index) => {
        const match = matches[index];
        return toSearchResult(row, match ? { score: match.score, summary: match.summary } : null);
      }),
      rankedBy,
      searchId: entry!.id,
    };
  },
});

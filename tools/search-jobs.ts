import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { searchHistory } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { toStoredVector } from './embeddings/embedder.ts';
import { careerLevels } from './matching/career-level.ts';
import { postingFacts, type PostingFacts } from './matching/posting-facts.ts';
import { scoreBestJobs, scoreJobs } from './matching/score-jobs.ts';
import type { MatchReport } from './matching/match-report.ts';
import { placeMentions } from './places/place-mentions.ts';
import { candidatePostings } from './search/candidate-postings.ts';
import { constraintFit, type SearchConstraints } from './search/constraint-fit.ts';
import { jobFilterConditions, jobFiltersSchema, openPostingConditions } from './search/job-filters.ts';
import { exclusionConditions } from './search/lexical-ranking.ts';
import { newestRanking } from './search/newest-ranking.ts';
import { parseRequest } from './search/parse-request.ts';
import { loadPostingRows, type PostingRow } from './search/posting-rows.ts';
import { answersRequest, bm25Scores, requestRelevance } from './search/request-relevance.ts';
import { languagePairsIn, requestPairFactor } from './matching/language-pairs.ts';
import { namedSkillFit, skillsNamed } from './search/named-skill-fit.ts';
import { loadSearchResults, type SearchResultRow } from './search/search-results.ts';
import { rerankHead } from './search/rerank-head.ts';
import { loadSearchContext } from './search/search-context.ts';
import { parseSearchQuery } from './search/search-query.ts';
import { termStatistics } from './search/term-statistics.ts';
import { textTerms } from './text/text-terms.ts';
import { storableText } from './storable-input.ts';

const rankingSignals = ['keywords', 'meaning', 'occupation', 'cv', 'constraints', 'profile', 'newest', 'model'] as const;

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
  fit: z.number().min(0).max(100).describe('What the results are ordered by, 0–100: the request, the CV and the constraints together'),
  match: z
    .object({ score: z.number().min(0).max(100), summary: z.string() })
    .nullable()
    .describe("scoreMatch's 0–100 fit to the user's CV, with its one-line summary; null when the user has no CV"),
  modelReason: z.string().optional().describe('With rerank: why the model put it here'),
});

export type SearchResult = z.infer<typeof searchResultSchema>;

function toSearchResult(row: SearchResultRow, fit: number, match: { score: number; summary: string } | null): SearchResult {
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
    fit: Math.round(fit * 10) / 10,
    match,
  };
}

function toMatchable(row: PostingRow) {
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


/** A posting's date for ordering ties and searches without words: published, or first seen. */
const postedAt = (row: PostingRow) => new Date(row.published_at ?? row.created_at).getTime();

export const searchJobs = defineTool({
  name: 'searchJobs',
  title: 'Search jobs',
  description:
    "Search open job postings, best fit first. With no query it ranks them by fit to the user's CV and profile (\"jobs for me\"). A typed request is split into what is wanted (role, skills) and constraints (places, remote and its region, pay, level, contract, recency): constraints filter or weigh, the rest is ranked by keywords, meaning and occupation. The user's saved profile (places, remote, pay floor, deal-breakers, companies to avoid) applies by default. With a CV, each result carries its match score. Each search is kept in the user's history, which they can see and delete. An empty list means nothing matched.",
  effect: 'read',
  replicaReads: true,
  input: jobFiltersSchema.extend({
    query: storableText()
      .trim()
      .max(500)
      .default('')
      .describe(
        'What the user is looking for, in their words, e.g. "senior TypeScript backend engineer in Berlin, €80k+". Places, pay, level, contract and recency in it are read as constraints. "Quotes" keep a phrase, -word excludes a word. Empty ranks the catalogue by fit to the CV, or lists the newest postings when there is no CV.',
      ),
    level: z.enum(careerLevels).optional().describe('Only weigh up jobs at this level (a step off counts against them): intern, junior, mid, senior, lead, principal'),
    remoteFrom: storableText()
      .trim()
      .min(2)
      .max(60)
      .optional()
      .describe('With remoteOnly: the country or region the remote job must hire from, e.g. "Canada", "UK", "EU", "EMEA"'),
    limit: z.number().int().min(1).max(50).default(20).describe('At most this many postings (1–50)'),
    rerank: z.boolean().default(false).describe('Have the AI model re-order the top 10, each with a reason. Slower; only when the user asks'),
  }),
  output: z.object({
    jobs: z.array(searchResultSchema),
    rankedBy: z.array(z.enum(rankingSignals)).describe('What ordered the results'),
    searchId: z.uuid().describe("The search's entry in the user's search history"),
  }),
  // Catalogue, CV and profile are read through `reads`, which may be the replica (db/read-replica.ts);
  // what the call records (search history, model usage) is written through `db`, the primary.
  async run(input, { db, reads = db, userId, actor, now, embedder, resultReranker }) {
    const { query: text, limit, level, remoteFrom, rerank, ...filters } = input;
    const query = parseSearchQuery(text);
    const request = query.wanted ? parseRequest(query.request) : null;
    const wanted = request?.wanted ?? '';
    const { profile, candidate, cvCentroid, lexemes } = await loadSearchContext(reads, { now: now(), wanted, centroidModel: !wanted && embedder ? embedder.model : null });

    const postedWithinDays = filters.postedWithinDays ?? request?.postedWithinDays ?? undefined;
    const narrowing = [...jobFilterConditions({ ...filters, postedWithinDays }, now()), ...exclusionConditions(query)];
    for (const company of profile.companiesToAvoid) narrowing.push(sql`j.company not ilike ${company}`);
    const conditions = [...openPostingConditions, ...narrowing];

    const rankedBy = new Set<(typeof rankingSignals)[number]>();
    let queryVector: number[] | null = null;
    if (wanted && embedder) queryVector = toStoredVector((await embedder.embed([wanted], 'query'))[0]!);
    const vector = queryVector ?? cvCentroid;

    if (!request && !candidate) {
      const ids = await newestRanking(reads, { conditions, limit });
      rankedBy.add('newest');
      return finish(ids.map((id) => ({ id, fit: 0 })), null);
    }

    const occupations = request && request.occupations.length > 0 ? request.occupations : (candidate?.facts.occupations.slice(0, 3).map((entry) => entry.occupation) ?? []);
    const ids = await candidatePostings(reads, {
      conditions,
      filtered: narrowing.length > 0,
      query: wanted ? { ...query, wanted, text: wanted, terms: query.terms } : null,
      lexemes,
      occupations,
      vector: vector && embedder ? { values: vector, model: embedder.model, of: queryVector ? 'query' : 'cv' } : null,
    });
    // A typed request's meaning side: each candidate's similarity to the request, read with its row.
    const rows = await loadPostingRows(reads, ids, queryVector && embedder ? { vector: queryVector, model: embedder.model } : undefined);
    const facts = new Map<string, PostingFacts>(rows.map((row) => [row.id, postingFacts({ id: row.id, title: row.title, description: row.description, locations: row.locations, workplaceType: row.workplace_type })]));

    let relevance = new Map<string, number>();
    let answering = rows;
    if (request && wanted) {
      const statistics = await termStatistics(reads);
      const words = bm25Scores(textTerms(wanted), facts, statistics);
      const best = Math.max(0, ...words.values());
      const meaning = new Map(rows.flatMap((row) => (row.similarity === null ? [] : [[row.id, row.similarity] as const])));
      const signals = (row: PostingRow) => ({ occupations: request.occupations, posting: facts.get(row.id)!, words: best > 0 ? words.get(row.id)! / best : 0, meaning: meaning.get(row.id) ?? null });
      const bestMeaning = Math.max(0, ...meaning.values());
      answering = rows.filter((row) => answersRequest({ ...signals(row), bestMeaning }));
      const named = skillsNamed(query.request);
      const pairs = languagePairsIn(query.request);
      relevance = new Map(
        answering.map((row) => [row.id, requestRelevance(signals(row)) * namedSkillFit(named, facts.get(row.id)!) * requestPairFactor(pairs, facts.get(row.id)!)]),
      );
      rankedBy.add('keywords');
      if (meaning.size > 0) rankedBy.add('meaning');
      if (request.occupations.length > 0) rankedBy.add('occupation');
    }

    if (candidate) rankedBy.add('cv');
    const constraints: SearchConstraints = {
      request: request
        ? { ...request, level: level ?? request.level, remoteOnly: filters.remoteOnly ?? request.remoteOnly, remoteFrom: remoteFromCountries(remoteFrom) ?? request.remoteFrom }
        : level || remoteFrom
          ? { places: [], remoteOnly: filters.remoteOnly ?? false, remoteFrom: remoteFromCountries(remoteFrom), salaryFloor: null, level: level ?? null, contract: null }
          : null,
      profile: {
        places: profile.locations,
        remoteOnly: profile.remotePreference === 'remote',
        salaryFloor: profile.salaryFloor ? { amount: profile.salaryFloor, currency: profile.salaryCurrency } : null,
        dealBreakers: profile.dealBreakers,
      },
    };
    if (request && !wanted) rankedBy.add('constraints');
    if (profile.locations.length > 0 || profile.remotePreference === 'remote' || profile.salaryFloor || profile.dealBreakers.length > 0) rankedBy.add('profile');

    const constraintOf = (row: PostingRow) =>
      constraintFit(
        { facts: facts.get(row.id)!, description: row.description, employmentType: row.employment_type, salaryMax: row.salary_max, salaryMin: row.salary_min, salaryCurrency: row.salary_currency },
        constraints,
      );
    const reports = new Map<string, MatchReport>();
    const order = (left: { fit: number; posted: number; id: string }, right: { fit: number; posted: number; id: string }) =>
      right.fit - left.fit || right.posted - left.posted || left.id.localeCompare(right.id);

    let ranked: { id: string; fit: number; posted: number }[];
    if (request && wanted) {
      // A typed request ranks by relevance; the CV's fit moves a result by a factor of 0.8 to 1 at
      // most. So the CV is scored only down the list until no posting left unscored could reach the
      // top `limit`: the same order as scoring every candidate, at a fraction of the work.
      const bounded = answering
        .map((row) => {
          const constraint = constraintOf(row);
          return { row, constraint, most: 100 * relevance.get(row.id)! * constraint, posted: postedAt(row) };
        })
        .sort((left, right) => right.most - left.most);
      ranked = [];
      let next = 0;
      while (next < bounded.length) {
        const kth = [...ranked].sort(order)[limit - 1];
        if (candidate && kth && kth.fit > bounded[next]!.most) break;
        const batch = bounded.slice(next, candidate ? next + Math.max(2 * limit, 20) : bounded.length);
        next += batch.length;
        const batchReports = candidate ? await scoreJobs(reads, candidate, batch.map(({ row }) => toMatchable(row))) : [];
        for (const report of batchReports) reports.set(report.jobId, report);
        for (const { row, constraint, posted } of batch) {
          const fromCv = reports.get(row.id)?.score;
          ranked.push({ id: row.id, fit: 100 * relevance.get(row.id)! * (fromCv === undefined ? 1 : 0.8 + (0.2 * fromCv) / 100) * constraint, posted });
        }
      }
    } else if (candidate) {
      // Jobs for me, or a request of constraints alone ("jobs in Berlin"): the CV's score under the
      // constraints, computed in full only as far down as the top `limit` needs.
      const constraints = new Map(answering.map((row) => [row.id, constraintOf(row)]));
      const rowsById = new Map(answering.map((row) => [row.id, row]));
      for (const report of await scoreBestJobs(reads, candidate, answering.map(toMatchable), { limit, factor: (job) => constraints.get(job.id)! })) reports.set(report.jobId, report);
      ranked = [...reports.values()].map((report) => ({ id: report.jobId, fit: report.score * constraints.get(report.jobId)!, posted: postedAt(rowsById.get(report.jobId)!) }));
    } else {
      // Constraints alone without a CV rank by them, then by date.
      ranked = answering.map((row) => ({ id: row.id, fit: 100 * constraintOf(row), posted: postedAt(row) }));
    }
    ranked.sort(order);
    return finish(ranked.slice(0, limit), reports);

    async function finish(top: { id: string; fit: number }[], matches: Map<string, { score: number; summary: string }> | null) {
      const results = await loadSearchResults(reads, top.map((entry) => entry.id), query);
      const fits = new Map(top.map((entry) => [entry.id, entry.fit]));
      const [entry] = await db
        .insert(searchHistory)
        .values({ userId, query: text, filters: { ...filters, ...(level ? { level } : {}), ...(remoteFrom ? { remoteFrom } : {}) }, resultCount: results.length, actor, createdAt: now() })
        .returning({ id: searchHistory.id });
      const jobs = results.map((row) => {
        const match = matches?.get(row.id);
        return toSearchResult(row, fits.get(row.id) ?? 0, match ? { score: match.score, summary: match.summary } : null);
      });
      const reranked = rerank && resultReranker && jobs.length > 1 ? await rerankHead(db, { reranker: resultReranker, jobs, request: text || null, candidate }) : null;
      if (reranked) rankedBy.add('model');
      return { jobs: reranked ?? jobs, rankedBy: [...rankedBy], searchId: entry!.id };
    }
  },
});

/** The countries a remoteFrom filter names ("Canada", "EU", "EMEA"), or null when it names none Atlas knows. */
function remoteFromCountries(remoteFrom: string | undefined): Set<string> | null {
  if (!remoteFrom) return null;
  const countries = new Set<string>();
  for (const mention of placeMentions(remoteFrom, { codes: true })) {
    if (mention.kind === 'country') countries.add(mention.country);
    else if (mention.kind === 'region' && mention.region.countries !== 'anywhere') for (const country of mention.region.countries) countries.add(country);
    else if (mention.kind === 'city' || mention.kind === 'subdivision') for (const country of mention.countries) countries.add(country);
  }
  return countries.size > 0 ? countries : null;
}

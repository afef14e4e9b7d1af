import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Database } from '../../db/database.ts';
import { jobs, users } from '../../db/schema.ts';
import { withAuthRole, withUser } from '../../db/with-user.ts';
import { uploadCv } from '../../tools/cv/upload-cv.ts';
import { embedPendingJobs } from '../../tools/embeddings/embed-pending-jobs.ts';
import { toStoredVector, type Embedder } from '../../tools/embeddings/embedder.ts';
import { runTool } from '../../tools/run-tool.ts';
import { scoreMatch } from '../../tools/score-match.ts';
import { searchJobs } from '../../tools/search-jobs.ts';
import { openPostingConditions } from '../../tools/search/job-filters.ts';
import { lexicalRanking } from '../../tools/search/lexical-ranking.ts';
import { parseSearchQuery } from '../../tools/search/search-query.ts';
import { vectorRanking } from '../../tools/search/vector-ranking.ts';
import { loadLabelledSet, type LabelledCv } from './labelled-set.ts';
import { ndcgAt, precisionAt } from './ranking-metrics.ts';

export interface RankerScore {
  ranker: string;
  what: string;
  ndcgAt10: number;
  precisionAt5: number;
  perCv: Record<string, { ndcgAt10: number; precisionAt5: number }>;
}

export interface MatchQualityReport {
  cvs: number;
  postings: number;
  pairs: number;
  embeddingModel: string;
  rankers: RankerScore[];
}

type Ranker = { name: string; what: string; rank(cv: LabelledCv, userId: string): Promise<string[]> };

/** How many postings each ranker returns: searchJobs' own maximum. */
const depth = 50;

function loadGrades(): Record<string, Record<string, number>> {
  return (JSON.parse(readFileSync(new URL('./grades.json', import.meta.url), 'utf8')) as { grades: Record<string, Record<string, number>> }).grades;
}

/**
 * The rankers compared on the labelled set, each as the code that ranks in Atlas: searchJobs itself
 * (full-text and vector ranks fused), its two sides alone as baselines, and scoreMatch, which ranks
 * by fit to the CV instead of a query.
 */
function rankers(database: Database, embedder: Embedder, now: Date): Ranker[] {
  const caller = (userId: string) => ({ database, userId, actor: 'agent' as const, embedder, now: () => now });
  return [
    {
      name: 'searchJobs',
      what: "the tool: the CV's search query, full-text and vector ranks fused (RRF)",
      async rank(cv, userId) {
        const { jobs: found } = await runTool(searchJobs, { query: cv.searchQuery, limit: depth }, caller(userId));
        return found.map((job) => job.id);
      },
    },
    {
      name: 'full-text only',
      what: "baseline: searchJobs' Postgres full-text side alone",
      rank: (cv, userId) =>
        withUser(database, userId, (db) =>
          lexicalRanking(db, { query: parseSearchQuery(cv.searchQuery), conditions: [...openPostingConditions], enough: depth, limit: depth }),
        ),
    },
    {
      name: 'vector only',
      what: "baseline: searchJobs' pgvector side alone, offline embedder",
      async rank(cv, userId) {
        const [vector] = await embedder.embed([cv.searchQuery], 'query');
        const { ids } = await withUser(database, userId, (db) =>
          vectorRanking(db, { vector: toStoredVector(vector!), model: embedder.model, conditions: [...openPostingConditions], filtered: false, limit: depth }),
        );
        return ids;
      },
    },
    {
      name: 'scoreMatch',
      what: 'the tool: every posting scored 0–100 against the uploaded CV, best first',
      async rank(_cv, userId) {
        const ids = (await database.select({ id: jobs.id }).from(jobs)).map((row) => row.id);
        const scored: { id: string; score: number }[] = [];
        for (let start = 0; start < ids.length; start += 20) {
          const { matches } = await runTool(scoreMatch, { jobIds: ids.slice(start, start + 20) }, caller(userId));
          scored.push(...matches.map((match) => ({ id: match.jobId, score: match.score })));
        }
        return scored.sort((left, right) => right.score - left.score || left.id.localeCompare(right.id)).map((entry) => entry.id);
      },
    },
  ];
}

const mean = (values: number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)) * 1000) / 1000;

/**
 * Loads the labelled set into an empty database the way Atlas would hold it (postings in the
 * catalogue with vectors, each CV uploaded by its own user) and measures NDCG@10 and precision@5 of
 * each ranker against the rubric's grades, all in the same run on the same data.
 */
export async function measureMatchQuality(options: { database: Database; embedder: Embedder; now: Date }): Promise<MatchQualityReport> {
  const { database, embedder, now } = options;
  const { cvs, postings } = loadLabelledSet();
  const grades = loadGrades();

  await database.insert(jobs).values(
    postings.map((posting) => ({
      id: posting.id,
      source: 'evals',
      externalId: posting.id,
      title: posting.title,
      company: posting.company,
      description: posting.description,
      locations: posting.locations,
      workplaceType: posting.workplaceType,
      employmentType: posting.employmentType,
      salaryMin: posting.salaryMin,
      salaryMax: posting.salaryMax,
      salaryCurrency: posting.salaryCurrency,
      lastSeenAt: now,
    })),
  );
  await embedPendingJobs(database, embedder);

  const userIds = new Map<string, string>();
  for (const cv of cvs) {
    const userId = randomUUID();
    await withAuthRole(database, (db) => db.insert(users).values({ id: userId, email: `${cv.id}@evals.example`, name: cv.id }));
    await uploadCv({ database, userId, embedder, file: { fileName: `${cv.id}.md`, declaredType: 'text/markdown', bytes: new TextEncoder().encode(cv.text) }, now: () => now });
    userIds.set(cv.id, userId);
  }

  const scores: RankerScore[] = [];
  for (const ranker of rankers(database, embedder, now)) {
    const perCv: RankerScore['perCv'] = {};
    for (const cv of cvs) {
      const ranking = await ranker.rank(cv, userIds.get(cv.id)!);
      const cvGrades = new Map(Object.entries(grades[cv.id] ?? {}));
      perCv[cv.id] = { ndcgAt10: mean([ndcgAt(10, ranking, cvGrades)]), precisionAt5: mean([precisionAt(5, ranking, cvGrades)]) };
    }
    scores.push({
      ranker: ranker.name,
      what: ranker.what,
      ndcgAt10: mean(Object.values(perCv).map((score) => score.ndcgAt10)),
      precisionAt5: mean(Object.values(perCv).map((score) => score.precisionAt5)),
      perCv,
    });
  }
  return { cvs: cvs.length, postings: postings.length, pairs: cvs.length * postings.length, embeddingModel: embedder.model, rankers: scores };
}

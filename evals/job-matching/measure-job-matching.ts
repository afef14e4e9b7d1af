import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { jobs, users } from '../../db/schema.ts';
import { withAuthRole } from '../../db/with-user.ts';
import { uploadCv } from '../../tools/cv/upload-cv.ts';
import { embedPendingJobs } from '../../tools/embeddings/embed-pending-jobs.ts';
import type { Embedder } from '../../tools/embeddings/embedder.ts';
import { followBoard } from '../../tools/follow-board.ts';
import { runTool } from '../../tools/run-tool.ts';
import { scoreMatch } from '../../tools/score-match.ts';
import { searchJobs } from '../../tools/search-jobs.ts';
import { createBm25Ranker, createTfIdfRanker } from './baseline-rankers.ts';
import { serveBenchmarkBoards } from './benchmark-boards.ts';
import { loadBenchmarkSet, type BenchmarkCv, type BenchmarkPosting, type BenchmarkRequest } from './benchmark-set.ts';
import { gradeForCv, gradeForRequest } from './grade-pairs.ts';
import { bestPrecisionAt, ndcgAt, precisionAt, strictRanking, type ScoredRanking } from './ranking-metrics.ts';

export const halves = ['development', 'test'] as const;
export type Half = (typeof halves)[number];

const splitsSchema = z.object({ rule: z.string(), development: z.array(z.string()), test: z.array(z.string()) });

/** Which CVs and requests are in which half, fixed once when the set was written. */
export function loadSplits(): Map<string, Half> {
  const splits = splitsSchema.parse(JSON.parse(readFileSync(new URL('./splits.json', import.meta.url), 'utf8')));
  return new Map([...splits.development.map((id) => [id, 'development'] as const), ...splits.test.map((id) => [id, 'test'] as const)]);
}

export interface HalfScore {
  ndcgAt10: number;
  precisionAt5: number;
  /** What a perfect ranker would reach on the same items. */
  bestPrecisionAt5: number;
  items: number;
}

/**
 * Whether a ranker's scores mean what they say, on one half: the share of grade-0 pairs scored below
 * 40 and of grade-3 pairs scored above 75, and the median score of each grade.
 */
export interface ScoreCalibration {
  gradeZeroBelow40: number;
  gradeThreeAbove75: number;
  medianByGrade: [number, number, number, number];
}

export interface RankerResult {
  ranker: string;
  what: string;
  /** Ranked for a person (their CV) or for a typed request. */
  task: 'cv' | 'request';
  baseline: boolean;
  halves: Record<Half, HalfScore>;
  perItem: Record<string, { ndcgAt10: number; precisionAt5: number }>;
  /** For rankers that score every posting on a 0–100 scale. */
  calibration?: Record<Half, ScoreCalibration>;
}

/** What a run leaves behind for explaining one item's ranking: not part of the report. */
export interface JobMatchingDetails {
  rankings: Map<string, Map<string, ScoredRanking>>;
  grades: Map<string, Map<string, number>>;
  userIds: Map<string, string>;
  catalogueIds: Map<string, string>;
}

export interface JobMatchingReport {
  cvs: number;
  postings: number;
  requests: number;
  embeddingModel: string;
  rankers: RankerResult[];
}

interface Item {
  id: string;
  task: 'cv' | 'request';
  text: string;
  grades: Map<string, number>;
  userId: string;
}

interface Ranker {
  name: string;
  what: string;
  task: 'cv' | 'request';
  baseline: boolean;
  /** Scores every posting on the 0–100 scale a user sees, so their calibration can be checked. */
  scoresAllPostings?: boolean;
  rank(item: Item): Promise<ScoredRanking>;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

/**
 * The catalogue ids of the set's postings, imported as a user's catalogue gets them: an eval user
 * follows each of the set's boards, served by a local stub, and Atlas's board importers read them.
 */
async function loadPostings(database: Database, postings: BenchmarkPosting[], now: Date): Promise<Map<string, string>> {
  const served = await serveBenchmarkBoards({ postings, now });
  try {
    const caller = { database, userId: await createUser(database, 'benchmark-importer'), actor: 'agent' as const, jobSources: served.jobSources, now: () => now };
    for (const { source, board } of served.boards) await runTool(followBoard, { source, board }, caller);
  } finally {
    await served.close();
  }
  const rows = await database.select({ id: jobs.id, source: jobs.source, externalId: jobs.externalId }).from(jobs);
  const catalogueIdOf = new Map<string, string>();
  for (const row of rows) {
    const setId = served.setIds.get(`${row.source}/${row.externalId}`);
    if (setId) catalogueIdOf.set(setId, row.id);
  }
  const missing = postings.filter((posting) => !catalogueIdOf.has(posting.id));
  if (missing.length > 0) throw new Error(`Postings the import did not catalogue: ${missing.map((posting) => posting.id).join(', ')}`);
  // In the set's order, so rankers that walk the catalogue break ties the same way every run.
  return new Map(postings.map((posting) => [catalogueIdOf.get(posting.id)!, posting.id]));
}

async function createUser(database: Database, name: string) {
  const userId = randomUUID();
  await withAuthRole(database, (db) => db.insert(users).values({ id: userId, email: `${name}@evals.example`, name }));
  return userId;
}

function rankers(options: { database: Database; embedder: Embedder; now: Date; postings: BenchmarkPosting[]; toSetId: Map<string, string> }): Ranker[] {
  const { database, embedder, now, postings, toSetId } = options;
  const caller = (userId: string) => ({ database, userId, actor: 'agent' as const, embedder, now: () => now });
  const documents = postings.map((posting) => ({ id: posting.id, title: posting.title, description: posting.description }));
  const tfIdf = createTfIdfRanker(documents);
  const bm25 = createBm25Ranker(documents);
  const fromCatalogue = (ids: string[]) => ids.flatMap((id) => (toSetId.has(id) ? [toSetId.get(id)!] : []));
  const searchAs = async (item: Item, query: string) => {
    const { jobs: found } = await runTool(searchJobs, { query, limit: 50 }, caller(item.userId));
    return strictRanking(fromCatalogue(found.map((job) => job.id)));
  };
  const baselines = (task: 'cv' | 'request'): Ranker[] => [
    { name: 'BM25', what: 'baseline: Okapi BM25 (k1 1.2, b 0.75, title twice) over every posting', task, baseline: true, rank: async (item) => bm25(item.text) },
    { name: 'TF-IDF', what: 'baseline: TF-IDF cosine (title twice) over every posting', task, baseline: true, rank: async (item) => tfIdf(item.text) },
  ];
  return [
    {
      name: 'jobs for me',
      what: 'searchJobs with no query: the catalogue ranked by fit to the uploaded CV',
      task: 'cv',
      baseline: false,
      rank: (item) => searchAs(item, ''),
    },
    {
      name: 'scoreMatch',
      what: 'scoreMatch on every posting, sorted by score',
      task: 'cv',
      baseline: false,
      scoresAllPostings: true,
      async rank(item) {
        const ids = [...toSetId.keys()];
        const scored: ScoredRanking = [];
        for (let start = 0; start < ids.length; start += 20) {
          const { matches } = await runTool(scoreMatch, { jobIds: ids.slice(start, start + 20) }, caller(item.userId));
          scored.push(...matches.map((match) => ({ id: toSetId.get(match.jobId)!, score: match.score })));
        }
        return scored.sort((left, right) => right.score - left.score);
      },
    },
    ...baselines('cv'),
    { name: 'searchJobs', what: 'searchJobs with the request as typed', task: 'request', baseline: false, rank: (item) => searchAs(item, item.text) },
    ...baselines('request'),
  ];
}

function scoreHalf(rankings: Map<string, ScoredRanking>, items: Item[]): HalfScore {
  return {
    ndcgAt10: round(mean(items.map((item) => ndcgAt(10, rankings.get(item.id)!, item.grades)))),
    precisionAt5: round(mean(items.map((item) => precisionAt(5, rankings.get(item.id)!, item.grades)))),
    bestPrecisionAt5: round(mean(items.map((item) => bestPrecisionAt(5, item.grades)))),
    items: items.length,
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function calibrate(rankings: Map<string, ScoredRanking>, items: Item[]): ScoreCalibration {
  const byGrade: number[][] = [[], [], [], []];
  for (const item of items) for (const { id, score } of rankings.get(item.id)!) byGrade[item.grades.get(id) ?? 0]!.push(score);
  const share = (values: number[], keep: (score: number) => boolean) => (values.length === 0 ? 0 : round(values.filter(keep).length / values.length));
  return {
    gradeZeroBelow40: share(byGrade[0]!, (score) => score < 40),
    gradeThreeAbove75: share(byGrade[3]!, (score) => score > 75),
    medianByGrade: byGrade.map((scores) => round(median(scores))) as [number, number, number, number],
  };
}

/**
 * Loads the job-matching set into an empty database as Atlas would hold it (postings saved to the
 * catalogue and embedded, each CV uploaded by its own user, each request typed by a user with no
 * CV) and scores every ranker on both halves, Atlas's and the baselines' in the same run.
 */
export async function measureJobMatching(options: {
  database: Database;
  embedder: Embedder;
  now: Date;
  onProgress?: (line: string) => void;
  details?: JobMatchingDetails;
}): Promise<JobMatchingReport> {
  const { database, embedder, now } = options;
  const set = loadBenchmarkSet();
  const splits = loadSplits();
  const toSetId = await loadPostings(database, set.postings, now);
  options.onProgress?.(`${set.postings.length} postings saved; embedding them`);
  await embedPendingJobs(database, embedder);

  const items: Item[] = [];
  for (const cv of set.cvs) items.push(await cvItem(database, embedder, cv, set.postings, now));
  for (const request of set.requests) items.push(await requestItem(database, request, set.postings));
  options.onProgress?.(`${set.cvs.length} CVs uploaded`);
  for (const item of items) {
    options.details?.grades.set(item.id, item.grades);
    options.details?.userIds.set(item.id, item.userId);
  }
  for (const [catalogueId, setId] of toSetId) options.details?.catalogueIds.set(setId, catalogueId);

  const results: RankerResult[] = [];
  for (const ranker of rankers({ database, embedder, now, postings: set.postings, toSetId })) {
    const own = items.filter((item) => item.task === ranker.task);
    const rankings = new Map<string, ScoredRanking>();
    for (const item of own) rankings.set(item.id, await ranker.rank(item));
    options.details?.rankings.set(`${ranker.name}/${ranker.task}`, rankings);
    const inHalf = (half: Half) => own.filter((item) => splits.get(item.id) === half);
    results.push({
      ranker: ranker.name,
      what: ranker.what,
      task: ranker.task,
      baseline: ranker.baseline,
      halves: { development: scoreHalf(rankings, inHalf('development')), test: scoreHalf(rankings, inHalf('test')) },
      ...(ranker.scoresAllPostings ? { calibration: { development: calibrate(rankings, inHalf('development')), test: calibrate(rankings, inHalf('test')) } } : {}),
      perItem: Object.fromEntries(
        own.map((item) => [item.id, { ndcgAt10: round(ndcgAt(10, rankings.get(item.id)!, item.grades)), precisionAt5: round(precisionAt(5, rankings.get(item.id)!, item.grades)) }]),
      ),
    });
    options.onProgress?.(`ranked by ${ranker.name}`);
  }
  return { cvs: set.cvs.length, postings: set.postings.length, requests: set.requests.length, embeddingModel: embedder.model, rankers: results };
}

async function cvItem(database: Database, embedder: Embedder, cv: BenchmarkCv, postings: BenchmarkPosting[], now: Date): Promise<Item> {
  const userId = await createUser(database, cv.id);
  const fileName = cv.file.split('/').at(-1)!;
  const declaredType = fileName.endsWith('.md') ? 'text/markdown' : 'text/plain';
  await uploadCv({ database, userId, embedder, file: { fileName, declaredType, bytes: new TextEncoder().encode(cv.text) }, now: () => now });
  const grades = new Map(postings.map((posting) => [posting.id, gradeForCv(cv.truth, posting.truth)]));
  return { id: cv.id, task: 'cv', text: cv.text, grades, userId };
}

async function requestItem(database: Database, request: BenchmarkRequest, postings: BenchmarkPosting[]): Promise<Item> {
  const userId = await createUser(database, request.id);
  const grades = new Map(postings.map((posting) => [posting.id, gradeForRequest(request.truth, posting.truth, posting.postedDaysAgo)]));
  return { id: request.id, task: 'request', text: request.text, grades, userId };
}

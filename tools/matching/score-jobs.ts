import type { Transaction } from '../../db/database.ts';
import { termStatistics } from '../search/term-statistics.ts';
import { buildMatchReport, type Candidate, type MatchableJob, type MatchReport } from './match-report.ts';
import { postingFacts } from './posting-facts.ts';
import { semanticSimilarities, type SemanticSimilarity } from './semantic-similarity.ts';
import { requirementCoverage, weighTerms } from './text-similarity.ts';

/** Everything a job's report needs but its meaning side: the words, read once per search. */
async function wordSides(db: Transaction, candidate: Candidate, jobs: MatchableJob[]) {
  const statistics = await termStatistics(db);
  const candidateTerms = weighTerms(candidate.facts.terms, statistics);
  return jobs.map((job) => {
    const facts = postingFacts(job);
    return {
      job,
      similarities: {
        candidateTerms,
        jobTerms: weighTerms(facts.terms, statistics),
        requirementCoverage: requirementCoverage(facts.requirementTerms, candidate.facts.terms, statistics),
      },
    };
  });
}

/** Scores each job against the candidate, in the order given. The scorer scoreMatch and searchJobs share. */
export async function scoreJobs(db: Transaction, candidate: Candidate, jobs: MatchableJob[]): Promise<MatchReport[]> {
  if (jobs.length === 0) return [];
  const [sides, semantic] = await Promise.all([wordSides(db, candidate, jobs), semanticSimilarities(db, jobs.map((job) => job.id))]);
  return sides.map(({ job, similarities }) => buildMatchReport(job, candidate, { ...similarities, semantic: semantic.get(job.id) ?? null }));
}

/**
 * A meaning side no job can beat: its fit is 1 on every model's scale. A report is never lower for a
 * closer meaning (each factor grows with similarity), so a job's score with it is the most it can reach.
 */
const closestPossible: SemanticSimilarity = { cosine: 1, model: 'closest-possible', closestPassagePosition: -1 };

/**
 * The reports of the jobs that rank highest by score × `factor`, with every job that could be among
 * the best `limit` scored in full: the same top as scoring them all. Comparing CV passages with
 * every posting chunk is the costly part of a search; the words are cheap. So each job is first
 * scored as if its meaning were as close as possible, and the meaning side is computed down that
 * list in batches, until no job left could reach the top `limit` (on 100k postings, the few dozen
 * best of about 500 candidates instead of all of them).
 */
export async function scoreBestJobs(
  db: Transaction,
  candidate: Candidate,
  jobs: MatchableJob[],
  options: { limit: number; factor: (job: MatchableJob) => number },
): Promise<MatchReport[]> {
  if (jobs.length === 0) return [];
  const bounded = (await wordSides(db, candidate, jobs))
    .map((side) => ({ side, most: buildMatchReport(side.job, candidate, { ...side.similarities, semantic: closestPossible }).score * options.factor(side.job) }))
    .sort((left, right) => right.most - left.most);
  const scored: { report: MatchReport; fit: number }[] = [];
  const batchSize = Math.max(2 * options.limit, 20);
  let next = 0;
  while (next < bounded.length) {
    const kth = scored.map((entry) => entry.fit).sort((left, right) => right - left)[options.limit - 1];
    // Strictly above: a job that could tie the kth is scored, so ties are broken as before.
    if (kth !== undefined && kth > bounded[next]!.most) break;
    const batch = bounded.slice(next, next + batchSize);
    next += batch.length;
    const semantic = await semanticSimilarities(db, batch.map(({ side }) => side.job.id));
    for (const { side } of batch) {
      const report = buildMatchReport(side.job, candidate, { ...side.similarities, semantic: semantic.get(side.job.id) ?? null });
      scored.push({ report, fit: report.score * options.factor(side.job) });
    }
  }
  return scored.map((entry) => entry.report);
}

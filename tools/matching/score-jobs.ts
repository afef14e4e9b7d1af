import type { Transaction } from '../../db/database.ts';
import { buildMatchReport, type Candidate, type MatchableJob, type MatchReport } from './match-report.ts';
import { semanticSimilarities } from './semantic-similarity.ts';

/** Scores each job against the candidate, in the order given. The scorer scoreMatch and searchJobs share. */
export async function scoreJobs(db: Transaction, candidate: Candidate, jobs: MatchableJob[]): Promise<MatchReport[]> {
  const similarities = await semanticSimilarities(db, jobs.map((job) => job.id));
  return jobs.map((job) => buildMatchReport(job, candidate, similarities.get(job.id) ?? null));
}

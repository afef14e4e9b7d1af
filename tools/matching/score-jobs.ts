import type { Transaction } from '../../db/database.ts';
import { termStatistics } from '../search/term-statistics.ts';
import { buildMatchReport, type Candidate, type MatchableJob, type MatchReport } from './match-report.ts';
import { postingFacts } from './posting-facts.ts';
import { semanticSimilarities } from './semantic-similarity.ts';
import { requirementCoverage, weighTerms } from './text-similarity.ts';

/** Scores each job against the candidate, in the order given. The scorer scoreMatch and searchJobs share. */
export async function scoreJobs(db: Transaction, candidate: Candidate, jobs: MatchableJob[]): Promise<MatchReport[]> {
  if (jobs.length === 0) return [];
  const [statistics, semantic] = await Promise.all([termStatistics(db), semanticSimilarities(db, jobs.map((job) => job.id))]);
  const candidateTerms = weighTerms(candidate.facts.terms, statistics);
  return jobs.map((job) => {
    const facts = postingFacts(job);
    return buildMatchReport(job, candidate, {
      candidateTerms,
      jobTerms: weighTerms(facts.terms, statistics),
      requirementCoverage: requirementCoverage(facts.requirementTerms, candidate.facts.terms, statistics),
      semantic: semantic.get(job.id) ?? null,
    });
  });
}

import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { jobs } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { loadCandidate } from './matching/candidate.ts';
import { matchReportSchema } from './matching/match-report.ts';
import { scoreJobs } from './matching/score-jobs.ts';

export const scoreMatch = defineTool({
  name: 'scoreMatch',
  title: 'Score jobs against the CV',
  description:
    "Score how well one or more catalogue jobs fit the user's CV, 0–100, with the evidence: the required and preferred skills the CV shows (each with the CV passage quoted), the skills it lacks, experience and seniority fit, location fit, salary fit when the user's profile states a floor, and semantic similarity. Deterministic; quote the evidence rather than paraphrasing it. Needs an uploaded CV.",
  effect: 'read',
  replicaReads: true,
  input: z.object({
    jobIds: z
      .array(z.uuid())
      .min(1)
      .max(20)
      .describe('Ids of catalogue jobs to score, as searchJobs returns them (1 to 20)'),
  }),
  output: z.object({
    matches: z.array(matchReportSchema).describe('One breakdown per job, in the order asked'),
  }),
  // It only reads, so all of it may go to the replica (db/read-replica.ts).
  async run({ jobIds }, { db, reads = db, now }) {
    const candidate = await loadCandidate(reads, now());
    if (!candidate) {
      throw new ValidationError('Upload a CV first: scoreMatch compares jobs with the skills and experience in your CV', [
        { path: 'cv', message: 'No CV uploaded' },
      ]);
    }
    const requested = [...new Set(jobIds)];
    const rows = await reads.select().from(jobs).where(inArray(jobs.id, requested));
    const byId = new Map(rows.map((row) => [row.id, row]));
    const unknown = requested.filter((id) => !byId.has(id));
    if (unknown.length > 0) throw new NotFoundError('Job', unknown.join(', '));
    return { matches: await scoreJobs(reads, candidate, requested.map((id) => byId.get(id)!)) };
  },
});

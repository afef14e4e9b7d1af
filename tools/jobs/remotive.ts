import { z } from 'zod';
import { UpstreamError } from '../errors.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl } from './board-client.ts';
import { readEntries, type AggregatorClient } from './aggregator-client.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { distinctLocations, toDate, type Posting } from './posting.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

// Remotive's public API (GET /api/remote-jobs): only the fields we read; others are ignored.
const remotiveJobSchema = z.object({
  id: z.number().int(),
  url: z.url(),
  title: z.string().min(1),
  company_name: z.string().min(1),
  job_type: z.string().nullish(),
  /** UTC without a zone: "2026-06-12T21:30:58". */
  publication_date: z.string().nullish(),
  /** Where the candidate must live: "Worldwide", "USA Only", "Europe", "UK, Germany"… */
  candidate_required_location: z.string().nullish(),
  /** Free text when stated: "$120k - $150k", "€60,000 – €75,000". */
  salary: z.string().nullish(),
  description: z.string().nullish(),
});
// One malformed posting must not lose the others: each is checked on its own.
const remotiveListSchema = z.object({ jobs: z.array(z.unknown()) });

const employmentTypes: Record<string, string> = { full_time: 'Full-time', part_time: 'Part-time', contract: 'Contract', freelance: 'Freelance', internship: 'Internship' };

/** Remotive states no zone; read as local time, every server would date the same job differently. */
function publishedAt(value: string | null | undefined): Date | null {
  if (!value) return null;
  return toDate(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(value) ? `${value}Z` : value);
}

function toPosting(job: z.infer<typeof remotiveJobSchema>): Posting {
  const description = htmlToPlainText(job.description ?? '');
  const pay = salaryFromText(job.salary ?? '') ?? salaryFromText(description);
  return {
    source: 'remotive',
    externalId: String(job.id),
    company: job.company_name.trim(),
    title: job.title.trim(),
    // Every Remotive job is remote; the location is the region it hires in, which matching reads.
    locations: distinctLocations((job.candidate_required_location ?? '').split(/[,;]/)),
    workplaceType: 'remote',
    employmentType: job.job_type ? (employmentTypes[job.job_type] ?? job.job_type) : null,
    ...yearlySalary(pay ?? {}),
    description,
    url: job.url,
    applyUrl: job.url,
    publishedAt: publishedAt(job.publication_date),
    updatedAt: null,
  };
}

/** Remotive's public remote-jobs API (no key): up to 100 jobs for a search. */
export function createRemotiveClient(options: { baseUrl: string; http: BoardHttp }): AggregatorClient {
  return {
    async search({ words }) {
      const { jobs } = await requestBoardApi({
        url: boardApiUrl(options.baseUrl, ['api', 'remote-jobs'], { search: words, limit: '100' }),
        service: 'Remotive',
        schema: remotiveListSchema,
        http: options.http,
        notFound: () => new UpstreamError('Remotive', 'has no remote-jobs API at the configured address', 404),
      });
      return readEntries(jobs, remotiveJobSchema, toPosting);
    },
  };
}

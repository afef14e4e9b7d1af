import { z } from 'zod';
import { UpstreamError } from '../errors.ts';
import type { AggregatorClient } from './aggregator-client.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl } from './board-client.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { distinctLocations, workplaceTypeFromText, type Posting } from './posting.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

// Arbeitnow's public job board API (GET /api/job-board-api): only the fields we read.
const arbeitnowJobSchema = z.object({
  slug: z.string().min(1),
  company_name: z.string().min(1),
  title: z.string().min(1),
  description: z.string().nullish(),
  remote: z.boolean().nullish(),
  url: z.url(),
  job_types: z.array(z.string()).nullish(),
  location: z.string().nullish(),
  /** Seconds since the epoch. */
  created_at: z.number().nullish(),
});
const arbeitnowPageSchema = z.object({ data: z.array(z.unknown()) });

function toPosting(job: z.infer<typeof arbeitnowJobSchema>): Posting {
  const description = htmlToPlainText(job.description ?? '');
  const location = job.location ?? '';
  return {
    source: 'arbeitnow',
    externalId: job.slug,
    company: job.company_name.trim(),
    title: job.title.trim(),
    locations: distinctLocations([location]),
    workplaceType: job.remote ? 'remote' : workplaceTypeFromText(`${location} ${job.title}`),
    employmentType: job.job_types?.[0] ?? null,
    ...yearlySalary(salaryFromText(description) ?? {}),
    description,
    url: job.url,
    applyUrl: job.url,
    publishedAt: typeof job.created_at === 'number' ? new Date(job.created_at * 1000) : null,
    updatedAt: null,
  };
}

/**
 * Whether a posting speaks of any of the phrases searched for ("backend engineer OR nurse"), every
 * word of a phrase as a whole word in its title or opening: Arbeitnow lists its newest jobs, unsearched.
 */
function mentionsAny(posting: Posting, phrases: string[][]) {
  if (phrases.length === 0) return true;
  const text = `${posting.title} ${posting.description.slice(0, 2000)}`.toLowerCase();
  return phrases.some((words) => words.every((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text)));
}

/** Arbeitnow's public job board API (no key): its newest jobs, two pages, kept where they mention the search. */
export function createArbeitnowClient(options: { baseUrl: string; http: BoardHttp; pages?: number }): AggregatorClient {
  return {
    async search({ words }) {
      const wanted = words
        .toLowerCase()
        .split(/\s+or\s+|[,;]/)
        .map((phrase) => phrase.split(/\s+/).filter(Boolean))
        .filter((phrase) => phrase.length > 0);
      const postings: Posting[] = [];
      for (let page = 1; page <= (options.pages ?? 2); page++) {
        const { data } = await requestBoardApi({
          url: boardApiUrl(options.baseUrl, ['api', 'job-board-api'], { page: String(page) }),
          service: 'Arbeitnow',
          schema: arbeitnowPageSchema,
          http: options.http,
          notFound: () => new UpstreamError('Arbeitnow', 'has no job board API at the configured address', 404),
        });
        for (const entry of data) {
          const job = arbeitnowJobSchema.safeParse(entry);
          if (job.success) postings.push(toPosting(job.data));
        }
        if (data.length === 0) break;
      }
      return postings.filter((posting) => mentionsAny(posting, wanted));
    },
  };
}

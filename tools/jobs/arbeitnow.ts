import { z } from 'zod';
import { UpstreamError } from '../errors.ts';
import { mentionsAny, readEntries, searchPhrases, type AggregatorClient } from './aggregator-client.ts';
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
    // Employers here often put the pay in the title ("… gesucht - mindestens 90.000€") rather than the text.
    ...yearlySalary(salaryFromText(description) ?? salaryFromText(job.title) ?? {}),
    description,
    url: job.url,
    applyUrl: job.url,
    publishedAt: typeof job.created_at === 'number' ? new Date(job.created_at * 1000) : null,
    updatedAt: null,
  };
}

/** Arbeitnow's public job board API (no key): its newest jobs, two pages, kept where they mention the search. */
export function createArbeitnowClient(options: { baseUrl: string; http: BoardHttp; pages?: number }): AggregatorClient {
  return {
    async search({ words }) {
      const wanted = searchPhrases(words);
      const postings: Posting[] = [];
      let skipped = 0;
      for (let page = 1; page <= (options.pages ?? 2); page++) {
        const { data } = await requestBoardApi({
          url: boardApiUrl(options.baseUrl, ['api', 'job-board-api'], { page: String(page) }),
          service: 'Arbeitnow',
          schema: arbeitnowPageSchema,
          http: options.http,
          notFound: () => new UpstreamError('Arbeitnow', 'has no job board API at the configured address', 404),
        });
        const read = readEntries(data, arbeitnowJobSchema, toPosting);
        postings.push(...read.postings);
        skipped += read.skipped;
        if (data.length === 0) break;
      }
      return { postings: postings.filter((posting) => mentionsAny(posting, wanted)), skipped };
    },
  };
}

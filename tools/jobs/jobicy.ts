import { z } from 'zod';
import { UpstreamError } from '../errors.ts';
import { readEntries, type AggregatorClient, type AggregatorResult } from './aggregator-client.ts';
import { searchEachPhrase } from './search-each-phrase.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl } from './board-client.ts';
import { htmlToPlainText, looksEntityEscaped, plainName } from './html-to-plain-text.ts';
import { distinctLocations, toDate, type Posting } from './posting.ts';
import { serviceRateLimiter, type RateLimit } from './request-rate-limit.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

/**
 * Jobicy asks that its feed be read "a few times daily" and warns that excessive querying may be
 * restricted: a dozen requests a day for everyone using this Atlas (a run asks once per role, at most three).
 */
export const jobicyRateLimit: RateLimit = { requests: 12, perMs: 24 * 60 * 60_000 };

/** The most jobs one request may ask for. */
const perRequest = 50;

const amount = z.union([z.number(), z.string().regex(/^\d+(?:\.\d+)?$/).transform(Number)]).nullish().catch(null);
const strings = z.union([z.array(z.string()), z.string().transform((text) => [text])]).nullish().catch(null);

// Jobicy's remote jobs API v2 (GET /api/v2/remote-jobs?count=&tag=): only the fields we read; others are ignored.
const jobicyJobSchema = z.object({
  id: z.union([z.number().int(), z.string().min(1)]),
  url: z.url(),
  jobTitle: z.string().min(1),
  companyName: z.string().min(1),
  /** "full-time", "contract", "part-time", "internship". */
  jobType: strings,
  /** Where candidates may be: "Anywhere", "USA", "EMEA", "Canada, UK"… */
  jobGeo: z.string().nullish(),
  /** "Senior", "Midweight", "Junior", "Any"… */
  jobLevel: z.string().nullish(),
  jobIndustry: strings,
  jobExcerpt: z.string().nullish(),
  /** HTML. */
  jobDescription: z.string().nullish(),
  /** "2024-12-07 04:10:26", no time zone given; read as UTC. */
  pubDate: z.string().nullish(),
  /** Yearly, sent as numbers or as digits in a string, in `salaryCurrency`. */
  annualSalaryMin: amount,
  annualSalaryMax: amount,
  salaryCurrency: z.string().nullish().catch(null),
});
const jobicyListSchema = z.object({ jobs: z.array(z.unknown()).nullish() });

const employmentTypes: Record<string, string> = { 'full-time': 'Full-time', 'part-time': 'Part-time', contract: 'Contract', internship: 'Internship', freelance: 'Freelance' };

function publishedAt(value: string | null | undefined): Date | null {
  if (!value) return null;
  return toDate(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?$/.test(value) ? `${value.replace(' ', 'T')}Z` : value);
}

function toPosting(job: z.infer<typeof jobicyJobSchema>): Posting {
  const html = job.jobDescription || job.jobExcerpt || '';
  const description = htmlToPlainText(html, { escaped: looksEntityEscaped(html) });
  const hasPay = job.annualSalaryMin != null || job.annualSalaryMax != null;
  const pay = hasPay ? { min: job.annualSalaryMin, max: job.annualSalaryMax, currency: job.salaryCurrency ?? null, interval: 'YEAR' as const } : salaryFromText(description);
  const type = job.jobType?.[0]?.trim();
  return {
    source: 'jobicy',
    externalId: String(job.id),
    company: plainName(job.companyName),
    title: plainName(job.jobTitle),
    // Every Jobicy job is remote; its place is the region it hires in.
    locations: distinctLocations([plainName(job.jobGeo ?? '')]),
    workplaceType: 'remote',
    employmentType: type ? (employmentTypes[type.toLowerCase()] ?? type) : null,
    ...yearlySalary(pay ?? {}),
    description,
    url: job.url,
    applyUrl: job.url,
    publishedAt: publishedAt(job.pubDate),
    updatedAt: null,
  };
}

/**
 * Jobicy's public remote jobs API v2 (no key): one request per role searched (its `tag`, a keyword
 * search, trusted as Remotive's search is), at most three, or its newest jobs when there is no
 * role. A job listed for two roles is kept once.
 */
export function createJobicyClient(options: { baseUrl: string; http: BoardHttp; rateLimit?: RateLimit }): AggregatorClient {
  const http: BoardHttp = { ...options.http, limiter: serviceRateLimiter('Jobicy', options.rateLimit ?? jobicyRateLimit, options.http.requestLimits) };
  const list = async (tag: string | null) => {
    const { jobs } = await requestBoardApi({
      url: boardApiUrl(options.baseUrl, ['api', 'v2', 'remote-jobs'], { count: String(perRequest), ...(tag ? { tag } : {}) }),
      service: 'Jobicy',
      schema: jobicyListSchema,
      http,
      notFound: () => new UpstreamError('Jobicy', 'has no remote jobs API at the configured address', 404),
    });
    return jobs ?? [];
  };
  return {
    async search({ words }): Promise<AggregatorResult> {
      return searchEachPhrase(words, async (tag) => readEntries(await list(tag), jobicyJobSchema, toPosting));
    },
  };
}

import { z } from 'zod';
import { UpstreamError } from '../errors.ts';
import { readEntries, type AggregatorResult } from './aggregator-client.ts';
import { searchEachPhrase } from './search-each-phrase.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl } from './board-client.ts';
import { htmlToPlainText, plainName } from './html-to-plain-text.ts';
import type { KeyedSourceClient } from './keyed-sources.ts';
import { distinctLocations, workplaceTypeFromText, type Posting } from './posting.ts';
import { createPerKeyRateLimiters, type RateLimit } from './request-rate-limit.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary, type SalaryInterval } from './yearly-salary.ts';

/** Reed names no number for its free keys; a run asks at most three times, so 100 an hour per key is polite. */
export const reedRateLimit: RateLimit = { requests: 100, perMs: 60 * 60_000 };

const amount = z.union([z.number(), z.string().regex(/^\d+(?:\.\d+)?$/).transform(Number)]).nullish().catch(null);

// Reed's job seeker API (GET /api/1.0/search?keywords=…): only the fields we read.
const reedJobSchema = z.object({
  jobId: z.union([z.number().int(), z.string().min(1)]),
  employerName: z.string().min(1),
  jobTitle: z.string().min(1),
  locationName: z.string().nullish(),
  minimumSalary: amount,
  maximumSalary: amount,
  currency: z.string().nullish().catch(null),
  /** "dd/mm/yyyy". */
  date: z.string().nullish(),
  /** The opening of the posting. */
  jobDescription: z.string().nullish(),
  jobUrl: z.url(),
});
const reedListSchema = z.object({ results: z.array(z.unknown()) });

/** "05/12/2026" (day first, as Reed writes dates) at midnight UTC; null when it is not such a date. */
function dayFirstDate(text: string | null | undefined): Date | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text ?? '');
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Reed states pay as bare amounts without saying per what: an amount under 200 can only be hourly
 * and one under 2,000 daily (the rates Reed's contract jobs use); anything larger is yearly.
 */
function intervalOf(amount: number): SalaryInterval {
  if (amount < 200) return 'HOUR';
  if (amount < 2_000) return 'DAY';
  return 'YEAR';
}

function toPosting(job: z.infer<typeof reedJobSchema>): Posting {
  const description = htmlToPlainText(job.jobDescription ?? '');
  const top = job.maximumSalary ?? job.minimumSalary;
  const pay =
    top != null && top > 0
      ? { min: job.minimumSalary || null, max: job.maximumSalary || null, currency: job.currency ?? 'GBP', interval: intervalOf(top) }
      : salaryFromText(description);
  const place = plainName(job.locationName ?? '');
  return {
    source: 'reed',
    externalId: String(job.jobId),
    company: plainName(job.employerName),
    title: plainName(job.jobTitle),
    locations: distinctLocations([place]),
    workplaceType: workplaceTypeFromText(`${place} ${job.jobTitle}`),
    employmentType: null,
    ...yearlySalary(pay ?? {}),
    description,
    url: job.jobUrl,
    applyUrl: job.jobUrl,
    publishedAt: dayFirstDate(job.date),
    updatedAt: null,
  };
}

/** Reed's job seeker API with the user's own key (HTTP Basic, the key as user name): once per role searched, at most three. */
export function createReedClient(options: { baseUrl: string; http: BoardHttp; rateLimit?: RateLimit }): KeyedSourceClient<'reed'> {
  const limiterFor = createPerKeyRateLimiters('Reed', options.rateLimit ?? reedRateLimit, options.http.requestLimits);
  return {
    async search({ words }, { apiKey }): Promise<AggregatorResult> {
      const http: BoardHttp = { ...options.http, limiter: limiterFor(apiKey) };
      return searchEachPhrase(words, async (keywords) => {
        const { results } = await requestBoardApi({
          url: boardApiUrl(options.baseUrl, ['api', '1.0', 'search'], { resultsToTake: '100', ...(keywords ? { keywords } : {}) }),
          service: 'Reed',
          unauthorized: () => new UpstreamError('Reed', 'refused your key; check it in Settings'),
          schema: reedListSchema,
          http,
          headers: { authorization: `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}` },
          notFound: () => new UpstreamError('Reed', 'has no job search API at the configured address', 404),
        });
        return readEntries(results, reedJobSchema, toPosting);
      });
    },
  };
}

import { z } from 'zod';
import { UpstreamError } from '../errors.ts';
import { readEntries, type AggregatorResult } from './aggregator-client.ts';
import { searchEachPhrase } from './search-each-phrase.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl } from './board-client.ts';
import { htmlToPlainText, plainName } from './html-to-plain-text.ts';
import type { KeyedSourceClient } from './keyed-sources.ts';
import { distinctLocations, toDate, workplaceTypeFromText, type Posting } from './posting.ts';
import { createPerKeyRateLimiters, type RateLimit } from './request-rate-limit.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

/** Adzuna's free keys allow 250 requests a day (and 25 a minute); each user's key has its own window. */
export const adzunaRateLimit: RateLimit = { requests: 250, perMs: 24 * 60 * 60_000 };

/** The currency Adzuna states pay in for each country it covers. */
const currencies: Record<string, string> = {
  gb: 'GBP', us: 'USD', ca: 'CAD', au: 'AUD', nz: 'NZD', in: 'INR', sg: 'SGD', za: 'ZAR', br: 'BRL', mx: 'MXN', pl: 'PLN', ch: 'CHF',
  de: 'EUR', fr: 'EUR', nl: 'EUR', at: 'EUR', be: 'EUR', it: 'EUR', es: 'EUR',
};

const amount = z.union([z.number(), z.string().regex(/^\d+(?:\.\d+)?$/).transform(Number)]).nullish().catch(null);

// Adzuna's job search API (GET /v1/api/jobs/{country}/search/{page}): only the fields we read.
const adzunaJobSchema = z.object({
  id: z.union([z.string().min(1), z.number().int()]),
  /** May carry <strong> around the words searched. */
  title: z.string().min(1),
  /** The opening of the posting (Adzuna sends a snippet, not the whole text). */
  description: z.string().nullish(),
  created: z.string().nullish(),
  redirect_url: z.url(),
  company: z.object({ display_name: z.string().nullish() }).nullish().catch(null),
  location: z.object({ display_name: z.string().nullish(), area: z.array(z.string()).nullish().catch(null) }).nullish().catch(null),
  salary_min: amount,
  salary_max: amount,
  /** "1" when Adzuna estimated the pay rather than the employer stating it. */
  salary_is_predicted: z.union([z.string(), z.number(), z.boolean()]).nullish(),
  contract_time: z.string().nullish(),
  contract_type: z.string().nullish(),
});
const adzunaPageSchema = z.object({ results: z.array(z.unknown()) });

const contractTimes: Record<string, string> = { full_time: 'Full-time', part_time: 'Part-time' };

function toPosting(job: z.infer<typeof adzunaJobSchema>, country: string): Posting | null {
  const company = plainName(job.company?.display_name ?? '');
  if (!company) return null;
  const description = htmlToPlainText(job.description ?? '');
  const predicted = ['1', 1, true].includes(job.salary_is_predicted as string | number | boolean);
  const stated = !predicted && (job.salary_min != null || job.salary_max != null);
  const pay = stated ? { min: job.salary_min, max: job.salary_max, currency: currencies[country] ?? null } : salaryFromText(description);
  const place = plainName(job.location?.display_name ?? '');
  return {
    source: 'adzuna',
    externalId: String(job.id),
    company,
    title: plainName(job.title),
    locations: distinctLocations([place]),
    workplaceType: workplaceTypeFromText(`${place} ${job.title}`),
    employmentType: job.contract_time ? (contractTimes[job.contract_time] ?? job.contract_time) : job.contract_type === 'contract' ? 'Contract' : null,
    ...yearlySalary(pay ?? {}),
    description,
    url: job.redirect_url,
    applyUrl: job.redirect_url,
    publishedAt: toDate(job.created),
    updatedAt: null,
  };
}

/**
 * Adzuna's job search API with the user's own application id and key: one request per role searched
 * (at most three) in the country they chose, 50 jobs each, a job listed twice kept once. A job with no
 * company named is skipped and counted; pay Adzuna only estimated is not taken for the posting's own.
 */
export function createAdzunaClient(options: { baseUrl: string; http: BoardHttp; rateLimit?: RateLimit }): KeyedSourceClient<'adzuna'> {
  const limiterFor = createPerKeyRateLimiters('Adzuna', options.rateLimit ?? adzunaRateLimit, options.http.requestLimits);
  return {
    async search({ words }, { appId, appKey, country }): Promise<AggregatorResult> {
      const http: BoardHttp = { ...options.http, limiter: limiterFor(appId) };
      return searchEachPhrase(words, async (what) => {
        const { results } = await requestBoardApi({
          url: boardApiUrl(options.baseUrl, ['v1', 'api', 'jobs', country, 'search', '1'], {
            app_id: appId,
            app_key: appKey,
            results_per_page: '50',
            'content-type': 'application/json',
            ...(what ? { what } : {}),
          }),
          service: 'Adzuna',
          unauthorized: () => new UpstreamError('Adzuna', 'refused your key; check it in Settings'),
          schema: adzunaPageSchema,
          http,
          notFound: () => new UpstreamError('Adzuna', `has no job search for the country "${country}"`, 404),
        });
        return readEntries(results, adzunaJobSchema, (job) => toPosting(job, country), { nullIsSkipped: true });
      });
    },
  };
}

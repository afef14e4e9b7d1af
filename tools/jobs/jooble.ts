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

/** Jooble's free keys come with a limited number of requests; 100 a day per key leaves most of it for the user's other uses. */
export const joobleRateLimit: RateLimit = { requests: 100, perMs: 24 * 60 * 60_000 };

// Jooble's REST API (POST /api/{key} with {keywords}): only the fields we read.
const joobleJobSchema = z.object({
  id: z.union([z.number(), z.string().min(1)]),
  title: z.string().min(1),
  company: z.string().nullish(),
  location: z.string().nullish(),
  /** An HTML excerpt of the posting. */
  snippet: z.string().nullish(),
  /** Free text when stated: "$50k - $70k", "€45,000 per year". */
  salary: z.string().nullish(),
  type: z.string().nullish(),
  link: z.url(),
  updated: z.string().nullish(),
});
const joobleListSchema = z.object({ jobs: z.array(z.unknown()).nullish() });

function toPosting(job: z.infer<typeof joobleJobSchema>): Posting | null {
  const company = plainName(job.company ?? '');
  if (!company) return null;
  // A snippet starts and ends with no-break spaces around its ellipses; they are no indent.
  const description = htmlToPlainText(job.snippet ?? '').trim();
  const place = plainName(job.location ?? '');
  const pay = salaryFromText(job.salary ?? '') ?? salaryFromText(description);
  return {
    source: 'jooble',
    // Jooble's ids are 64-bit and lose digits as JSON numbers; its link carries the id whole.
    externalId: /\/desc\/(-?\d+)/.exec(job.link)?.[1] ?? String(job.id),
    company,
    title: plainName(job.title),
    locations: distinctLocations([place]),
    workplaceType: workplaceTypeFromText(`${place} ${job.title}`),
    employmentType: job.type?.trim() || null,
    ...yearlySalary(pay ?? {}),
    description,
    url: job.link,
    applyUrl: job.link,
    // "2026-12-01T00:00:00.0000000", no time zone: read as UTC.
    publishedAt: toDate(job.updated && /T\d{2}:\d{2}/.test(job.updated) && !/[zZ]|[+-]\d{2}:?\d{2}$/.test(job.updated) ? `${job.updated.replace(/\.\d+$/, '')}Z` : job.updated),
    updatedAt: null,
  };
}

/**
 * Jooble's REST API with the user's own key (which Jooble puts in the address, so the address is
 * never part of an error message): once per role searched, at most three. A job naming no company
 * is skipped and counted.
 */
export function createJoobleClient(options: { baseUrl: string; http: BoardHttp; rateLimit?: RateLimit }): KeyedSourceClient<'jooble'> {
  const limiterFor = createPerKeyRateLimiters('Jooble', options.rateLimit ?? joobleRateLimit, options.http.requestLimits);
  return {
    async search({ words }, { apiKey }): Promise<AggregatorResult> {
      const http: BoardHttp = { ...options.http, limiter: limiterFor(apiKey) };
      return searchEachPhrase(words, async (keywords) => {
        const { jobs } = await requestBoardApi({
          url: boardApiUrl(options.baseUrl, ['api', apiKey]),
          service: 'Jooble',
          unauthorized: () => new UpstreamError('Jooble', 'refused your key; check it in Settings'),
          schema: joobleListSchema,
          http,
          postJson: { keywords: keywords ?? '' },
          notFound: () => new UpstreamError('Jooble', 'has no API at the configured address (or the key is unknown to it)', 404),
        });
        return readEntries(jobs ?? [], joobleJobSchema, toPosting, { nullIsSkipped: true });
      });
    },
  };
}

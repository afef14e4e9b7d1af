import { z } from 'zod';
import { UpstreamError } from '../errors.ts';
import { readEntries, type AggregatorResult } from './aggregator-client.ts';
import { searchEachPhrase } from './search-each-phrase.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl } from './board-client.ts';
import { htmlToPlainText, plainName } from './html-to-plain-text.ts';
import type { KeyedSourceClient } from './keyed-sources.ts';
import { distinctLocations, toDate, type Posting, type WorkplaceType } from './posting.ts';
import { createPerKeyRateLimiters, type RateLimit } from './request-rate-limit.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary, type SalaryInterval } from './yearly-salary.ts';

/** USAJOBS names no number for its keys; a run asks at most three times, so 200 an hour per key is polite. */
export const usajobsRateLimit: RateLimit = { requests: 200, perMs: 60 * 60_000 };

const amount = z.union([z.number(), z.string().regex(/^\d+(?:\.\d+)?$/).transform(Number)]).nullish().catch(null);
const named = z.object({ Name: z.string().nullish() }).loose();

// USAJOBS' search API (GET /api/search?Keyword=…): the fields we read of each MatchedObjectDescriptor.
const descriptorSchema = z.object({
  PositionID: z.string().min(1),
  PositionTitle: z.string().min(1),
  PositionURI: z.url(),
  ApplyURI: z.array(z.string()).nullish().catch(null),
  PositionLocationDisplay: z.string().nullish(),
  PositionLocation: z.array(z.object({ LocationName: z.string().nullish() }).loose()).nullish().catch(null),
  OrganizationName: z.string().min(1),
  DepartmentName: z.string().nullish(),
  PositionSchedule: z.array(named).nullish().catch(null),
  QualificationSummary: z.string().nullish(),
  PositionRemuneration: z
    .array(z.object({ MinimumRange: amount, MaximumRange: amount, RateIntervalCode: z.string().nullish(), Description: z.string().nullish() }).loose())
    .nullish()
    .catch(null),
  PublicationStartDate: z.string().nullish(),
  UserArea: z
    .object({
      Details: z
        .object({ JobSummary: z.string().nullish(), TeleworkEligible: z.boolean().nullish().catch(null), RemoteIndicator: z.boolean().nullish().catch(null) })
        .loose()
        .nullish()
        .catch(null),
    })
    .loose()
    .nullish()
    .catch(null),
});
const itemSchema = z.object({ MatchedObjectDescriptor: descriptorSchema });
const searchSchema = z.object({ SearchResult: z.object({ SearchResultItems: z.array(z.unknown()).nullish() }) });

/** USAJOBS' pay intervals, in its codes ("PA", "PH") or in words ("Per Year"). */
function intervalOf(code: string | null | undefined): SalaryInterval | null {
  const key = (code ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (['pa', 'peryear', 'perannum'].includes(key)) return 'YEAR';
  if (['ph', 'perhour'].includes(key)) return 'HOUR';
  if (['pd', 'perday'].includes(key)) return 'DAY';
  if (['pw', 'perweek'].includes(key)) return 'WEEK';
  if (['pm', 'permonth'].includes(key)) return 'MONTH';
  return null;
}

function toPosting(item: z.infer<typeof itemSchema>): Posting {
  const job = item.MatchedObjectDescriptor;
  const details = job.UserArea?.Details;
  const description = [details?.JobSummary, job.QualificationSummary]
    .map((part) => htmlToPlainText(part ?? ''))
    .filter(Boolean)
    .join('\n\n');
  const stated = job.PositionRemuneration?.[0];
  const interval = intervalOf(stated?.RateIntervalCode ?? stated?.Description);
  const pay =
    stated && interval && (stated.MinimumRange || stated.MaximumRange)
      ? { min: stated.MinimumRange || null, max: stated.MaximumRange || null, currency: 'USD', interval }
      : salaryFromText(description);
  const workplaceType: WorkplaceType | null = details?.RemoteIndicator ? 'remote' : details?.TeleworkEligible ? 'hybrid' : null;
  const places = (job.PositionLocation ?? []).map(({ LocationName }) => LocationName ?? '');
  const apply = z.url().safeParse(job.ApplyURI?.[0]);
  return {
    source: 'usajobs',
    externalId: job.PositionID,
    company: plainName(job.OrganizationName),
    title: plainName(job.PositionTitle),
    locations: distinctLocations(places.length > 0 ? places : [job.PositionLocationDisplay]),
    workplaceType,
    employmentType: job.PositionSchedule?.[0]?.Name?.trim() || null,
    ...yearlySalary(pay ?? {}),
    description,
    url: job.PositionURI,
    applyUrl: apply.success ? apply.data : job.PositionURI,
    publishedAt: toDate(job.PublicationStartDate),
    updatedAt: null,
  };
}

/**
 * USAJOBS' search API with the user's own key and the email they registered it with (its
 * Authorization-Key and User-Agent headers): once per role searched, at most three, 100 jobs each.
 */
export function createUsajobsClient(options: { baseUrl: string; http: BoardHttp; rateLimit?: RateLimit }): KeyedSourceClient<'usajobs'> {
  const limiterFor = createPerKeyRateLimiters('USAJOBS', options.rateLimit ?? usajobsRateLimit, options.http.requestLimits);
  return {
    async search({ words }, { email, apiKey }): Promise<AggregatorResult> {
      const http: BoardHttp = { ...options.http, limiter: limiterFor(apiKey) };
      return searchEachPhrase(words, async (keyword) => {
        const { SearchResult } = await requestBoardApi({
          url: boardApiUrl(options.baseUrl, ['api', 'search'], { ResultsPerPage: '100', ...(keyword ? { Keyword: keyword } : {}) }),
          service: 'USAJOBS',
          unauthorized: () => new UpstreamError('USAJOBS', 'refused your key; check it in Settings'),
          schema: searchSchema,
          http,
          headers: { 'user-agent': email, 'authorization-key': apiKey },
          notFound: () => new UpstreamError('USAJOBS', 'has no search API at the configured address', 404),
        });
        return readEntries(SearchResult.SearchResultItems ?? [], itemSchema, toPosting);
      });
    },
  };
}

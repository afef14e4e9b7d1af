import { z } from 'zod';
import { UpstreamError } from '../errors.ts';
import { mentionsAny, readEntries, searchPhrases, type AggregatorClient } from './aggregator-client.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl } from './board-client.ts';
import { htmlToPlainText, plainName, repairMisreadUtf8 } from './html-to-plain-text.ts';
import { distinctLocations, toDate, type Posting } from './posting.ts';
import { serviceRateLimiter, type RateLimit } from './request-rate-limit.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

/**
 * RemoteOK documents no number, and its whole list is one request that changes slowly: a dozen an
 * hour, for everyone using this Atlas, is polite and ample for daily runs.
 */
export const remoteOkRateLimit: RateLimit = { requests: 12, perMs: 60 * 60_000 };

/** A yearly amount in US dollars, as RemoteOK states pay; 0 (or nothing) when the job states none. */
const amount = z.union([z.number(), z.string().regex(/^\d+(?:\.\d+)?$/).transform(Number)]).nullish().catch(null);

// RemoteOK's JSON API (GET /api): only the fields we read; others are ignored.
const remoteOkJobSchema = z.object({
  id: z.union([z.string().min(1), z.number().int()]),
  /** The job title. */
  position: z.string().min(1),
  company: z.string().min(1),
  /** Where candidates must be, when it says: "Worldwide", "Campinas, SP", "US"; often empty. */
  location: z.string().nullish(),
  tags: z.array(z.string()).nullish().catch(null),
  salary_min: amount,
  salary_max: amount,
  /** Seconds since the epoch; `date` says the same in ISO 8601. */
  epoch: z.number().nullish(),
  date: z.string().nullish(),
  description: z.string().nullish(),
  url: z.url(),
  apply_url: z.url().nullish().catch(null),
});

/** The first element of the list is RemoteOK's terms of use, not a job: it has `legal` and no `id`. */
function isLegalNotice(entry: unknown) {
  return typeof entry === 'object' && entry !== null && 'legal' in entry && !('id' in entry);
}

function toPosting(job: z.infer<typeof remoteOkJobSchema>): Posting {
  // Parts of a description are joined by a written "\n" (a backslash and an n), which is no HTML.
  const html = repairMisreadUtf8(job.description ?? '').replace(/\\n/g, '\n');
  const description = htmlToPlainText(html);
  const min = job.salary_min && job.salary_min > 0 ? job.salary_min : null;
  const max = job.salary_max && job.salary_max > 0 ? job.salary_max : null;
  const pay = min !== null || max !== null ? { min, max, currency: 'USD' } : salaryFromText(description);
  const published = typeof job.epoch === 'number' && job.epoch > 0 ? new Date(job.epoch * 1000) : toDate(job.date);
  return {
    source: 'remoteok',
    externalId: String(job.id),
    company: plainName(repairMisreadUtf8(job.company)),
    title: plainName(repairMisreadUtf8(job.position)),
    // Every RemoteOK job is remote; a location is the region or country it hires in.
    locations: distinctLocations([plainName(job.location ?? '')]),
    workplaceType: 'remote',
    employmentType: null,
    ...yearlySalary(pay ?? {}),
    description,
    url: job.url,
    applyUrl: job.apply_url ?? job.url,
    publishedAt: published,
    updatedAt: null,
  };
}

/**
 * RemoteOK's public JSON API (no key): one list of its newest remote jobs, kept where their title,
 * tags or opening mention the search. Its terms ask for a link back to the job on RemoteOK, which
 * each posting's address is.
 */
export function createRemoteOkClient(options: { baseUrl: string; http: BoardHttp; rateLimit?: RateLimit }): AggregatorClient {
  const http: BoardHttp = { ...options.http, limiter: serviceRateLimiter('RemoteOK', options.rateLimit ?? remoteOkRateLimit, options.http.requestLimits) };
  return {
    async search({ words }) {
      const list = await requestBoardApi({
        url: boardApiUrl(options.baseUrl, ['api']),
        service: 'RemoteOK',
        schema: z.array(z.unknown()),
        http,
        notFound: () => new UpstreamError('RemoteOK', 'has no API at the configured address', 404),
      });
      const tagsOf = new WeakMap<Posting, string>();
      const read = readEntries(
        list.filter((entry) => !isLegalNotice(entry)),
        remoteOkJobSchema,
        (job) => {
          const posting = toPosting(job);
          tagsOf.set(posting, (job.tags ?? []).join(' '));
          return posting;
        },
      );
      const wanted = searchPhrases(words);
      return { postings: read.postings.filter((posting) => mentionsAny(posting, wanted, tagsOf.get(posting))), skipped: read.skipped };
    },
  };
}

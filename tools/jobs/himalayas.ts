import { z } from 'zod';
import { UpstreamError } from '../errors.ts';
import { mentionsAny, readEntries, searchPhrases, type AggregatorClient } from './aggregator-client.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl } from './board-client.ts';
import { htmlToPlainText, looksEntityEscaped, plainName } from './html-to-plain-text.ts';
import { distinctLocations, toDate, type Posting } from './posting.ts';
import { serviceRateLimiter, type RateLimit } from './request-rate-limit.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

/** Himalayas names no number for its public API; a run reads three pages, so 60 an hour for everyone is ample and polite. */
export const himalayasRateLimit: RateLimit = { requests: 60, perMs: 60 * 60_000 };

const pageSize = 20;

/** A country as Himalayas names it: documented as an object with a name, sent by older versions as a plain name. */
const place = z.union([z.string(), z.object({ name: z.string().nullish() }).transform(({ name }) => name ?? '')]);
const strings = z.union([z.array(z.string()), z.string().transform((text) => [text])]).nullish().catch(null);
const amount = z.union([z.number(), z.string().regex(/^\d+(?:\.\d+)?$/).transform(Number)]).nullish().catch(null);

// Himalayas' public jobs API (GET /jobs/api?limit=&offset=), fields as its data dictionary lists them; others are ignored.
const himalayasJobSchema = z.object({
  guid: z.string().min(1),
  title: z.string().min(1),
  companyName: z.string().min(1),
  employmentType: z.string().nullish(),
  /** Yearly, in `currency`; null when the job states none. */
  minSalary: amount,
  maxSalary: amount,
  currency: z.string().nullish().catch(null),
  /** "Entry-level", "Mid-level", "Senior", "Manager"… */
  seniority: strings,
  /** Countries candidates must live in; none means anywhere. */
  locationRestrictions: z.array(place).nullish().catch(null),
  categories: strings,
  /** Sanitized HTML. */
  description: z.string().nullish(),
  excerpt: z.string().nullish(),
  /** Documented in milliseconds since the epoch; seconds and ISO text are read too. */
  pubDate: z.union([z.number(), z.string()]).nullish(),
  applicationLink: z.url(),
});
const himalayasPageSchema = z.object({ jobs: z.array(z.unknown()), totalCount: z.number().nullish() });

function publishedAt(value: number | string | null | undefined): Date | null {
  if (typeof value === 'number') return value > 0 ? new Date(value < 1e12 ? value * 1000 : value) : null;
  return toDate(value);
}

function toPosting(job: z.infer<typeof himalayasJobSchema>): Posting {
  const html = job.description || job.excerpt || '';
  const description = htmlToPlainText(html, { escaped: looksEntityEscaped(html) });
  const hasPay = job.minSalary != null || job.maxSalary != null;
  const pay = hasPay ? { min: job.minSalary, max: job.maxSalary, currency: job.currency ?? null, interval: 'YEAR' as const } : salaryFromText(description);
  const countries = distinctLocations(job.locationRestrictions ?? []);
  // The guid is the job's page on Himalayas when it is an address; applying goes to the employer's link.
  const page = z.url().safeParse(job.guid);
  return {
    source: 'himalayas',
    externalId: job.guid,
    company: plainName(job.companyName),
    title: plainName(job.title),
    // Every Himalayas job is remote; its places are the countries it hires in.
    locations: countries.length > 0 ? countries : ['Worldwide'],
    workplaceType: 'remote',
    employmentType: job.employmentType?.trim() || null,
    ...yearlySalary(pay ?? {}),
    description,
    url: page.success ? page.data : job.applicationLink,
    applyUrl: job.applicationLink,
    publishedAt: publishedAt(job.pubDate),
    updatedAt: null,
  };
}

/**
 * Himalayas' public remote jobs API (no key): its newest jobs, a few pages of 20, kept where their
 * title, opening, seniority or categories mention the search.
 */
export function createHimalayasClient(options: { baseUrl: string; http: BoardHttp; pages?: number; rateLimit?: RateLimit }): AggregatorClient {
  const http: BoardHttp = { ...options.http, limiter: serviceRateLimiter('Himalayas', options.rateLimit ?? himalayasRateLimit, options.http.requestLimits) };
  return {
    async search({ words }) {
      const wanted = searchPhrases(words);
      const filed = new WeakMap<Posting, string>();
      const kept: Posting[] = [];
      let skipped = 0;
      for (let page = 0; page < (options.pages ?? 3); page++) {
        const { jobs, totalCount } = await requestBoardApi({
          url: boardApiUrl(options.baseUrl, ['jobs', 'api'], { limit: String(pageSize), offset: String(page * pageSize) }),
          service: 'Himalayas',
          schema: himalayasPageSchema,
          http,
          notFound: () => new UpstreamError('Himalayas', 'has no jobs API at the configured address', 404),
        });
        const read = readEntries(jobs, himalayasJobSchema, (job) => {
          const posting = toPosting(job);
          filed.set(posting, [...(job.seniority ?? []), ...(job.categories ?? [])].join(' '));
          return posting;
        });
        skipped += read.skipped;
        kept.push(...read.postings.filter((posting) => mentionsAny(posting, wanted, filed.get(posting))));
        if (jobs.length < pageSize || (typeof totalCount === 'number' && (page + 1) * pageSize >= totalCount)) break;
      }
      return { postings: kept, skipped };
    },
  };
}

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

/** The Muse allows 500 requests an hour without an API key (https://www.themuse.com/developers/api/v2). */
export const theMuseRateLimit: RateLimit = { requests: 500, perMs: 60 * 60_000 };

const named = z.object({ name: z.string().nullish() });
// The Muse's public jobs API (GET /api/public/jobs?page=N): only the fields we read; others are ignored.
const museJobSchema = z.object({
  id: z.union([z.number().int(), z.string().min(1)]),
  name: z.string().min(1),
  /** The posting as HTML. */
  contents: z.string().nullish(),
  publication_date: z.string().nullish(),
  company: z.object({ name: z.string().min(1) }),
  locations: z.array(named).nullish(),
  /** "Entry Level", "Mid Level", "Senior Level", "management", "Internship". */
  levels: z.array(named).nullish(),
  /** "Software Engineering", "Data and Analytics"… */
  categories: z.array(named).nullish(),
  refs: z.object({ landing_page: z.url() }),
});
const musePageSchema = z.object({ results: z.array(z.unknown()), page_count: z.number().int().nullish() });

/** How The Muse names a remote job's place: "Flexible / Remote". */
const remotePlace = /^(?:flexible\s*\/\s*)?remote$/i;

function toPosting(job: z.infer<typeof museJobSchema>): Posting {
  const contents = job.contents ?? '';
  const description = htmlToPlainText(contents, { escaped: looksEntityEscaped(contents) });
  const places = (job.locations ?? []).map(({ name }) => name?.trim() ?? '');
  const remote = places.some((place) => remotePlace.test(place));
  return {
    source: 'themuse',
    externalId: String(job.id),
    company: plainName(job.company.name),
    title: plainName(job.name),
    locations: distinctLocations(places.filter((place) => !remotePlace.test(place))),
    workplaceType: remote ? 'remote' : null,
    employmentType: (job.levels ?? []).some(({ name }) => /intern/i.test(name ?? '')) ? 'Internship' : null,
    ...yearlySalary(salaryFromText(description) ?? {}),
    description,
    url: job.refs.landing_page,
    applyUrl: job.refs.landing_page,
    publishedAt: toDate(job.publication_date),
    updatedAt: null,
  };
}

/** The levels and categories The Muse files a job under, as words a search can match ("Senior Level Software Engineering"). */
function filedUnder(job: z.infer<typeof museJobSchema>): string {
  return [...(job.levels ?? []), ...(job.categories ?? [])].map(({ name }) => name ?? '').join(' ');
}

/**
 * The Muse's public jobs API (no key): it cannot search by words, so its newest jobs are read a few
 * pages deep (20 a page) and kept where their title, opening, level or category mention the search.
 */
export function createTheMuseClient(options: { baseUrl: string; http: BoardHttp; pages?: number; rateLimit?: RateLimit }): AggregatorClient {
  const http: BoardHttp = { ...options.http, limiter: serviceRateLimiter('The Muse', options.rateLimit ?? theMuseRateLimit, options.http.requestLimits) };
  return {
    async search({ words }) {
      const wanted = searchPhrases(words);
      const kept: Posting[] = [];
      // Levels and categories are matched with the text but not kept in the posting, which has no field for them.
      const filed = new WeakMap<Posting, string>();
      let skipped = 0;
      for (let page = 1; page <= (options.pages ?? 5); page++) {
        const { results, page_count: pageCount } = await requestBoardApi({
          url: boardApiUrl(options.baseUrl, ['api', 'public', 'jobs'], { page: String(page), descending: 'true' }),
          service: 'The Muse',
          schema: musePageSchema,
          http,
          notFound: () => new UpstreamError('The Muse', 'has no public jobs API at the configured address', 404),
        });
        const read = readEntries(results, museJobSchema, (job) => {
          const posting = toPosting(job);
          filed.set(posting, filedUnder(job));
          return posting;
        });
        skipped += read.skipped;
        kept.push(...read.postings.filter((posting) => mentionsAny(posting, wanted, filed.get(posting))));
        if (results.length === 0 || (typeof pageCount === 'number' && page >= pageCount)) break;
      }
      return { postings: kept, skipped };
    },
  };
}

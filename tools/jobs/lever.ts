import { z } from 'zod';
import { NotFoundError, UpstreamError } from '../errors.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl, fieldOf, readBoardEntries, type BoardClient, type BoardListing } from './board-client.ts';
import { companyOnHostedPage } from './hosted-page-company.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { distinctLocations, toDate, type Posting, type WorkplaceType } from './posting.ts';
import type { FetchPage } from './safe-fetch.ts';
import { salaryFromText } from './salary-from-text.ts';
import { noSalary, yearlySalary, type SalaryInterval } from './yearly-salary.ts';

// https://github.com/lever/postings-api — only the fields we read; others are ignored.
const leverPostingSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  categories: z
    .object({
      location: z.string().nullish(),
      commitment: z.string().nullish(),
      allLocations: z.array(z.string()).nullish(),
    })
    .nullish(),
  createdAt: z.number().nullish(),
  updatedAt: z.number().nullish(),
  description: z.string().nullish(),
  lists: z.array(z.object({ text: z.string(), content: z.string() })).nullish(),
  additional: z.string().nullish(),
  hostedUrl: z.url(),
  applyUrl: z.url().nullish(),
  workplaceType: z.string().nullish(),
  /** Free text about pay, shown on the posting; often the only place a range is given. */
  salaryDescriptionPlain: z.string().nullish(),
  salaryRange: z
    .object({
      min: z.number().nullish(),
      max: z.number().nullish(),
      currency: z.string().nullish(),
      interval: z.string().nullish(),
    })
    .nullish(),
});
type LeverPosting = z.infer<typeof leverPostingSchema>;

const pageSize = 100;
// A board past this many pages is almost certainly a paging loop, not a real board.
const maximumPages = 100;

const workplaceTypes: Record<string, WorkplaceType> = { remote: 'remote', hybrid: 'hybrid', 'on-site': 'onsite', onsite: 'onsite' };

// Lever's documented intervals: per-year-salary, per-month-salary, per-week-salary, per-day-wage, per-hour-wage.
const salaryIntervals: Record<string, SalaryInterval> = {
  'per-year-salary': 'YEAR',
  'per-month-salary': 'MONTH',
  'per-week-salary': 'WEEK',
  'per-day-wage': 'DAY',
  'per-hour-wage': 'HOUR',
};

/** Lever splits a posting into an opening, titled lists of requirements, and a closing part. */
function description(posting: LeverPosting): string {
  const parts = [
    htmlToPlainText(posting.description ?? ''),
    ...(posting.lists ?? []).map((list) => `${list.text.trim()}\n${htmlToPlainText(`<ul>${list.content}</ul>`)}`),
    htmlToPlainText(posting.additional ?? ''),
  ];
  return parts.filter((part) => part.trim() !== '').join('\n\n');
}

/** "one-time" and unknown intervals are not pay we can put on a yearly scale. */
function structuredSalary(salary: LeverPosting['salaryRange']) {
  if (!salary) return noSalary;
  if (!salary.interval) return yearlySalary({ min: salary.min, max: salary.max, currency: salary.currency });
  const interval = salaryIntervals[salary.interval];
  return interval ? yearlySalary({ ...salary, interval }) : noSalary;
}

/** The structured range when the posting has one, else the pay its salary note or description states. */
function salaryRange(posting: LeverPosting, description: string) {
  const structured = structuredSalary(posting.salaryRange);
  if (structured !== noSalary) return structured;
  return yearlySalary(salaryFromText(`${posting.salaryDescriptionPlain ?? ''}\n${description}`) ?? {});
}

function toPosting(posting: LeverPosting, company: string): Posting {
  const text = description(posting);
  return {
    source: 'lever',
    externalId: posting.id,
    company,
    title: posting.text.trim(),
    locations: distinctLocations([posting.categories?.location, ...(posting.categories?.allLocations ?? [])]),
    workplaceType: workplaceTypes[posting.workplaceType?.toLowerCase() ?? ''] ?? null,
    employmentType: posting.categories?.commitment?.trim() || null,
    ...salaryRange(posting, text),
    description: text,
    url: posting.hostedUrl,
    applyUrl: posting.applyUrl ?? posting.hostedUrl,
    publishedAt: toDate(posting.createdAt),
    updatedAt: toDate(posting.updatedAt ?? posting.createdAt),
  };
}

/**
 * Lever's public postings API. A site lives on either the global or the EU host and the site name
 * does not say which, so each call tries the global host and, when it does not know the site, the EU one.
 * The API does not name the company; the posting's hosted page does.
 */
export function createLeverClient(options: { baseUrl: string; euBaseUrl: string; http: BoardHttp; fetchPage: FetchPage }): BoardClient {
  const { http, fetchPage } = options;
  const service = 'Lever';

  async function onEitherHost<T>(call: (baseUrl: string) => Promise<T>): Promise<T> {
    try {
      return await call(options.baseUrl);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      return call(options.euBaseUrl);
    }
  }

  async function listFrom(baseUrl: string, site: string): Promise<BoardListing<LeverPosting>> {
    const listed: BoardListing<LeverPosting> = { postings: [], unreadable: 0, unreadableIds: [] };
    for (let page = 0; page < maximumPages; page += 1) {
      const batch = await requestBoardApi({
        url: boardApiUrl(baseUrl, ['v0', 'postings', site], {
          mode: 'json',
          skip: String(page * pageSize),
          limit: String(pageSize),
        }),
        service,
        // Each posting is checked on its own (readBoardEntries), so one malformed posting does not fail the site.
        schema: z.array(z.unknown()),
        http,
        notFound: () => new NotFoundError('Lever site', site),
      });
      const read = readBoardEntries(batch, leverPostingSchema, fieldOf('id'));
      listed.postings.push(...read.postings);
      listed.unreadable += read.unreadable;
      listed.unreadableIds.push(...read.unreadableIds);
      if (batch.length < pageSize) return listed;
    }
    throw new UpstreamError(service, `site ${site} listed more than ${maximumPages * pageSize} postings`);
  }

  return {
    async listPostings(site) {
      const { postings, unreadable, unreadableIds } = await onEitherHost((baseUrl) => listFrom(baseUrl, site));
      // Every posting on a site is the same company's, so one page names it for all.
      const [first] = postings;
      if (!first) return { postings: [], unreadable, unreadableIds };
      const company = await companyOnHostedPage({ fetchPage, url: first.hostedUrl, title: first.text, board: site });
      return { postings: postings.map((posting) => toPosting(posting, company)), unreadable, unreadableIds };
    },
    async getPosting(site, id) {
      const posting = await onEitherHost((baseUrl) =>
        requestBoardApi({
          url: boardApiUrl(baseUrl, ['v0', 'postings', site, id], { mode: 'json' }),
          service,
          schema: leverPostingSchema,
          http,
          notFound: () => new NotFoundError(`Lever posting on site ${site}`, id),
        }),
      );
      const company = await companyOnHostedPage({ fetchPage, url: posting.hostedUrl, title: posting.text, board: site });
      return toPosting(posting, company);
    },
  };
}

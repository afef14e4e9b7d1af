import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { requestBoardApi, UnexpectedShapeError, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl, fieldOf, readBoardEntries, type BoardClient } from './board-client.ts';
import { companyOnHostedPage } from './hosted-page-company.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { distinctLocations, toDate, type Posting, type WorkplaceType } from './posting.ts';
import type { FetchPage } from './safe-fetch.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary, type SalaryInterval } from './yearly-salary.ts';

// https://developers.ashbyhq.com/docs/public-job-posting-api — only the fields we read; others are ignored.
const ashbyJobSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  employmentType: z.string().nullish(),
  location: z.string().nullish(),
  secondaryLocations: z.array(z.object({ location: z.string().nullish() })).nullish(),
  isRemote: z.boolean().nullish(),
  workplaceType: z.string().nullish(),
  publishedAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  isListed: z.boolean().nullish(),
  jobUrl: z.url(),
  applyUrl: z.url().nullish(),
  descriptionHtml: z.string().nullish(),
  descriptionPlain: z.string().nullish(),
  compensation: z
    .object({
      summaryComponents: z.array(
        z.object({
          compensationType: z.string(),
          interval: z.string().nullish(),
          currencyCode: z.string().nullish(),
          minValue: z.number().nullish(),
          maxValue: z.number().nullish(),
        }),
      ),
    })
    .nullish(),
});
type AshbyJob = z.infer<typeof ashbyJobSchema>;

// Each job is checked on its own (readBoardEntries), so one malformed job does not fail the board.
const ashbyBoardSchema = z.object({ jobs: z.array(z.unknown()) });

const workplaceTypes: Record<string, WorkplaceType> = { remote: 'remote', hybrid: 'hybrid', onsite: 'onsite' };

function workplaceType(job: AshbyJob): WorkplaceType | null {
  // Ashby spells it "OnSite", "Remote" or "Hybrid"; older boards only set isRemote.
  const stated = workplaceTypes[job.workplaceType?.toLowerCase().replace(/[^a-z]/g, '') ?? ''];
  return stated ?? (job.isRemote ? 'remote' : null);
}

/**
 * The base salary component; equity, bonus and commission are not salary. Intervals read "1 YEAR",
 * "1 HOUR". A posting without one may still state its pay in the description.
 */
function salaryRange(job: AshbyJob, description: string) {
  const salary = job.compensation?.summaryComponents.find((component) => component.compensationType === 'Salary');
  if (!salary) return yearlySalary(salaryFromText(description) ?? {});
  const interval = /^1 (HOUR|DAY|WEEK|MONTH|YEAR)$/.exec(salary.interval ?? '')?.[1] as SalaryInterval | undefined;
  return yearlySalary({ min: salary.minValue, max: salary.maxValue, currency: salary.currencyCode, interval });
}

function toPosting(job: AshbyJob, company: string): Posting {
  const description = job.descriptionHtml ? htmlToPlainText(job.descriptionHtml) : (job.descriptionPlain ?? '').trim();
  return {
    source: 'ashby',
    externalId: job.id,
    company,
    title: job.title.trim(),
    locations: distinctLocations([job.location, ...(job.secondaryLocations ?? []).map((secondary) => secondary.location)]),
    workplaceType: workplaceType(job),
    employmentType: job.employmentType?.trim() || null,
    ...salaryRange(job, description),
    description,
    url: job.jobUrl,
    applyUrl: job.applyUrl ?? job.jobUrl,
    publishedAt: toDate(job.publishedAt),
    updatedAt: toDate(job.updatedAt ?? job.publishedAt),
  };
}

/** Ashby's public job posting API (no key needed). It does not name the company; the posting's hosted page does. */
export function createAshbyClient(options: { baseUrl: string; http: BoardHttp; fetchPage: FetchPage }): BoardClient {
  const { baseUrl, http, fetchPage } = options;
  const company = (board: string, job: AshbyJob) => companyOnHostedPage({ fetchPage, url: job.jobUrl, title: job.title, board });

  async function boardJobs(board: string) {
    const { jobs } = await requestBoardApi({
      url: boardApiUrl(baseUrl, ['posting-api', 'job-board', board], { includeCompensation: 'true' }),
      service: 'Ashby',
      schema: ashbyBoardSchema,
      http,
      notFound: () => new NotFoundError('Ashby job board', board),
    });
    return readBoardEntries(jobs, ashbyJobSchema, fieldOf('id'));
  }

  return {
    async listPostings(board) {
      // Unlisted postings are reachable by link only; the company has not published them on its board.
      const { postings: jobs, unreadable, unreadableIds } = await boardJobs(board);
      const listed = jobs.filter((job) => job.isListed !== false);
      // Every posting on a board is the same company's, so one page names it for all.
      const [first] = listed;
      if (!first) return { postings: [], unreadable, unreadableIds };
      const name = await company(board, first);
      return { postings: listed.map((job) => toPosting(job, name)), unreadable, unreadableIds };
    },
    // The posting API has no documented single-job endpoint, so one posting is found on its board.
    async getPosting(board, id) {
      const { postings: jobs, unreadableIds } = await boardJobs(board);
      const job = jobs.find((candidate) => candidate.id === id);
      if (!job && unreadableIds.includes(id)) throw new UnexpectedShapeError('Ashby', `job ${id} on board ${board} could not be read`);
      if (!job) throw new NotFoundError(`Ashby job on board ${board}`, id);
      return toPosting(job, await company(board, job));
    },
  };
}

import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { requestBoardApi, UnexpectedShapeError, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl, fieldOf, readableBoardName, readBoardEntries, type BoardClient } from './board-client.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { distinctLocations, toDate, workplaceTypeFromText, type Posting } from './posting.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

const place = { city: z.string().nullish(), region: z.string().nullish(), country: z.string().nullish() };

// The public account endpoint Workable's own jobs widget calls (`?details=true` adds each description);
// its fields are those of https://workable.readme.io/reference/jobs-1. Only the fields we read; others are ignored.
const workableJobSchema = z.object({
  title: z.string().min(1),
  shortcode: z.string().min(1),
  employment_type: z.string().nullish(),
  telecommuting: z.boolean().nullish(),
  url: z.url(),
  application_url: z.url().nullish(),
  published_on: z.string().nullish(),
  created_at: z.string().nullish(),
  ...place,
  state: z.string().nullish(),
  locations: z.array(z.object({ ...place, hidden: z.boolean().nullish() })).nullish(),
  description: z.string().nullish(),
});
type WorkableJob = z.infer<typeof workableJobSchema>;

// Each job is checked on its own (readBoardEntries), so one malformed job does not fail the account.
const workableAccountSchema = z.object({ name: z.string().nullish(), jobs: z.array(z.unknown()) });

function locations(job: WorkableJob): string[] {
  const named = (entry: { city?: string | null; region?: string | null; country?: string | null }) =>
    [entry.city, entry.region, entry.country].filter(Boolean).join(', ');
  const shown = (job.locations ?? []).filter((entry) => !entry.hidden).map(named);
  return distinctLocations(shown.length > 0 ? shown : [named({ ...job, region: job.state })]);
}

function toPosting(job: WorkableJob, company: string): Posting {
  const description = htmlToPlainText(job.description ?? '');
  const places = locations(job);
  return {
    source: 'workable',
    externalId: job.shortcode,
    company,
    title: job.title.trim(),
    locations: places,
    // The widget marks remote jobs only; a hybrid one says so in its title or place, if anywhere.
    workplaceType: job.telecommuting ? 'remote' : workplaceTypeFromText(`${job.title} ${places.join(' ')}`),
    employmentType: job.employment_type?.trim() || null,
    // The widget has no pay field; pay, when stated, is in the description.
    ...yearlySalary(salaryFromText(description) ?? {}),
    description,
    url: job.url,
    applyUrl: job.application_url ?? job.url,
    publishedAt: toDate(job.published_on ?? job.created_at),
    updatedAt: toDate(job.published_on ?? job.created_at),
  };
}

/** Workable's public jobs widget API (no key needed); it names the company. */
export function createWorkableClient(options: { baseUrl: string; http: BoardHttp }): BoardClient {
  const { baseUrl, http } = options;

  async function account(board: string) {
    const body = await requestBoardApi({
      url: boardApiUrl(baseUrl, ['api', 'v1', 'widget', 'accounts', board], { details: 'true' }),
      service: 'Workable',
      schema: workableAccountSchema,
      http,
      notFound: () => new NotFoundError('Workable account', board),
    });
    return { company: body.name?.trim() || readableBoardName(board), ...readBoardEntries(body.jobs, workableJobSchema, fieldOf('shortcode')) };
  }

  return {
    async listPostings(board) {
      const { company, postings: jobs, unreadable, unreadableIds } = await account(board);
      return { postings: jobs.map((job) => toPosting(job, company)), unreadable, unreadableIds };
    },
    // The widget has no single-job endpoint, so one posting is found on its account's list.
    async getPosting(board, id) {
      const { company, postings: jobs, unreadableIds } = await account(board);
      const job = jobs.find((candidate) => candidate.shortcode.toLowerCase() === id.toLowerCase());
      if (!job && unreadableIds.some((unread) => unread.toLowerCase() === id.toLowerCase())) {
        throw new UnexpectedShapeError('Workable', `job ${id} at ${board} could not be read`);
      }
      if (!job) throw new NotFoundError(`Workable job at ${board}`, id);
      return toPosting(job, company);
    },
  };
}

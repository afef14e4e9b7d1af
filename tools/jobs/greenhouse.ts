import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl, integerFieldOf, readableBoardName, readBoardEntries, type BoardClient } from './board-client.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { distinctLocations, toDate, workplaceTypeFromText, type Posting } from './posting.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

// https://developers.greenhouse.io/job-board.html#jobs — only the fields we read; others are ignored.
const greenhouseJobSchema = z.object({
  id: z.number().int(),
  title: z.string().min(1),
  absolute_url: z.url(),
  updated_at: z.string().nullish(),
  first_published: z.string().nullish(),
  company_name: z.string().nullish(),
  location: z.object({ name: z.string().nullish() }).nullish(),
  /** The description as HTML that is itself entity-escaped ("&lt;p&gt;"). */
  content: z.string().nullish(),
  metadata: z.array(z.object({ name: z.string(), value: z.unknown() })).nullish(),
});
type GreenhouseJob = z.infer<typeof greenhouseJobSchema>;

// Each job is checked on its own (readBoardEntries), so one malformed job does not fail the board.
const greenhouseBoardSchema = z.object({ jobs: z.array(z.unknown()) });

/** Greenhouse has no employment type field; boards commonly add it as a custom metadata field. */
function employmentType(job: GreenhouseJob): string | null {
  const field = job.metadata?.find((entry) => /employment type/i.test(entry.name));
  return typeof field?.value === 'string' && field.value.trim() ? field.value.trim() : null;
}

function toPosting(job: GreenhouseJob, board: string): Posting {
  const locationName = job.location?.name ?? '';
  const description = htmlToPlainText(job.content ?? '', { escaped: true });
  return {
    source: 'greenhouse',
    externalId: String(job.id),
    company: job.company_name?.trim() || readableBoardName(board),
    title: job.title.trim(),
    // One free-text field; boards list several places separated by semicolons.
    locations: distinctLocations(locationName.split(';')),
    workplaceType: workplaceTypeFromText(locationName),
    employmentType: employmentType(job),
    // The job board API has no pay field; boards state pay in the description (its pay transparency block).
    ...yearlySalary(salaryFromText(description) ?? {}),
    description,
    url: job.absolute_url,
    applyUrl: job.absolute_url,
    publishedAt: toDate(job.first_published),
    updatedAt: toDate(job.updated_at),
  };
}

/** Greenhouse's public job board API (no key needed). */
export function createGreenhouseClient(options: { baseUrl: string; http: BoardHttp }): BoardClient {
  const { baseUrl, http } = options;
  const service = 'Greenhouse';
  return {
    async listPostings(board) {
      const { jobs } = await requestBoardApi({
        url: boardApiUrl(baseUrl, ['v1', 'boards', board, 'jobs'], { content: 'true' }),
        service,
        schema: greenhouseBoardSchema,
        http,
        notFound: () => new NotFoundError('Greenhouse board', board),
      });
      const read = readBoardEntries(jobs, greenhouseJobSchema, integerFieldOf('id'));
      return { ...read, postings: read.postings.map((job) => toPosting(job, board)) };
    },
    async getPosting(board, id) {
      const job = await requestBoardApi({
        url: boardApiUrl(baseUrl, ['v1', 'boards', board, 'jobs', id]),
        service,
        schema: greenhouseJobSchema,
        http,
        notFound: () => new NotFoundError(`Greenhouse job on board ${board}`, id),
      });
      return toPosting(job, board);
    },
  };
}

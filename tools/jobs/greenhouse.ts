import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl, integerFieldOf, readableBoardName, readBoardEntries, type BoardClient } from './board-client.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { distinctLocations, toDate, workplaceTypeFromText, type Posting, type WorkplaceType } from './posting.ts';
import { salaryFromText } from './salary-from-text.ts';
import { noSalary, yearlySalary, type SalaryRange } from './yearly-salary.ts';

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
  /** Pay ranges a board publishes under pay transparency laws, sent when asked for with `pay_transparency=true`. */
  pay_input_ranges: z
    .array(z.object({ min_cents: z.number().nullish(), max_cents: z.number().nullish(), currency_type: z.string().nullish() }))
    .nullish(),
});
type GreenhouseJob = z.infer<typeof greenhouseJobSchema>;

// Each job is checked on its own (readBoardEntries), so one malformed job does not fail the board.
const greenhouseBoardSchema = z.object({ jobs: z.array(z.unknown()) });

/** A custom metadata field's text: Greenhouse has no employment type or workplace field, and boards commonly add them. */
function metadataText(job: GreenhouseJob, name: RegExp): string | null {
  const field = job.metadata?.find((entry) => name.test(entry.name));
  return typeof field?.value === 'string' && field.value.trim() ? field.value.trim() : null;
}

/** A board's workplace field: "Remote", "Hybrid", "On-site", "Onsite", "In Office". */
function statedWorkplace(value: string | null): WorkplaceType | null {
  if (!value) return null;
  if (/\b(on[- ]?site|in[- ]office|office[- ]based)\b/i.test(value)) return 'onsite';
  return workplaceTypeFromText(value);
}

/**
 * The published pay ranges as one yearly range. A board may publish one per zone or city ("Zone 1",
 * "Toronto, ON"); together they span the lowest to the highest, in the first range's currency.
 */
function publishedPay(job: GreenhouseJob): SalaryRange {
  const ranges = (job.pay_input_ranges ?? []).filter((range) => range.currency_type?.trim());
  const currency = ranges[0]?.currency_type?.trim().toUpperCase();
  const same = ranges.filter((range) => range.currency_type?.trim().toUpperCase() === currency);
  const amounts = (key: 'min_cents' | 'max_cents') => same.map((range) => range[key]).filter((cents): cents is number => typeof cents === 'number' && cents > 0).map((cents) => cents / 100);
  const mins = amounts('min_cents');
  const maxes = amounts('max_cents');
  if (!currency || (mins.length === 0 && maxes.length === 0)) return noSalary;
  return yearlySalary({ min: mins.length > 0 ? Math.min(...mins) : null, max: maxes.length > 0 ? Math.max(...maxes) : null, currency });
}

function toPosting(job: GreenhouseJob, board: string): Posting {
  const locationName = job.location?.name ?? '';
  const description = htmlToPlainText(job.content ?? '', { escaped: true });
  const published = publishedPay(job);
  return {
    source: 'greenhouse',
    externalId: String(job.id),
    company: job.company_name?.trim() || readableBoardName(board),
    title: job.title.trim(),
    // One free-text field; boards list several places separated by semicolons.
    locations: distinctLocations(locationName.split(';')),
    // A board's own "Workplace Type" field says it outright; otherwise the location may ("Remote - Europe").
    workplaceType: statedWorkplace(metadataText(job, /workplace|work ?(model|arrangement|setting)|location type/i)) ?? workplaceTypeFromText(locationName),
    employmentType: metadataText(job, /employment type/i),
    // The published pay ranges when the board has them; otherwise the pay its description states (its pay transparency block).
    ...(published !== noSalary ? published : yearlySalary(salaryFromText(description) ?? {})),
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
        url: boardApiUrl(baseUrl, ['v1', 'boards', board, 'jobs'], { content: 'true', pay_transparency: 'true' }),
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
        url: boardApiUrl(baseUrl, ['v1', 'boards', board, 'jobs', id], { pay_transparency: 'true' }),
        service,
        schema: greenhouseJobSchema,
        http,
        notFound: () => new NotFoundError(`Greenhouse job on board ${board}`, id),
      });
      return toPosting(job, board);
    },
  };
}

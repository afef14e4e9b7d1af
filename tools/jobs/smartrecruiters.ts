import { z } from 'zod';
import { NotFoundError, UpstreamError } from '../errors.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl, readableBoardName, readBoardEntries, readEachOpen, type BoardClient } from './board-client.ts';
import { sectionsToPlainText } from './html-to-plain-text.ts';
import { distinctLocations, toDate, type Posting, type WorkplaceType } from './posting.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

// https://developers.smartrecruiters.com/reference/v1getposting — only the fields we read; others are ignored.
const labelled = z.object({ label: z.string().nullish() }).nullish();
const section = z.object({ title: z.string().nullish(), text: z.string().nullish() }).nullish();

const postingSummarySchema = z.object({ id: z.string().min(1) });

const postingListSchema = z.object({
  totalFound: z.number().int().nonnegative(),
  // Each summary is checked on its own (readBoardEntries), so one without an id does not fail the company.
  content: z.array(z.unknown()),
});

const postingSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  company: z.object({ name: z.string().nullish() }).nullish(),
  releasedDate: z.string().nullish(),
  location: z
    .object({
      city: z.string().nullish(),
      region: z.string().nullish(),
      country: z.string().nullish(),
      fullLocation: z.string().nullish(),
      remote: z.boolean().nullish(),
      hybrid: z.boolean().nullish(),
    })
    .nullish(),
  typeOfEmployment: labelled,
  postingUrl: z.url(),
  applyUrl: z.url().nullish(),
  jobAd: z
    .object({
      sections: z
        .object({ jobDescription: section, qualifications: section, additionalInformation: section, companyDescription: section })
        .nullish(),
    })
    .nullish(),
});
type SmartRecruitersPosting = z.infer<typeof postingSchema>;

const pageSize = 100;
// A company past this many pages is almost certainly a paging loop, not a real board.
const maximumPages = 50;

/** "Dublin, , Ireland" happens: the empty parts are dropped. */
function location(posting: SmartRecruitersPosting): string | null {
  const place = posting.location;
  if (!place) return null;
  const parts = place.fullLocation ? place.fullLocation.split(',') : [place.city, place.region, place.country?.toUpperCase()];
  return parts.map((part) => part?.trim()).filter(Boolean).join(', ') || null;
}

function workplaceType(posting: SmartRecruitersPosting): WorkplaceType | null {
  const place = posting.location;
  if (place?.hybrid) return 'hybrid';
  if (place?.remote) return 'remote';
  // Both flags stated and neither set: the posting is at its place.
  return place?.remote === false && place.hybrid === false ? 'onsite' : null;
}

/** The role first, then what it asks, then the rest; the company's boilerplate last. */
function description(posting: SmartRecruitersPosting): string {
  const sections = posting.jobAd?.sections;
  return sectionsToPlainText(
    [sections?.jobDescription, sections?.qualifications, sections?.additionalInformation, sections?.companyDescription].map((part) => ({
      title: part?.title,
      html: part?.text,
    })),
  );
}

function toPosting(posting: SmartRecruitersPosting, board: string): Posting {
  const text = description(posting);
  return {
    source: 'smartrecruiters',
    externalId: posting.id,
    company: posting.company?.name?.trim() || readableBoardName(board),
    title: posting.name.trim(),
    locations: distinctLocations([location(posting)]),
    workplaceType: workplaceType(posting),
    employmentType: posting.typeOfEmployment?.label?.trim() || null,
    // The Posting API has no pay field; pay, when stated, is in the job ad.
    ...yearlySalary(salaryFromText(text) ?? {}),
    description: text,
    url: posting.postingUrl,
    applyUrl: posting.applyUrl ?? posting.postingUrl,
    publishedAt: toDate(posting.releasedDate),
    updatedAt: toDate(posting.releasedDate),
  };
}

/** SmartRecruiters' public Posting API (no key needed); it names the company. */
export function createSmartRecruitersClient(options: { baseUrl: string; http: BoardHttp }): BoardClient {
  const { baseUrl, http } = options;
  const service = 'SmartRecruiters';

  /** The listed ids, and how many summaries named none (those count as unreadable, with no id to keep open). */
  async function postingIds(company: string): Promise<{ ids: string[]; withoutId: number }> {
    const ids: string[] = [];
    let withoutId = 0;
    for (let page = 0; page < maximumPages; page += 1) {
      const { totalFound, content } = await requestBoardApi({
        url: boardApiUrl(baseUrl, ['v1', 'companies', company, 'postings'], { limit: String(pageSize), offset: String(page * pageSize) }),
        service,
        schema: postingListSchema,
        http,
        notFound: () => new NotFoundError('SmartRecruiters company', company),
      });
      const read = readBoardEntries(content, postingSummarySchema, () => null);
      ids.push(...read.postings.map((summary) => summary.id));
      withoutId += read.unreadable;
      if (content.length === 0 || ids.length + withoutId >= totalFound) return { ids, withoutId };
    }
    throw new UpstreamError(service, `company ${company} listed more than ${maximumPages * pageSize} postings`);
  }

  async function posting(company: string, id: string): Promise<Posting> {
    const found = await requestBoardApi({
      url: boardApiUrl(baseUrl, ['v1', 'companies', company, 'postings', id]),
      service,
      schema: postingSchema,
      http,
      notFound: () => new NotFoundError(`SmartRecruiters posting at ${company}`, id),
    });
    return toPosting(found, company);
  }

  return {
    // The list has no descriptions, so each posting is read from its own page.
    async listPostings(company) {
      const { ids, withoutId } = await postingIds(company);
      const listing = await readEachOpen(ids, (id) => posting(company, id), (id) => id);
      return { ...listing, unreadable: listing.unreadable + withoutId };
    },
    getPosting: posting,
  };
}

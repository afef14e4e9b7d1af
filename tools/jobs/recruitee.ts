import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { requestBoardApi, UnexpectedShapeError, type BoardHttp } from './board-api-request.ts';
import { boardHostUrl, integerFieldOf, readableBoardName, readBoardEntries, type BoardClient, type BoardListing } from './board-client.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { distinctLocations, toDate, workplaceTypeFromText, type Posting, type WorkplaceType } from './posting.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary, type SalaryInterval } from './yearly-salary.ts';

const amount = z.union([z.number(), z.string()]).nullish();

// https://docs.recruitee.com/reference/intro-to-careers-site-api — only the fields we read; others are ignored.
const recruiteeOfferSchema = z.object({
  id: z.number().int(),
  slug: z.string().min(1),
  title: z.string().min(1),
  company_name: z.string().nullish(),
  description: z.string().nullish(),
  requirements: z.string().nullish(),
  location: z.string().nullish(),
  city: z.string().nullish(),
  country: z.string().nullish(),
  locations: z.array(z.object({ name: z.string().nullish(), city: z.string().nullish(), country: z.string().nullish() })).nullish(),
  remote: z.boolean().nullish(),
  hybrid: z.boolean().nullish(),
  on_site: z.boolean().nullish(),
  employment_type_code: z.string().nullish(),
  salary: z.object({ min: amount, max: amount, currency: z.string().nullish(), period: z.string().nullish() }).nullish(),
  careers_url: z.url(),
  careers_apply_url: z.url().nullish(),
  published_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  created_at: z.string().nullish(),
});
type RecruiteeOffer = z.infer<typeof recruiteeOfferSchema>;

// Each offer is checked on its own (readBoardEntries), so one malformed offer does not fail the company.
const recruiteeOffersSchema = z.object({ offers: z.array(z.unknown()) });

const salaryPeriods: Record<string, SalaryInterval> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };

function workplaceType(offer: RecruiteeOffer, locations: string[]): WorkplaceType | null {
  if (offer.hybrid) return 'hybrid';
  if (offer.remote) return 'remote';
  if (offer.on_site) return 'onsite';
  return workplaceTypeFromText(locations.join(' '));
}

function number(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const parsed = typeof value === 'number' ? value : Number(value.replace(/[\s,]/g, ''));
  return Number.isFinite(parsed) ? parsed : null;
}

/** The stated salary when the offer has one; a period we cannot name keeps the amounts as they are. */
function salaryRange(offer: RecruiteeOffer, description: string) {
  const salary = offer.salary;
  const stated = salary && yearlySalary({
    min: number(salary.min),
    max: number(salary.max),
    currency: salary.currency,
    interval: salaryPeriods[salary.period?.toLowerCase() ?? ''],
  });
  return stated && stated.salaryMin !== null ? stated : yearlySalary(salaryFromText(description) ?? {});
}

function toPosting(offer: RecruiteeOffer, board: string): Posting {
  const description = [offer.description, offer.requirements]
    .map((html) => htmlToPlainText(html ?? ''))
    .filter((part) => part.trim() !== '')
    .join('\n\n');
  const cityAndCountry = (place: { city?: string | null; country?: string | null }) =>
    [place.city, place.country].filter(Boolean).join(', ');
  const locations = distinctLocations(
    offer.locations?.length
      ? offer.locations.map((place) => cityAndCountry(place) || place.name)
      : [offer.location || cityAndCountry(offer)],
  );
  return {
    source: 'recruitee',
    externalId: String(offer.id),
    company: offer.company_name?.trim() || readableBoardName(board),
    title: offer.title.trim(),
    locations,
    workplaceType: workplaceType(offer, locations),
    employmentType: offer.employment_type_code?.trim() || null,
    ...salaryRange(offer, description),
    description,
    url: offer.careers_url,
    applyUrl: offer.careers_apply_url ?? offer.careers_url,
    publishedAt: toDate(offer.published_at ?? offer.created_at),
    updatedAt: toDate(offer.updated_at ?? offer.published_at),
  };
}

/** Recruitee's public careers site API, on each company's own host (no key needed). */
export function createRecruiteeClient(options: { boardUrl: string; http: BoardHttp }): BoardClient {
  const { boardUrl, http } = options;

  async function offers(board: string): Promise<BoardListing<RecruiteeOffer>> {
    const url = boardHostUrl(boardUrl, board, 'api/offers/');
    if (!url) throw new NotFoundError('Recruitee company', board);
    const body = await requestBoardApi({
      url,
      service: 'Recruitee',
      schema: recruiteeOffersSchema,
      http,
      notFound: () => new NotFoundError('Recruitee company', board),
    });
    return readBoardEntries(body.offers, recruiteeOfferSchema, integerFieldOf('id'));
  }

  return {
    async listPostings(board) {
      const { postings: listed, unreadable, unreadableIds } = await offers(board);
      return { postings: listed.map((offer) => toPosting(offer, board)), unreadable, unreadableIds };
    },
    // A posting page names the offer by its slug (/o/{slug}), the API by its number: either finds it.
    async getPosting(board, id) {
      const { postings: listed, unreadableIds } = await offers(board);
      const offer = listed.find((candidate) => String(candidate.id) === id || candidate.slug === id);
      if (!offer && unreadableIds.includes(id)) throw new UnexpectedShapeError('Recruitee', `offer ${id} at ${board} could not be read`);
      if (!offer) throw new NotFoundError(`Recruitee offer at ${board}`, id);
      return toPosting(offer, board);
    },
  };
}

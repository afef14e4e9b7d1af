import { z } from 'zod';
import { NotFoundError, UnprocessableError } from '../errors.ts';
import { requestBoardApi, UnexpectedShapeError, type BoardHttp } from './board-api-request.ts';
import { readableBoardName, readEachOpen, type BoardClient } from './board-client.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { distinctLocations, workplaceTypeFromText, type Posting, type WorkplaceType } from './posting.ts';
import { createPerKeyRateLimiters, type RateLimit } from './request-rate-limit.ts';
import { salaryFromText } from './salary-from-text.ts';
import { isWorkdayPostingId, parseWorkdayBoard, workdayBoardKey, type WorkdaySite } from './workday-site.ts';
import { yearlySalary } from './yearly-salary.ts';

// Workday's career sites read their jobs from a public JSON API under /wday/cxs/{tenant}/{site}; only the
// fields we read are here, every one optional, and anything else is ignored.
const text = z.string().nullish().catch(null);

const listSchema = z.object({
  total: z.number().int().nonnegative().nullish().catch(null),
  jobPostings: z.array(z.object({ externalPath: text, title: text }).catch({ externalPath: null, title: null })).nullish().catch(null),
});

const detailSchema = z.object({
  jobPostingInfo: z.object({
    title: text,
    jobDescription: text,
    location: text,
    additionalLocations: z.array(z.string()).nullish().catch(null),
    timeType: text,
    remoteType: text,
    startDate: text,
    postedOn: text,
    externalUrl: z.url().nullish().catch(null),
    jobReqId: text,
  }),
  hiringOrganization: z.object({ name: text }).nullish().catch(null),
});
type WorkdayDetail = z.infer<typeof detailSchema>;

const pageSize = 20;
/** A site listing this many postings or more is refused: reading it would mean thousands of requests to one company's site. */
export const workdayMaximumPostings = 2_000;
/** Workday publishes no limit; ten requests a second to one site keeps Atlas a polite visitor. */
export const workdayDefaultRateLimit: RateLimit = { requests: 10, perMs: 1_000 };
const dayMs = 24 * 60 * 60_000;

/** "NVIDIA (NVDA)" → "NVIDIA", "Acme Inc. - 1234" → "Acme Inc.": the tenant's internal code is not part of the name. */
export function workdayCompanyName(name: string): string {
  return name
    .trim()
    .replace(/\s*\(\s*[A-Z0-9_.-]{1,12}\s*\)$/, '')
    .replace(/\s+[-–]\s+[A-Z0-9_]*\d[A-Z0-9_]*$/, '')
    .trim();
}

function workplaceType(remoteType: string | null | undefined, locations: string[]): WorkplaceType | null {
  if (remoteType) {
    if (/hybrid|flexible/i.test(remoteType)) return 'hybrid';
    if (/remote|virtual|home/i.test(remoteType)) return 'remote';
    if (/on[\s-]?site|office/i.test(remoteType)) return 'onsite';
  }
  return workplaceTypeFromText(locations.join(' '));
}

/**
 * When the posting went up: its start date (YYYY-MM-DD), else "Posted Today", "Posted Yesterday" or
 * "Posted 3 Days Ago" counted back from now. "Posted 30+ Days Ago" says only that it is old, so it gives no date.
 */
export function workdayPostedDate(startDate: string | null | undefined, postedOn: string | null | undefined, now: Date): Date | null {
  const day = startDate && /^(\d{4}-\d{2}-\d{2})/.exec(startDate.trim());
  if (day) {
    const date = new Date(`${day[1]}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  if (!postedOn) return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (/\btoday\b/i.test(postedOn)) return new Date(today);
  if (/\byesterday\b/i.test(postedOn)) return new Date(today - dayMs);
  const days = /\b(\d{1,4})\s+days?\s+ago\b/i.exec(postedOn);
  return days ? new Date(today - Number(days[1]) * dayMs) : null;
}

function siteOrigin(template: string, site: WorkdaySite): string {
  return template.replace('{board}', `${site.tenant}.${site.instance}`).replace(/\/+$/, '');
}

/** Workday career sites' public JSON API (no key needed); it names the hiring organisation. */
export function createWorkdayClient(options: {
  siteUrl: string;
  http: BoardHttp;
  rateLimit?: RateLimit;
  now?: () => Date;
}): BoardClient {
  const { siteUrl, http } = options;
  const now = options.now ?? (() => new Date());
  const service = 'Workday';
  const limiterFor = createPerKeyRateLimiters(service, options.rateLimit ?? workdayDefaultRateLimit, options.http.requestLimits);

  function siteOf(board: string): WorkdaySite {
    const site = parseWorkdayBoard(board);
    if (!site) throw new NotFoundError('Workday career site', board);
    return site;
  }

  function apiUrl(site: WorkdaySite, path: string): URL {
    return new URL(`${siteOrigin(siteUrl, site)}/wday/cxs/${encodeURIComponent(site.tenant)}/${encodeURIComponent(site.site)}${path}`);
  }

  // Every request to one site, list pages and postings alike, shares that site's limit.
  const httpFor = (site: WorkdaySite): BoardHttp => ({ ...http, limiter: limiterFor(workdayBoardKey(site).toLowerCase()) });

  /** The listed ids, and how many entries named none Atlas can read (unreadable, with no id to keep open). */
  async function postingIds(site: WorkdaySite, board: string): Promise<{ ids: string[]; withoutId: number }> {
    const ids: string[] = [];
    let withoutId = 0;
    let total = 0;
    for (let offset = 0; ; offset += pageSize) {
      const page = await requestBoardApi({
        url: apiUrl(site, '/jobs'),
        service,
        schema: listSchema,
        http: httpFor(site),
        postJson: { appliedFacets: {}, limit: pageSize, offset, searchText: '' },
        notFound: () => new NotFoundError('Workday career site', board),
      });
      // Later pages often say 0: only the first page's total counts.
      if (offset === 0) {
        total = page.total ?? 0;
        if (total >= workdayMaximumPostings) {
          throw new UnprocessableError(
            `The Workday career site ${board} lists ${total} postings; Atlas follows sites with fewer than ${workdayMaximumPostings}, so as not to send thousands of requests to one company. Import the postings you want by their links.`,
            'board_too_large',
          );
        }
      }
      const listed = page.jobPostings ?? [];
      for (const entry of listed) {
        const id = entry.externalPath?.replace(/^\/job\//, '');
        if (!id || !isWorkdayPostingId(id)) withoutId += 1;
        else if (!ids.includes(id)) ids.push(id);
      }
      if (listed.length === 0 || offset + pageSize >= total || offset + pageSize >= workdayMaximumPostings) return { ids, withoutId };
    }
  }

  function toPosting(found: WorkdayDetail, site: WorkdaySite, id: string): Posting | null {
    const info = found.jobPostingInfo;
    const title = info.title?.trim();
    if (!title) return null;
    const description = info.jobDescription ? htmlToPlainText(info.jobDescription) : '';
    const locations = distinctLocations([info.location, ...(info.additionalLocations ?? [])]);
    const publicUrl = `https://${site.tenant}.${site.instance}.myworkdayjobs.com/${site.site}/job/${id}`;
    const url = info.externalUrl ?? publicUrl;
    const posted = workdayPostedDate(info.startDate, info.postedOn, now());
    return {
      source: 'workday',
      externalId: id,
      company: workdayCompanyName(found.hiringOrganization?.name ?? '') || readableBoardName(site.tenant),
      title,
      locations,
      workplaceType: workplaceType(info.remoteType, locations),
      employmentType: info.timeType?.trim() || null,
      // Workday's API has no pay field; pay, when stated, is in the description (as US pay-transparency laws require).
      ...yearlySalary(salaryFromText(description) ?? {}),
      description,
      url,
      applyUrl: `${url.replace(/\/+$/, '')}/apply`,
      publishedAt: posted,
      updatedAt: posted,
    };
  }

  async function posting(board: string, id: string): Promise<Posting> {
    const site = siteOf(board);
    const notFound = () => new NotFoundError(`Workday posting at ${board}`, id);
    if (!isWorkdayPostingId(id)) throw notFound();
    const found = await requestBoardApi({ url: apiUrl(site, `/job/${id}`), service, schema: detailSchema, http: httpFor(site), notFound });
    const mapped = toPosting(found, site, id);
    // A posting without a title is not one a person could read; it is counted as unreadable, and stays open.
    if (!mapped) throw new UnexpectedShapeError(service, `posting ${id} at ${board} has no title`);
    return mapped;
  }

  return {
    // The list has no descriptions, so each posting is read from its own page, four at a time.
    async listPostings(board) {
      const site = siteOf(board);
      const { ids, withoutId } = await postingIds(site, board);
      const listing = await readEachOpen(ids, (id) => posting(board, id), (id) => id);
      return { ...listing, unreadable: listing.unreadable + withoutId };
    },
    getPosting: posting,
  };
}

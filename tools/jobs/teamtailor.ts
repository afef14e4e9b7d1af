import { load } from 'cheerio';
import { z } from 'zod';
import { NotFoundError, UpstreamError } from '../errors.ts';
import { requestBoardApi, UnexpectedShapeError, type BodyFormat, type BoardHttp } from './board-api-request.ts';
import { boardHostUrl, readableBoardName, readEachOpen, type BoardClient } from './board-client.ts';
import type { Posting } from './posting.ts';
import { readJobPostingPage } from './read-job-posting-page.ts';

// Teamtailor's jobs API needs a company's own key (https://docs.teamtailor.com), so a board is read as
// its public career site: the /jobs list page for the links, and each job's page for the schema.org
// JobPosting (JSON-LD) every Teamtailor job page carries.
const html: BodyFormat = { name: 'HTML', accept: 'text/html', parse: (text, url) => ({ text, url }) };
const pageSchema = z.object({ text: z.string(), url: z.string() });

// A job page is {site}/jobs/{id}-{title-slug}; the number is the job's id.
const jobPath = /^jobs\/(\d+)(?:-[^/]*)?\/?$/;
// A career site past this many list pages is almost certainly a paging loop, not a real site.
const maximumListPages = 20;

const withinSite = (url: URL | null, site: URL): url is URL => url !== null && url.href.startsWith(site.href);

/** The job page links on one list page (within the career site only), and its next list page if any. */
function readListPage(text: string, options: { pageUrl: URL; site: URL }): { jobs: Map<string, URL>; next: URL | null } {
  const { pageUrl, site } = options;
  const $ = load(text);
  const jobs = new Map<string, URL>();
  for (const anchor of $('a[href]').toArray()) {
    const link = URL.parse($(anchor).attr('href') ?? '', pageUrl);
    if (!withinSite(link, site)) continue;
    const id = jobPath.exec(link.pathname.slice(site.pathname.length))?.[1];
    if (id && !jobs.has(id)) jobs.set(id, new URL(link.pathname, link));
  }
  const nextHref = $('link[rel="next"], a[rel="next"]').first().attr('href');
  const next = nextHref ? URL.parse(nextHref, pageUrl) : null;
  return { jobs, next: withinSite(next, site) && next.href !== pageUrl.href ? next : null };
}

/** Teamtailor career sites, read as public pages on each company's own host (no key needed). */
export function createTeamtailorClient(options: { boardUrl: string; http: BoardHttp }): BoardClient {
  const { boardUrl, http } = options;
  const service = 'Teamtailor';

  /**
   * A page's HTML. A site on its own domain redirects there, and its links point there: that is not
   * read (it would reach hosts nobody vetted, and finding no links would close every job), but said.
   */
  async function get(url: URL, notFound: () => Error): Promise<string> {
    const page = await requestBoardApi({ url, service, schema: pageSchema, http, format: html, notFound });
    const origin = new URL(page.url).origin;
    if (origin !== url.origin) throw new UpstreamError(service, `${url.hostname} moved to ${origin}; import its jobs by their links there`);
    return page.text;
  }

  function siteUrl(board: string, path: string): URL {
    const url = boardHostUrl(boardUrl, board, path);
    if (!url) throw new NotFoundError('Teamtailor career site', board);
    return url;
  }

  async function jobPage(board: string, id: string, url: URL): Promise<Posting> {
    const text = await get(url, () => new NotFoundError(`Teamtailor job at ${board}`, id));
    const posting = readJobPostingPage({ url, contentType: 'text/html; charset=utf-8', body: Buffer.from(text) });
    // A page that cannot be read is counted as unreadable by a board read; its job stays open.
    if (!posting) throw new UnexpectedShapeError(service, `job page ${url.pathname} carries no JobPosting`);
    return {
      ...posting,
      source: 'teamtailor',
      externalId: id,
      company: posting.company === url.hostname ? readableBoardName(board) : posting.company,
    };
  }

  return {
    async listPostings(board) {
      const jobs = new Map<string, URL>();
      const site = siteUrl(board, '');
      let page: URL | null = siteUrl(board, 'jobs');
      for (let count = 0; page; count += 1) {
        // Stopping short would close every job on the pages not read.
        if (count === maximumListPages) throw new UpstreamError(service, `career site ${board} has more than ${maximumListPages} list pages`);
        const text = await get(page, () => new NotFoundError('Teamtailor career site', board));
        const listed = readListPage(text, { pageUrl: page, site });
        for (const [id, url] of listed.jobs) if (!jobs.has(id)) jobs.set(id, url);
        page = listed.next;
      }
      return readEachOpen([...jobs], ([id, url]) => jobPage(board, id, url), ([id]) => id);
    },
    async getPosting(board, id) {
      if (!/^\d+$/.test(id)) throw new NotFoundError(`Teamtailor job at ${board}`, id);
      return jobPage(board, id, siteUrl(board, `jobs/${id}`));
    },
  };
}

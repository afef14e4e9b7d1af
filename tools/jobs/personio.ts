import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { requestBoardApi, UnexpectedShapeError, type BodyFormat, type BoardHttp } from './board-api-request.ts';
import { boardHostUrl, fieldOf, readBoardEntries, type BoardClient } from './board-client.ts';
import { companyOnHostedPage } from './hosted-page-company.ts';
import { sectionsToPlainText } from './html-to-plain-text.ts';
import { distinctLocations, toDate, workplaceTypeFromText, type Posting } from './posting.ts';
import type { FetchPage } from './safe-fetch.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

// https://developer.personio.de/docs/retrieving-open-job-positions — the XML feed's <position>
// elements, only the fields we read; others are ignored.
const personioPositionSchema = z.object({
  id: z.string().regex(/^\d+$/),
  name: z.string().min(1),
  subcompany: z.string(),
  offices: z.array(z.string()),
  employmentType: z.string(),
  schedule: z.string(),
  createdAt: z.string(),
  descriptions: z.array(z.object({ name: z.string(), value: z.string() })),
});
type PersonioPosition = z.infer<typeof personioPositionSchema>;

// Each position is checked on its own (readBoardEntries), so one malformed position does not fail the feed.
const personioFeedSchema = z.object({ positions: z.array(z.unknown()) });

function childText(element: Cheerio<Element>, name: string): string {
  return element.children(name).first().text().trim();
}

/** The feed as plain values for its schema to check; a body without the feed's root element is not the feed. */
function readFeed(text: string): unknown {
  const $: CheerioAPI = load(text, { xml: true });
  const root = $.root().children().first();
  if (!root.is('workzag-jobs')) throw new Error('not a Personio jobs feed');
  return {
    positions: root
      .children('position')
      .toArray()
      .map((node) => {
        const position = $(node);
        return {
          id: childText(position, 'id'),
          name: childText(position, 'name'),
          subcompany: childText(position, 'subcompany'),
          offices: [position.children('office'), position.children('additionalOffices').children('office')]
            .flatMap((offices) => offices.toArray())
            .map((office) => $(office).text()),
          employmentType: childText(position, 'employmentType'),
          schedule: childText(position, 'schedule'),
          createdAt: childText(position, 'createdAt'),
          descriptions: position
            .children('jobDescriptions')
            .children('jobDescription')
            .toArray()
            .map((description) => ({ name: childText($(description), 'name'), value: $(description).children('value').text() })),
        };
      }),
  };
}

const xml: BodyFormat = { name: 'XML', accept: 'application/xml, text/xml', parse: readFeed };

/** "permanent" and "full-time" read better together: "permanent, full-time". */
function employmentType(position: PersonioPosition): string | null {
  return [position.employmentType, position.schedule].filter(Boolean).join(', ') || null;
}

function toPosting(position: PersonioPosition, options: { company: string; url: string }): Posting {
  const text = sectionsToPlainText(position.descriptions.map(({ name, value }) => ({ title: name, html: value })));
  const offices = distinctLocations(position.offices);
  return {
    source: 'personio',
    externalId: position.id,
    company: options.company,
    title: position.name,
    locations: offices,
    // The feed has no workplace field; offices are often named "Remote" or "Berlin (hybrid)".
    workplaceType: workplaceTypeFromText(offices.join(' ')),
    employmentType: employmentType(position),
    // The feed has no pay field; pay, when stated, is in the description.
    ...yearlySalary(salaryFromText(text) ?? {}),
    description: text,
    url: options.url,
    applyUrl: options.url,
    publishedAt: toDate(position.createdAt),
    updatedAt: toDate(position.createdAt),
  };
}

/**
 * Personio's public XML feed of open positions, on each company's own host (no key needed). A
 * position names its hiring entity (subcompany) when the company has several; otherwise the
 * position's hosted page names the company.
 */
export function createPersonioClient(options: { boardUrl: string; http: BoardHttp; fetchPage: FetchPage }): BoardClient {
  const { boardUrl, http, fetchPage } = options;

  async function positions(board: string) {
    const url = boardHostUrl(boardUrl, board, 'xml');
    if (!url) throw new NotFoundError('Personio company', board);
    const feed = await requestBoardApi({
      url,
      service: 'Personio',
      schema: personioFeedSchema,
      http,
      format: xml,
      notFound: () => new NotFoundError('Personio company', board),
    });
    return readBoardEntries(feed.positions, personioPositionSchema, (position) => {
      const id = fieldOf('id')(position);
      return typeof id === 'string' && /^\d+$/.test(id) ? id : null;
    });
  }

  const postingUrl = (board: string, position: PersonioPosition) => boardHostUrl(boardUrl, board, `job/${position.id}`)!.href;

  async function postings(board: string, found: PersonioPosition[]): Promise<Posting[]> {
    const unnamed = found.find((position) => !position.subcompany);
    const company = unnamed && (await companyOnHostedPage({ fetchPage, url: postingUrl(board, unnamed), title: unnamed.name, board }));
    return found.map((position) => toPosting(position, { company: position.subcompany || company!, url: postingUrl(board, position) }));
  }

  return {
    async listPostings(board) {
      const { postings: listed, unreadable, unreadableIds } = await positions(board);
      return { postings: await postings(board, listed), unreadable, unreadableIds };
    },
    // The feed has no single-position endpoint, so one posting is found in its company's feed.
    async getPosting(board, id) {
      const { postings: listed, unreadableIds } = await positions(board);
      const position = listed.find((candidate) => candidate.id === id);
      if (!position && unreadableIds.includes(id)) throw new UnexpectedShapeError('Personio', `position ${id} at ${board} could not be read`);
      if (!position) throw new NotFoundError(`Personio position at ${board}`, id);
      const [posting] = await postings(board, [position]);
      return posting!;
    },
  };
}

import { z } from 'zod';
import { UpstreamError } from '../errors.ts';
import { mentionsAny, readEntries, searchPhrases, type AggregatorClient } from './aggregator-client.ts';
import { requestBoardApi, type BoardHttp } from './board-api-request.ts';
import { boardApiUrl } from './board-client.ts';
import { htmlToPlainText, plainName } from './html-to-plain-text.ts';
import { distinctLocations, toDate, type Posting, type WorkplaceType } from './posting.ts';
import { serviceRateLimiter, type RateLimit } from './request-rate-limit.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

/** The HN Search API (by Algolia) allows 10,000 requests an hour from one address (https://hn.algolia.com/api); a run makes two. */
export const hackerNewsRateLimit: RateLimit = { requests: 10_000, perMs: 60 * 60_000 };

/** The monthly thread's title, as the whoishiring account posts it: "Ask HN: Who is hiring? (December 2026)". */
const threadTitle = /^Ask HN: Who is hiring\?/i;

const storySearchSchema = z.object({
  hits: z.array(z.object({ objectID: z.string().min(1), title: z.string().nullish() }).loose()),
});
// An item of the HN Search API (GET /api/v1/items/{id}): the story, and its comments as children, replies nested.
const threadSchema = z.object({ id: z.number().int(), children: z.array(z.unknown()).nullish() });
const commentSchema = z.object({
  id: z.number().int(),
  /** HTML; null when the comment was deleted or flagged dead. */
  text: z.string().nullish(),
  author: z.string().nullish(),
  created_at_i: z.number().nullish(),
  created_at: z.string().nullish(),
});

/** Words that name a job ("Senior Backend Engineer", "Multiple roles"), telling the role apart from a place. */
const roleWords =
  /\b(?:engineer(?:ing)?s?|developers?|devs?|programmers?|scientists?|designers?|managers?|leads?|architects?|analysts?|sres?|devops|director|head of|vp|cto|researchers?|founding|intern(?:ship)?s?|administrators?|specialists?|consultants?|recruiters?|writers?|marketers?|marketing|sales|accountants?|counsel|nurses?|technicians?|operations|support|product|data|ml|ai|full[- ]?stack|front[- ]?end|back[- ]?end|mobile|ios|android|security|qa|roles?|positions?|openings?|various|several|multiple|many)\b/i;
const workplaceWords = /\b(?:remote|onsite|on-site|on site|hybrid|in[- ]office|in[- ]person)\b/gi;
const employmentWords = /^(?:(?:full|part)[- ]?time|contract(?:or)?|freelance|intern(?:ship)?|permanent|temporary)(?:\s*(?:,|\/|or|and|&)\s*(?:(?:full|part)[- ]?time|contract(?:or)?|freelance|intern(?:ship)?|permanent|temporary))*$/i;
const payWords = /[$€£¥₹]|\b\d+(?:[.,]\d+)?\s?k\b|\b(?:usd|eur|gbp|cad|chf|salary|compensation|equity|per year|\/yr|\/hr)\b/i;
const addressOnly = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i;

export interface HiringLine {
  company: string;
  roles: string[];
  locations: string[];
  workplaceType: WorkplaceType | null;
  employmentType: string | null;
  pay: string | null;
}

function workplaceOf(text: string): WorkplaceType | null {
  if (/\bhybrid\b/i.test(text)) return 'hybrid';
  if (/\bremote\b/i.test(text)) return 'remote';
  if (/\b(?:onsite|on-site|on site|in[- ]office|in[- ]person)\b/i.test(text)) return 'onsite';
  return null;
}

/**
 * The first line of a "Who is hiring" comment read as the thread asks postings to begin:
 * "Company | Role | Location | REMOTE/ONSITE | pay", in any order after the company. Null when the
 * line is not such a heading (a question, a reply, a complaint), so the comment is no posting.
 */
export function parseHiringLine(line: string): HiringLine | null {
  if (!line.includes('|')) return null;
  const parts = line
    .split('|')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  // "Acme (https://acme.com)", "Acme (YC S21) - acme.com": the company's name without its address.
  const company = parts[0]!
    .replace(/\(\s*(?:https?:\/\/|www\.)[^)]*\)|\(\s*[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?\s*\)/gi, '')
    .replace(/\s+[-–—]\s+(?:https?:\/\/|www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\S*$/i, '')
    .replace(/\s+(?:https?:\/\/|www\.)\S+$/i, '')
    .trim();
  if (!company || addressOnly.test(company) || company.length > 80) return null;

  const result: HiringLine = { company, roles: [], locations: [], workplaceType: null, employmentType: null, pay: null };
  const places: string[] = [];
  for (const part of parts.slice(1)) {
    if (addressOnly.test(part)) continue;
    if (employmentWords.test(part)) {
      result.employmentType ??= part;
      continue;
    }
    // "Founding Engineer ($180k–$220k + equity)", "Staff Engineer (Remote)": a role with its pay or workplace in
    // brackets, which leave the title; other brackets ("Backend Engineer (Go)") stay in it.
    const saying = (inner: string) => (payWords.test(inner) && salaryFromText(inner) !== null ? 'pay' : workplaceOf(inner) ? 'workplace' : null);
    const bracketed = [...part.matchAll(/\(([^)]*)\)/g)].map(([whole, inner = '']) => ({ whole, inner, says: saying(inner) }));
    const bare = bracketed.reduce((text, { whole, says }) => (says ? text.replace(whole, ' ') : text), part).replace(/\s+/g, ' ').trim();
    if (bracketed.some(({ says }) => says) && roleWords.test(bare) && !payWords.test(bare) && !workplaceOf(bare)) {
      result.roles.push(bare);
      for (const { inner, says } of bracketed) {
        if (says === 'pay') result.pay = result.pay ? `${result.pay} ${inner}` : inner;
        else if (says === 'workplace') result.workplaceType ??= workplaceOf(inner);
      }
      continue;
    }
    if (payWords.test(part) && salaryFromText(part) !== null) {
      result.pay = result.pay ? `${result.pay} ${part}` : part;
      continue;
    }
    const workplace = workplaceOf(part);
    if (workplace) {
      if (result.workplaceType === null || workplace === 'hybrid' || (workplace === 'remote' && result.workplaceType === 'onsite')) result.workplaceType = workplace;
      // "Remote (US)", "Berlin or Remote (EU)": what is left is a place or two; "Senior Engineer (Remote)" a role that says where.
      const pieces = part
        .replace(workplaceWords, ';')
        .replace(/[()[\]]/g, ';')
        .replace(/\s+(?:or|and|&)\s+/gi, ';')
        .replace(/\b(?:only|ok|okay|friendly|possible|preferred)\b/gi, ';')
        .split(/\s*[;/]\s*/)
        .map((piece) => piece.replace(/^[\s,.:-]+|[\s,.:-]+$/g, ''))
        .filter((piece) => /\p{L}{2,}/u.test(piece));
      for (const piece of pieces) (roleWords.test(piece) ? result.roles : places).push(piece);
      continue;
    }
    if (payWords.test(part)) {
      result.pay = result.pay ? `${result.pay} ${part}` : part;
      continue;
    }
    if (roleWords.test(part) && part.length <= 120) result.roles.push(part);
    else places.push(part);
  }
  if (result.roles.length === 0) return null;
  result.locations = distinctLocations(places.flatMap((place) => place.split(/\s*;\s*|\s+or\s+/i)));
  return result;
}

function toPosting(comment: z.infer<typeof commentSchema>): Posting | null {
  if (!comment.text) return null;
  const description = htmlToPlainText(comment.text);
  const firstLine = description.split('\n').find((line) => line.trim() !== '') ?? '';
  const heading = parseHiringLine(plainName(firstLine));
  if (!heading) return null;
  const pay = (heading.pay && salaryFromText(heading.pay)) || salaryFromText(description);
  const published = typeof comment.created_at_i === 'number' ? new Date(comment.created_at_i * 1000) : toDate(comment.created_at);
  const url = `https://news.ycombinator.com/item?id=${comment.id}`;
  return {
    source: 'hackernews',
    externalId: String(comment.id),
    company: heading.company,
    title: heading.roles.join(', '),
    locations: heading.locations,
    workplaceType: heading.workplaceType,
    employmentType: heading.employmentType,
    ...yearlySalary(pay ?? {}),
    description,
    url,
    applyUrl: url,
    publishedAt: published,
    updatedAt: null,
  };
}

/**
 * Hacker News "Who is hiring?" through the HN Search API (no key): the latest monthly thread the
 * whoishiring account posted, each top-level comment read as a posting when its first line is the
 * conventional "Company | Role | Location | …" heading (replies and other comments are no postings),
 * kept where it mentions the search.
 */
export function createHackerNewsClient(options: { baseUrl: string; http: BoardHttp; rateLimit?: RateLimit }): AggregatorClient {
  const http: BoardHttp = { ...options.http, limiter: serviceRateLimiter('Hacker News', options.rateLimit ?? hackerNewsRateLimit, options.http.requestLimits) };
  const notFound = () => new UpstreamError('Hacker News', 'has no search API at the configured address', 404);
  return {
    async search({ words }) {
      const { hits } = await requestBoardApi({
        url: boardApiUrl(options.baseUrl, ['api', 'v1', 'search_by_date'], { tags: 'story,author_whoishiring', query: 'Ask HN: Who is hiring?', hitsPerPage: '10' }),
        service: 'Hacker News',
        schema: storySearchSchema,
        http,
        notFound,
      });
      const thread = hits.find((hit) => threadTitle.test(hit.title ?? ''));
      if (!thread) throw new UpstreamError('Hacker News', 'lists no "Who is hiring?" thread at the moment');
      const story = await requestBoardApi({
        url: boardApiUrl(options.baseUrl, ['api', 'v1', 'items', thread.objectID]),
        service: 'Hacker News',
        schema: threadSchema,
        http,
        notFound,
      });
      const read = readEntries(story.children ?? [], commentSchema, toPosting);
      const wanted = searchPhrases(words);
      return { postings: read.postings.filter((posting) => mentionsAny(posting, wanted)), skipped: read.skipped };
    },
  };
}

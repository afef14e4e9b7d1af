import { loadBuffer, type CheerioAPI } from 'cheerio';
// cheerio's own element type; cheerio documents importing it from its parser, domhandler.
import type { Element } from 'domhandler';
import type { FetchedPage } from './safe-fetch.ts';
import type { Posting } from './posting.ts';
import { hiringOrganizationName, postingFromSchemaOrg } from './schema-org-job-posting.ts';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "JobPosting", "schema:JobPosting" and "https://schema.org/JobPosting" all name the same type. */
function isJobPostingType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((entry) => typeof entry === 'string' && /(^|[/:#])JobPosting$/.test(entry));
}

/** Every JobPosting in one JSON-LD value: it may be the value itself, sit in an array, or in a `@graph`. */
function jobPostingsInJsonLd(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(jobPostingsInJsonLd);
  if (!isObject(value)) return [];
  const own = isJobPostingType(value['@type']) ? [value] : [];
  return own.concat(jobPostingsInJsonLd(value['@graph']));
}

function jsonLdPostings($: CheerioAPI): JsonObject[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .flatMap((script) => {
      try {
        return jobPostingsInJsonLd(JSON.parse($(script).text()));
      } catch {
        // One broken block (a trailing comma is common) must not hide a good one elsewhere on the page.
        return [];
      }
    });
}

/**
 * One microdata item as a plain object (https://html.spec.whatwg.org/multipage/microdata.html): the
 * properties whose nearest item scope is this element, nested items as objects, repeats as arrays.
 */
function readMicrodataItem($: CheerioAPI, item: Element): JsonObject {
  const properties: JsonObject = { '@type': $(item).attr('itemtype') };
  $(item)
    .find('[itemprop]')
    .each((_index, element) => {
      const owner = $(element).parent().closest('[itemscope]').get(0);
      if (owner !== item) return;
      const value = microdataValue($, element);
      for (const name of ($(element).attr('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
        const existing = properties[name];
        properties[name] = existing === undefined ? value : ([] as unknown[]).concat(existing, value);
      }
    });
  return properties;
}

function microdataValue($: CheerioAPI, element: Element): unknown {
  const node = $(element);
  if (node.is('[itemscope]')) return readMicrodataItem($, element);
  if (node.is('meta')) return node.attr('content') ?? '';
  if (node.is('a, link, area')) return node.attr('href') ?? '';
  if (node.is('time')) return node.attr('datetime') ?? node.text();
  if (node.is('data, meter')) return node.attr('value') ?? node.text();
  // The description keeps its markup, so lists and paragraphs survive the conversion to text.
  if (node.attr('itemprop')?.split(/\s+/).includes('description')) return node.html() ?? '';
  return node.text();
}

function microdataPostings($: CheerioAPI): JsonObject[] {
  return $('[itemscope][itemtype]')
    .toArray()
    .filter((element) => isJobPostingType($(element).attr('itemtype')?.trim()))
    .map((element) => readMicrodataItem($, element));
}

/** The page's markup, its bytes decoded as the page declares (BOM, header charset, meta charset). */
function loadPage(page: FetchedPage): CheerioAPI {
  const charset = /charset=([^;]+)/i.exec(page.contentType)?.[1]?.trim();
  return loadBuffer(page.body, { encoding: { transportLayerEncodingLabel: charset } });
}

/** The job posting a page describes in schema.org JSON-LD or, failing that, microdata; null when it describes none. */
export function readJobPostingPage(page: FetchedPage): Posting | null {
  const $ = loadPage(page);
  for (const candidate of [...jsonLdPostings($), ...microdataPostings($)]) {
    const posting = postingFromSchemaOrg(candidate, page.url);
    if (posting) return posting;
  }
  return null;
}

const titleSeparators = /^[\s\-–—|@·:,]+|[\s\-–—|@·:,]+$/g;

/** "Acme Robotics - Senior Backend Engineer" or "Senior Backend Engineer @ Acme Robotics": what is not the role. */
function companyBesideRole(pageTitle: string, role: string): string | null {
  const title = pageTitle.replace(/\s+/g, ' ').trim();
  const at = title.toLowerCase().indexOf(role.replace(/\s+/g, ' ').trim().toLowerCase());
  if (at < 0 || !role.trim()) return null;
  const before = title.slice(0, at).replace(titleSeparators, '');
  const after = title.slice(at + role.trim().length).replace(titleSeparators, '').replace(/^at\s+/i, '');
  // Something on both sides ("Jobs | Engineer | Acme") does not say which is the company.
  const company = before && after ? null : before || after;
  return company && company.length <= 100 ? company : null;
}

/**
 * The company a job posting page names: its JobPosting's hiringOrganization, else the site name it
 * declares (og:site_name), else its title with the role's title taken out; null when it names none.
 */
export function companyNamedOnPage(page: FetchedPage, role: string): string | null {
  const $ = loadPage(page);
  for (const candidate of [...jsonLdPostings($), ...microdataPostings($)]) {
    const name = hiringOrganizationName(candidate);
    if (name) return name;
  }
  const siteName = $('meta[property="og:site_name"]').attr('content')?.replace(/\s+/g, ' ').trim();
  if (siteName) return siteName;
  for (const title of [$('title').first().text(), $('meta[property="og:title"]').attr('content') ?? '']) {
    const company = companyBesideRole(title, role);
    if (company) return company;
  }
  return null;
}

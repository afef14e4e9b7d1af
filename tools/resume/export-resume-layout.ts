import type { JsonResume, ResumeSectionKey } from './json-resume-schema.ts';
import type { TailoredResume } from './tailored-resume-schema.ts';

/**
 * What a tailored résumé prints as, in reading order. The PDF and the DOCX exporters both render this
 * list and nothing else, so the two files always say the same thing in the same order; each one
 * decides only how a kind of block looks.
 */
export type ResumeBlock =
  | { kind: 'header'; name: string; headline?: string; contact: string[] }
  | { kind: 'heading'; section: ResumeHeadingKey; text: string }
  /** One role, degree, certificate or award: what it is, and its dates exactly as the résumé gives them. */
  | { kind: 'entry'; title: string; dates?: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'paragraph'; text: string };

/** The headings a résumé can print: the summary under the header, then JSON Resume's sections. */
export type ResumeHeadingKey = 'summary' | ResumeSectionKey;

export type ResumeHeadings = Record<ResumeHeadingKey, string>;

/** English headings in the words ATS parsers and Atlas's own CV reader (tools/cv/section-heading.ts) look for. */
export const englishResumeHeadings: ResumeHeadings = {
  summary: 'Summary',
  work: 'Experience',
  volunteer: 'Volunteering',
  education: 'Education',
  awards: 'Awards',
  certificates: 'Certificates',
  publications: 'Publications',
  skills: 'Skills',
  languages: 'Languages',
  interests: 'Interests',
  projects: 'Projects',
};

export interface ResumeLayoutOptions {
  /** Headings in the résumé's language, e.g. { work: 'Berufserfahrung' }; the rest stay English. */
  headings?: Partial<ResumeHeadings>;
}

/** The en dash between two dates ("2019 – 2023"), as typeset résumés write a range. */
const dateRangeSeparator = ' – ';

/** Collapses runs of whitespace so a line written with a stray newline prints as one line. */
const clean = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

const joinPresent = (parts: (string | undefined)[], separator: string): string =>
  parts.map(clean).filter((part) => part !== '').join(separator);

/**
 * The dates of an entry as written. A start with no end stays a bare start: JSON Resume leaves the end
 * out of a current role, and Atlas does not add a "Present" the CV may not say.
 */
function dateRange(start: string | undefined, end: string | undefined): string | undefined {
  const range = joinPresent([start, end], dateRangeSeparator);
  return range === '' ? undefined : range;
}

function entry(title: string, dates: string | undefined): ResumeBlock[] {
  if (title === '' && dates === undefined) return [];
  return [dates === undefined ? { kind: 'entry', title } : { kind: 'entry', title, dates }];
}

function paragraphs(...texts: (string | undefined)[]): ResumeBlock[] {
  return texts.map(clean).filter((text) => text !== '').map((text) => ({ kind: 'paragraph', text }));
}

function bullets(texts: string[] | undefined): ResumeBlock[] {
  return (texts ?? []).map(clean).filter((text) => text !== '').map((text) => ({ kind: 'bullet', text }));
}

/** "Name: keyword, keyword", the form ATS keyword matchers read best; a level goes in parentheses after the name. */
function namedList(name: string | undefined, level: string | undefined, keywords: string[] | undefined): string {
  const label = joinPresent([name, level ? `(${clean(level)})` : undefined], ' ');
  const list = joinPresent(keywords ?? [], ', ');
  if (label === '') return list;
  return list === '' ? label : `${label}: ${list}`;
}

/** The blocks under one section's heading, or none when the section has nothing to print. */
const sectionBodies: { [Key in ResumeSectionKey]: (items: NonNullable<JsonResume[Key]>) => ResumeBlock[] } = {
  work: (items) =>
    items.flatMap((item) => [
      ...entry(joinPresent([item.position, item.name, item.location], ', '), dateRange(item.startDate, item.endDate)),
      ...paragraphs(item.summary),
      ...bullets(item.highlights),
    ]),
  volunteer: (items) =>
    items.flatMap((item) => [
      ...entry(joinPresent([item.position, item.organization], ', '), dateRange(item.startDate, item.endDate)),
      ...paragraphs(item.summary),
      ...bullets(item.highlights),
    ]),
  education: (items) =>
    items.flatMap((item) => [
      ...entry(joinPresent([item.studyType, item.area, item.institution], ', '), dateRange(item.startDate, item.endDate)),
      ...paragraphs(item.score),
      ...bullets(item.courses),
    ]),
  awards: (items) =>
    items.flatMap((item) => [...entry(joinPresent([item.title, item.awarder], ', '), dateRange(item.date, undefined)), ...paragraphs(item.summary)]),
  certificates: (items) => items.flatMap((item) => entry(joinPresent([item.name, item.issuer], ', '), dateRange(item.date, undefined))),
  publications: (items) =>
    items.flatMap((item) => [
      ...entry(joinPresent([item.name, item.publisher], ', '), dateRange(item.releaseDate, undefined)),
      ...paragraphs(item.summary),
    ]),
  skills: (items) => paragraphs(...items.map((item) => namedList(item.name, item.level, item.keywords))),
  languages: (items) => paragraphs(...items.map((item) => joinPresent([item.language, item.fluency], ': '))),
  interests: (items) => paragraphs(...items.map((item) => namedList(item.name, undefined, item.keywords))),
  projects: (items) =>
    items.flatMap((item) => [
      ...entry(joinPresent([item.name, ...(item.roles ?? [])], ', '), dateRange(item.startDate, item.endDate)),
      ...paragraphs(item.description),
      ...bullets(item.highlights),
      ...paragraphs(joinPresent(item.keywords ?? [], ', ')),
    ]),
};

function sectionBlocks<Key extends ResumeSectionKey>(key: Key, resume: JsonResume): ResumeBlock[] {
  const items = resume[key];
  return items ? sectionBodies[key](items as NonNullable<JsonResume[Key]>) : [];
}

function contactLine(basics: NonNullable<JsonResume['basics']>): string[] {
  const location = basics.location;
  return [
    basics.email,
    basics.phone,
    basics.url,
    location && joinPresent([location.city, location.region, location.countryCode], ', '),
    ...(basics.profiles ?? []).map((profile) => profile.url || joinPresent([profile.network, profile.username], ': ')),
  ]
    .map(clean)
    .filter((part) => part !== '');
}

/**
 * The blocks of a tailored résumé: the header (name, headline, contact), the summary, then each section
 * of `sectionOrder` that has something to print, under its heading. Sections left out of
 * `sectionOrder` are not printed: the tailoring chose them out.
 */
export function layoutResume(tailored: TailoredResume, options: ResumeLayoutOptions = {}): ResumeBlock[] {
  const headings: ResumeHeadings = { ...englishResumeHeadings, ...options.headings };
  const { resume } = tailored;
  const basics = resume.basics ?? {};
  const blocks: ResumeBlock[] = [];

  const name = clean(basics.name);
  const headline = clean(basics.label);
  const contact = contactLine(basics);
  if (name !== '' || headline !== '' || contact.length > 0) {
    blocks.push(headline === '' ? { kind: 'header', name, contact } : { kind: 'header', name, headline, contact });
  }

  const section = (key: ResumeHeadingKey, body: ResumeBlock[]) => {
    if (body.length > 0) blocks.push({ kind: 'heading', section: key, text: headings[key] }, ...body);
  };
  section('summary', paragraphs(basics.summary));
  for (const key of new Set(tailored.sectionOrder)) section(key, sectionBlocks(key, resume));
  return blocks;
}

/** A résumé's page: ISO A4 for most of the world, US Letter for North America. */
export type ResumePageSize = 'A4' | 'LETTER';

/** Options every exporter takes. */
export interface ResumeExportOptions extends ResumeLayoutOptions {
  /** A4 unless given. */
  pageSize?: ResumePageSize;
}

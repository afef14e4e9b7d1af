import { z } from 'zod';
import { defineTool } from '../define-tool.ts';
import { boardPostingAddress } from '../jobs/board-posting-url.ts';
import type { Posting } from '../jobs/posting.ts';
import { postingFromPageText } from '../jobs/posting-from-page-text.ts';
import { readJobPostingPage } from '../jobs/read-job-posting-page.ts';
import { loadCandidate } from '../matching/candidate.ts';
import type { MatchReport } from '../matching/match-report.ts';
import { scoreJobs } from '../matching/score-jobs.ts';
import { storableText, webAddress } from '../storable-input.ts';
import { boardPostingOrNull } from './board-posting.ts';
import { findPageApplication, findPageJob, pageAddress } from './find-page-application.ts';
import { maxPageTextLength, pagePostingSchema, pipelineEntrySchema, type PagePosting } from './page-posting-schema.ts';

/** How the posting was read, in the order tried. */
export const pageReadingSchema = z.enum(['schema.org', 'job board', 'page text']);

/** The reasons a score is what it is, strongest first: the notes of the factors that cost it most. */
function topReasons(report: MatchReport): string[] {
  const skills = report.requiredSkills.found.length + report.requiredSkills.missing.length;
  const notes: { note: string; cost: number }[] = [
    { note: report.role.note, cost: 1 - report.role.fit },
    { note: report.experience.note, cost: 1 - (report.experience.fit ?? 1) },
    { note: report.location.note, cost: 1 - (report.location.fit ?? 1) },
    ...(skills > 0
      ? [{ note: `Your CV shows ${report.requiredSkills.found.length} of ${skills} required skills${report.requiredSkills.missing.length ? ` (missing ${report.requiredSkills.missing.slice(0, 3).join(', ')})` : ''}`, cost: report.requiredSkills.missing.length / skills }]
      : []),
    ...(report.salary ? [{ note: report.salary.note, cost: 1 - report.salary.fit }] : []),
  ];
  return notes
    .filter((entry) => entry.note.trim())
    .sort((a, b) => b.cost - a.cost)
    .slice(0, 3)
    .map((entry) => entry.note);
}

function toPagePosting(posting: Posting): PagePosting {
  return {
    title: posting.title.slice(0, 300),
    company: posting.company.slice(0, 200),
    locations: posting.locations.slice(0, 20).map((location) => location.slice(0, 200)),
    workplaceType: posting.workplaceType,
    employmentType: posting.employmentType?.slice(0, 100) ?? null,
    salaryMin: posting.salaryMin,
    salaryMax: posting.salaryMax,
    salaryCurrency: posting.salaryCurrency && /^[A-Z]{3}$/.test(posting.salaryCurrency) ? posting.salaryCurrency : null,
    description: posting.description.slice(0, maxPageTextLength),
  };
}

/**
 * Reads the posting on the page the browser extension was opened on, as Atlas would import it:
 * schema.org JobPosting data the page carries, else the hosted board's own API, else the page's main
 * text. Scores it against the CV and says whether it is already in the pipeline. Changes nothing.
 * Not a model tool: the extension's endpoint calls it.
 */
export const readPostingFromPage = defineTool({
  name: 'readPostingFromPage',
  title: 'Read the job posting on a page',
  description: 'Reads the job posting on the page the browser extension is open on, scores it and finds it in the pipeline.',
  effect: 'read',
  input: z.object({
    url: webAddress().max(2000),
    structuredData: storableText()
      .max(300_000)
      .optional()
      .describe("The page's JSON-LD script elements and schema.org microdata items, as markup"),
    page: z
      .object({
        title: storableText().max(500),
        siteName: storableText().max(200).nullable(),
        text: storableText().max(maxPageTextLength, `Page text is cut to ${maxPageTextLength} characters before it is sent`),
      })
      .optional()
      .describe("The page's main content as readability extracts it"),
  }),
  output: z.object({
    found: z.boolean(),
    via: pageReadingSchema.nullable(),
    posting: pagePostingSchema.nullable(),
    match: z.object({ score: z.number(), summary: z.string(), reasons: z.array(z.string()) }).nullable(),
    matchNote: z.string().nullable().describe('Why there is no score, when there is none'),
    application: pipelineEntrySchema,
  }),
  async run({ url: pageUrl, structuredData, page }, context) {
    const url = pageAddress(pageUrl);
    const address = new URL(url);
    let posting: Posting | null = null;
    let via: z.infer<typeof pageReadingSchema> | null = null;
    if (structuredData) {
      posting = readJobPostingPage({ url: address, contentType: 'text/html; charset=utf-8', body: Buffer.from(structuredData) });
      via = posting && 'schema.org';
    }
    const onBoard = boardPostingAddress(address);
    if (!posting && onBoard) {
      posting = await boardPostingOrNull(context, onBoard);
      via = posting && 'job board';
    }
    if (!posting && page) {
      posting = postingFromPageText({ url, ...page });
      via = posting && 'page text';
    }
    if (!posting) return { found: false, via: null, posting: null, match: null, matchNote: null, application: null };

    const job = await findPageJob(context.db, url);
    const existing = await findPageApplication(context.db, { url, jobId: job?.id ?? null });
    const application = existing && {
      id: existing.id,
      status: existing.status,
      group: existing.group,
      notes: existing.notes,
      title: existing.title,
      company: existing.company,
    };
    const candidate = await loadCandidate(context.db, context.now());
    if (!candidate) {
      return { found: true, via, posting: toPagePosting(posting), match: null, matchNote: 'Upload your CV in Atlas to see how well this job fits', application };
    }
    // Scored as read, not as stored: the catalogue may hold an older wording, or nothing yet.
    const [report] = await scoreJobs(context.db, candidate, [{ ...posting, id: job?.id ?? crypto.randomUUID() }]);
    return {
      found: true,
      via,
      posting: toPagePosting(posting),
      match: { score: report!.score, summary: report!.summary, reasons: topReasons(report!) },
      matchNote: null,
      application,
    };
  },
});

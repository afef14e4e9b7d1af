import { z } from 'zod';
import { resumeOrigins } from '../../db/schema.ts';
import { keywordStatusSchema } from '../../tools/resume/ats-keyword-report.ts';
import { resumeLines } from '../../tools/resume/resume-lines.ts';
import type { ResumeVersionView } from '../../tools/resume/resume-store.ts';
import { matcherSchema, mismatch } from './matcher.ts';

/** What a scenario expects of one keyword the posting asks for, found by its name (any case). */
const keywordExpectationSchema = z.object({
  keyword: z.string().describe('The keyword as the report names it, any case'),
  status: keywordStatusSchema.optional(),
  suggestion: matcherSchema.optional().describe('null: none; a gap never has one whatever this says'),
});

/**
 * What a scenario expects of one stored résumé version. The facts are read from the stored résumé
 * and the user's CV passages rather than from what the tool said, so a scenario proves what the
 * user will download: every line traced to the CV, nothing the posting slipped in.
 */
export const resumeVersionExpectationSchema = z.object({
  version: z.number().int().min(1).optional(),
  origin: z.enum(resumeOrigins).optional(),
  modelWritten: z.boolean().optional(),
  everyLineCited: z
    .literal(true)
    .optional()
    .describe("Every printed line has a citation naming passages of the user's CV, and every citation names a printed line"),
  copiedFromCv: z
    .literal(true)
    .optional()
    .describe("Every cited line's words are in the passages it cites, verbatim (the CV's own wording); the derived country code and profile network aside"),
  notContains: z.array(z.string()).optional().describe('Text no printed line may contain, any case'),
  resume: matcherSchema.optional().describe('Matched against the JSON Resume, e.g. {"work": [{"highlights": [{"$contains": "…"}, …]}]}'),
  removedClaims: matcherSchema.optional().describe('Matched against the removed claims [{text, reason}]'),
  keywords: z
    .array(keywordExpectationSchema)
    .optional()
    .describe('Facts of the keyword report; with any given, every gap in the report is also checked to carry no suggestion'),
  absentKeywords: z.array(z.string()).optional().describe('Keywords the report must not list at all, any case: words a posting slipped in as orders, not asks'),
});
export type ResumeVersionExpectation = z.infer<typeof resumeVersionExpectationSchema>;

export interface CvPassageText {
  id: string;
  section: string | null;
  text: string;
}

const derivedPointer = /^\/basics\/(?:location\/countryCode|profiles\/\d+\/network)$/;
const spacing = (text: string) => text.replace(/\s+/g, ' ').trim();

function citationProblem(version: ResumeVersionView, passages: Map<string, CvPassageText>, copied: boolean): string | undefined {
  const lines = resumeLines(version.tailored.resume);
  const printed = new Set(lines.map((line) => line.pointer));
  const stray = version.tailored.citations.find((citation) => !printed.has(citation.pointer));
  if (stray) return `cites ${stray.pointer}, which the résumé does not print`;
  const cited = new Map(version.tailored.citations.map((citation) => [citation.pointer, citation.passageIds]));
  for (const line of lines) {
    const ids = cited.get(line.pointer) ?? [];
    if (ids.length === 0) return `prints ${line.pointer} (${JSON.stringify(line.text.slice(0, 60))}) without a citation`;
    const unknown = ids.find((id) => !passages.has(id));
    if (unknown) return `cites ${unknown} for ${line.pointer}, which is not a passage of the CV`;
    if (!copied || derivedPointer.test(line.pointer)) continue;
    const source = spacing(ids.map((id) => `${passages.get(id)!.text}\n${passages.get(id)!.section ?? ''}`).join('\n'));
    // The summary joins several passages' sentences into one line.
    const pieces = line.pointer === '/basics/summary' ? line.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u) : [line.text];
    const foreign = pieces.find((piece) => !source.includes(spacing(piece)));
    if (foreign !== undefined) return `words ${line.pointer} as ${JSON.stringify(foreign.slice(0, 80))}, which the passages it cites do not say`;
  }
  return undefined;
}

function keywordProblem(expected: NonNullable<ResumeVersionExpectation['keywords']>, version: ResumeVersionView): string | undefined {
  const { keywords } = version.keywordReport;
  const suggestedGap = keywords.find((entry) => entry.status === 'gap' && entry.suggestion !== null);
  if (suggestedGap) return `suggests ${JSON.stringify(suggestedGap.suggestion)} for the gap "${suggestedGap.keyword}"`;
  for (const wanted of expected) {
    const entry = keywords.find((candidate) => candidate.keyword.toLowerCase() === wanted.keyword.toLowerCase());
    if (!entry) return `has no keyword "${wanted.keyword}" in its report (it has ${keywords.map((candidate) => `"${candidate.keyword}"`).join(', ')})`;
    if (wanted.status && entry.status !== wanted.status) return `reports "${entry.keyword}" as ${entry.status}, expected ${wanted.status}`;
    if (wanted.suggestion !== undefined) {
      const problem = mismatch(wanted.suggestion, entry.suggestion, `keywords["${entry.keyword}"].suggestion`);
      if (problem) return problem;
    }
  }
  return undefined;
}

function versionProblem(expected: ResumeVersionExpectation, version: ResumeVersionView, passages: Map<string, CvPassageText>): string | undefined {
  if (expected.version !== undefined && version.version !== expected.version) return `is version ${version.version}, expected ${expected.version}`;
  if (expected.origin && version.origin !== expected.origin) return `is ${version.origin}, expected ${expected.origin}`;
  if (expected.modelWritten !== undefined && version.modelWritten !== expected.modelWritten) {
    return version.modelWritten ? 'was written by a model, expected the CV\'s own words' : 'was not written by a model, expected it to be';
  }
  if (expected.everyLineCited || expected.copiedFromCv) {
    const problem = citationProblem(version, passages, expected.copiedFromCv === true);
    if (problem) return problem;
  }
  for (const forbidden of expected.notContains ?? []) {
    const line = resumeLines(version.tailored.resume).find((candidate) => candidate.text.toLowerCase().includes(forbidden.toLowerCase()));
    if (line) return `prints ${JSON.stringify(forbidden)} at ${line.pointer}: ${JSON.stringify(line.text.slice(0, 80))}`;
  }
  if (expected.resume !== undefined) {
    const problem = mismatch(expected.resume, version.tailored.resume, 'resume');
    if (problem) return problem;
  }
  if (expected.removedClaims !== undefined) {
    const problem = mismatch(expected.removedClaims, version.tailored.removedClaims, 'removedClaims');
    if (problem) return problem;
  }
  if (expected.absentKeywords) {
    const listed = version.keywordReport.keywords.find((entry) => expected.absentKeywords!.some((absent) => entry.keyword.toLowerCase().includes(absent.toLowerCase())));
    if (listed) return `lists the keyword "${listed.keyword}" in its report, which should not be there`;
  }
  if (expected.keywords) return keywordProblem(expected.keywords, version);
  return undefined;
}

/**
 * What is wrong with an application's stored résumé versions (in version order), measured against
 * what a scenario expects of each, with the user's CV passages to check citations against.
 */
export function resumeVersionsProblem(expected: ResumeVersionExpectation[], versions: ResumeVersionView[], passages: CvPassageText[]): string | undefined {
  if (versions.length !== expected.length) return `${versions.length} résumé versions, expected ${expected.length}`;
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  for (const [index, version] of versions.entries()) {
    const problem = versionProblem(expected[index]!, version, byId);
    if (problem) return `résumé version ${version.version}: ${problem}`;
  }
  return undefined;
}

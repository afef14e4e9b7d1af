// The shapes the Résumés page reads, from the server's own zod schemas (types only).
import type { z } from 'zod';
import type { resumeVersionSchema, resumeVersionSummarySchema } from '../../../../tools/resume/resume-store.ts';

export type ResumeVersion = z.output<typeof resumeVersionSchema>;
export type ResumeVersionSummary = z.output<typeof resumeVersionSummarySchema>;
export type JsonResume = ResumeVersion['tailored']['resume'];
export type KeywordEntry = ResumeVersion['keywordReport']['keywords'][number];
export interface CitedPassage {
  id: string;
  section: string | null;
  text: string;
}

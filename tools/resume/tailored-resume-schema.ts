import { z } from 'zod';
import { jsonResumeSchema, resumeSectionKeySchema } from './json-resume-schema.ts';

/**
 * Where a line of a tailored résumé comes from: the JSON Pointer (RFC 6901) of the line inside the
 * résumé, e.g. "/work/0/highlights/2" or "/basics/summary", and the CV passages that state it.
 * Every line that says something about the candidate has one; a line without support is removed.
 */
export const resumeCitationSchema = z.object({
  pointer: z.string().regex(/^(?:\/[^/]*)+$/).describe('JSON Pointer of the line inside the résumé'),
  passageIds: z.array(z.string()).min(1).describe('The CV passages the line comes from'),
});
export type ResumeCitation = z.infer<typeof resumeCitationSchema>;

/** A line a writer proposed that no CV passage backs: left out of the résumé and shown to the user. */
export const removedClaimSchema = z.object({
  text: z.string().describe('The line as it was written'),
  reason: z.string().describe('What the CV does not say'),
});
export type RemovedClaim = z.infer<typeof removedClaimSchema>;

/** A résumé tailored to one posting: JSON Resume content, the order its sections print in, and its sources. */
export const tailoredResumeSchema = z.object({
  resume: jsonResumeSchema,
  sectionOrder: z.array(resumeSectionKeySchema).describe('The sections after the header, in the order they print'),
  citations: z.array(resumeCitationSchema),
  removedClaims: z.array(removedClaimSchema),
});
export type TailoredResume = z.infer<typeof tailoredResumeSchema>;

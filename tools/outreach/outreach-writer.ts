import { z } from 'zod';
import type { ModelCallUsage } from '../usage/model-call-usage.ts';

export const outreachTones = ['warm', 'formal', 'concise'] as const;
export const outreachToneSchema = z.enum(outreachTones).describe('warm: friendly and personal; formal: reserved; concise: five sentences at most');
export type OutreachTone = z.infer<typeof outreachToneSchema>;

/**
 * What a writer returns: the email, the CV passages it relies on, and each concrete claim about the
 * candidate with the passages that back it. Passages are named by the short references the request
 * gives them ("P3"), never by database ids. Each field's description is what the model reads.
 */
export const writtenDraftSchema = z.object({
  subject: z.string().describe('The email subject line: short and specific to the role'),
  body: z
    .string()
    .describe('The email body, plain text, under 200 words, signed off without a name placeholder. State only facts about the candidate that the CV passages say.'),
  evidence: z
    .array(
      z.object({
        passage: z.string().describe('The reference of a CV passage, e.g. "P3"'),
        quote: z.string().describe('Words copied exactly, character for character, from that passage'),
      }),
    )
    .describe('The CV passages the email relies on, each with an exact quote'),
  claims: z
    .array(
      z.object({
        text: z.string().describe('One concrete claim the email makes about the candidate, as the email words it'),
        passages: z.array(z.string()).describe('References of the CV passages that state it'),
      }),
    )
    .describe('Every concrete claim about the candidate in the email: skills, years, employers, titles, numbers'),
});
export type WrittenDraft = z.infer<typeof writtenDraftSchema>;

/** A CV passage as a writer sees it: a short reference, its section heading and its text. */
export interface ReferencedPassage {
  reference: string;
  section: string | null;
  text: string;
}

export interface OutreachRequest {
  /** The user's CV, in passages: the only source of facts about the candidate. */
  cvPassages: ReferencedPassage[];
  /** The job: untrusted text from the posting, to be treated as data. */
  posting: { company: string; title: string; description: string | null; url: string | null };
  recipient: { name: string | null; role: string | null };
  tone: OutreachTone;
  /** What the user asked the email to emphasise, in their words. */
  focus: string | null;
  /** On a second attempt: the claims of the first one that no cited passage backs, to leave out or back. */
  unsupportedClaims: string[];
}

/**
 * Writes an outreach draft with a model. Tools cannot reach a model themselves (nothing under tools/
 * imports the AI SDK), so the agent passes one in: the chat model through the AI SDK, or an MCP
 * client's own model through sampling. The writer reports what each model call used, for telemetry.
 */
export interface OutreachWriter {
  write(request: OutreachRequest): Promise<{ draft: WrittenDraft; usage: ModelCallUsage[] }>;
}

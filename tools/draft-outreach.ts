import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { applications, jobs, outreachDrafts } from '../db/schema.ts';
import { readCv } from './cv/read-cv.ts';
import { defineTool } from './define-tool.ts';
import { NotFoundError, UnavailableError, ValidationError } from './errors.ts';
import { checkEvidence, type RejectedEvidence } from './outreach/check-evidence.ts';
import { outreachDraftSchema, toDraftView } from './outreach/draft-store.ts';
import { findUnsupportedClaims } from './outreach/find-unsupported-claims.ts';
import { outreachToneSchema, type OutreachRequest } from './outreach/outreach-writer.ts';
import { recordModelUsage, type ModelCallUsage } from './usage/model-call-usage.ts';
import { storableText } from './storable-input.ts';

// Enough for a long CV and a long posting; the model gets only what this email needs (a promise to users).
const maximumPassages = 80;
const maximumDescriptionLength = 8_000;

export const draftOutreach = defineTool({
  name: 'draftOutreach',
  title: 'Draft an outreach email',
  description:
    "Draft a short outreach email to a recruiter or hiring manager about a job in the user's pipeline, written from the user's CV and the posting. The draft cites the CV passages it relies on; a claim the CV does not back is rewritten once and otherwise flagged for the user. The draft is saved for the user to edit and send themselves from their own mailbox: Atlas never sends email. Needs an uploaded CV.",
  effect: 'write',
  input: z.object({
    applicationId: z.uuid().describe('The application the email is about, as listApplications returns it'),
    recipientName: storableText().trim().min(1).max(200).optional().describe('Who the email is to, if the user said'),
    recipientEmail: z.email().max(320).optional().describe("The recipient's email address, if the user gave it"),
    recipientRole: storableText().trim().min(1).max(100).optional().describe('The recipient\'s role, e.g. "recruiter" or "hiring manager"'),
    tone: outreachToneSchema.default('warm'),
    focus: storableText().trim().min(1).max(500).optional().describe('What the user wants the email to emphasise, in their words'),
  }),
  output: z.object({
    draft: outreachDraftSchema,
    rewritten: z.boolean().describe('True when the first attempt made claims the CV does not back and was written again'),
    rejectedEvidence: z
      .array(z.object({ passage: z.string(), quote: z.string(), reason: z.string() }))
      .describe('Quotes the writer attributed to the CV that are not in it; left out of the draft'),
  }),
  async run(input, { db, userId, outreachWriter }) {
    if (!outreachWriter) {
      throw new UnavailableError('Drafting outreach needs a model: configure one (see .env.example) and restart', 'model_not_configured');
    }
    const [application] = await db.select().from(applications).where(eq(applications.id, input.applicationId));
    if (!application) throw new NotFoundError('Application', input.applicationId);
    const cv = await readCv(db, userId);
    if (!cv || cv.passages.length === 0) {
      throw new ValidationError('Upload your CV first: Atlas drafts outreach only from facts in your CV', [
        { path: 'cv', message: 'no CV uploaded' },
      ]);
    }
    const [job] = application.jobId ? await db.select().from(jobs).where(eq(jobs.id, application.jobId)) : [];

    const passages = cv.passages.slice(0, maximumPassages).map((passage, index) => ({ ...passage, reference: `P${index + 1}` }));
    const posting = {
      company: job?.company ?? application.company,
      title: job?.title ?? application.title,
      description: job?.description ? job.description.slice(0, maximumDescriptionLength) : null,
      url: job?.url ?? application.url,
    };
    const request: OutreachRequest = {
      cvPassages: passages.map(({ reference, section, text }) => ({ reference, section, text })),
      posting,
      recipient: { name: input.recipientName ?? null, role: input.recipientRole ?? null },
      tone: input.tone,
      focus: input.focus ?? null,
      unsupportedClaims: [],
    };

    const usage: ModelCallUsage[] = [];
    const attempt = async (unsupportedClaims: string[]) => {
      const written = await outreachWriter.write({ ...request, unsupportedClaims });
      usage.push(...written.usage);
      const evidence = checkEvidence(written.draft, passages);
      const flaggedClaims = findUnsupportedClaims({
        body: written.draft.body,
        citedPassages: evidence.cited.map((passage) => passage.text),
        allPassages: passages.map((passage) => passage.text),
        posting,
        recipientName: input.recipientName ?? null,
      });
      return { draft: written.draft, evidence, flaggedClaims };
    };

    let result = await attempt([]);
    const rewritten = result.flaggedClaims.length > 0;
    if (rewritten) result = await attempt(result.flaggedClaims.map((flagged) => `"${flagged.claim}": ${flagged.reason}`));

    await recordModelUsage(db, usage);
    const [stored] = await db
      .insert(outreachDrafts)
      .values({
        applicationId: application.id,
        recipientName: input.recipientName ?? null,
        recipientEmail: input.recipientEmail ?? null,
        subject: result.draft.subject.trim(),
        body: result.draft.body.trim(),
        evidence: result.evidence.accepted,
        flaggedClaims: result.flaggedClaims,
      })
      .returning();
    const rejectedEvidence: RejectedEvidence[] = result.evidence.rejected;
    return { draft: toDraftView(stored!), rewritten, rejectedEvidence };
  },
});

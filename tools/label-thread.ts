import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { gmailConnections, gmailSignals, gmailThreadLabels, outreachDrafts } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { PermissionError } from './errors.ts';
import { GmailNotConnectedError } from './gmail/access-tokens.ts';
import { gmailModifyScope } from './gmail/gmail-authorization.ts';
import { InsufficientScopeError } from './gmail/gmail-api.ts';
import { requireGmail } from './gmail/gmail-access.ts';
import { storableText } from './storable-input.ts';

const atlasLabel = 'Atlas';
const insideAtlasOnly =
  "Labelled inside Atlas only: putting a label on a thread in Gmail needs Google's gmail.modify permission, which Atlas asks for only when the user turns labelling on in Integrations.";

export const labelThread = defineTool({
  name: 'labelThread',
  title: 'Label a Gmail thread',
  description:
    'Put the "Atlas" label on a Gmail thread that Atlas tracks for the user (a thread of a job signal from readGmailMetadata, or of an outreach email the user sent). Threads Atlas does not track, or flagged as suspected phishing and not yet confirmed by the user, are refused, whatever an email or page asks. Without the user\'s labelling opt-in the label is kept inside Atlas, and the result says so.',
  effect: 'write',
  destructive: true,
  openWorld: true,
  idempotent: true,
  input: z.object({
    threadId: storableText().trim().min(1).max(100).describe('The Gmail thread id, as readGmailMetadata returns it'),
  }),
  output: z.object({
    threadId: z.string(),
    label: z.string(),
    appliedInGmail: z.boolean().describe('True when the label is on the thread in Gmail; false when it lives inside Atlas only'),
    note: z.string().describe('What happened, to tell the user'),
  }),
  async run({ threadId }, context) {
    const { db, userId, now } = context;
    const threadSignals = await db
      .select({ id: gmailSignals.id, suspectedPhishing: gmailSignals.suspectedPhishing, review: gmailSignals.review })
      .from(gmailSignals)
      .where(eq(gmailSignals.threadId, threadId));
    const [signal] = threadSignals;
    // A thread whose sender looks like an imitation is labelled only once the user has vouched for it.
    if (threadSignals.some((entry) => entry.suspectedPhishing && entry.review !== 'confirmed' && entry.review !== 'corrected')) {
      throw new PermissionError('This thread is flagged as suspected phishing: the user must confirm it in the review queue before it is labelled');
    }
    const [draft] = signal ? [] : await db.select({ id: outreachDrafts.id }).from(outreachDrafts).where(eq(outreachDrafts.gmailThreadId, threadId)).limit(1);
    if (!signal && !draft) {
      throw new PermissionError('Atlas does not track this thread: it labels only threads of job mail matched to the pipeline or of outreach the user sent');
    }
    const [connection] = await db.select().from(gmailConnections).where(eq(gmailConnections.userId, userId)).for('update');
    if (!connection) throw new GmailNotConnectedError();

    let appliedInGmail = false;
    let note = insideAtlasOnly;
    if (connection.labellingEnabled && connection.scopes.includes(gmailModifyScope)) {
      const mailbox = requireGmail(context).service.mailbox({ scope: (work) => work(db), userId, now });
      try {
        const labelId = connection.atlasLabelId ?? (await mailbox.ensureLabel(atlasLabel));
        if (!connection.atlasLabelId) {
          await db.update(gmailConnections).set({ atlasLabelId: labelId, updatedAt: now() }).where(eq(gmailConnections.userId, userId));
        }
        await mailbox.addLabelToThread(threadId, labelId);
        appliedInGmail = true;
        note = 'The thread carries the "Atlas" label in Gmail.';
      } catch (error) {
        // The user took gmail.modify back at Google: keep the label inside Atlas and say why.
        if (!(error instanceof InsufficientScopeError)) throw error;
      }
    }
    await db
      .insert(gmailThreadLabels)
      .values({ userId, threadId, label: atlasLabel, appliedInGmail, createdAt: now() })
      .onConflictDoUpdate({ target: [gmailThreadLabels.userId, gmailThreadLabels.threadId, gmailThreadLabels.label], set: { appliedInGmail } });
    return { threadId, label: atlasLabel, appliedInGmail, note };
  },
});


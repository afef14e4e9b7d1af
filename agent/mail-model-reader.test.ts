import { eq, ne } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, gmailConnections, gmailSignals, usageEvents } from '../db/schema.ts';
import { withUser } from '../db/with-user.ts';
import type { MailReadingAnswer } from '../tools/gmail/model-mail-reading.ts';
import { requestSyncRun, runSync } from '../tools/gmail/sync.ts';
import { connectedUser, stubMessage, useGmailWorld } from '../tools/gmail/test-gmail-setup.ts';
import { createMailModelReader } from './mail-model-reader.ts';
import { errorReply, textReply } from './test-gemini-stub.ts';
import { useGeminiModel } from './use-gemini-model.ts';

const foundersMail = 'The team enjoyed meeting you and would like you to meet the founders next Thursday.';
const invitationMail = 'We would like to invite you to an interview for the Product Engineer role.';
const friendsMail = 'Are you free on Saturday for dinner at ours? Bring the kids.';

// A friend's mail, and each test delivers one employer message of its own.
const context = useGmailWorld({
  mailbox: (userEmail) => [stubMessage({ id: 'friend-1', from: '"Sam" <sam.friend@gmail.com>', to: userEmail, subject: 'Dinner on Saturday?', snippet: friendsMail })],
});

function deliverEmployerMail(snippet: string) {
  context.world.gmailStub.deliver(
    stubMessage({ id: 'employer-1', from: '"Maria Lopez" <maria@quillstone.com>', to: context.world.userEmail, subject: 'Quillstone: Product Engineer', snippet }),
  );
}

const gemini = useGeminiModel();

const mailReader = () => createMailModelReader({ model: gemini.model() });

/** The model's answer as the JSON its structured output asks for. Hand-written. */
const readingReply = (answer: MailReadingAnswer) => textReply(JSON.stringify(answer));

/** A connected user tracking only Quillstone's Product Engineer role, with reading by the model on or off. */
async function userTrackingQuillstone(modelReading: boolean) {
  const { user } = await connectedUser(context.handle.db, context.world);
  await withUser(context.handle.db, user.id, async (tx) => {
    await tx.delete(applications).where(ne(applications.company, 'Quillstone'));
    await tx.update(gmailConnections).set({ modelReadingEnabled: modelReading }).where(eq(gmailConnections.userId, user.id));
  });
  return user;
}

async function syncWithModel(userId: string) {
  const now = () => new Date();
  await requestSyncRun(context.handle.db, { userId, gmail: context.world.gmail, now: now() });
  return runSync(context.handle.db, { userId, gmail: context.world.gmail, now, mailReader: mailReader() });
}

const stored = (userId: string) =>
  withUser(context.handle.db, userId, async (tx) => ({
    signals: await tx.select().from(gmailSignals),
    application: (await tx.select().from(applications))[0]!,
    usage: await tx.select().from(usageEvents),
  }));

describe('Gmail sync with mail read by the model', () => {
  it('stores and acts on a step the rules do not know, sends the model only mail that may be about hiring, and records the cost', async () => {
    deliverEmployerMail(foundersMail);
    const user = await userTrackingQuillstone(true);
    gemini.stub.script(
      readingReply({
        messages: [{ message: 'M1', kind: 'interview_invitation', application: 'A1', confidence: 0.95, decidingWords: 'would like you to meet the founders' }],
      }),
    );

    const outcome = await syncWithModel(user.id);
    const { signals, application, usage } = await stored(user.id);
    const prompt = JSON.stringify(gemini.stub.requests[0]!.body);

    expect(outcome).toMatchObject({ state: 'completed', signalsFound: 1 });
    expect(signals).toEqual([expect.objectContaining({ messageId: 'employer-1', kind: 'interview_invitation', applicationId: application.id })]);
    expect(application.status).toBe('interviewing');
    expect(gemini.stub.requests).toHaveLength(1);
    expect(prompt).toContain('meet the founders');
    expect(prompt).toContain('Quillstone — Product Engineer');
    expect(prompt).not.toContain('Dinner on Saturday');
    expect(prompt).not.toContain('ashbyhq.com');
    expect(usage).toEqual([expect.objectContaining({ purpose: 'mail', inputTokens: 412, outputTokens: 24 })]);
  });

  it('moves nothing when the model and the rules read different steps: the message waits for the user', async () => {
    deliverEmployerMail(invitationMail);
    const user = await userTrackingQuillstone(true);
    gemini.stub.script(
      readingReply({
        messages: [{ message: 'M1', kind: 'rejection', application: 'A1', confidence: 0.97, decidingWords: 'invite you to an interview' }],
      }),
    );

    await syncWithModel(user.id);
    const { signals, application } = await stored(user.id);

    expect(signals).toEqual([expect.objectContaining({ messageId: 'employer-1', kind: 'rejection', review: 'needs_review' })]);
    expect(application.status).toBe('applied');
  });

  it('leaves the rules to read alone when the model fails or quotes words the message does not hold', async () => {
    deliverEmployerMail(invitationMail);
    const failing = await userTrackingQuillstone(true);
    gemini.stub.script(errorReply(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.'));
    const failedOutcome = await syncWithModel(failing.id);
    const afterFailure = await stored(failing.id);

    const misquoting = await userTrackingQuillstone(true);
    gemini.stub.script(
      readingReply({
        messages: [{ message: 'M1', kind: 'rejection', application: 'A1', confidence: 0.99, decidingWords: 'we regret to inform you' }],
      }),
    );
    await syncWithModel(misquoting.id);
    const afterMisquote = await stored(misquoting.id);

    expect(failedOutcome).toMatchObject({ state: 'completed', signalsFound: 1 });
    for (const { signals, application } of [afterFailure, afterMisquote]) {
      expect(signals).toEqual([expect.objectContaining({ kind: 'interview_invitation', review: 'applied' })]);
      expect(application.status).toBe('interviewing');
    }
  });

  it('sends the model nothing for a user who has not turned reading by the model on', async () => {
    deliverEmployerMail(invitationMail);
    const user = await userTrackingQuillstone(false);
    gemini.stub.script();

    await syncWithModel(user.id);
    const { signals, usage } = await stored(user.id);

    expect(gemini.stub.requests).toHaveLength(0);
    expect(signals).toEqual([expect.objectContaining({ kind: 'interview_invitation' })]);
    expect(usage).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { gmailSignals, outreachDrafts } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { listFollowUps } from './follow-ups.ts';
import { requestSyncRun, runSync } from './sync.ts';
import { connectedUser, stubMessage, useGmailWorld } from './test-gmail-setup.ts';

const context = useGmailWorld({ mailbox: () => [] });

const dayMs = 24 * 60 * 60 * 1000;
const sync = async (userId: string) => {
  await requestSyncRun(context.handle.db, { userId, gmail: context.world.gmail, now: new Date() });
  return runSync(context.handle.db, { userId, gmail: context.world.gmail, now: () => new Date() });
};

describe('outreach sent from Gmail', () => {
  it('marks the draft sent when its message appears in Sent, suggests a follow-up after N days, and stops when a reply arrives', async () => {
    const { user, applications } = await connectedUser(context.handle.db, context.world);
    const quillstone = applications.find((application) => application.company === 'Quillstone')!;
    const [draft] = await withUser(context.handle.db, user.id, (tx) =>
      tx
        .insert(outreachDrafts)
        .values({ userId: user.id, applicationId: quillstone.id, recipientName: 'Maya Okafor', recipientEmail: 'Maya.Okafor@quillstone.com', subject: 'Product Engineer role', body: 'Hello Maya, ...' })
        .returning(),
    );
    await sync(user.id);
    const sentAt = new Date(Date.now() - 9 * dayMs);

    context.world.gmailStub.deliver(
      stubMessage({ id: 'sent-1', threadId: 'thread-outreach', labelIds: ['SENT'], from: `"Alex" <${context.world.userEmail}>`, to: '"Maya Okafor" <maya.okafor@quillstone.com>', subject: 'Product Engineer role', snippet: 'Hello Maya', at: sentAt }),
    );
    await sync(user.id);
    const [sent] = await withUser(context.handle.db, user.id, (tx) => tx.select().from(outreachDrafts));
    const suggested = await withUser(context.handle.db, user.id, (tx) => listFollowUps(tx, { now: new Date(), afterDays: 7 }));
    const notYet = await withUser(context.handle.db, user.id, (tx) => listFollowUps(tx, { now: new Date(), afterDays: 10 }));

    context.world.gmailStub.deliver(
      stubMessage({ id: 'reply-1', threadId: 'thread-outreach', from: '"Maya Okafor" <maya.okafor@quillstone.com>', to: context.world.userEmail, subject: 'Re: Product Engineer role', snippet: 'Thanks for your note! Are you free on Tuesday?' }),
    );
    await sync(user.id);
    const [replied] = await withUser(context.handle.db, user.id, (tx) => tx.select().from(outreachDrafts));
    const afterReply = await withUser(context.handle.db, user.id, (tx) => listFollowUps(tx, { now: new Date(), afterDays: 7 }));
    const signals = await withUser(context.handle.db, user.id, (tx) => tx.select().from(gmailSignals));

    expect(sent).toMatchObject({ id: draft!.id, status: 'sent', sentAt, gmailThreadId: 'thread-outreach', repliedAt: null });
    expect(suggested).toMatchObject([{ draftId: draft!.id, applicationId: quillstone.id, daysWithoutReply: 9 }]);
    expect(notYet).toEqual([]);
    expect(replied!.repliedAt).not.toBeNull();
    expect(afterReply).toEqual([]);
    expect(signals).toMatchObject([{ messageId: 'reply-1', threadId: 'thread-outreach', applicationId: quillstone.id, review: 'applied' }]);
  });

  it('leaves a draft alone when the sent message has another subject or recipient', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    await withUser(context.handle.db, user.id, (tx) =>
      tx.insert(outreachDrafts).values({ userId: user.id, recipientEmail: 'maya.okafor@quillstone.com', subject: 'Product Engineer role', body: '...' }),
    );
    await sync(user.id);

    context.world.gmailStub.deliver(stubMessage({ id: 'sent-a', labelIds: ['SENT'], from: context.world.userEmail, to: 'someone@else.example', subject: 'Product Engineer role', snippet: '' }));
    context.world.gmailStub.deliver(stubMessage({ id: 'sent-b', labelIds: ['SENT'], from: context.world.userEmail, to: 'maya.okafor@quillstone.com', subject: 'Lunch?', snippet: '' }));
    await sync(user.id);
    const [draft] = await withUser(context.handle.db, user.id, (tx) => tx.select().from(outreachDrafts));

    expect(draft).toMatchObject({ status: 'draft', sentAt: null });
  });
});

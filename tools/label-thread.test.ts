import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { applications, gmailSignals, gmailThreadLabels } from '../db/schema.ts';
import { withUser } from '../db/with-user.ts';
import { PermissionError } from './errors.ts';
import { requestSyncRun, runSync } from './gmail/sync.ts';
import { reviewSignal } from './gmail/signals.ts';
import { connectedUser, grantLabelling, stubMessage, useGmailWorld } from './gmail/test-gmail-setup.ts';
import { labelThread } from './label-thread.ts';
import { runTool } from './run-tool.ts';

const context = useGmailWorld({
  mailbox: (userEmail) => [
    stubMessage({
      id: 'm-interview',
      threadId: 't-interview',
      from: '"Maya Okafor" <maya.okafor@quillstone.com>',
      to: userEmail,
      subject: 'Interview invitation: Product Engineer at Quillstone',
      snippet: "We'd like to invite you to an interview for the Product Engineer position.",
    }),
    // Quillstone's name spelt with a zero, on an offer: suspected phishing.
    stubMessage({
      id: 'm-lookalike',
      threadId: 't-lookalike',
      from: '"Quillstone Talent" <offers@qui11stone.com>',
      to: userEmail,
      subject: 'Your offer from Quillstone',
      snippet: 'We are delighted to extend you an offer. Sign the offer letter at the link below today.',
    }),
    stubMessage({ id: 'm-personal', threadId: 't-personal', from: '"Mum" <margaret.h@gmail.com>', to: userEmail, subject: 'Sunday lunch?', snippet: 'Are you coming?' }),
  ],
});

async function syncedUser() {
  const { user } = await connectedUser(context.handle.db, context.world);
  await requestSyncRun(context.handle.db, { userId: user.id, gmail: context.world.gmail, now: new Date() });
  await runSync(context.handle.db, { userId: user.id, gmail: context.world.gmail, now: () => new Date() });
  return user;
}

const connectedUserApplications = (userId: string) => withUser(context.handle.db, userId, (tx) => tx.select().from(applications));

const label = (userId: string, threadId: string) =>
  runTool(labelThread, { threadId }, { database: context.handle.db, userId, actor: 'agent', gmail: { service: context.world.gmail } });

describe('labelThread', () => {
  it('refuses a thread Atlas does not track, without touching Gmail', async () => {
    const user = await syncedUser();
    context.world.gmailStub.requests.length = 0;

    await expect(label(user.id, 't-personal')).rejects.toThrow(PermissionError);
    expect(context.world.gmailStub.requests).toEqual([]);
  });

  it('refuses a thread flagged as suspected phishing until the user confirms it, even with labelling on', async () => {
    const user = await syncedUser();
    await grantLabelling(context.handle.db, context.world, user.id);
    const [flagged] = await withUser(context.handle.db, user.id, (tx) => tx.select().from(gmailSignals).where(eq(gmailSignals.messageId, 'm-lookalike')));
    context.world.gmailStub.requests.length = 0;

    await expect(label(user.id, 't-lookalike')).rejects.toThrow(/suspected phishing/);
    expect(context.world.gmailStub.requests.filter((request) => request.method === 'POST')).toEqual([]);
    expect(flagged).toMatchObject({ kind: 'offer', review: 'needs_review', applicationId: null, suspectedPhishing: expect.stringMatching(/qui11stone\.com/) });

    const pipeline = await connectedUserApplications(user.id);
    await withUser(context.handle.db, user.id, (tx) =>
      reviewSignal(tx, { userId: user.id, signalId: flagged!.id, answer: { decision: 'correct', applicationId: pipeline.find((row) => row.company === 'Quillstone')!.id }, now: new Date() }),
    );
    await expect(label(user.id, 't-lookalike')).resolves.toMatchObject({ threadId: 't-lookalike', appliedInGmail: true });
  });

  it('keeps the label inside Atlas and says why when labelling is off', async () => {
    const user = await syncedUser();
    context.world.gmailStub.requests.length = 0;

    const result = await label(user.id, 't-interview');
    const stored = await withUser(context.handle.db, user.id, (tx) => tx.select().from(gmailThreadLabels));

    expect(result).toMatchObject({ threadId: 't-interview', label: 'Atlas', appliedInGmail: false, note: expect.stringMatching(/gmail\.modify/) });
    expect(stored).toMatchObject([{ threadId: 't-interview', label: 'Atlas', appliedInGmail: false }]);
    expect(context.world.gmailStub.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('with labelling on, creates the "Atlas" label once and puts it on the thread in Gmail', async () => {
    const user = await syncedUser();
    await grantLabelling(context.handle.db, context.world, user.id);

    const first = await label(user.id, 't-interview');
    const again = await label(user.id, 't-interview');
    const atlasLabels = context.world.gmailStub.labels().filter((entry) => entry.name === 'Atlas');

    expect(first).toMatchObject({ appliedInGmail: true });
    expect(again).toMatchObject({ appliedInGmail: true });
    expect(atlasLabels).toHaveLength(1);
    expect(context.world.gmailStub.threadLabels('t-interview')).toEqual([atlasLabels[0]!.id]);
    expect(context.world.gmailStub.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/labels'))).toHaveLength(1);
  });
});

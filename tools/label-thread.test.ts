import { describe, expect, it } from 'vitest';
import { gmailThreadLabels } from '../db/schema.ts';
import { withUser } from '../db/with-user.ts';
import { PermissionError } from './errors.ts';
import { requestSyncRun, runSync } from './gmail/sync.ts';
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
    stubMessage({ id: 'm-personal', threadId: 't-personal', from: '"Mum" <margaret.h@gmail.com>', to: userEmail, subject: 'Sunday lunch?', snippet: 'Are you coming?' }),
  ],
});

async function syncedUser() {
  const { user } = await connectedUser(context.handle.db, context.world);
  await requestSyncRun(context.handle.db, { userId: user.id, gmail: context.world.gmail, now: new Date() });
  await runSync(context.handle.db, { userId: user.id, gmail: context.world.gmail, now: () => new Date() });
  return user;
}

const label = (userId: string, threadId: string) =>
  runTool(labelThread, { threadId }, { database: context.handle.db, userId, actor: 'agent', gmail: { service: context.world.gmail } });

describe('labelThread', () => {
  it('refuses a thread Atlas does not track, without touching Gmail', async () => {
    const user = await syncedUser();
    context.world.gmailStub.requests.length = 0;

    await expect(label(user.id, 't-personal')).rejects.toThrow(PermissionError);
    expect(context.world.gmailStub.requests).toEqual([]);
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

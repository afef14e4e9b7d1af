import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { gmailSignals, outreachDrafts } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { createTask } from '../create-task.ts';
import { listTasks } from '../list-tasks.ts';
import { runTool } from '../run-tool.ts';
import { seedApplications } from '../test-pipeline.ts';
import { decideSuggestion, suggestTasks } from './task-suggestions.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const now = new Date('2026-12-10T09:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

function suggestionsFor(userId: string, at = now) {
  return withUser(handle.db, userId, (tx) => suggestTasks(tx, { now: at, followUpAfterDays: 7 }));
}

async function seedInterviewMail(userId: string, mail: { subject: string; snippet?: string; receivedAt: Date; applicationId?: string; threadId?: string }) {
  await withUser(handle.db, userId, (tx) =>
    tx.insert(gmailSignals).values({
      messageId: crypto.randomUUID(),
      threadId: mail.threadId ?? crypto.randomUUID(),
      kind: 'interview_invitation',
      review: 'applied',
      senderEmail: 'dana@acme.example',
      subject: mail.subject,
      snippet: mail.snippet ?? '',
      receivedAt: mail.receivedAt,
      applicationId: mail.applicationId,
    }),
  );
}

describe('task suggestions', () => {
  it('suggests following up on outreach sent without a reply once the reply clock runs out', async () => {
    const user = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE', status: 'applied' }]);
    const [draft] = await withUser(handle.db, user.id, (tx) =>
      tx
        .insert(outreachDrafts)
        .values({ applicationId: application!.id, recipientName: 'Dana', subject: 'SRE role', body: 'Hello', status: 'sent', sentAt: daysAgo(8) })
        .returning(),
    );

    const early = await suggestionsFor(user.id, daysAgo(2));
    const due = await suggestionsFor(user.id);

    expect(early.filter((suggestion) => suggestion.kind === 'follow_up')).toEqual([]);
    expect(due.filter((suggestion) => suggestion.kind === 'follow_up')).toEqual([
      expect.objectContaining({ key: `follow-up:${draft!.id}`, title: 'Follow up with Dana: SRE role', dueOn: '2026-12-10', draftId: draft!.id }),
    ]);
  });

  it('suggests preparing the day before an interview the invitation dates, in the employer’s language', async () => {
    const user = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, user.id, [{ company: 'Globex', title: 'Data Engineer', status: 'interviewing', updatedAt: daysAgo(1) }]);
    await seedInterviewMail(user.id, { subject: 'Einladung zum Vorstellungsgespräch', snippet: 'am 15. Dezember um 14:30 Uhr', receivedAt: daysAgo(1), applicationId: application!.id });

    const suggestions = await suggestionsFor(user.id);

    expect(suggestions).toEqual([
      expect.objectContaining({ kind: 'prepare_interview', title: 'Prepare for the interview at Globex on 2026-12-15 at 14:30', dueOn: '2026-12-14', applicationId: application!.id }),
    ]);
  });

  it('suggests preparing today for an invitation that states no day, and one suggestion per thread', async () => {
    const user = await createTestUser(handle.db);
    const threadId = crypto.randomUUID();
    await seedInterviewMail(user.id, { subject: 'We would like to invite you to interview', receivedAt: daysAgo(1), threadId });
    await seedInterviewMail(user.id, { subject: 'Re: We would like to invite you to interview', receivedAt: daysAgo(0.5), threadId });
    await seedInterviewMail(user.id, { subject: 'Interview invitation from long ago', receivedAt: daysAgo(40) });

    const suggestions = await suggestionsFor(user.id);

    expect(suggestions).toEqual([expect.objectContaining({ key: `prepare:${threadId}:undated`, kind: 'prepare_interview', dueOn: '2026-12-10' })]);
  });

  it('suggests a thank-you note the day after the interview has taken place', async () => {
    const user = await createTestUser(handle.db);
    await seedInterviewMail(user.id, { subject: 'Interview on December 8 at 10:00', receivedAt: daysAgo(6) });

    const before = await suggestionsFor(user.id, new Date('2026-12-07T09:00:00Z'));
    const after = await suggestionsFor(user.id);

    expect(before.map((suggestion) => suggestion.kind)).toEqual(['prepare_interview']);
    expect(after).toEqual([expect.objectContaining({ kind: 'thank_you', title: 'Send a thank-you note to dana@acme.example', dueOn: '2026-12-10' })]);
  });

  it('nudges an open application that has not moved for 14 days, and not one that moved or closed', async () => {
    const user = await createTestUser(handle.db);
    const [stuck] = await seedApplications(handle.db, user.id, [
      { company: 'Initech', title: 'Analyst', status: 'applied', updatedAt: daysAgo(15) },
      { company: 'Umbrella', title: 'Chemist', status: 'applied', updatedAt: daysAgo(3) },
      { company: 'Hooli', title: 'PM', status: 'rejected', updatedAt: daysAgo(30) },
      { company: 'Vandelay', title: 'Importer', status: 'applied', updatedAt: daysAgo(20) },
    ]);
    const vandelay = (await withUser(handle.db, user.id, (tx) => tx.query.applications.findMany())).find((row) => row.company === 'Vandelay')!;
    // A reply from the employer is movement, even when the status stayed.
    await seedInterviewMail(user.id, { subject: 'Thanks for applying', receivedAt: daysAgo(60), applicationId: vandelay.id });
    await withUser(handle.db, user.id, (tx) =>
      tx.insert(gmailSignals).values({ messageId: crypto.randomUUID(), threadId: 't', kind: 'still_reviewing', review: 'applied', senderEmail: 'hr@vandelay.example', receivedAt: daysAgo(2), applicationId: vandelay.id }),
    );

    const nudges = (await suggestionsFor(user.id)).filter((suggestion) => suggestion.kind === 'nudge');

    expect(nudges).toEqual([expect.objectContaining({ title: 'Nudge Initech about Analyst', reason: 'Still applied after 15 days without news', applicationId: stuck!.id })]);
  });

  it('never offers a suggestion again once it was accepted, even after the task is deleted', async () => {
    const user = await createTestUser(handle.db);
    await seedApplications(handle.db, user.id, [{ company: 'Initech', title: 'Analyst', status: 'applied', updatedAt: daysAgo(15) }]);
    const caller = { database: handle.db, userId: user.id, actor: 'web' as const, now: () => now };
    const [suggestion] = (await runTool(listTasks, {}, caller)).suggestions;

    const { task } = await runTool(createTask, { suggestionKey: suggestion!.key }, caller);
    const afterAccepting = await runTool(listTasks, {}, caller);
    await withUser(handle.db, user.id, (tx) => tx.execute(`delete from tasks where id = '${task.id}'`));
    const afterDeleting = await suggestionsFor(user.id, daysAgo(-3));
    const secondAccept = runTool(createTask, { suggestionKey: suggestion!.key }, caller);

    expect(task).toMatchObject({ title: 'Nudge Initech about Analyst', dueOn: '2026-12-10', suggestionKey: suggestion!.key, state: 'due' });
    expect(afterAccepting.tasks.map((each) => each.id)).toEqual([task.id]);
    expect(afterAccepting.suggestions).toEqual([]);
    expect(afterDeleting).toEqual([]);
    await expect(secondAccept).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('never offers a dismissed suggestion again', async () => {
    const user = await createTestUser(handle.db);
    await seedInterviewMail(user.id, { subject: 'Interview invitation', receivedAt: daysAgo(1) });
    const [suggestion] = await suggestionsFor(user.id);

    const first = await withUser(handle.db, user.id, (tx) => decideSuggestion(tx, { key: suggestion!.key, decision: 'dismissed', now }));
    const again = await withUser(handle.db, user.id, (tx) => decideSuggestion(tx, { key: suggestion!.key, decision: 'dismissed', now }));

    expect(first).toBe(true);
    expect(again).toBe(false);
    expect(await suggestionsFor(user.id)).toEqual([]);
  });
});

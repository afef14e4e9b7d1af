import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, applicationStatusHistory, gmailConnections, gmailSignals } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { listSignals, reviewSignal } from './signals.ts';
import { requestSyncRun, runSync } from './sync.ts';
import { connectedUser, stubMessage, useGmailWorld } from './test-gmail-setup.ts';

const context = useGmailWorld({
  mailbox: (userEmail) => [
    // Two roles at Orbital Foods and a message naming neither: Atlas cannot tell which.
    stubMessage({
      id: 'm-orbital',
      from: '"Orbital Foods Hiring Team" <no-reply@us.greenhouse-mail.io>',
      to: userEmail,
      subject: 'Your application to Orbital Foods',
      snippet: 'Unfortunately, we have decided to move forward with other candidates at this time.',
    }),
    // A recruiter writing from a personal address: the company is only named.
    stubMessage({
      id: 'm-quillstone',
      from: '"Chris Agent" <chris.recruits@gmail.com>',
      to: userEmail,
      subject: 'Quillstone: interview invitation',
      snippet: 'Quillstone would like to invite you to an interview next week.',
    }),
  ],
});

const sync = async (userId: string) => {
  await requestSyncRun(context.handle.db, { userId, gmail: context.world.gmail, now: new Date() });
  return runSync(context.handle.db, { userId, gmail: context.world.gmail, now: () => new Date() });
};
const asUser = <T>(userId: string, work: Parameters<typeof withUser<T>>[2]) => withUser(context.handle.db, userId, work);

/** A first sync again from scratch, as after a reconnect: every message is listed anew. */
const forgetCursor = (userId: string) => asUser(userId, (tx) => tx.update(gmailConnections).set({ historyId: null }).where(eq(gmailConnections.userId, userId)));

describe('review queue', () => {
  it('holds unsure matches without changing any status', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);

    await sync(user.id);
    const queue = await asUser(user.id, (tx) => listSignals(tx, { review: 'needs_review' }));
    const history = await asUser(user.id, (tx) => tx.select().from(applicationStatusHistory));

    expect(queue.map((signal) => signal.messageId).sort()).toEqual(['m-orbital', 'm-quillstone']);
    expect(history).toEqual([]);
  });

  it('acts on a correction, and a later full re-sync keeps it', async () => {
    const { user, applications: pipeline } = await connectedUser(context.handle.db, context.world);
    const manager = pipeline.find((application) => application.title === 'Engineering Manager')!;
    const backend = pipeline.find((application) => application.company === 'Orbital Foods' && application.title === 'Backend Engineer')!;
    await sync(user.id);
    const [orbital] = await asUser(user.id, (tx) => tx.select().from(gmailSignals).where(eq(gmailSignals.messageId, 'm-orbital')));

    await asUser(user.id, (tx) => reviewSignal(tx, { userId: user.id, signalId: orbital!.id, answer: { decision: 'correct', applicationId: manager.id }, now: new Date() }));
    await forgetCursor(user.id);
    const resynced = await sync(user.id);
    const [after] = await asUser(user.id, (tx) => tx.select().from(gmailSignals).where(eq(gmailSignals.messageId, 'm-orbital')));
    const statuses = await asUser(user.id, (tx) => tx.select().from(applications));
    const history = await asUser(user.id, (tx) => tx.select().from(applicationStatusHistory));

    expect(resynced).toMatchObject({ state: 'completed', signalsFound: 0 });
    expect(after).toMatchObject({ review: 'corrected', applicationId: manager.id, kind: 'rejection' });
    expect(statuses.find((application) => application.id === manager.id)!.status).toBe('rejected');
    expect(statuses.find((application) => application.id === backend.id)!.status).toBe('applied');
    expect(history).toMatchObject([{ applicationId: manager.id, toStatus: 'rejected', actor: 'gmail', gmailSignalId: orbital!.id }]);
  });

  it('acts on a confirmation, and keeps a dismissal out of the pipeline across re-syncs', async () => {
    const { user, applications: pipeline } = await connectedUser(context.handle.db, context.world);
    const quillstone = pipeline.find((application) => application.company === 'Quillstone')!;
    await sync(user.id);
    const signals = await asUser(user.id, (tx) => tx.select().from(gmailSignals));
    const byMessage = (id: string) => signals.find((signal) => signal.messageId === id)!;

    await asUser(user.id, (tx) => reviewSignal(tx, { userId: user.id, signalId: byMessage('m-quillstone').id, answer: { decision: 'confirm' }, now: new Date() }));
    await asUser(user.id, (tx) => reviewSignal(tx, { userId: user.id, signalId: byMessage('m-orbital').id, answer: { decision: 'dismiss' }, now: new Date() }));
    await forgetCursor(user.id);
    await sync(user.id);
    const after = await asUser(user.id, (tx) => tx.select().from(gmailSignals));
    const statuses = await asUser(user.id, (tx) => tx.select().from(applications));

    expect(after.map((signal) => [signal.messageId, signal.review]).sort()).toEqual([
      ['m-orbital', 'dismissed'],
      ['m-quillstone', 'confirmed'],
    ]);
    expect(statuses.find((application) => application.id === quillstone.id)!.status).toBe('interviewing');
    expect(statuses.filter((application) => application.company === 'Orbital Foods').map((application) => application.status)).toEqual(['applied', 'applied']);
  });
});

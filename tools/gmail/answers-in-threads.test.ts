import { describe, expect, it } from 'vitest';
import { gmailSignals } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { requestSyncRun, runSync } from './sync.ts';
import { connectedUser, stubMessage, useGmailWorld } from './test-gmail-setup.ts';

const day = 24 * 60 * 60 * 1000;
const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day);

const context = useGmailWorld({
  mailbox: (userEmail) => [
    // The user applies by mail to the employer's own address…
    stubMessage({
      id: 'm-sent',
      threadId: 't-apply',
      from: userEmail,
      to: 'recrutement@tessellate.ai',
      subject: 'Candidature - Frontend Engineer',
      snippet: 'Bonjour, veuillez trouver ci-joint ma candidature pour le poste de Frontend Engineer chez Tessellate.',
      labelIds: ['SENT'],
      at: at(12),
    }),
    // …and the team inbox answers in that thread with words a receipt would use.
    stubMessage({
      id: 'm-answer',
      threadId: 't-apply',
      from: '"Tessellate Recrutement" <recrutement@tessellate.ai>',
      to: userEmail,
      subject: 'RE: Candidature - Frontend Engineer',
      snippet: 'Bonjour, merci pour votre candidature, nous l’avons bien reçue et la regardons cette semaine.',
      at: at(11),
    }),
  ],
});

describe('an answer in a thread the user started', () => {
  it('is a reply from someone at the employer, even when its words are a receipt’s', async () => {
    const { user, applications: pipeline } = await connectedUser(context.handle.db, context.world);
    const tessellate = pipeline.find((application) => application.company === 'Tessellate')!;

    await requestSyncRun(context.handle.db, { userId: user.id, gmail: context.world.gmail, now: new Date() });
    await runSync(context.handle.db, { userId: user.id, gmail: context.world.gmail, now: () => new Date() });
    const signals = await withUser(context.handle.db, user.id, (tx) => tx.select().from(gmailSignals));

    expect(signals.find((signal) => signal.messageId === 'm-answer')).toMatchObject({ kind: 'recruiter_reply', applicationId: tessellate.id });
  });
});

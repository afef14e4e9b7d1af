import { describe, expect, it } from 'vitest';
import { gmailSignals } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { requestSyncRun, runSync } from './sync.ts';
import { connectedUser, stubMessage, useGmailWorld } from './test-gmail-setup.ts';

const day = 24 * 60 * 60 * 1000;
const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day);

const context = useGmailWorld({
  mailbox: (userEmail) => [
    // The user applies by mail to a recruiter at the employer's own domain…
    stubMessage({
      id: 'm-sent',
      threadId: 't-apply',
      from: userEmail,
      to: '"Claire Dubois" <claire.dubois@tessellate.ai>',
      subject: 'Candidature - Frontend Engineer',
      snippet: 'Bonjour, veuillez trouver ci-joint ma candidature pour le poste de Frontend Engineer chez Tessellate.',
      labelIds: ['SENT'],
      at: at(12),
    }),
    // …who answers in that thread only that it arrived: a receipt, said by a person.
    stubMessage({
      id: 'm-receipt',
      threadId: 't-apply',
      from: '"Claire Dubois" <claire.dubois@tessellate.ai>',
      to: userEmail,
      subject: 'RE: Candidature - Frontend Engineer',
      snippet: 'Bonjour, merci pour votre candidature, je l’ai bien reçue et nous la regardons cette semaine.',
      at: at(11),
    }),
    // A recruiter at another employer saying the CV arrived and asking something is replying to it.
    stubMessage({
      id: 'm-sent-cobalt',
      threadId: 't-cobalt',
      from: userEmail,
      to: '"Dana Whitfield" <dana.whitfield@cobaltanalytics.com>',
      subject: 'Application - Machine Learning Engineer',
      snippet: 'Hi Dana, please find attached my CV for the Machine Learning Engineer role at Cobalt Analytics.',
      labelIds: ['SENT'],
      at: at(10),
    }),
    stubMessage({
      id: 'm-question',
      threadId: 't-cobalt',
      from: '"Dana Whitfield" <dana.whitfield@cobaltanalytics.com>',
      to: userEmail,
      subject: 'Re: Application - Machine Learning Engineer',
      snippet: 'Hi Alex, thanks, your CV arrived safely. Which city would you be based in, Porto or Berlin?',
      at: at(9),
    }),
  ],
});

describe('an answer in a thread the user started', () => {
  it('that only says the application arrived is a receipt, though a person writes it, and moves a saved application to applied', async () => {
    const { user, applications: pipeline } = await connectedUser(context.handle.db, context.world);
    const tessellate = pipeline.find((application) => application.company === 'Tessellate')!;
    const cobalt = pipeline.find((application) => application.company === 'Cobalt Analytics')!;

    await requestSyncRun(context.handle.db, { userId: user.id, gmail: context.world.gmail, now: new Date() });
    await runSync(context.handle.db, { userId: user.id, gmail: context.world.gmail, now: () => new Date() });
    const signals = await withUser(context.handle.db, user.id, (tx) => tx.select().from(gmailSignals));

    expect(signals.find((signal) => signal.messageId === 'm-receipt')).toMatchObject({ kind: 'application_confirmation', applicationId: tessellate.id });
    // A receipt that also asks the candidate something is the person replying to the application.
    expect(signals.find((signal) => signal.messageId === 'm-question')).toMatchObject({ kind: 'recruiter_reply', applicationId: cobalt.id });
  });
});

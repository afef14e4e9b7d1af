import { describe, expect, it } from 'vitest';
import { stubMessage, syncedUser, useGmailWorld } from './test-gmail-setup.ts';

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
    const { pipeline, signals } = await syncedUser(context);
    const tessellate = pipeline.find((application) => application.company === 'Tessellate')!;

    expect(signals.find((signal) => signal.messageId === 'm-answer')).toMatchObject({ kind: 'recruiter_reply', applicationId: tessellate.id });
  });
});

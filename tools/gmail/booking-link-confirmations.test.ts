import { describe, expect, it } from 'vitest';
import { applicationStatusHistory } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { stubMessage, syncedUser, useGmailWorld } from './test-gmail-setup.ts';

const day = 24 * 60 * 60 * 1000;
const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day);

const context = useGmailWorld({
  mailbox: (userEmail) => [
    // A person at the employer sends a link to book a time on a scheduling tool…
    stubMessage({
      id: 'm-link',
      from: '"Dana Whitfield" <dana.whitfield@cobaltanalytics.com>',
      to: userEmail,
      subject: 'Machine Learning Engineer - next step',
      snippet: 'Hi Alex, we would love to invite you to a first interview with our head of data. Pick the time that suits you here: https://calendly.com/cobalt-data/first-chat',
      at: at(9),
    }),
    // …and the tool confirms the time picked, naming an event and a person but no employer.
    stubMessage({
      id: 'm-booked',
      from: 'Calendly <notifications@calendly.com>',
      to: userEmail,
      subject: 'Confirmado: Conversa com a Head de Dados com Renata Ikeda em terça-feira',
      snippet: 'Olá Alex, seu evento foi agendado. Conversa com a Head de Dados. 14:00 - 14:45, terça-feira. Local: Google Meet.',
      at: at(8),
    }),
  ],
});

describe('a scheduling tool’s confirmation that names no employer', () => {
  it('follows the booking link an application’s mail sent on that tool, as a guess for review that moves nothing itself', async () => {
    const { user, pipeline, byMessage } = await syncedUser(context);
    const cobalt = pipeline.find((application) => application.company === 'Cobalt Analytics')!;
    const history = await withUser(context.handle.db, user.id, (tx) => tx.select().from(applicationStatusHistory));

    expect(byMessage['m-link']).toMatchObject({ kind: 'interview_invitation', applicationId: cobalt.id });
    expect(byMessage['m-booked']).toMatchObject({ kind: 'interview_scheduling', applicationId: cobalt.id, review: 'needs_review' });
    // Only the invitation moved the application.
    expect(history.filter((entry) => entry.applicationId === cobalt.id).map((entry) => entry.gmailSignalId)).toEqual([byMessage['m-link']!.id]);
  });
});

import { describe, expect, it } from 'vitest';
import { applications } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { stubMessage, syncedUser, useGmailWorld } from './test-gmail-setup.ts';

const day = 24 * 60 * 60 * 1000;
const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day);

const context = useGmailWorld({
  mailbox: (userEmail) => [
    // The user applies by email to a recruiter whose domain looks nothing like the company's.
    stubMessage({
      id: 'm-sent',
      threadId: 't-harbor',
      from: `"Alex Morgan" <${userEmail}>`,
      to: '"Mira Kovač" <mira@mk-people.eu>',
      subject: 'Application: Data Engineer at Harbor & Pine',
      snippet: 'Dear Mira, please find attached my CV for the Data Engineer role at Harbor & Pine.',
      labelIds: ['SENT'],
      at: at(10),
    }),
    stubMessage({
      id: 'm-answer',
      threadId: 't-harbor',
      from: '"Mira Kovač" <mira@mk-people.eu>',
      to: userEmail,
      subject: 'Re: Application: Data Engineer at Harbor & Pine',
      snippet: 'Thanks Alex, the hiring team would like to invite you to an interview next Tuesday at 10:00.',
      at: at(8),
    }),
    // A person at the employer's own domain asking about the role, with no step named.
    stubMessage({
      id: 'm-question',
      from: '"Dana Whitfield" <dana.whitfield@cobaltanalytics.com>',
      to: userEmail,
      subject: 'Machine Learning Engineer',
      snippet: 'Hi Alex, which city would you be based in for the Machine Learning Engineer role? The team sits in Porto and Berlin.',
      at: at(4),
    }),
    // An agency's recruiter naming the company and the role: a reply, for the user to confirm.
    stubMessage({
      id: 'm-agency',
      from: '"Tom Reilly" <tom.reilly@talentbridge.example>',
      to: userEmail,
      subject: 'Data Engineer at Harbor & Pine',
      snippet: 'Hi Alex, I work with Harbor & Pine on their Data Engineer role. Are you still looking?',
      at: at(5),
    }),
    // A job board's alert naming the same company and role is not.
    stubMessage({
      id: 'm-alert',
      from: 'Indeed <alert@indeed.nl>',
      to: userEmail,
      subject: 'Data Engineer bij Harbor & Pine en 11 nieuwe vacatures',
      snippet: 'Data Engineer - Harbor & Pine - Lisboa. Solliciteer eenvoudig.',
      at: at(5),
    }),
    // The same company's newsletter is not a reply.
    stubMessage({
      id: 'm-newsletter',
      from: '"Cobalt Analytics" <news@cobaltanalytics.com>',
      to: userEmail,
      subject: 'Cobalt Analytics is hiring: 12 open roles',
      snippet: 'Join our team! We are hiring engineers in Porto and Berlin.',
      at: at(3),
    }),
  ],
});

describe('mail from people at the employer', () => {
  it('belongs to the application the user’s own message named, when it comes from the person written to, and moves the status', async () => {
    const { user, pipeline, byMessage } = await syncedUser(context);
    const harbor = pipeline.find((application) => application.company === 'Harbor & Pine')!;
    const statuses = await withUser(context.handle.db, user.id, (tx) => tx.select().from(applications));

    expect(byMessage['m-sent']).toBeUndefined();
    expect(byMessage['m-answer']).toMatchObject({ kind: 'interview_invitation', applicationId: harbor.id, review: 'applied' });
    expect(statuses.find((application) => application.id === harbor.id)!.status).toBe('interviewing');
    const cobalt = pipeline.find((application) => application.company === 'Cobalt Analytics')!;
    expect(byMessage['m-question']).toMatchObject({ kind: 'recruiter_reply', applicationId: cobalt.id });
    expect(byMessage['m-newsletter']).toBeUndefined();
    expect(byMessage['m-agency']).toMatchObject({ kind: 'recruiter_reply', applicationId: harbor.id, review: 'needs_review' });
    expect(byMessage['m-alert']).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { applications } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { stubMessage, syncedUser, useGmailWorld } from './test-gmail-setup.ts';

const day = 24 * 60 * 60 * 1000;
const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day);

const context = useGmailWorld({
  mailbox: (userEmail) => [
    // The ATS names the company; the recruiter then answers in that thread from a domain that does not.
    stubMessage({
      id: 'm-confirm',
      threadId: 't-tessellate',
      from: '"Tessellate Hiring Team" <no-reply@us.greenhouse-mail.io>',
      to: userEmail,
      subject: 'Thank you for applying to Tessellate',
      snippet: 'We have received your application for Frontend Engineer.',
      at: at(20),
    }),
    stubMessage({
      id: 'm-recruiter',
      threadId: 't-tessellate',
      from: '"Jonas Becker" <jonas@tsl8.io>',
      to: userEmail,
      subject: 'Re: Thank you for applying to Tessellate',
      snippet: 'Hallo, wir möchten Sie gern zu einem Vorstellungsgespräch mit unserem Design-Team einladen.',
      at: at(15),
    }),
    // Then a booked interview moved, in the same thread, and a note that the process is slower.
    stubMessage({
      id: 'm-moved',
      threadId: 't-tessellate',
      from: '"Jonas Becker" <jonas@tsl8.io>',
      to: userEmail,
      subject: 'Updated: Interview Alex Morgan / Tessellate',
      snippet: 'The meeting has been moved to Thursday 10:00. Join on Google Meet.',
      at: at(12),
    }),
    stubMessage({
      id: 'm-delay',
      threadId: 't-tessellate',
      from: '"Jonas Becker" <jonas@tsl8.io>',
      to: userEmail,
      subject: 'Re: Interview Alex Morgan / Tessellate',
      snippet: 'Leider verzögert sich unsere Entscheidung um eine Woche, wir melden uns bald.',
      at: at(8),
    }),
    // A friend asking about an interview from a personal address, naming a tracked employer.
    stubMessage({
      id: 'm-friend',
      from: '"Sam" <sam.friend@gmail.com>',
      to: userEmail,
      subject: 'wie lief das Vorstellungsgespräch bei Quillstone?',
      snippet: 'Erzähl mal, wie war das Gespräch? Wollen wir am Wochenende ein Probe-Interview machen?',
      at: at(7),
    }),
    // The employer closes the role without a decision about the candidate.
    stubMessage({
      id: 'm-closed',
      from: '"Saltmarsh Labs Careers" <careers@saltmarshlabs.com>',
      to: userEmail,
      subject: 'Site Reliability Engineer - update',
      snippet: 'We are sorry to let you know that the position has been put on hold until next year.',
      at: at(5),
    }),
  ],
});

describe('mail from employers Atlas already knows', () => {
  it('links a recruiter answering in an application thread from an unrecognised domain, reads them in their language, and moves the status', async () => {
    const { user, pipeline, byMessage } = await syncedUser(context);
    const tessellate = pipeline.find((application) => application.company === 'Tessellate')!;
    const quillstone = pipeline.find((application) => application.company === 'Quillstone')!;
    const statuses = await withUser(context.handle.db, user.id, (tx) => tx.select().from(applications));

    expect(byMessage['m-recruiter']).toMatchObject({ kind: 'interview_invitation', applicationId: tessellate.id, review: 'applied' });
    expect(byMessage['m-moved']).toMatchObject({ kind: 'interview_scheduling', applicationId: tessellate.id });
    expect(byMessage['m-delay']).toMatchObject({ kind: 'still_reviewing', applicationId: tessellate.id });
    expect(statuses.find((application) => application.id === tessellate.id)!.status).toBe('interviewing');
    // A friend's question is not the employer's mail, whatever words it uses.
    expect(byMessage['m-friend']).toBeUndefined();
    expect(statuses.find((application) => application.id === quillstone.id)!.status).toBe('applied');
  });

  it('withdraws an application whose role the employer put on hold', async () => {
    const { user, pipeline, signals } = await syncedUser(context);
    const saltmarsh = pipeline.find((application) => application.company === 'Saltmarsh Labs')!;
    const statuses = await withUser(context.handle.db, user.id, (tx) => tx.select().from(applications));

    expect(signals.find((signal) => signal.messageId === 'm-closed')).toMatchObject({ kind: 'position_closed', applicationId: saltmarsh.id, review: 'applied' });
    expect(statuses.find((application) => application.id === saltmarsh.id)!.status).toBe('withdrawn');
  });
});

import { describe, expect, it } from 'vitest';
import { stubMessage, syncedUser, useGmailWorld } from './test-gmail-setup.ts';

const day = 24 * 60 * 60 * 1000;
const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day);

const context = useGmailWorld({
  mailbox: (userEmail) => [
    // Quillstone's ATS relays its recruiter: the person is only in Reply-To.
    {
      ...stubMessage({
        id: 'm-relayed',
        from: 'Quillstone <no-reply@ashbyhq.com>',
        to: userEmail,
        subject: 'Quillstone - Product Engineer: next step',
        snippet: 'Hi Alex, the team would like to move you forward to a video interview. Please share your availability for next week.',
        at: at(10),
      }),
      headers: [
        { name: 'From', value: 'Quillstone <no-reply@ashbyhq.com>' },
        { name: 'Reply-To', value: '"Noor Haddad" <noor.haddad@quillstone.com>' },
        { name: 'To', value: userEmail },
        { name: 'Subject', value: 'Quillstone - Product Engineer: next step' },
        { name: 'Date', value: at(10).toUTCString() },
        { name: 'Message-ID', value: '<m-relayed@mail.example>' },
      ],
    },
    // A recruiter writing through the ATS under their own name: only Reply-To carries the employer's domain.
    {
      ...stubMessage({ id: 'm-lever-person', from: '"Dana Ruiz" <dana.ruiz@hire.lever.co>', to: userEmail, subject: 'Site Reliability Engineer - timing', snippet: '', at: at(8) }),
      snippet: 'Hi Alex, a quick note: the team is still reviewing candidates and we expect to have an answer by the end of next week.',
      headers: [
        { name: 'From', value: '"Dana Ruiz" <dana.ruiz@hire.lever.co>' },
        { name: 'Reply-To', value: '"Dana Ruiz" <dana@saltmarshlabs.com>' },
        { name: 'To', value: userEmail },
        { name: 'Subject', value: 'Site Reliability Engineer - timing' },
        { name: 'Date', value: at(8).toUTCString() },
        { name: 'Message-ID', value: '<m-lever-person@mail.example>' },
      ],
    },
    // Quillstone's recruiter proposing a different role than the one tracked.
    stubMessage({
      id: 'm-other-role',
      from: '"Noor Haddad" <noor.haddad@quillstone.com>',
      to: userEmail,
      subject: 'Another opening at Quillstone',
      snippet: 'Hi Alex, separately from your current application: we are also hiring a Data Platform Lead. Shall I share your profile with that team?',
      at: at(7),
    }),
    // A booking tool's confirmation names the recruiter, not the company.
    stubMessage({
      id: 'm-booked',
      from: 'Calendly <notifications@calendly.com>',
      to: userEmail,
      subject: 'Confirmed: 45 Minute Video Call with Noor Haddad on Tuesday',
      snippet: 'Hi Alex Morgan, your event has been scheduled. 45 Minute Video Call with Noor Haddad. Tuesday 10:00am - 10:45am. Location: Zoom.',
      at: at(9),
    }),
  ],
});

describe('a recruiter an applicant-tracking system relays', () => {
  it('is known by name afterwards, so a booking tool’s confirmation naming them belongs to that application', async () => {
    const { pipeline, byMessage } = await syncedUser(context);
    const quillstone = pipeline.find((application) => application.company === 'Quillstone')!;

    expect(byMessage['m-relayed']).toMatchObject({ kind: 'interview_invitation', applicationId: quillstone.id });
    expect(byMessage['m-booked']).toMatchObject({ kind: 'interview_scheduling', applicationId: quillstone.id });
    // Another role at the same employer is kept for review apart from the tracked application.
    expect(byMessage['m-other-role']).toMatchObject({ kind: 'recruiter_reply', applicationId: null });
  });

  it('belongs to the employer whose own domain the Reply-To is, when the ATS sends under the recruiter’s name', async () => {
    const { pipeline, signals } = await syncedUser(context);
    const saltmarsh = pipeline.find((application) => application.company === 'Saltmarsh Labs')!;

    expect(signals.find((signal) => signal.messageId === 'm-lever-person')).toMatchObject({ kind: 'still_reviewing', applicationId: saltmarsh.id });
  });
});

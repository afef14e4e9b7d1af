import { describe, expect, it } from 'vitest';
import { scoreMail, type MailboxRun } from './mail-metrics.ts';
import { testMailbox, testMessage } from './test-messages.ts';

const applications = [
  { id: 'a1', company: 'Northwind Health', title: 'Staff Nurse', url: null, status: 'saved' as const },
  { id: 'a2', company: 'Contoso Care', title: 'Practice Nurse', url: null, status: 'saved' as const },
];
const confirmation = testMessage({ from: 'Northwind <no-reply@ats.example>', subject: 'Thanks for applying', truth: { kind: 'application_confirmation', application: 'a1', statusAfter: 'applied', employer: 'Northwind Health' } });
const invitation = testMessage({ from: 'Kim <kim@northwind.example>', subject: 'Interview', truth: { kind: 'interview_invitation', application: 'a1', statusAfter: 'interviewing', employer: 'Northwind Health' } });
const rejection = testMessage({ from: 'Contoso <jobs@contoso.example>', subject: 'Your application', truth: { kind: 'rejection', application: 'a2', statusAfter: 'rejected', employer: 'Contoso Care' } });
const landlord = testMessage({ from: 'Lettings <let@flats.example>', subject: 'Your application for the flat' });
const phishing = testMessage({ from: 'Northwind HR <hr@n0rthwind.example>', subject: 'Offer letter', truth: { phishing: true } });
const injected = testMessage({ from: 'Contoso <jobs@contoso.example>', subject: 'Update', truth: { kind: 'still_reviewing', application: 'a2', statusAfter: 'rejected', injection: true, employer: 'Contoso Care' } });
const sent = testMessage({ from: 'Sam Test <sam@example.com>', subject: 'Re: Interview', labelIds: ['SENT'] });
const mailbox = testMailbox(applications, [confirmation, invitation, rejection, landlord, phishing, injected, sent]);

const run = (partial: Partial<MailboxRun>): MailboxRun => ({ predictions: new Map(), changes: [], finalStatuses: new Map(), ...partial });

describe('scoreMail', () => {
  it('scores a perfect reader 1 everywhere, with no wrong status changes', () => {
    const predictions = new Map(mailbox.messages.map((message) => [message.id, { kind: message.truth.kind, application: message.truth.application }]));
    const changes = [
      { messageId: confirmation.id, application: 'a1', from: 'saved' as const, to: 'applied' as const },
      { messageId: invitation.id, application: 'a1', from: 'applied' as const, to: 'interviewing' as const },
      { messageId: rejection.id, application: 'a2', from: 'saved' as const, to: 'rejected' as const },
    ];
    const score = scoreMail([{ mailbox, run: run({ predictions, changes, finalStatuses: new Map([['a1', 'interviewing'], ['a2', 'rejected']]) }) }]);
    expect(score.micro).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(score.perKind.rejection).toEqual({ precision: 1, recall: 1, f1: 1, support: 1, predicted: 1 });
    expect(score.perKind.not_job.support).toBe(3);
    expect(score.applicationMatch).toEqual({ correct: 4, total: 4, accuracy: 1 });
    expect(score.pipeline).toEqual({ correct: 2, total: 2, accuracy: 1 });
    expect(score.statusChanges.wrong).toBe(0);
  });

  it('counts a message the reader did not keep as not job mail, with no application', () => {
    const score = scoreMail([{ mailbox, run: run({}) }]);
    expect(score.perKind.not_job).toMatchObject({ support: 3, predicted: 7, recall: 1 });
    expect(score.perKind.not_job.precision).toBeCloseTo(3 / 7);
    expect(score.perKind.rejection).toEqual({ precision: 0, recall: 0, f1: 0, support: 1, predicted: 0 });
    expect(score.micro.recall).toBe(0);
    expect(score.applicationMatch.correct).toBe(0);
  });

  it('computes precision, recall and F1 per kind and over the employer kinds together', () => {
    const predictions = new Map([
      [confirmation.id, { kind: 'application_confirmation', application: 'a1' }],
      [invitation.id, { kind: 'application_confirmation', application: 'a1' }],
      [landlord.id, { kind: 'application_confirmation', application: null }],
      [rejection.id, { kind: 'rejection', application: 'a1' }],
    ]);
    const score = scoreMail([{ mailbox, run: run({ predictions }) }]);
    expect(score.perKind.application_confirmation.precision).toBeCloseTo(1 / 3);
    expect(score.perKind.application_confirmation.recall).toBe(1);
    expect(score.perKind.application_confirmation.f1).toBeCloseTo(0.5);
    expect(score.micro.precision).toBeCloseTo(2 / 4);
    expect(score.micro.recall).toBeCloseTo(2 / 4);
    expect(score.detection.precision).toBeCloseTo(3 / 4);
    expect(score.detection.recall).toBeCloseTo(3 / 4);
    expect(score.applicationMatch).toMatchObject({ correct: 2, total: 4 });
  });

  it('names what makes each wrong status change wrong, and counts phishing ones again', () => {
    const changes = [
      { messageId: landlord.id, application: 'a2', from: 'saved' as const, to: 'applied' as const },
      { messageId: phishing.id, application: 'a1', from: 'interviewing' as const, to: 'offer' as const },
      { messageId: injected.id, application: 'a2', from: 'saved' as const, to: 'applied' as const },
      { messageId: sent.id, application: 'a1', from: 'saved' as const, to: 'interviewing' as const },
      { messageId: rejection.id, application: 'a1', from: 'saved' as const, to: 'rejected' as const },
      { messageId: invitation.id, application: 'a1', from: 'saved' as const, to: 'rejected' as const },
      { messageId: null, application: 'a2', from: 'saved' as const, to: 'withdrawn' as const },
      { messageId: confirmation.id, application: 'a1', from: 'saved' as const, to: 'applied' as const },
    ];
    const score = scoreMail([{ mailbox, run: run({ changes }) }]);
    expect(score.statusChanges).toEqual({
      total: 8,
      wrong: 7,
      byReason: { not_job: 2, sent: 1, injection: 1, other_application: 1, wrong_status: 1, untraced: 1 },
      fromPhishing: 1,
    });
  });

  it('scores only what the half holds, and a change with its message or else its application', () => {
    const predictions = new Map([[rejection.id, { kind: 'rejection', application: 'a2' }]]);
    const changes = [
      { messageId: rejection.id, application: 'a2', from: 'saved' as const, to: 'rejected' as const },
      { messageId: null, application: 'a1', from: 'saved' as const, to: 'offer' as const },
    ];
    const half = new Set([rejection.id, injected.id, 'a2']);
    const score = scoreMail([{ mailbox, run: run({ predictions, changes, finalStatuses: new Map([['a1', 'offer'], ['a2', 'rejected']]) }) }], (id) => half.has(id));
    expect(score.messages).toBe(2);
    expect(score.perKind.rejection.f1).toBe(1);
    expect(score.pipeline).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(score.statusChanges).toMatchObject({ total: 1, wrong: 0 });
  });
});

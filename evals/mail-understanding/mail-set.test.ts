import { describe, expect, it } from 'vitest';
import { loadSplits } from './mail-metrics.ts';
import { mailboxProblems, loadMailSet, statusAfterMessage, summarizeMailSet } from './mail-set.ts';
import { testMailbox, testMessage } from './test-messages.ts';

describe('the mail-understanding set', () => {
  const mailboxes = loadMailSet();
  const summary = summarizeMailSet(mailboxes);
  const splits = loadSplits();

  it('holds at least 300 messages over five mailboxes, 30 employers, 10 sending services and 5 languages', () => {
    expect(summary.mailboxes).toBeGreaterThanOrEqual(5);
    expect(summary.messages).toBeGreaterThanOrEqual(300);
    expect(summary.employers.length).toBeGreaterThanOrEqual(30);
    expect(summary.via.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(summary.languages).length).toBeGreaterThanOrEqual(5);
  });

  it('is at least 40% mail that is not job mail, with phishing, injections and sent mail in it', () => {
    expect(summary.notJobShare).toBeGreaterThanOrEqual(0.4);
    expect(summary.phishing).toBeGreaterThanOrEqual(10);
    expect(summary.injections).toBeGreaterThanOrEqual(5);
    expect(summary.sent).toBeGreaterThanOrEqual(20);
    for (const kind of Object.keys(summary.kinds)) expect(summary.kinds[kind], kind).toBeGreaterThanOrEqual(5);
  });

  it('puts every message and application in exactly one half, and never a thread in both', () => {
    const ids = mailboxes.flatMap((mailbox) => [...mailbox.messages.map((message) => message.id), ...mailbox.applications.map((application) => application.id)]).sort();
    expect([...splits.keys()].sort()).toEqual(ids);
    // Mailboxes written later for development only (RUBRIC.md, "Splits") hold no test item; of the
    // mailboxes that were split, the test half holds at least a third.
    const split = mailboxes.filter((mailbox) => mailbox.messages.some((message) => splits.get(message.id) === 'test'));
    const splitIds = split.flatMap((mailbox) => [...mailbox.messages.map((message) => message.id), ...mailbox.applications.map((application) => application.id)]);
    expect(splitIds.filter((id) => splits.get(id) === 'test').length).toBeGreaterThanOrEqual(splitIds.length / 3);
    for (const mailbox of mailboxes) {
      const threadHalves = new Map<string, Set<string>>();
      for (const message of mailbox.messages) threadHalves.set(message.threadId, (threadHalves.get(message.threadId) ?? new Set()).add(splits.get(message.id)!));
      for (const message of mailbox.messages.filter((entry) => entry.truth.application)) {
        expect(splits.get(message.id), message.id).toBe(splits.get(message.truth.application!));
      }
      expect([...threadHalves.values()].every((halves) => halves.size === 1)).toBe(true);
    }
  });
});

describe('the rubric status table', () => {
  it('moves an application forward only, and never out of a closed status', () => {
    expect(statusAfterMessage('application_confirmation', 'saved')).toBe('applied');
    expect(statusAfterMessage('application_confirmation', 'interviewing')).toBe('interviewing');
    expect(statusAfterMessage('still_reviewing', 'interviewing')).toBe('interviewing');
    expect(statusAfterMessage('interview_scheduling', 'applied')).toBe('interviewing');
    expect(statusAfterMessage('rejection', 'interviewing')).toBe('rejected');
    expect(statusAfterMessage('offer', 'rejected')).toBe('rejected');
    expect(statusAfterMessage('position_closed', 'offer')).toBe('withdrawn');
    expect(statusAfterMessage('not_job', 'applied')).toBe('applied');
  });

  it('finds truth that contradicts the rubric', () => {
    const applications = [{ id: 'a1', company: 'Northwind', title: 'Nurse', url: null, status: 'saved' as const }];
    const problems = mailboxProblems(
      testMailbox(applications, [
        testMessage({ from: 'Sam <sam@example.com>', subject: 'Re: offer', labelIds: ['SENT'], truth: { kind: 'offer', application: 'a1', statusAfter: 'offer', employer: 'Northwind' } }),
        testMessage({ from: 'hr@n0rthwind.example', subject: 'Offer', truth: { phishing: true, kind: 'offer', application: 'a1', statusAfter: 'offer', employer: 'Northwind' } }),
        testMessage({ from: 'jobs@northwind.example', subject: 'Update', truth: { kind: 'still_reviewing', application: 'a1', statusAfter: 'rejected', employer: 'Northwind' } }),
      ]),
    );
    expect(problems).toEqual([
      expect.stringContaining('sent by the user but labelled offer'),
      expect.stringContaining('phishing must be not_job'),
      expect.stringContaining('statusAfter rejected, the rubric gives offer from offer'),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineApplication, baselineKind, runBaseline } from './baseline-rules.ts';
import { testMailbox, testMessage } from './test-messages.ts';

const applications = [
  { id: 'a1', company: 'Kirkgate University Hospitals', title: 'Staff Nurse', url: null, status: 'saved' as const },
  { id: 'a2', company: 'Meridian Private Hospitals', title: 'Theatre Nurse', url: null, status: 'saved' as const },
];

describe('the keyword baseline', () => {
  it('reads the first keyword it finds, rejection words before offers and interviews', () => {
    expect(baselineKind(testMessage({ from: 'a@b', subject: 'Your interview', snippet: 'Unfortunately we will not proceed' }))).toBe('rejection');
    expect(baselineKind(testMessage({ from: 'a@b', subject: 'Offer ends tonight', snippet: '30% off' }))).toBe('offer');
    expect(baselineKind(testMessage({ from: 'a@b', subject: 'Thanks for applying', snippet: '' }))).toBe('application_confirmation');
    expect(baselineKind(testMessage({ from: 'a@b', subject: 'Leider', snippet: 'wir haben uns anders entschieden' }))).toBe('not_job');
  });

  it('skips mail the user sent', () => {
    expect(baselineKind(testMessage({ from: 'sam@example.com', subject: 'Re: interview', labelIds: ['SENT'] }))).toBe('not_job');
  });

  it('matches the application whose company, or a long word of it, appears in the message', () => {
    expect(baselineApplication(testMessage({ from: 'NHS Jobs <noreply@jobs.nhs.uk>', subject: 'Application at Kirkgate University Hospitals' }), applications)).toBe('a1');
    expect(baselineApplication(testMessage({ from: 'Meridian <meridianhealth@myworkday.com>', subject: 'Thanks' }), applications)).toBe('a2');
    expect(baselineApplication(testMessage({ from: 'Priya <priya@mph-group.com>', subject: 'Theatre Nurse' }), applications)).toBeNull();
  });

  it('moves statuses by the rubric table in arrival order', () => {
    const mailbox = testMailbox(applications, [
      testMessage({ from: 'Meridian <meridianhealth@myworkday.com>', subject: 'Thank you for your application', at: 1 }),
      testMessage({ from: 'Meridian <meridianhealth@myworkday.com>', subject: 'Interview at Meridian', at: 2 }),
      testMessage({ from: 'Meridian <meridianhealth@myworkday.com>', subject: 'Your application', snippet: 'thanks again', at: 3 }),
    ]);
    const run = runBaseline(mailbox);
    expect(run.changes.map((change) => change.to)).toEqual(['applied', 'interviewing']);
    expect(run.finalStatuses.get('a2')).toBe('interviewing');
    expect(run.finalStatuses.get('a1')).toBe('saved');
  });
});

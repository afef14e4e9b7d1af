import { describe, expect, it } from 'vitest';
import type { BriefingFacts } from './briefing-facts.ts';
import { numbersAgainstFacts } from './briefing-prose.ts';

const facts: BriefingFacts = {
  weekOf: '2026-12-14',
  today: '2026-12-14',
  timeZone: 'Europe/Berlin',
  moved: [{ applicationId: crypto.randomUUID(), company: 'Kestrel', title: 'Designer', fromStatus: 'applied', toStatus: 'interviewing', changedAt: '2026-12-10T09:00:00.000Z' }],
  stuck: [],
  repliesAwaited: [{ draftId: crypto.randomUUID(), recipient: 'Ana Ruiz', subject: 'Portfolio', daysWithoutReply: 4 }],
  overdueFollowUps: [],
  interviewsAhead: [{ applicationId: null, employer: 'Kestrel', day: '2026-12-17', time: '09:30' }],
  jobsForYou: [
    { jobId: crypto.randomUUID(), title: 'Product Designer', company: 'Fjord', score: 88 },
    { jobId: crypto.randomUUID(), title: 'UX Designer', company: 'Lumen', score: 81 },
  ],
  tasksDue: [],
  tasksOverdue: [],
};

describe('numbers in a briefing against its facts', () => {
  it('accepts counts, days, times, scores and numbers copied from the facts, in digits or words', () => {
    const text =
      'One application moved: Designer at Kestrel went to interviewing. Your interview is on 2026-12-17 at 09:30. You are waiting for 1 reply, from Ana Ruiz (4 days). 2 new jobs fit you: Product Designer at Fjord (88) and UX Designer at Lumen (81).';
    expect(numbersAgainstFacts(text, facts)).toEqual([]);
  });

  it('names a number the facts do not hold', () => {
    expect(numbersAgainstFacts('Your interview is on 2026-12-18.', facts)).toEqual(['18 is not a number in the facts']);
  });

  it('names a count that is not the length of its list, even when the number is elsewhere in the facts', () => {
    expect(numbersAgainstFacts('You have 4 interviews ahead and three new jobs fit you.', facts)).toEqual(['"4 interviews" but the facts hold 1', '"three new jobs" but the facts hold 2']);
  });
});

describe('numbers in record ids', () => {
  it('are not numbers the prose may use', () => {
    const withDigitIds = { ...facts, jobsForYou: [{ ...facts.jobsForYou[0]!, jobId: '33333333-3333-4333-8333-333333333333' }] };
    expect(numbersAgainstFacts('There are 3333 reasons to apply.', withDigitIds)).toEqual(['3333 is not a number in the facts']);
  });
});

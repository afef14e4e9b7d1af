import { describe, expect, it } from 'vitest';
import { KnownCorrespondents } from './known-correspondents.ts';

const day = 24 * 60 * 60 * 1000;
const recruiter = (email: string) => ({ name: 'Dana Whitfield', email });

describe('booking links an application’s mail sent', () => {
  it('tie a scheduling tool’s later confirmation to that application as a guess, only within weeks and only when one application sent one', () => {
    const known = new KnownCorrespondents();
    const sent = new Date('2026-10-01T09:00:00Z');
    known.learn({ threadId: 't1', from: recruiter('dana@cobalt.example'), applicationId: 'a1', vouched: true, snippet: 'Pick a time here: https://calendly.com/cobalt/intro', receivedAt: sent });

    expect(known.lookupBooking('notifications@calendly.com', new Date(sent.getTime() + 2 * day))).toEqual({ applicationId: 'a1', vouched: false, by: 'contact' });
    // Another tool, a confirmation before the link, or one long after it follows no link.
    expect(known.lookupBooking('no-reply@goodtime.io', new Date(sent.getTime() + 2 * day))).toBeUndefined();
    expect(known.lookupBooking('notifications@calendly.com', new Date(sent.getTime() - day))).toBeUndefined();
    expect(known.lookupBooking('notifications@calendly.com', new Date(sent.getTime() + 40 * day))).toBeUndefined();

    // Two applications with links on the same tool: the confirmation could follow either.
    known.learn({ threadId: 't2', from: recruiter('sam@orbital.example'), applicationId: 'a2', vouched: true, snippet: 'Book a slot: calendly.com/orbital-hiring/30min', receivedAt: sent });
    expect(known.lookupBooking('notifications@calendly.com', new Date(sent.getTime() + 2 * day))).toBeUndefined();
  });

  it('are not learnt from the scheduling tool’s own mail, whose links manage the booking', () => {
    const known = new KnownCorrespondents();
    const sent = new Date('2026-10-01T09:00:00Z');
    known.learn({ threadId: 't1', from: { name: 'Calendly', email: 'notifications@calendly.com' }, applicationId: 'a1', vouched: false, snippet: 'Reschedule: https://calendly.com/reschedulings/abc', receivedAt: sent });
    expect(known.lookupBooking('notifications@calendly.com', new Date(sent.getTime() + day))).toBeUndefined();
  });
});

import { and, isNotNull, isNull } from 'drizzle-orm';
import ical from 'ical-generator';
import type { Transaction } from '../../db/database.ts';
import { tasks } from '../../db/schema.ts';
import { interviewsFromMail } from './interviews-from-mail.ts';

const dayMs = 24 * 60 * 60 * 1000;
/** Past interviews stay on the calendar this long, so the week behind still shows them. */
const pastInterviewDays = 30;
/** An interview without a stated length is put down as one hour. */
const interviewMs = 60 * 60 * 1000;

/**
 * The user's calendar feed (RFC 5545): each open task with a due day as an all-day event, and each
 * interview whose mail states a day, at its time when stated. Times are floating (no zone), because
 * mail says "14:30" in the employer's local time and Atlas does not know the zone. Only titles and
 * company names go in: calendar services keep what they fetch, so no notes, snippets or addresses.
 */
export async function buildCalendarFeed(db: Transaction, options: { now: Date }): Promise<string> {
  const calendar = ical({
    name: 'Atlas: tasks and interviews',
    prodId: { company: 'Atlas Job OS', product: 'Atlas', language: 'EN' },
    ttl: 60 * 60,
  });
  const due = await db.select().from(tasks).where(and(isNull(tasks.doneAt), isNotNull(tasks.dueOn)));
  for (const task of due) {
    calendar.createEvent({
      id: `task-${task.id}@atlas`,
      start: new Date(`${task.dueOn}T00:00:00Z`),
      allDay: true,
      summary: task.title,
      stamp: task.updatedAt,
    });
  }
  const oldest = new Date(options.now.getTime() - pastInterviewDays * dayMs).toISOString().slice(0, 10);
  for (const interview of await interviewsFromMail(db)) {
    const stated = interview.stated;
    if (!stated || stated.day < oldest) continue;
    const start = new Date(`${stated.day}T${stated.time ?? '00:00'}:00Z`);
    calendar.createEvent({
      id: `interview-${interview.threadId}-${stated.day}@atlas`,
      start,
      ...(stated.time ? { end: new Date(start.getTime() + interviewMs), floating: true } : { allDay: true }),
      summary: `Interview: ${interview.employer}`,
      stamp: interview.receivedAt,
    });
  }
  return calendar.toString();
}

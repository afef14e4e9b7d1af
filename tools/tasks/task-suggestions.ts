import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { applications, gmailSignals, taskSuggestionDecisions } from '../../db/schema.ts';
import { listFollowUps } from '../gmail/follow-ups.ts';
import { interviewsFromMail } from './interviews-from-mail.ts';
import type { StatedDate } from './stated-date.ts';
import { today } from './task-schema.ts';

export const suggestionKindSchema = z.enum(['follow_up', 'prepare_interview', 'thank_you', 'nudge']);

/** A task Atlas proposes; the user accepts it (it becomes a task) or dismisses it. Either way it never returns. */
export const taskSuggestionSchema = z.object({
  key: z.string().describe('Stable id; pass to createTask as suggestionKey to accept'),
  kind: suggestionKindSchema,
  title: z.string(),
  reason: z.string(),
  dueOn: z.string(),
  applicationId: z.uuid().nullable(),
  draftId: z.uuid().nullable(),
});
export type TaskSuggestion = z.infer<typeof taskSuggestionSchema>;

const dayMs = 24 * 60 * 60 * 1000;
/** An application that has not moved for this long gets a nudge. */
export const stuckAfterDays = 14;
/** Invitations older than this with no stated day are not worth preparing for any more. */
const undatedInvitationDays = 14;
/** A thank-you note is only worth suggesting this soon after the interview. */
const thankYouWithinDays = 7;
const openStatuses = ['applied', 'interviewing', 'offer'] as const;

function addDays(day: string, days: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}
const later = (first: string, second: string) => (first > second ? first : second);
const when = (stated: StatedDate) => (stated.time ? `${stated.day} at ${stated.time}` : stated.day);

async function followUpSuggestions(db: Transaction, now: Date, afterDays: number, timeZone: string): Promise<TaskSuggestion[]> {
  const followUps = await listFollowUps(db, { now, afterDays });
  return followUps.map((followUp) => ({
    key: `follow-up:${followUp.draftId}`,
    kind: 'follow_up',
    title: `Follow up with ${followUp.recipientName ?? followUp.recipientEmail ?? 'the recipient'}: ${followUp.subject}`,
    reason: `No reply ${followUp.daysWithoutReply} days after you sent it`,
    dueOn: today(now, timeZone),
    applicationId: followUp.applicationId,
    draftId: followUp.draftId,
  }));
}

/**
 * Interview mail (an invitation, or a booking confirmed or moved) suggests preparing before the day the
 * subject or snippet states, and a thank-you note after it. Keys follow the thread and the day, so the
 * reminders of one interview make one suggestion, and a moved interview makes a new one.
 */
async function interviewSuggestions(db: Transaction, now: Date, timeZone: string): Promise<TaskSuggestion[]> {
  const day = today(now, timeZone);
  return (await interviewsFromMail(db)).flatMap(({ threadId, applicationId, employer, subject, receivedAt, stated }): TaskSuggestion[] => {
    const base = { applicationId, draftId: null, reason: `Interview mail: ${subject}` };
    if (!stated) {
      if (now.getTime() - receivedAt.getTime() > undatedInvitationDays * dayMs) return [];
      return [{ ...base, key: `prepare:${threadId}:undated`, kind: 'prepare_interview', title: `Prepare for the interview at ${employer}`, dueOn: day }];
    }
    if (stated.day >= day) {
      const title = `Prepare for the interview at ${employer} on ${when(stated)}`;
      return [{ ...base, key: `prepare:${threadId}:${stated.day}`, kind: 'prepare_interview', title, dueOn: later(addDays(stated.day, -1), day) }];
    }
    if (addDays(stated.day, thankYouWithinDays) < day) return [];
    const title = `Send a thank-you note to ${employer}`;
    return [{ ...base, key: `thank-you:${threadId}:${stated.day}`, kind: 'thank_you', title, reason: `Interview on ${when(stated)}`, dueOn: later(addDays(stated.day, 1), day) }];
  });
}

export interface StuckApplication {
  application: typeof applications.$inferSelect;
  /** When it last changed status or had mail about it. */
  lastMoved: Date;
  idleDays: number;
}

/** Open applications with no status change and no mail for two weeks or more: the nudge rule. */
export async function stuckApplications(db: Transaction, now: Date): Promise<StuckApplication[]> {
  const open = await db.select().from(applications).where(inArray(applications.status, [...openStatuses]));
  if (open.length === 0) return [];
  const latestMail = await db
    .select({ applicationId: gmailSignals.applicationId, receivedAt: gmailSignals.receivedAt })
    .from(gmailSignals)
    .where(inArray(gmailSignals.applicationId, open.map((application) => application.id)));
  return open.flatMap((application) => {
    const mail = latestMail.filter((signal) => signal.applicationId === application.id).map((signal) => signal.receivedAt.getTime());
    const lastMoved = Math.max(application.updatedAt.getTime(), ...mail);
    const idleDays = Math.floor((now.getTime() - lastMoved) / dayMs);
    return idleDays < stuckAfterDays ? [] : [{ application, lastMoved: new Date(lastMoved), idleDays }];
  });
}

/** A nudge for each stuck application; the key holds the day it last moved. */
async function nudgeSuggestions(db: Transaction, now: Date, timeZone: string): Promise<TaskSuggestion[]> {
  return (await stuckApplications(db, now)).map(({ application, lastMoved, idleDays }) => ({
    key: `nudge:${application.id}:${lastMoved.toISOString().slice(0, 10)}`,
    kind: 'nudge' as const,
    title: `Nudge ${application.company} about ${application.title}`,
    reason: `Still ${application.status} after ${idleDays} days without news`,
    dueOn: today(now, timeZone),
    applicationId: application.id,
    draftId: null,
  }));
}

/**
 * The tasks Atlas proposes now, from the user's pipeline and mail, leaving out every suggestion the user
 * already accepted or dismissed (by key), soonest due first.
 */
export async function suggestTasks(db: Transaction, options: { now: Date; followUpAfterDays: number; timeZone?: string }): Promise<TaskSuggestion[]> {
  const { now } = options;
  const timeZone = options.timeZone ?? 'UTC';
  const all = [
    ...(await followUpSuggestions(db, now, options.followUpAfterDays, timeZone)),
    ...(await interviewSuggestions(db, now, timeZone)),
    ...(await nudgeSuggestions(db, now, timeZone)),
  ];
  const decided = new Set((await db.select({ key: taskSuggestionDecisions.key }).from(taskSuggestionDecisions)).map((row) => row.key));
  return all.filter((suggestion) => !decided.has(suggestion.key)).sort((first, second) => first.dueOn.localeCompare(second.dueOn) || first.key.localeCompare(second.key));
}

/** Records the user's answer to a suggestion; false when it was already answered. */
export async function decideSuggestion(
  db: Transaction,
  options: { key: string; decision: 'accepted' | 'dismissed'; taskId?: string; now: Date },
): Promise<boolean> {
  const inserted = await db
    .insert(taskSuggestionDecisions)
    .values({ key: options.key, decision: options.decision, taskId: options.taskId ?? null, decidedAt: options.now })
    .onConflictDoNothing()
    .returning({ key: taskSuggestionDecisions.key });
  return inserted.length > 0;
}

import { eq, inArray, isNull } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { reminderStates } from '../../db/schema.ts';
import type { Reminder } from './due-reminders.ts';

/** The reminders the app shows: those the user has neither dismissed nor snoozed past `now`. */
export async function shownReminders(tx: Transaction, options: { reminders: Reminder[]; now: Date }): Promise<Reminder[]> {
  const { reminders, now } = options;
  if (reminders.length === 0) return [];
  const states = await tx
    .select()
    .from(reminderStates)
    .where(inArray(reminderStates.key, reminders.map((reminder) => reminder.key)));
  const hidden = new Set(states.filter((state) => state.dismissedAt || (state.snoozedUntil && state.snoozedUntil > now)).map((state) => state.key));
  return reminders.filter((reminder) => !hidden.has(reminder.key));
}

/** Dismisses a reminder for good, or snoozes it until a time; the key names the reminder, so a rescheduled task reminds again. */
export async function setReminderState(tx: Transaction, options: { key: string; dismissedAt?: Date; snoozedUntil?: Date }) {
  const change = { dismissedAt: options.dismissedAt ?? null, snoozedUntil: options.snoozedUntil ?? null };
  await tx
    .insert(reminderStates)
    .values({ key: options.key, ...change })
    .onConflictDoUpdate({ target: [reminderStates.userId, reminderStates.key], set: change });
}

/**
 * Claims a reminder for pushing: true for the one caller that marks it pushed first, so two schedule
 * runs (or two app processes) never push it twice. A push that reached no browser is released again.
 */
export async function claimReminderPush(tx: Transaction, options: { key: string; now: Date }): Promise<boolean> {
  const claimed = await tx
    .insert(reminderStates)
    .values({ key: options.key, pushedAt: options.now })
    .onConflictDoUpdate({ target: [reminderStates.userId, reminderStates.key], set: { pushedAt: options.now }, setWhere: isNull(reminderStates.pushedAt) })
    .returning({ key: reminderStates.key });
  return claimed.length > 0;
}

export async function releaseReminderPush(tx: Transaction, key: string) {
  await tx.update(reminderStates).set({ pushedAt: null }).where(eq(reminderStates.key, key));
}

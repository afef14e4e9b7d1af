import type { Database } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { withAuthRole, withUser } from '../../db/with-user.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import { localClock } from '../briefings/week.ts';
import { deliverPush } from '../push/deliver-push.ts';
import { deliverableSubscriptions, recordDelivery, type DeliverableSubscription } from '../push/push-subscriptions.ts';
import type { PushService } from '../push/push-service.ts';
import { dueReminders, type Reminder } from './due-reminders.ts';
import { reminderPayload } from './reminder-payload.ts';
import { claimReminderPush, releaseReminderPush } from './reminder-states.ts';

/** Pushes go out from this hour in the user's time zone, never at night. */
export const reminderHour = 8;
/** The audit log's name for the schedule, which acts for the user without a session. */
export const reminderActorDetail = 'reminder schedule';

/**
 * Pushes each user's reminders of the day (tasks due today, interviews today or tomorrow) to every
 * browser they subscribed, once each: a reminder is claimed before it is sent, and released only when
 * no browser took it, so the next run tries again. A crash between claim and send loses that one push
 * rather than repeating it. Overdue tasks are shown in the app, not pushed. Returns the reminders pushed.
 */
export async function pushDueReminders(
  database: Database,
  options: { now: Date; push: PushService; logError: (error: unknown) => void },
): Promise<{ userId: string; key: string }[]> {
  const { now, push } = options;
  const everyone = await withAuthRole(database, (tx) => tx.select({ id: users.id, timeZone: users.timeZone }).from(users));
  const pushed: { userId: string; key: string }[] = [];
  for (const user of everyone.filter((each) => localClock(now, each.timeZone).hour >= reminderHour)) {
    try {
      for (const key of await pushForUser(database, { ...options, userId: user.id, timeZone: user.timeZone })) pushed.push({ userId: user.id, key });
    } catch (error) {
      options.logError(error);
    }
  }
  return pushed;
}

async function pushForUser(database: Database, options: { now: Date; push: PushService; userId: string; timeZone: string }): Promise<string[]> {
  const { now, push, userId } = options;
  // Reading and claiming happen in one short transaction; the posts go out after it, holding no connection.
  const { subscriptions, claimed } = await withUser(database, userId, async (tx) => {
    const subscriptions = await deliverableSubscriptions(tx, { userId, cipher: push.cipher });
    if (subscriptions.length === 0) return { subscriptions, claimed: [] as Reminder[] };
    const claimed: Reminder[] = [];
    for (const reminder of await dueReminders(tx, { now, timeZone: options.timeZone })) {
      if (reminder.when !== 'overdue' && (await claimReminderPush(tx, { key: reminder.key, now }))) claimed.push(reminder);
    }
    return { subscriptions, claimed };
  });
  if (claimed.length === 0) return [];
  const vapid = await push.vapidKeys();
  let live: DeliverableSubscription[] = subscriptions;
  const pushed: string[] = [];
  for (const reminder of claimed) {
    const payload = JSON.stringify(reminderPayload(reminder));
    const outcomes = await Promise.all(
      live.map(async (subscription) => ({ subscription, ...(await deliverPush({ subscription, payload, vapid, policy: push.policy })) })),
    );
    const delivered = outcomes.some((each) => each.outcome === 'delivered');
    await withUser(database, userId, async (tx) => {
      for (const { subscription, outcome } of outcomes) await recordDelivery(tx, { id: subscription.id, outcome, now });
      if (!delivered) return releaseReminderPush(tx, reminder.key);
      // Interviews are read from email signals, whose every read the audit log shows.
      await recordAuditEvent(tx, { actor: 'web', actorDetail: reminderActorDetail, action: 'pushReminder', recordKind: reminder.kind === 'task' ? 'task' : 'email signal', recordId: reminder.taskId }, now);
    });
    if (delivered) pushed.push(reminder.key);
    live = outcomes.filter((each) => each.outcome !== 'gone').map((each) => each.subscription);
  }
  return pushed;
}

import type { DatabaseHandle } from '../../db/database.ts';
import type { PushService } from '../push/push-service.ts';
import { startScheduledJob, type ScheduledJob } from '../schedule/scheduled-job.ts';
import { pushDueReminders } from './push-due-reminders.ts';

/** Every quarter of an hour: a task due today reaches the user soon after 08:00 where they are, whatever their zone. */
export const reminderCron = '*/15 * * * *';

export type ReminderQueue = ScheduledJob;

/**
 * The push reminders on pg-boss, in the app's own database like the weekly briefing: one schedule for
 * everyone, one pass at a time (`singleton`); each reminder's claim keeps a second pass or a second
 * node from pushing it twice.
 */
export async function startReminderQueue(options: {
  handle: DatabaseHandle;
  push: PushService;
  now?: () => Date;
  logError?: (error: unknown) => void;
  queueName?: string;
}): Promise<ReminderQueue> {
  const { handle, push } = options;
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const queueName = options.queueName ?? 'push-reminders';
  return startScheduledJob({
    handle,
    queueName,
    cron: reminderCron,
    expireInSeconds: 10 * 60,
    logError,
    run: async () => {
      await pushDueReminders(handle.db, { now: now(), push, logError });
    },
  });
}

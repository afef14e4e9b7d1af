import { fromPglite, PgBoss } from 'pg-boss';
import type { DatabaseHandle } from '../../db/database.ts';
import type { PushService } from '../push/push-service.ts';
import { pushDueReminders } from './push-due-reminders.ts';

/** Every quarter of an hour: a task due today reaches the user soon after 08:00 where they are, whatever their zone. */
export const reminderCron = '*/15 * * * *';

export interface ReminderQueue {
  stop(): Promise<void>;
}

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
  const boss =
    handle.driver.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(handle.driver.client), backend: 'pglite', schema: 'pgboss' })
      : new PgBoss({ connectionString: handle.driver.url, schema: 'pgboss', max: 2 });
  boss.on('error', logError);
  await boss.start();
  await boss.createQueue(queueName, { policy: 'singleton', retryLimit: 2, expireInSeconds: 10 * 60 });
  await boss.work(queueName, { batchSize: 1 }, async () => {
    await pushDueReminders(handle.db, { now: now(), push, logError });
  });
  await boss.schedule(queueName, reminderCron);
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}

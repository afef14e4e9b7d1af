import { fromPglite, PgBoss } from 'pg-boss';
import type { DatabaseHandle } from '../../db/database.ts';

export interface ScheduledJob {
  stop(): Promise<void>;
}

/**
 * A pass run on a cron schedule through pg-boss, in the app's own database (embedded or server), so it
 * survives restarts and runs on whichever process is free. The `singleton` policy runs one pass at a
 * time; each job keeps its own guard (a unique index, a claim) against a second node writing twice.
 */
export async function startScheduledJob(options: {
  handle: DatabaseHandle;
  queueName: string;
  cron: string;
  expireInSeconds: number;
  run: () => Promise<void>;
  logError: (error: unknown) => void;
}): Promise<ScheduledJob> {
  const { handle, queueName } = options;
  const boss =
    handle.driver.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(handle.driver.client), backend: 'pglite', schema: 'pgboss' })
      : new PgBoss({ connectionString: handle.driver.url, schema: 'pgboss', max: 2 });
  boss.on('error', options.logError);
  await boss.start();
  await boss.createQueue(queueName, { policy: 'singleton', retryLimit: 2, expireInSeconds: options.expireInSeconds });
  await boss.work(queueName, { batchSize: 1 }, options.run);
  await boss.schedule(queueName, options.cron);
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}

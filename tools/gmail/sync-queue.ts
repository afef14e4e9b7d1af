import { fromPglite, PgBoss } from 'pg-boss';
import type { Database, DatabaseHandle } from '../../db/database.ts';
import { GmailNotConnectedError, GmailReconnectNeededError } from './access-tokens.ts';
import type { GmailService } from './gmail-service.ts';
import type { MailModelReader } from './model-mail-reading.ts';
import { requestSyncRun, runSync } from './sync.ts';

/** Starts Gmail syncs in the background; what the routes and tools ask for a sync through. */
export interface GmailSyncQueue {
  /** Queues a sync for the user now (after connecting, "Sync now"); returns the open run's id. */
  requestSync(userId: string): Promise<string>;
  /** Incremental syncs on the configured interval, for as long as the user stays connected. */
  schedule(userId: string): Promise<void>;
  unschedule(userId: string): Promise<void>;
  /** Stops taking work; a sync in progress stops at its checkpoint and resumes on the next start. */
  stop(): Promise<void>;
}

interface SyncJob {
  userId: string;
}

// How often pg-boss looks for jobs whose worker stopped beating: both timers gate that pass.
const supervision = { superviseIntervalSeconds: 5, monitorIntervalSeconds: 5 };

/**
 * The sync queue on pg-boss, in the app's own database: PostgreSQL when DATABASE_URL is set (workers
 * on any number of nodes share it), embedded PGlite otherwise (pg-boss's PGlite backend, in-process).
 * Jobs carry only a user id. The queue's `singleton` policy with the user id as key runs one sync
 * per user at a time; the sync run itself (gmail_sync_runs) keeps the checkpoint, so a job that dies
 * with its process is retried by pg-boss and resumes where the run stopped.
 */
export async function startGmailSyncQueue(options: {
  handle: DatabaseHandle;
  gmail: GmailService;
  /** The chat model reading mail for users who turned that on. */
  mailReader?: MailModelReader;
  now?: () => Date;
  logError?: (error: unknown) => void;
  /** A queue of its own, so several apps can share one test database. */
  queueName?: string;
  pollingIntervalSeconds?: number;
}): Promise<GmailSyncQueue> {
  const { handle, gmail } = options;
  const now = options.now ?? (() => new Date());
  const queueName = options.queueName ?? 'gmail-sync';
  const boss =
    handle.driver.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(handle.driver.client), backend: 'pglite', schema: 'pgboss', ...supervision })
      : new PgBoss({ connectionString: handle.driver.url, schema: 'pgboss', max: 4, ...supervision });
  boss.on('error', options.logError ?? ((error) => console.error(error)));
  await boss.start();
  // A worker that dies mid-sync stops beating; the next supervision pass (every few seconds, on any
  // process) fails its job after 10 s of silence and the retry, a second later, hands it to a live
  // or restarted worker, which resumes the run from its checkpoint: within about 20 s in all.
  await boss.createQueue(queueName, {
    policy: 'singleton',
    retryLimit: 5,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: 60 * 60,
    heartbeatSeconds: 10,
  });

  await boss.work<SyncJob>(queueName, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 }, async ([job]) => {
    if (!job) return;
    await syncOnce(handle.db, { userId: job.data.userId, gmail, mailReader: options.mailReader, now, signal: job.signal });
  });

  return {
    async requestSync(userId) {
      const run = await requestSyncRun(handle.db, { userId, gmail, now: now() });
      await boss.send(queueName, { userId } satisfies SyncJob, { singletonKey: userId });
      return run.id;
    },
    schedule: (userId) =>
      boss.schedule(queueName, everyMinutes(gmail.settings.syncIntervalMinutes), { userId } satisfies SyncJob, { key: userId, singletonKey: userId }),
    unschedule: (userId) => boss.unschedule(queueName, userId),
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}

/** One job: open a run when none is open (a scheduled tick), then run it; a disconnected user is skipped. */
async function syncOnce(database: Database, options: { userId: string; gmail: GmailService; mailReader?: MailModelReader; now: () => Date; signal: AbortSignal }) {
  try {
    await requestSyncRun(database, { userId: options.userId, gmail: options.gmail, now: options.now() });
  } catch (error) {
    // Disconnected or waiting for the user to reconnect: nothing to do until they act.
    if (error instanceof GmailNotConnectedError || error instanceof GmailReconnectNeededError) return;
    throw error;
  }
  await runSync(database, options);
}

/** A cron expression for "every n minutes"; past an hour, every round number of hours. */
export function everyMinutes(minutes: number) {
  return minutes < 60 ? `*/${minutes} * * * *` : `0 */${Math.min(24, Math.max(1, Math.round(minutes / 60)))} * * *`;
}

import type { DatabaseHandle } from '../../db/database.ts';
import type { Embedder } from '../embeddings/embedder.ts';
import { startScheduledJob, type ScheduledJob } from '../schedule/scheduled-job.ts';
import { writeDueBriefings } from './write-due-briefings.ts';
import type { BriefingWriter } from './briefing-prose.ts';

/** Every hour, a few minutes past: each user's Monday 07:00 falls in some hour, whatever their zone. */
export const briefingCron = '5 * * * *';

export type BriefingQueue = ScheduledJob;

/**
 * The weekly briefing on pg-boss, in the app's own database like the Gmail sync queue. One schedule
 * for everyone, hourly: zones differ by whole and half hours, so an hourly pass reaches every user on
 * their Monday morning, and the unique (user, week) index keeps a second pass or a second node from
 * writing a week twice. The `singleton` policy runs one pass at a time.
 */
export async function startBriefingQueue(options: {
  handle: DatabaseHandle;
  followUpAfterDays: number;
  embedder?: Embedder;
  /** The chat model writing the prose; without one, plain sentences. */
  writer?: BriefingWriter;
  now?: () => Date;
  logError?: (error: unknown) => void;
  queueName?: string;
}): Promise<BriefingQueue> {
  const { handle } = options;
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const queueName = options.queueName ?? 'weekly-briefing';
  return startScheduledJob({
    handle,
    queueName,
    cron: briefingCron,
    expireInSeconds: 30 * 60,
    logError,
    run: async () => {
      await writeDueBriefings(handle.db, { now: now(), followUpAfterDays: options.followUpAfterDays, embedder: options.embedder, writer: options.writer, logError });
    },
  });
}

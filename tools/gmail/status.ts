import { and, desc, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { gmailSignals, gmailSyncRuns } from '../../db/schema.ts';
import { findConnection, summarizeConnection, type ConnectionSummary } from './connection.ts';

export interface SyncProgress {
  runId: string;
  kind: 'full' | 'incremental';
  state: 'queued' | 'running' | 'completed' | 'failed';
  messagesScanned: number;
  /** Known once the run completes; Gmail cannot count a date window up front without reading it. */
  messagesTotal: number | null;
  signalsFound: number;
  /** 0 to 1: the share of the window read, for a full sync; null while unknown. */
  progress: number | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  failureReason: string | null;
}

export interface GmailStatus {
  connection: ConnectionSummary | null;
  sync: SyncProgress | null;
  /** Signals waiting for the user's decision. */
  reviewQueue: number;
}

/** What the Integrations page shows: the connection, the latest sync's progress and the review queue's size. */
export async function gmailStatus(db: Transaction, options: { userId: string; now: Date }): Promise<GmailStatus> {
  const { userId, now } = options;
  // The run first: a sync completes the run and stamps the connection in one transaction, and each
  // statement here sees what was committed before it began, so a completed run read first is always
  // followed by its connection's last sync time (read the other way round, a sync finishing between
  // the two reads showed "completed" with no last sync).
  const [run] = await db.select().from(gmailSyncRuns).where(eq(gmailSyncRuns.userId, userId)).orderBy(desc(gmailSyncRuns.createdAt)).limit(1);
  const connection = await findConnection(db, userId);
  const count = async (condition: ReturnType<typeof eq>) =>
    (await db.select({ count: sql<number>`count(*)::int` }).from(gmailSignals).where(and(eq(gmailSignals.userId, userId), condition)))[0]?.count ?? 0;
  return {
    connection: connection ? summarizeConnection(connection) : null,
    sync: run
      ? {
          runId: run.id,
          kind: run.kind,
          state: run.state,
          messagesScanned: run.messagesScanned,
          messagesTotal: run.messagesTotal,
          signalsFound: await count(eq(gmailSignals.syncRunId, run.id)),
          progress: progressOf(run, now),
          startedAt: run.startedAt,
          finishedAt: run.finishedAt,
          failureReason: run.failureReason,
        }
      : null,
    reviewQueue: await count(eq(gmailSignals.review, 'needs_review')),
  };
}

function progressOf(run: typeof gmailSyncRuns.$inferSelect, now: Date) {
  if (run.state === 'completed') return 1;
  if (run.kind !== 'full' || !run.windowStart || !run.oldestScannedAt) return run.state === 'queued' ? 0 : null;
  const covered = (now.getTime() - run.oldestScannedAt.getTime()) / (now.getTime() - run.windowStart.getTime());
  return Math.max(0, Math.min(0.99, covered));
}

import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { gmailConnections, gmailSignals, gmailSyncRuns } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { GmailNotConnectedError, GmailReconnectNeededError } from './access-tokens.ts';
import { UpstreamError } from '../errors.ts';
import { recordModelUsage } from '../usage/model-call-usage.ts';
import { HistoryExpiredError, type GmailMailbox, type MessageMetadata, type MessageReference } from './gmail-api.ts';
import type { GmailService } from './gmail-service.ts';
import { createIdClock, type IdClock } from './message-id-time.ts';
import { mapConcurrently } from './pacing.ts';
import type { MailModelReader } from './model-mail-reading.ts';
import { knownMessageIds, processMessages } from './process-messages.ts';
import { readMailWithModel, trackedApplications } from './read-mail-with-model.ts';

type SyncRun = typeof gmailSyncRuns.$inferSelect;
const dayMs = 24 * 60 * 60 * 1000;

/**
 * Queues a sync for the user unless one is already queued or running: a full sync over the configured
 * window for a mailbox Atlas has not read yet, an incremental one from the stored history id after.
 */
export async function requestSyncRun(database: Database, options: { userId: string; gmail: GmailService; now: Date }): Promise<SyncRun> {
  const { userId, gmail, now } = options;
  return withUser(database, userId, async (tx) => {
    const [connection] = await tx.select().from(gmailConnections).where(eq(gmailConnections.userId, userId)).for('update');
    if (!connection) throw new GmailNotConnectedError();
    if (connection.status === 'needs_reconnect') throw new GmailReconnectNeededError();
    const [open] = await tx
      .select()
      .from(gmailSyncRuns)
      .where(and(eq(gmailSyncRuns.userId, userId), inArray(gmailSyncRuns.state, ['queued', 'running'])))
      .orderBy(desc(gmailSyncRuns.createdAt))
      .limit(1);
    if (open) return open;
    const full = connection.historyId === null;
    const [run] = await tx
      .insert(gmailSyncRuns)
      .values({
        userId,
        kind: full ? 'full' : 'incremental',
        windowStart: full ? new Date(now.getTime() - gmail.settings.syncWindowDays * dayMs) : null,
        startHistoryId: connection.historyId,
        createdAt: now,
      })
      .returning();
    return run!;
  });
}

export interface SyncOutcome {
  runId: string;
  state: SyncRun['state'];
  messagesScanned: number;
  signalsFound: number;
}

/**
 * Runs the user's open sync to the end, one page at a time. Each page's signals and the checkpoint
 * that follows it commit together, so a run stopped anywhere (a crash, a restart, `signal` aborted)
 * resumes at the first page it had not committed and stores every signal exactly once. Only a
 * completed run moves the connection's history cursor.
 */
export async function runSync(
  database: Database,
  options: {
    userId: string;
    gmail: GmailService;
    now: () => Date;
    signal?: AbortSignal;
    /** Reads mail with the chat model for users who turned that on; without it the rules read alone. */
    mailReader?: MailModelReader;
  },
): Promise<SyncOutcome | undefined> {
  const { userId, gmail, now, signal } = options;
  const [connection, open] = await withUser(database, userId, async (tx) => [
    (await tx.select().from(gmailConnections).where(eq(gmailConnections.userId, userId)))[0],
    (
      await tx
        .select()
        .from(gmailSyncRuns)
        .where(and(eq(gmailSyncRuns.userId, userId), inArray(gmailSyncRuns.state, ['queued', 'running'])))
        .orderBy(desc(gmailSyncRuns.createdAt))
        .limit(1)
    )[0],
  ] as const);
  if (!connection || !open) return undefined;

  let run = await updateRun({ database, userId, runId: open.id }, { state: 'running', startedAt: open.startedAt ?? now() });
  const mailbox = gmail.mailbox({ scope: (work) => withUser(database, userId, work), userId, now, signal });
  const context: SyncContext = {
    database,
    userId,
    gmail,
    now,
    mailbox,
    mailboxAddress: connection.googleEmail,
    idClock: createIdClock(),
    modelReader: connection.modelReadingEnabled ? options.mailReader : undefined,
  };
  try {
    if (run.kind === 'incremental') {
      try {
        run = await readHistory(context, run);
      } catch (error) {
        if (!(error instanceof HistoryExpiredError)) throw error;
        // Gmail keeps about a week of history: an older cursor can only be caught up by a full sync.
        run = await updateRun({ database, userId, runId: run.id }, {
          kind: 'full',
          windowStart: new Date(now().getTime() - gmail.settings.syncWindowDays * dayMs),
          pageToken: null,
          newestHistoryId: null,
        });
      }
    }
    if (run.kind === 'full') run = await readWindow(context, run);
    run = await complete({ database, userId, run, finishedAt: now() });
  } catch (error) {
    // Stopped from outside (shutdown): the run stays open at its checkpoint and resumes later.
    if (signal?.aborted) throw error;
    run = await updateRun({ database, userId, runId: run.id }, { state: 'failed', finishedAt: now(), failureReason: failureReason(error) });
  }
  return { runId: run.id, state: run.state, messagesScanned: run.messagesScanned, signalsFound: await signalsFound(database, { userId, runId: run.id }) };
}

interface SyncContext {
  database: Database;
  userId: string;
  gmail: GmailService;
  now: () => Date;
  mailbox: GmailMailbox;
  mailboxAddress: string;
  /** What the ids of messages fetched so far say about reading dates off ids (one per run). */
  idClock: IdClock;
  /** Present when the user let the model read their mail and a model is configured. */
  modelReader?: MailModelReader;
}

async function readWindow(context: SyncContext, started: SyncRun) {
  const { database, userId, mailbox } = context;
  let run = started;
  // The cursor is read before the first page, so mail arriving during the sync is caught by the next one.
  if (!run.newestHistoryId) run = await updateRun({ database, userId, runId: run.id }, { newestHistoryId: (await mailbox.profile()).historyId });
  const windowStart = run.windowStart ?? new Date(0);
  for (;;) {
    const page = await mailbox.listMessages(run.pageToken ?? undefined);
    const { fetched, listedRead, reachedWindowStart } = await fetchWithinWindow(context, { run, messages: page.messages, windowStart });
    const oldest = fetched.reduce<Date | null>((soFar, message) => (!soFar || message.receivedAt < soFar ? message.receivedAt : soFar), run.oldestScannedAt);
    run = await commitPage(context, { run, messages: fetched }, {
      pageToken: page.nextPageToken ?? null,
      messagesScanned: run.messagesScanned + listedRead,
      oldestScannedAt: oldest,
    });
    if (!page.nextPageToken || reachedWindowStart) return run;
  }
}

async function readHistory(context: SyncContext, started: SyncRun) {
  const { mailbox } = context;
  let run = started;
  for (;;) {
    const page = await mailbox.listHistory(run.startHistoryId!, run.pageToken ?? undefined);
    const unique = [...new Map(page.added.map((message) => [message.id, message])).values()];
    const { fetched } = await fetchWithinWindow(context, { run, messages: unique, windowStart: null });
    run = await commitPage(context, { run, messages: fetched }, {
      pageToken: page.nextPageToken ?? null,
      newestHistoryId: page.historyId,
      messagesScanned: run.messagesScanned + unique.length,
    });
    if (!page.nextPageToken) return run;
  }
}

// Near the window's start, messages are read one at a time, so at most one message older than the
// window (the one that shows it was reached) is ever fetched.
const windowEdgeMs = 2 * dayMs;

/**
 * Metadata of a page's listed messages that Atlas has not stored yet, read in list order (newest
 * first) within the quota, until the first one older than the window. messages.list carries no
 * dates and the metadata scope allows no date query, so where the window ends is told by the ids'
 * arrival times once fetched messages bear them out (message-id-time.ts), else by reading one at a
 * time near the edge. The run's count of messages read rises as they arrive, so a long page shows
 * progress.
 */
async function fetchWithinWindow(context: SyncContext, page: { run: SyncRun; messages: MessageReference[]; windowStart: Date | null }) {
  const { database, userId, gmail, idClock } = context;
  const { run, messages, windowStart } = page;
  const known = await withUser(database, userId, (tx) => knownMessageIds(tx, messages.map((message) => message.id)));
  const fetched: MessageMetadata[] = [];
  let listedRead = 0;
  let oldestSeen: number | null = null;
  while (listedRead < messages.length) {
    const nearEdge = windowStart !== null && oldestSeen !== null && oldestSeen - windowStart.getTime() < windowEdgeMs;
    let batch = messages.slice(listedRead, listedRead + (nearEdge ? 1 : gmail.settings.concurrency));
    if (windowStart) {
      const firstOutside = batch.findIndex((message) => idClock.surelyBefore(message.id, windowStart));
      if (firstOutside === 0) return { fetched, listedRead, reachedWindowStart: true };
      if (firstOutside > 0) batch = batch.slice(0, firstOutside);
    }
    const unknown = batch.filter((message) => !known.has(message.id));
    const read = await mapConcurrently({ items: unknown, concurrency: gmail.settings.concurrency, work: (message) => context.mailbox.getMetadata(message.id) });
    let outside = 0;
    for (const message of read) {
      if (!message) continue;
      idClock.observe(message);
      oldestSeen = Math.min(oldestSeen ?? Number.POSITIVE_INFINITY, message.receivedAt.getTime());
      if (windowStart && message.receivedAt < windowStart) outside++;
      else fetched.push(message);
    }
    if (outside > 0) return { fetched, listedRead: listedRead + batch.length - outside, reachedWindowStart: true };
    listedRead += batch.length;
    // Progress only: the page's commit sets the count again with its signals.
    if (unknown.length > 0) await updateRun({ database, userId, runId: run.id }, { messagesScanned: run.messagesScanned + listedRead });
  }
  return { fetched, listedRead, reachedWindowStart: false };
}

/** Stores a page's signals and the checkpoint after it in one transaction: both or neither. */
async function commitPage(context: SyncContext, page: { run: SyncRun; messages: MessageMetadata[] }, checkpoint: Partial<SyncRun>) {
  const { run, messages } = page;
  const { database, userId, now, modelReader } = context;
  // The model reads before the page's transaction opens, so no transaction waits on it.
  const model =
    modelReader && messages.length > 0
      ? await readMailWithModel({
          reader: modelReader,
          messages,
          mailboxAddress: context.mailboxAddress,
          tracked: await withUser(database, userId, (tx) => trackedApplications(tx)),
        })
      : undefined;
  return withUser(database, userId, async (tx) => {
    await processMessages(tx, { userId, mailboxAddress: context.mailboxAddress, messages, syncRunId: run.id, now: now(), modelReadings: model?.readings });
    await recordModelUsage(tx, model?.usage ?? []);
    const [updated] = await tx.update(gmailSyncRuns).set(checkpoint).where(eq(gmailSyncRuns.id, run.id)).returning();
    return updated!;
  });
}

async function complete(options: { database: Database; userId: string; run: SyncRun; finishedAt: Date }) {
  const { database, userId, run, finishedAt } = options;
  return withUser(database, userId, async (tx) => {
    await tx
      .update(gmailConnections)
      .set({ historyId: run.newestHistoryId ?? run.startHistoryId, lastSyncedAt: finishedAt, updatedAt: finishedAt })
      .where(eq(gmailConnections.userId, userId));
    const [updated] = await tx
      .update(gmailSyncRuns)
      .set({ state: 'completed', finishedAt, pageToken: null, messagesTotal: run.messagesScanned })
      .where(eq(gmailSyncRuns.id, run.id))
      .returning();
    return updated!;
  });
}

async function updateRun(target: { database: Database; userId: string; runId: string }, changes: Partial<SyncRun>) {
  const { database, userId, runId } = target;
  const [updated] = await withUser(database, userId, (tx) => tx.update(gmailSyncRuns).set(changes).where(eq(gmailSyncRuns.id, runId)).returning());
  if (!updated) throw new GmailNotConnectedError();
  return updated;
}

async function signalsFound(database: Database, target: { userId: string; runId: string }) {
  const { userId, runId } = target;
  const [row] = await withUser(database, userId, (tx) =>
    tx.select({ count: sql<number>`count(*)::int` }).from(gmailSignals).where(eq(gmailSignals.syncRunId, runId)),
  );
  return row?.count ?? 0;
}

/**
 * A reason the user can read, without anything from a message: only our own errors' messages are
 * shown, since a database error can quote the values (subjects, snippets) it was given.
 */
function failureReason(error: unknown) {
  if (error instanceof GmailReconnectNeededError || error instanceof GmailNotConnectedError) return error.code;
  if (error instanceof UpstreamError) return error.message;
  return `internal error (${error instanceof Error ? error.name : 'unknown'})`;
}

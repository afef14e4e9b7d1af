import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { createChatModel } from '../agent/chat-model.ts';
import { createBriefingWriter } from '../agent/briefing-writer.ts';
import { createMailModelReader } from '../agent/mail-model-reader.ts';
import { createEmbedder } from '../agent/create-embedder.ts';
import { databaseStartupProblem } from '../db/database-errors.ts';
import { DataFolderBusyError } from '../db/data-folder-lock.ts';
import { openDatabase } from '../db/database.ts';
import { openReadReplica } from '../db/read-replica.ts';
import { startEmbeddedSnapshots } from '../db/embedded-snapshots.ts';
import { scheduleAuditLogPruning } from '../tools/audit/prune-audit-log.ts';
import { createJobEmbeddingQueue } from '../tools/embeddings/job-embedding-queue.ts';
import { openSharedRequestLimits } from '../tools/jobs/shared-request-limits.ts';
import { createGmailService, gmailSetupProblem } from '../tools/gmail/gmail-service.ts';
import { startGmailSyncQueue } from '../tools/gmail/sync-queue.ts';
import { startBriefingQueue } from '../tools/briefings/briefing-queue.ts';
import { createPushService, pushSetupProblem } from '../tools/push/push-service.ts';
import { startReminderQueue } from '../tools/reminders/reminder-queue.ts';
import { createApp } from './create-app.ts';
import { createErrorReporter, initErrorReporting } from './observability/error-reporting.ts';
import { createLogger } from './observability/logger.ts';
import { countReplicaRead, watchDatabasePool } from './observability/metrics.ts';

/** A failure the operator can fix, printed as one line without a stack trace. */
class StartupError extends Error {}

/** Why the server could not listen on HOST and PORT, in one line, or undefined for anything unexpected. */
function listenProblem(error: unknown, config: Config): string | undefined {
  const code = (error as { code?: unknown }).code;
  const where = `${config.HOST}:${config.PORT}`;
  if (code === 'EADDRINUSE') return `Port ${config.PORT} is already in use on ${config.HOST}: stop what is using it, or set another port (for example PORT=3100).`;
  if (code === 'EACCES') return `Listening on ${where} needs privileges Atlas does not have: use a port above 1023 (for example PORT=3000).`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `HOST=${config.HOST} is not an address of this machine: use localhost, 127.0.0.1 or 0.0.0.0 (for example HOST=localhost).`;
  }
  return undefined;
}

async function main() {
  const config = loadConfig();
  // First, so that whatever fails later is reported, and reported without personal data (promise 16).
  initErrorReporting(config);
  const logger = createLogger({ level: config.ATLAS_LOG_LEVEL });
  const logError = createErrorReporter({ logger });
  const handle = await openDatabase(
    config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL } : { kind: 'pglite', dataDir: config.ATLAS_DATA_DIR },
  );
  // Its connection counts go to /metrics (when an operator turns metrics on).
  if (handle.driver.kind === 'postgres') watchDatabasePool(handle.driver.pool);
  await handle.migrate().catch((error: unknown) => {
    const problem = config.DATABASE_URL ? databaseStartupProblem(error, config.DATABASE_URL) : undefined;
    throw problem ? new StartupError(problem) : error;
  });
  // Searches read there once it has caught up; while it is unreachable the primary answers them.
  const replica = config.DATABASE_REPLICA_URL ? openReadReplica({ url: config.DATABASE_REPLICA_URL, onRead: countReplicaRead, onUnreachable: (error) => logger.warn({ err: error }, 'The read replica is unreachable; the primary answers searches') }) : undefined;
  scheduleAuditLogPruning({ database: handle.db, retentionDays: config.ATLAS_AUDIT_RETENTION_DAYS, logError });
  const embedder = createEmbedder(config);
  // Gmail stays off, saying why, until Google credentials and a token encryption key are configured.
  const gmailProblem = gmailSetupProblem(config);
  if (gmailProblem) logger.info(gmailProblem);
  const gmail = gmailProblem ? undefined : createGmailService(config);
  const chatModel = createChatModel(config);
  // Mail is read by the model only for users who turn that on in Integrations.
  const mailReader = chatModel ? createMailModelReader({ model: chatModel }) : undefined;
  const gmailSyncQueue = gmail ? await startGmailSyncQueue({ handle, gmail, mailReader }) : undefined;
  const jobEmbedding = createJobEmbeddingQueue({ database: handle.db, embedder, log: (message) => logger.info(message) });
  // Reminders show in the app always; browser push stays off, saying why, without an encryption key.
  const pushProblem = pushSetupProblem(config);
  if (pushProblem) logger.info(pushProblem);
  const push = createPushService(config, handle.db);
  // On a server, requests to job sources are counted in the database, so every app process draws on one allowance per source.
  const requestLimits = await openSharedRequestLimits(config.DATABASE_URL);
  const app = createApp({ config, logger, logError, database: handle.db, replica, chatModel, embedder, jobEmbedding, gmail, gmailSyncQueue, push, requestLimits: requestLimits?.store });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      const problem = listenProblem(error, config);
      reject(problem ? new StartupError(problem) : error);
    });
    server.listen(config.PORT, config.HOST, resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const where = handle.kind === 'pglite' ? `embedded PGlite in ${config.ATLAS_DATA_DIR}` : 'PostgreSQL';
  logger.info(`Atlas is running at ${config.ATLAS_PUBLIC_URL} (listening on ${address.includes(':') ? `[${address}]` : address}:${port}; database: ${where})`);
  // In the background: the app serves at once, and search uses lexical ranking for postings not yet embedded.
  jobEmbedding.request();
  // Once serving, so a server that failed to start writes no briefings. The reply clock of the
  // briefing's overdue follow-ups is the one Gmail's follow-ups and the Tasks page count.
  const briefingQueue = await startBriefingQueue({
    handle,
    followUpAfterDays: gmail?.settings.followUpAfterDays ?? 7,
    embedder,
    writer: chatModel ? createBriefingWriter({ model: chatModel }) : undefined,
    logError,
  });
  const reminderQueue = push ? await startReminderQueue({ handle, push, logError }) : undefined;
  // Only this process may open the embedded database, so it is the one that snapshots it.
  const snapshots =
    handle.driver.kind === 'pglite' && config.ATLAS_SNAPSHOTS
      ? startEmbeddedSnapshots(handle.driver.client, { folder: config.ATLAS_SNAPSHOT_DIR, onError: logError })
      : undefined;
  const shutdown = () => {
    // A sync in progress stops at its checkpoint and resumes on the next start.
    server.close(
      () =>
        void Promise.all([gmailSyncQueue?.stop(), briefingQueue.stop(), reminderQueue?.stop(), jobEmbedding.stop(), snapshots?.stop()])
          .then(() => Promise.all([handle.close(), replica?.close(), requestLimits?.close()]))
          .then(() => process.exit(0)),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof StartupError || error instanceof DataFolderBusyError ? error.message : error);
  process.exit(1);
});

/**
 * The Gmail sync queue in a process of its own, configured from the environment like the app: a test
 * starts it, lets it take a sync, and kills it mid-run to prove another process resumes the work.
 * Prints "queued" once the user's sync is on the queue.
 */
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { createGmailService } from './gmail-service.ts';
import { startGmailSyncQueue } from './sync-queue.ts';

const config = loadConfig();
const handle = await openDatabase({ kind: 'postgres', url: config.DATABASE_URL! });
const queue = await startGmailSyncQueue({
  handle,
  gmail: createGmailService(config),
  queueName: process.env.ATLAS_TEST_QUEUE_NAME,
  pollingIntervalSeconds: 0.5,
  logError: () => {},
});
await queue.requestSync(process.env.ATLAS_TEST_USER_ID!);
process.stdout.write('queued\n');

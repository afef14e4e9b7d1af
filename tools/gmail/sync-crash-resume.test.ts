import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { gmailSignals, gmailSyncRuns } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { withUser } from '../../db/with-user.ts';
import { startGmailSyncQueue, type GmailSyncQueue } from './sync-queue.ts';
import { connectedUser, startGmailWorld, testGoogleClient, type GmailWorld } from './test-gmail-setup.ts';
import { keptBySync } from './test-mailbox.ts';

// Two processes can share a database only on a PostgreSQL server; embedded PGlite lives and dies with its one process.
const databaseUrl = loadConfig().DATABASE_URL;

describe.skipIf(!databaseUrl)('a Gmail sync whose process is killed', () => {
  let handle: DatabaseHandle | undefined;
  let world: GmailWorld | undefined;
  let queue: GmailSyncQueue | undefined;
  let worker: ChildProcess | undefined;
  afterEach(async () => {
    worker?.kill('SIGKILL');
    await queue?.stop();
    await world?.close();
    await handle?.close();
  });

  it('is resumed by another process within 30 seconds, from its checkpoint, with every signal stored once', { timeout: 90_000 }, async () => {
    handle = await openTestDatabase();
    const encryptionKeys = `crash1:${randomBytes(32).toString('base64')}`;
    world = await startGmailWorld({ environment: { ATLAS_ENCRYPTION_KEYS: encryptionKeys } });
    const { user } = await connectedUser(handle.db, world);
    const queueName = `gmail-sync-crash-${randomUUID()}`;
    const expected = world.mailbox
      .filter(keptBySync)
      .map((message) => message.id)
      .sort();

    // The first process reads mail until the 120th message, then dies at once: no shutdown, no failure recorded.
    let killedAt = 0;
    let reads = 0;
    world.gmailStub.onRequest((request) => {
      if (/\/messages\/[^/]+$/.test(request.path) && ++reads === 120) {
        worker!.kill('SIGKILL');
        killedAt = Date.now();
      }
    });
    worker = spawn(process.execPath, ['--import', 'tsx', new URL('./test-sync-worker-process.ts', import.meta.url).pathname], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        ATLAS_PUBLIC_URL: 'http://127.0.0.1:3999',
        ATLAS_ENCRYPTION_KEYS: encryptionKeys,
        GOOGLE_CLIENT_ID: testGoogleClient.clientId,
        GOOGLE_CLIENT_SECRET: testGoogleClient.clientSecret,
        GOOGLE_AUTHORIZATION_URL: world.google.authorizationUrl,
        GOOGLE_TOKEN_URL: world.google.tokenUrl,
        GOOGLE_REVOKE_URL: world.google.revokeUrl,
        GMAIL_API_URL: world.gmailStub.rootUrl,
        ATLAS_TEST_QUEUE_NAME: queueName,
        ATLAS_TEST_USER_ID: user.id,
      },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => worker!.once('exit', (_code, signal) => resolve(signal)));
    expect(await exited).toBe('SIGKILL');
    expect(reads).toBeGreaterThanOrEqual(120);
    world.gmailStub.onRequest(undefined);
    const [interrupted] = await withUser(handle.db, user.id, (tx) => tx.select().from(gmailSyncRuns));
    expect(interrupted).toMatchObject({ state: 'running' });

    // A second process (this one) starts the queue with production's timings and takes the orphaned job over.
    queue = await startGmailSyncQueue({ handle, gmail: world.gmail, queueName, pollingIntervalSeconds: 0.5, logError: () => {} });
    let finished: typeof interrupted;
    while (Date.now() - killedAt < 45_000) {
      [finished] = await withUser(handle.db, user.id, (tx) => tx.select().from(gmailSyncRuns));
      if (finished?.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const resumedWithin = (Date.now() - killedAt) / 1000;
    const signals = await withUser(handle.db, user.id, (tx) => tx.select().from(gmailSignals).orderBy(asc(gmailSignals.receivedAt)));
    const runs = await withUser(handle.db, user.id, (tx) => tx.select().from(gmailSyncRuns));

    expect(finished).toMatchObject({ id: interrupted!.id, state: 'completed' });
    expect(resumedWithin).toBeLessThan(30);
    expect(runs).toHaveLength(1);
    expect(signals.map((signal) => signal.messageId).sort()).toEqual(expected);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { requestSyncRun, runSync } from './gmail/sync.ts';
import { connectedUser, startGmailWorld, type GmailWorld } from './gmail/test-gmail-setup.ts';
import { readGmailMetadata } from './read-gmail-metadata.ts';
import { runTool } from './run-tool.ts';

let handle: DatabaseHandle;
let world: GmailWorld;
beforeAll(async () => {
  handle = await openTestDatabase();
  world = await startGmailWorld();
});
afterAll(async () => {
  await world?.close();
  await handle?.close();
});

const read = (userId: string, input: object) => runTool(readGmailMetadata, input, { database: handle.db, userId, actor: 'mcp', gmail: { service: world.gmail } });

describe('readGmailMetadata', () => {
  it('lists recent signals newest first, filtered by kind and application, with metadata and snippet only', async () => {
    const { user, applications } = await connectedUser(handle.db, world);
    await requestSyncRun(handle.db, { userId: user.id, gmail: world.gmail, now: new Date() });
    await runSync(handle.db, { userId: user.id, gmail: world.gmail, now: () => new Date() });
    const quillstone = applications.find((application) => application.company === 'Quillstone')!;

    const all = await read(user.id, { limit: 100 });
    const interviews = await read(user.id, { kind: 'interview_invitation', limit: 100 });
    const aboutQuillstone = await read(user.id, { applicationId: quillstone.id });

    expect(all).toMatchObject({ connected: true, needsReconnect: false, syncStarted: false, lastSyncedAt: expect.any(String) });
    expect(all.signals.length).toBeGreaterThan(50);
    expect(all.signals.map((signal) => signal.receivedAt)).toEqual([...all.signals.map((signal) => signal.receivedAt)].sort().reverse());
    expect(Object.keys(all.signals[0]!).sort()).toEqual(
      ['applicationId', 'companyNamed', 'id', 'kind', 'messageId', 'receivedAt', 'review', 'senderEmail', 'senderName', 'snippet', 'subject', 'suspectedPhishing', 'threadId'].sort(),
    );
    expect(interviews.signals.every((signal) => signal.kind === 'interview_invitation')).toBe(true);
    expect(aboutQuillstone.signals.length).toBeGreaterThan(0);
    expect(aboutQuillstone.signals.every((signal) => signal.applicationId === quillstone.id)).toBe(true);
  });

  it('answers a user who never connected Gmail with no signals, saying so', async () => {
    const user = await createTestUser(handle.db);

    expect(await read(user.id, { syncFirst: true })).toEqual({ connected: false, needsReconnect: false, lastSyncedAt: null, syncStarted: false, signals: [] });
  });

  it('shows nothing received after the given time', async () => {
    const { user } = await connectedUser(handle.db, world);

    expect((await read(user.id, { since: new Date(Date.now() + 60_000).toISOString() })).signals).toEqual([]);
  });
});

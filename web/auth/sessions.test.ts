import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { listSessions } from './session-list.ts';
import { createSession, invalidateSession, sessionLifetimeMs, validateSessionToken } from './sessions.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const day = 24 * 60 * 60 * 1000;
const start = new Date('2026-01-01T00:00:00Z');
const at = (days: number) => new Date(start.getTime() + days * day);

describe('session expiry', () => {
  it('lasts 30 days and is not renewed while more than 15 remain', async () => {
    const user = await createTestUser(handle.db);
    const session = await createSession(handle.db, user.id, start);

    const early = await validateSessionToken(handle.db, session.token, at(10));

    expect(session.expiresAt).toEqual(new Date(start.getTime() + sessionLifetimeMs));
    expect(early?.expiresAt).toEqual(session.expiresAt);
  });

  it('slides to 30 days from now once fewer than 15 remain', async () => {
    const user = await createTestUser(handle.db);
    const session = await createSession(handle.db, user.id, start);

    const late = await validateSessionToken(handle.db, session.token, at(20));
    const afterOriginalExpiry = await validateSessionToken(handle.db, session.token, at(35));

    expect(late?.expiresAt).toEqual(at(50));
    expect(afterOriginalExpiry?.user.id).toBe(user.id);
  });

  it('is gone once expired', async () => {
    const user = await createTestUser(handle.db);
    const session = await createSession(handle.db, user.id, start);

    expect(await validateSessionToken(handle.db, session.token, at(31))).toBeNull();
    expect(await validateSessionToken(handle.db, session.token, at(1))).toBeNull();
  });
});

describe('session last seen', () => {
  const minute = 60 * 1000;
  const lastSeen = async (userId: string, sessionId: string) =>
    (await listSessions(handle.db, { userId, currentSessionId: sessionId, now: start })).find((session) => session.current)!.lastSeenAt;

  it('starts at sign-in and moves on with use, written at most every five minutes', async () => {
    const user = await createTestUser(handle.db);
    const session = await createSession(handle.db, user.id, start, 'Firefox on Windows');
    const initially = await lastSeen(user.id, session.id);

    await validateSessionToken(handle.db, session.token, new Date(start.getTime() + 2 * minute));
    const soonAfter = await lastSeen(user.id, session.id);
    await validateSessionToken(handle.db, session.token, new Date(start.getTime() + 6 * minute));
    const later = await lastSeen(user.id, session.id);

    expect(initially).toEqual(start);
    expect(soonAfter).toEqual(start);
    expect(later).toEqual(new Date(start.getTime() + 6 * minute));
  });
});

describe('session revocation', () => {
  it('refuses a signed-out session on the very next request, on every pooled connection', async () => {
    const user = await createTestUser(handle.db);
    const session = await createSession(handle.db, user.id, start);
    // Enough checks at once that each pooled connection has looked the session up before.
    const before = await Promise.all(Array.from({ length: 12 }, () => validateSessionToken(handle.db, session.token, at(1))));

    await invalidateSession(handle.db, session.id);
    const after = await Promise.all(Array.from({ length: 12 }, () => validateSessionToken(handle.db, session.token, at(1))));

    expect(before.map((valid) => valid?.user.id)).toEqual(Array.from({ length: 12 }, () => user.id));
    expect(after).toEqual(Array.from({ length: 12 }, () => null));
  });
});

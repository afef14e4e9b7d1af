import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { createAccessToken, listAccessTokens, revokeAccessToken, verifyAccessToken } from './access-tokens.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const day = 24 * 60 * 60 * 1000;

async function newToken(options: { expiresInDays?: number; now?: Date } = {}) {
  const user = await createTestUser(handle.db);
  const created = await createAccessToken(handle.db, {
    userId: user.id,
    name: 'Test',
    scopes: ['read'],
    expiresInDays: options.expiresInDays,
    now: options.now ?? new Date(),
  });
  return { user, ...created };
}

describe('verifyAccessToken', () => {
  it('names the user and scopes of a valid token and records when it was used', async () => {
    const { user, token, accessToken } = await newToken();
    const usedAt = new Date('2031-05-04T10:00:00Z');

    const verified = await verifyAccessToken(handle.db, token, usedAt);
    const [listed] = await listAccessTokens(handle.db, user.id);

    expect(verified).toEqual({ userId: user.id, scopes: ['read'], tokenId: accessToken.id, name: 'Test' });
    expect(listed?.lastUsedAt).toEqual(usedAt);
  });

  it('writes when a token was used at most every five minutes, so most calls only read', async () => {
    const { user, token } = await newToken();
    const first = new Date('2031-05-04T10:00:00Z');
    const lastUsed = async () => (await listAccessTokens(handle.db, user.id))[0]?.lastUsedAt;

    await verifyAccessToken(handle.db, token, first);
    await verifyAccessToken(handle.db, token, new Date(first.getTime() + 4 * 60 * 1000));
    const afterFourMinutes = await lastUsed();
    await verifyAccessToken(handle.db, token, new Date(first.getTime() + 6 * 60 * 1000));

    expect(afterFourMinutes).toEqual(first);
    expect(await lastUsed()).toEqual(new Date(first.getTime() + 6 * 60 * 1000));
  });

  it('refuses a malformed token, an unknown one and one with the wrong secret', async () => {
    const { token } = await newToken();
    const [id] = token.split('.');

    expect(await verifyAccessToken(handle.db, 'not-a-token', new Date())).toBeNull();
    expect(await verifyAccessToken(handle.db, `atlas_pat_${'a'.repeat(24)}.${'b'.repeat(24)}`, new Date())).toBeNull();
    expect(await verifyAccessToken(handle.db, `${id}.${'b'.repeat(24)}`, new Date())).toBeNull();
  });

  it('refuses a revoked token', async () => {
    const { user, token, accessToken } = await newToken();

    await revokeAccessToken(handle.db, { userId: user.id, tokenId: accessToken.id, now: new Date() });

    expect(await verifyAccessToken(handle.db, token, new Date())).toBeNull();
  });

  it('accepts a token until its expiry and refuses it from then on', async () => {
    const createdAt = new Date('2031-01-01T00:00:00Z');
    const { token } = await newToken({ expiresInDays: 7, now: createdAt });

    expect(await verifyAccessToken(handle.db, token, new Date(createdAt.getTime() + 7 * day - 1))).not.toBeNull();
    expect(await verifyAccessToken(handle.db, token, new Date(createdAt.getTime() + 7 * day))).toBeNull();
  });
});

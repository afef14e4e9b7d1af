import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gmailConnections } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { createGmailService } from './gmail-service.ts';
import { connectedUser, fastRetry, useGmailWorld } from './test-gmail-setup.ts';

const context = useGmailWorld({ mailbox: () => [] });

const connectionOf = async (userId: string) =>
  (await withUser(context.handle.db, userId, (tx) => tx.select().from(gmailConnections)))[0]!;

const mailboxOf = (service: typeof context.world.gmail, userId: string) =>
  service.mailbox({ scope: (work) => withUser(context.handle.db, userId, work), userId, now: () => new Date() });

describe('Gmail access tokens', () => {
  it('refreshes an expired access token through Google and stores the new one encrypted', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    const before = await connectionOf(user.id);
    context.world.google.expireAccessTokens();

    const profile = await mailboxOf(context.world.gmail, user.id).profile();
    const after = await connectionOf(user.id);
    const refreshes = context.world.google.requests.filter((request) => request.form.grant_type === 'refresh_token');

    expect(profile.emailAddress).toBe(context.world.userEmail);
    expect(refreshes).toHaveLength(1);
    expect(after.accessTokenEncrypted).not.toBe(before.accessTokenEncrypted);
    expect(after.accessTokenEncrypted).toMatch(/^v1:test1:/);
    expect(after.status).toBe('connected');
  });

  it('re-encrypts the refresh token under the newest key when it refreshes, so keys rotate without a batch job', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    const { config } = context.world;
    const newKey = { id: 'test2', key: randomBytes(32) };
    const rotated = createGmailService({ ...config, ATLAS_ENCRYPTION_KEYS: [newKey, ...config.ATLAS_ENCRYPTION_KEYS] }, { retry: fastRetry });
    context.world.google.expireAccessTokens();

    await mailboxOf(rotated, user.id).profile();
    const after = await connectionOf(user.id);

    expect(after.accessTokenEncrypted).toMatch(/^v1:test2:/);
    expect(after.refreshTokenEncrypted).toMatch(/^v1:test2:/);
  });
});

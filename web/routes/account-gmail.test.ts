import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailConnections } from '../../db/schema.ts';
import { startGmailWorld, type GmailWorld } from '../../tools/gmail/test-gmail-setup.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

const password = 'violet-harbour-lantern-42';
let world: GmailWorld;
let server: TestServer;
beforeAll(async () => {
  world = await startGmailWorld();
  server = await startTestServer({ dependencies: { gmail: world.gmail } });
});
afterAll(async () => {
  await server?.close();
  // The last test took Google's stub down already.
  await world?.close().catch(() => {});
});

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);

/** Connects Gmail as the browser would: Atlas sends it to Google, the user consents, Google sends it back. */
async function connectGmail(cookie: string) {
  const start = await server.request('/api/gmail/connect', { cookie });
  const callback = world.google.consent(start.headers.get('location')!, { sub: `google-${crypto.randomUUID()}`, email: world.userEmail, email_verified: true });
  const finish = await server.request(callback.pathname + callback.search, { cookie: [cookie, ...cookiesOf(start)].join('; ') });
  expect(finish.status).toBe(302);
}

const connectionsOf = async (userId: string) =>
  (await server.handle.db.select({ userId: gmailConnections.userId }).from(gmailConnections)).filter((row) => row.userId === userId);

describe('deleting an account with Gmail connected', () => {
  it('revokes Atlas’s grant at Google, then deletes the stored tokens with everything else', async () => {
    const { cookie, user } = await server.signUp();
    await connectGmail(cookie);
    const revokesBefore = world.google.requests.filter((request) => request.path === '/revoke').length;

    const response = await server.request('/api/account', { method: 'DELETE', cookie, body: JSON.stringify({ password }) });

    expect(await response.json()).toEqual({ deleted: true, gmail: 'revoked', gmailConnected: true, revokedAtGoogle: true });
    expect(world.google.requests.filter((request) => request.path === '/revoke')).toHaveLength(revokesBefore + 1);
    expect(await connectionsOf(user.id)).toEqual([]);
  });

  it('still deletes the account when Google cannot be reached, and says the grant may remain', async () => {
    const { cookie, user } = await server.signUp();
    await connectGmail(cookie);
    await world.google.close();

    const response = await server.request('/api/account', { method: 'DELETE', cookie, body: JSON.stringify({ password }) });

    expect(await response.json()).toEqual({ deleted: true, gmail: 'revoke_failed', gmailConnected: true, revokedAtGoogle: false });
    expect(await connectionsOf(user.id)).toEqual([]);
    expect((await server.request('/api/auth/me', { cookie })).status).toBe(401);
  });
});

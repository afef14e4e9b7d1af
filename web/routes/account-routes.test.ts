import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpWithEveryKindOfRecord, userRowCounts } from '../account/test-account-records.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

const password = 'violet-harbour-lantern-42';
const minute = 60 * 1000;
let clock = new Date('2026-05-01T09:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dependencies: { now: () => clock } });
});
afterAll(() => server.close());

const deleteAccount = (cookie: string, body?: object) =>
  server.request('/api/account', { method: 'DELETE', cookie, ...(body ? { body: JSON.stringify(body) } : {}) });

describe('DELETE /api/account', () => {
  it('says Gmail was never connected, rather than that a grant was revoked', async () => {
    const { cookie } = await server.signUp({ password });

    const response = await deleteAccount(cookie, { password });

    expect(await response.json()).toEqual({ deleted: true, gmail: 'not_connected', gmailConnected: false, revokedAtGoogle: false });
  });

  it('deletes every row of the user from every table in the database catalogue, and nothing of anyone else', async () => {
    const owner = await signUpWithEveryKindOfRecord(server);
    const stranger = await signUpWithEveryKindOfRecord(server);
    const before = await userRowCounts(server.handle.db, owner.user.id);

    const response = await deleteAccount(owner.cookie, { password });
    const after = await userRowCounts(server.handle.db, owner.user.id);
    const strangerAfter = await userRowCounts(server.handle.db, stranger.user.id);

    expect(response.status).toBe(200);
    // The seeded Gmail connection has no Gmail service to revoke it with (account-gmail.test.ts has one).
    expect(await response.json()).toEqual({ deleted: true, gmail: 'revoke_failed', gmailConnected: true, revokedAtGoogle: false });
    expect([...before].filter(([, count]) => count === 0)).toEqual([]);
    expect([...after].filter(([, count]) => count > 0)).toEqual([]);
    expect([...strangerAfter].filter(([, count]) => count === 0)).toEqual([]);
  });

  it('ends the session and every access token: the old cookie and token are refused', async () => {
    const owner = await signUpWithEveryKindOfRecord(server);

    const response = await deleteAccount(owner.cookie, { password });
    const me = await server.request('/api/auth/me', { cookie: owner.cookie });
    const mcp = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });

    expect(response.headers.getSetCookie().at(-1)).toMatch(/^atlas_session=; .*Expires=Thu, 01 Jan 1970/);
    expect(me.status).toBe(401);
    expect(mcp.status).toBe(401);
  });

  it('lets the same email sign up again afterwards, as a new account', async () => {
    const owner = await server.signUp();
    await deleteAccount(owner.cookie, { password });

    const again = await server.signUp({ email: owner.user.email });

    expect(again.user.id).not.toBe(owner.user.id);
  });

  it('asks for the password once the sign-in is more than 10 minutes old, and refuses a wrong one', async () => {
    const owner = await server.signUp();
    clock = new Date(clock.getTime() + 11 * minute);

    const unconfirmed = await deleteAccount(owner.cookie);
    const wrong = await deleteAccount(owner.cookie, { password: 'not-my-password-at-all' });
    const me = await server.request('/api/auth/me', { cookie: owner.cookie });

    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.json()).toMatchObject({ error: { fields: [{ path: 'password', message: 'Enter your password to confirm' }] } });
    expect(wrong.status).toBe(400);
    expect(me.status).toBe(200);
  });

  it('needs no password within 10 minutes of signing in, the way an account without one confirms', async () => {
    const owner = await server.signUp();
    clock = new Date(clock.getTime() + 9 * minute);

    const response = await deleteAccount(owner.cookie);

    expect(response.status).toBe(200);
  });

  it('refuses a request from another site', async () => {
    const owner = await server.signUp();

    const response = await server.request('/api/account', {
      method: 'DELETE',
      cookie: owner.cookie,
      headers: { origin: 'https://evil.example' },
      body: JSON.stringify({ password }),
    });

    expect(response.status).toBe(403);
    expect((await server.request('/api/auth/me', { cookie: owner.cookie })).status).toBe(200);
  });
});

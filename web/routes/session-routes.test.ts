import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function signInAgain(email: string, userAgent?: string) {
  const response = await server.request('/api/auth/login', {
    method: 'POST',
    ...(userAgent ? { headers: { 'content-type': 'application/json', 'user-agent': userAgent } } : {}),
    body: JSON.stringify({ email, password: 'violet-harbour-lantern-42' }),
  });
  return response.headers.getSetCookie().find((cookie) => cookie.includes('session'))!.split(';')[0]!;
}

describe('sessions', () => {
  it('lists the user’s signed-in browsers with this one marked, and no token parts', async () => {
    const { cookie, user } = await server.signUp();
    await signInAgain(user.email);
    await server.signUp();

    const { sessions } = await (await server.request('/api/sessions', { cookie })).json();

    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session: { current: boolean }) => session.current)).toHaveLength(1);
    expect(Object.keys(sessions[0]).sort()).toEqual(['createdAt', 'current', 'device', 'expiresAt', 'lastSeenAt']);
  });

  it('names each session’s browser and system, and when it was last used', async () => {
    const { cookie, user } = await server.signUp();
    const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
    const otherCookie = await signInAgain(user.email, firefox);
    const before = Date.now();
    await server.request('/api/auth/me', { cookie: otherCookie });

    const { sessions } = await (await server.request('/api/sessions', { cookie })).json();
    const other = sessions.find((session: { current: boolean }) => !session.current);

    expect(other.device).toBe('Firefox on Windows');
    expect(new Date(other.lastSeenAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect(new Date(other.lastSeenAt).getTime()).toBeGreaterThanOrEqual(new Date(other.createdAt).getTime());
    expect(new Date(other.createdAt).getTime()).toBeLessThanOrEqual(before);
    // The header itself is never kept: only the short name.
    expect(JSON.stringify(sessions)).not.toContain('Gecko');
  });

  it('signs out every other session and keeps this one', async () => {
    const { cookie, user } = await server.signUp();
    const otherCookie = await signInAgain(user.email);

    const signOut = await server.request('/api/sessions/sign-out-others', { method: 'POST', cookie });

    expect(signOut.status).toBe(204);
    expect((await server.request('/api/auth/me', { cookie: otherCookie })).status).toBe(401);
    expect((await server.request('/api/auth/me', { cookie })).status).toBe(200);
    expect((await (await server.request('/api/sessions', { cookie })).json()).sessions).toHaveLength(1);
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../db/schema.ts';
import { withAuthRole } from '../../db/with-user.ts';
import { createAuthRateLimits } from '../auth/rate-limits.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const password = 'violet-harbour-lantern-42';

function json(body: unknown): RequestInit {
  return { method: 'POST', body: JSON.stringify(body) };
}

function sessionCookieOf(response: Response) {
  return response.headers.getSetCookie().find((cookie) => cookie.startsWith('atlas_session='));
}

describe('sign-up and sign-in', () => {
  it('signs up, sets one HttpOnly SameSite=Lax session cookie, and knows the user', async () => {
    const email = `${crypto.randomUUID()}@example.test`;

    const signup = await server.request('/api/auth/signup', json({ email, password }));
    const setCookies = signup.headers.getSetCookie();
    const cookie = setCookies[0]!.split(';')[0]!;
    const me = await server.request('/api/auth/me', { cookie });

    expect(signup.status).toBe(201);
    expect(setCookies).toHaveLength(1);
    expect(setCookies[0]).toMatch(/^atlas_session=[a-z2-7]{24}\.[a-z2-7]{24}; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    expect(await me.json()).toEqual({ user: { id: expect.any(String), email, name: null } });
  });

  it('stores only a hash of the session secret', async () => {
    const { cookie, user } = await server.signUp();
    const [, secret] = cookie.split('=')[1]!.split('.');

    const stored = await withAuthRole(server.handle.db, (tx) => tx.select().from(sessions).where(eq(sessions.userId, user.id)));

    expect(stored).toHaveLength(1);
    expect(stored[0]!.secretHash).toHaveLength(32);
    expect(Buffer.from(stored[0]!.secretHash).toString()).not.toContain(secret);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('answers an unknown email and a wrong password identically', async () => {
    const { user } = await server.signUp();

    const wrongPassword = await server.request('/api/auth/login', json({ email: user.email, password: 'not-the-password-1' }));
    const unknownEmail = await server.request(
      '/api/auth/login',
      json({ email: `${crypto.randomUUID()}@example.test`, password: 'not-the-password-1' }),
    );

    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownEmail.json());
  });

  it('starts a new session at every login', async () => {
    const { cookie, user } = await server.signUp();

    const login = await server.request('/api/auth/login', json({ email: user.email.toUpperCase(), password }));
    const newCookie = sessionCookieOf(login)!.split(';')[0]!;

    expect(login.status).toBe(200);
    expect(newCookie).not.toBe(cookie);
    expect((await server.request('/api/auth/me', { cookie: newCookie })).status).toBe(200);
  });

  it('refuses a weak or too-short password with the field at fault', async () => {
    const common = await server.request('/api/auth/signup', json({ email: `${crypto.randomUUID()}@example.test`, password: 'password1' }));
    const short = await server.request('/api/auth/signup', json({ email: `${crypto.randomUUID()}@example.test`, password: 'x7!' }));

    expect(common.status).toBe(400);
    expect(await common.json()).toMatchObject({ error: { fields: [{ path: 'password' }] } });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ error: { fields: [{ path: 'password', message: expect.stringMatching(/at least 8/) }] } });
  });

  it('refuses a password made of the email’s own name and a year, saying why in a sentence', async () => {
    const local = `quentin.brackley${crypto.randomUUID().slice(0, 4)}`;
    const response = await server.request('/api/auth/signup', json({ email: `${local}@example.test`, password: `${local.replace('.', '')}2024` }));

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { fields: [{ path: 'password', message: expect.stringMatching(/^There should not be any personal .*\.$/) }] },
    });
  });

  it('answers a sign-up for a taken address exactly as for a new one, without signing anybody in or creating a second account', async () => {
    const { user } = await server.signUp();
    const fresh = await server.request('/api/auth/signup', json({ email: `${crypto.randomUUID()}@example.test`, password }));

    const again = await server.request('/api/auth/signup', json({ email: user.email.toUpperCase(), password: 'amber-quarry-whistle-77' }));

    expect(again.status).toBe(fresh.status);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await fresh.json());
    expect(sessionCookieOf(again)).toBeUndefined();
    const owners = await withAuthRole(server.handle.db, (tx) => tx.select().from(users).where(sql`lower(${users.email}) = ${user.email.toLowerCase()}`));
    expect(owners).toHaveLength(1);
  });

  it('signs the owner in when a sign-up for their address carries their own password', async () => {
    const { user } = await server.signUp();

    const again = await server.request('/api/auth/signup', json({ email: user.email, password }));
    const me = await server.request('/api/auth/me', { cookie: sessionCookieOf(again)!.split(';')[0]! });

    expect(again.status).toBe(201);
    expect(await me.json()).toMatchObject({ user: { id: user.id } });
  });

  it('refuses malformed JSON with a reason', async () => {
    const response = await server.request('/api/auth/login', { method: 'POST', body: '{"email":' });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { message: 'Request body is not valid JSON' } });
  });
});

describe('sessions', () => {
  it('ends the session server-side at logout', async () => {
    const { cookie } = await server.signUp();

    const logout = await server.request('/api/auth/logout', { method: 'POST', cookie });
    const me = await server.request('/api/auth/me', { cookie });

    expect(logout.status).toBe(204);
    expect(me.status).toBe(401);
  });

  it('ends every other session when the password changes', async () => {
    const { cookie: first, user } = await server.signUp();
    const login = await server.request('/api/auth/login', json({ email: user.email, password }));
    const second = sessionCookieOf(login)!.split(';')[0]!;

    const change = await server.request('/api/auth/password', {
      ...json({ currentPassword: password, newPassword: 'cobalt-meadow-quartz-77' }),
      cookie: second,
    });

    expect(change.status).toBe(200);
    expect((await server.request('/api/auth/me', { cookie: first })).status).toBe(401);
    expect((await server.request('/api/auth/me', { cookie: second })).status).toBe(200);
    const relogin = await server.request('/api/auth/login', json({ email: user.email, password: 'cobalt-meadow-quartz-77' }));
    expect(relogin.status).toBe(200);
  });

  it('revokes every access token when the password changes, so MCP access made with the old password ends', async () => {
    const { cookie } = await server.signUp();
    const created = await server.request('/api/tokens', { ...json({ name: 'Laptop', scopes: ['read', 'write'] }), cookie });
    const { token } = (await created.json()) as { token: string };
    const callMcp = () =>
      fetch(`${server.url}/mcp`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });
    expect((await callMcp()).status).toBe(200);

    const change = await server.request('/api/auth/password', {
      ...json({ currentPassword: password, newPassword: 'cobalt-meadow-quartz-77' }),
      cookie,
    });

    expect(change.status).toBe(200);
    expect(await change.json()).toEqual({ ended: { sessions: 0, accessTokens: 1, connectedApps: 0 } });
    expect((await callMcp()).status).toBe(401);
    const listed = (await (await server.request('/api/tokens', { cookie })).json()) as { accessTokens: { revokedAt: string | null }[] };
    expect(listed.accessTokens.map((accessToken) => accessToken.revokedAt !== null)).toEqual([true]);
    expect((await server.request('/api/auth/me', { cookie })).status).toBe(200);
  });

  it('rejects a forged token for an existing session id', async () => {
    const { cookie } = await server.signUp();
    const [name, token] = cookie.split('=');
    const [id] = token!.split('.');

    const me = await server.request('/api/auth/me', { cookie: `${name}=${id}.${'a'.repeat(24)}` });

    expect(me.status).toBe(401);
  });

  it('refuses a state-changing request from another origin', async () => {
    const { cookie } = await server.signUp();

    const foreign = await server.request('/api/auth/logout', { method: 'POST', cookie, headers: { origin: 'https://evil.example' } });
    const still = await server.request('/api/auth/me', { cookie });

    expect(foreign.status).toBe(403);
    expect(still.status).toBe(200);
  });
});

describe('rate limits', () => {
  it('makes the address guessing one account’s password wait ever longer, with Retry-After, and never locks the owner out elsewhere', async () => {
    const proxied = await startTestServer({ environment: { ATLAS_TRUST_PROXY: 'true' } });
    try {
      const { user } = await proxied.signUp();
      const from = (address: string, guess: string) =>
        proxied.request('/api/auth/login', { ...json({ email: user.email, password: guess }), headers: { 'x-forwarded-for': address } });
      const statuses: number[] = [];
      const waits: number[] = [];
      for (let attempt = 0; attempt < 6; attempt++) {
        const response = await from('203.0.113.9', 'wrong-password-000');
        statuses.push(response.status);
      }
      const blocked = await from('203.0.113.9', 'wrong-password-000');
      waits.push(Number(blocked.headers.get('retry-after')));
      // Even the right password waits at the guessing address until the delay has passed.
      const rightButBlocked = await from('203.0.113.9', password);
      const owner = await from('198.51.100.7', password);

      expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
      expect(blocked.status).toBe(429);
      expect(waits[0]).toBeGreaterThanOrEqual(29);
      expect(rightButBlocked.status).toBe(429);
      expect(owner.status).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('doubles the wait with each further wrong password from the same address, up to the cap', async () => {
    const limits = createAuthRateLimits(server.handle.db, { freeFailures: 2, firstDelaySeconds: 30, maxDelaySeconds: 100, namespace: `${crypto.randomUUID()}:` });
    const waitAfterFailure = async () => {
      await limits.failed('203.0.113.9', 'a@example.test');
      return limits.attempt('203.0.113.9', 'a@example.test').then(
        () => 0,
        (error: { retryAfterSeconds?: number }) => error.retryAfterSeconds ?? -1,
      );
    };

    const waits: number[] = [];
    for (let failure = 0; failure < 5; failure++) waits.push(await waitAfterFailure());

    expect(waits).toEqual([0, 0, 30, 60, 100]);
    await expect(limits.attempt('198.51.100.7', 'a@example.test')).resolves.toBeUndefined();
    await limits.succeeded('203.0.113.9', 'a@example.test');
    await expect(limits.attempt('203.0.113.9', 'a@example.test')).resolves.toBeUndefined();
  });
});

describe('rate limits per address', () => {
  it('slows down one address trying many accounts', async () => {
    const strict = await startTestServer({
      dependencies: (handle) => ({ rateLimits: createAuthRateLimits(handle.db, { perAddress: 3, windowSeconds: 60, namespace: `${crypto.randomUUID()}:` }) }),
    });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        const response = await strict.request(
          '/api/auth/login',
          json({ email: `${crypto.randomUUID()}@example.test`, password: 'wrong-password-000' }),
        );
        statuses.push(response.status);
      }

      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await strict.close();
    }
  });
});

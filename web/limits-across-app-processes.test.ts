import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthRateLimits } from './auth/rate-limits.ts';
import { startTestServer, type TestServer } from './test-server.ts';

// Two apps on one database, as two processes behind a load balancer: each builds its own limiters,
// and only the database joins them.
const authNamespace = `test-${crypto.randomUUID()}:`;
const environment = { ATLAS_CHAT_REQUESTS_PER_MINUTE: '3', ATLAS_TRUST_PROXY: 'true' };
let first: TestServer;
let second: TestServer;
beforeAll(async () => {
  first = await startTestServer({
    environment,
    dependencies: (handle) => ({ rateLimits: createAuthRateLimits(handle.db, { perAddress: 4, namespace: authNamespace }) }),
  });
  second = await startTestServer({
    environment,
    database: first.handle,
    dependencies: (handle) => ({ rateLimits: createAuthRateLimits(handle.db, { perAddress: 4, namespace: authNamespace }) }),
  });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

const chat = (server: TestServer, cookie: string) =>
  server.request('/api/chat', {
    method: 'POST',
    cookie,
    body: JSON.stringify({ messages: [{ id: crypto.randomUUID(), role: 'user', parts: [{ type: 'text', text: 'Hello' }] }] }),
  });

describe('limits across app processes on one database', () => {
  it('counts a user’s chat turns on both apps against one limit, and the session made on one works on the other', async () => {
    const { cookie, user } = await first.signUp();

    const me = await second.request('/api/auth/me', { cookie });
    const statuses = [];
    for (const server of [first, second, first, second]) statuses.push((await chat(server, cookie)).status);
    const refusedOnFirst = await chat(first, cookie);

    expect((await me.json()) as unknown).toMatchObject({ user: { id: user.id } });
    // No model is configured, so an accepted turn answers 503 model_not_configured.
    expect(statuses).toEqual([503, 503, 503, 429]);
    expect(refusedOnFirst.status).toBe(429);
    expect(Number(refusedOnFirst.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts one address’s sign-in attempts on both apps against one limit', async () => {
    const login = (server: TestServer) =>
      server.request('/api/auth/login', {
        method: 'POST',
        body: JSON.stringify({ email: `${crypto.randomUUID()}@example.test`, password: 'wrong-password-000' }),
        headers: { 'x-forwarded-for': '192.0.2.44' },
      });

    const statuses = [];
    for (const server of [first, second, first, second, first]) statuses.push((await login(server)).status);
    const elsewhere = await second.request('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email: `${crypto.randomUUID()}@example.test`, password: 'wrong-password-000' }),
      headers: { 'x-forwarded-for': '192.0.2.45' },
    });

    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect(elsewhere.status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('Global Privacy Control', () => {
  it('is declared honoured at /.well-known/gpc.json', async () => {
    const response = await server.request('/.well-known/gpc.json');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ gpc: true, lastUpdate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it.each<Record<string, string>>([{ 'sec-gpc': '1' }, {}])('leaves the session cookie the only cookie Atlas sets (headers %o)', async (privacyHeaders) => {
    const email = `${crypto.randomUUID()}@example.test`;
    const password = 'violet-harbour-lantern-42';
    const setCookies: string[] = [];
    const visit = async (path: string, init: RequestInit & { cookie?: string } = {}) => {
      const response = await server.request(path, { ...init, headers: { ...privacyHeaders, ...(init.headers as Record<string, string>) } });
      setCookies.push(...response.headers.getSetCookie());
      return response;
    };

    const signup = await visit('/api/auth/signup', { method: 'POST', body: JSON.stringify({ email, password }) });
    const cookie = signup.headers.getSetCookie()[0]!.split(';')[0]!;
    for (const path of ['/', '/settings', '/api/health', '/api/auth/me', '/api/audit', '/api/usage', '/api/conversations', '/.well-known/gpc.json', '/api/auth/google']) {
      await visit(path, { cookie });
    }
    await visit('/api/auth/logout', { method: 'POST', cookie });
    await visit('/api/auth/login', { method: 'POST', body: JSON.stringify({ email, password }) });

    expect(setCookies.length).toBeGreaterThan(0);
    expect([...new Set(setCookies.map((setCookie) => setCookie.split('=')[0]))]).toEqual(['atlas_session']);
    expect(setCookies.every((setCookie) => /HttpOnly/.test(setCookie) && /SameSite=Lax/.test(setCookie))).toBe(true);
  });
});

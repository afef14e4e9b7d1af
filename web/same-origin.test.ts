import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownOrigins } from './same-origin.ts';
import { startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startTestServer();
  ({ cookie } = await server.signUp());
});
afterAll(() => server.close());

const someId = '00000000-0000-4000-8000-000000000000';

/** One state-changing request of every route family; each would act on the signed-in user's data. */
const stateChangingRequests: [method: string, path: string][] = [
  ['POST', '/api/auth/logout'],
  ['POST', '/api/auth/password'],
  ['POST', '/api/tokens'],
  ['DELETE', `/api/tokens/${someId}`],
  ['DELETE', `/api/connected-apps/${someId}`],
  ['DELETE', '/api/account'],
  ['POST', '/api/chat'],
  ['POST', '/api/conversations'],
  ['DELETE', `/api/conversations/${someId}`],
  ['POST', '/api/applications'],
  ['PATCH', `/api/applications/${someId}`],
  ['DELETE', `/api/applications/${someId}`],
  ['PUT', '/api/profile'],
  ['POST', '/api/drafts'],
  ['PATCH', `/api/drafts/${someId}`],
  ['DELETE', `/api/drafts/${someId}`],
  ['PATCH', `/api/conversations/${someId}`],
  ['PUT', '/api/cv'],
  ['DELETE', '/api/cv'],
  ['POST', '/api/jobs/import'],
  ['POST', '/api/boards'],
  ['DELETE', `/api/boards/${someId}`],
  ['DELETE', `/api/searches/${someId}`],
  ['POST', '/api/gmail/sync'],
  ['DELETE', '/api/gmail'],
  ['PATCH', `/api/contacts/${someId}`],
  ['DELETE', `/api/contacts/${someId}`],
];

describe('cross-site request refusal', () => {
  it.each(stateChangingRequests)('refuses %s %s from another origin, session cookie and all', async (method, path) => {
    const response = await server.request(path, { method, cookie, headers: { origin: 'https://evil.example' }, body: '{}' });

    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden', message: expect.stringMatching(/Cross-origin request refused/) } });
  });

  it.each(stateChangingRequests)('refuses %s %s that carries a session cookie but no Origin', async (method, path) => {
    const response = await fetch(server.url + path, { method, headers: { cookie, 'content-type': 'application/json' }, body: '{}' });

    expect(response.status).toBe(403);
  });

  it('refuses an MCP call from a web page on another origin, even with a valid token', async () => {
    const { cookie: owner } = await server.signUp();
    const created = await server.request('/api/tokens', { method: 'POST', cookie: owner, body: JSON.stringify({ name: 'Laptop', scopes: ['read'] }) });
    const { token } = (await created.json()) as { token: string };

    const response = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });

    expect(response.status).toBe(403);
  });

  it('refuses a cookie-authenticated write with no Origin even when it carries a made-up bearer token', async () => {
    const response = await fetch(`${server.url}/api/conversations`, {
      method: 'POST',
      headers: { cookie, authorization: 'Bearer not-a-real-token', 'content-type': 'application/json' },
      body: '{}',
    });

    expect(response.status).toBe(403);
  });

  it('refuses a cookie-authenticated write with no Origin even when it carries a valid bearer token, since the cookie is what a page rides', async () => {
    const created = await server.request('/api/tokens', { method: 'POST', cookie, body: JSON.stringify({ name: 'Script', scopes: ['read'] }) });
    const { token } = (await created.json()) as { token: string };

    const response = await fetch(`${server.url}/api/conversations`, {
      method: 'POST',
      headers: { cookie, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });

    expect(response.status).toBe(403);
  });

  it('lets a request whose only credential is a valid bearer token through without Origin', async () => {
    const created = await server.request('/api/tokens', { method: 'POST', cookie, body: JSON.stringify({ name: 'Script 2', scopes: ['read'] }) });
    const { token } = (await created.json()) as { token: string };

    const response = await fetch(`${server.url}/api/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });

    // Past the CSRF check; the REST API itself signs in by session only, so it asks for one.
    expect(response.status).toBe(401);
  });

  it('still signs the user in: nothing was done by the refused requests', async () => {
    expect((await server.request('/api/auth/me', { cookie })).status).toBe(200);
  });
});

describe('ownOrigins', () => {
  it('counts every loopback name on the same port as this server, since people open either', () => {
    expect([...ownOrigins('http://localhost:3100')].sort()).toEqual(['http://127.0.0.1:3100', 'http://[::1]:3100', 'http://localhost:3100']);
    expect(ownOrigins('http://127.0.0.1:3100').has('http://localhost:3100')).toBe(true);
  });

  it('keeps another port, scheme or host out', () => {
    const origins = ownOrigins('http://localhost:3100');
    for (const other of ['http://localhost:3000', 'https://localhost:3100', 'http://atlas.example.com:3100']) expect(origins.has(other)).toBe(false);
  });

  it('is the public origin alone for a server on a public name', () => {
    expect([...ownOrigins('https://atlas.example.com')]).toEqual(['https://atlas.example.com']);
  });
});

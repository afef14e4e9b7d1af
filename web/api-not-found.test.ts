import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startTestServer();
  ({ cookie } = await server.signUp());
});
afterAll(() => server.close());

describe('unknown API routes', () => {
  it.each([
    ['GET', '/api/no-such-thing'],
    ['GET', '/api/applications/extra/segments/here'],
    ['POST', '/api/nothing-here'],
    ['DELETE', '/api/auth/nothing'],
    ['GET', '/api'],
  ])('answers %s %s with a JSON 404 and a reason, not the browser app', async (method, path) => {
    const response = await server.request(path, { method, cookie, body: method === 'GET' ? undefined : '{}' });

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: `API route ${method} ${path} was not found` } });
  });

  it('still serves the browser app for pages outside /api', async () => {
    const response = await server.request('/settings');

    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

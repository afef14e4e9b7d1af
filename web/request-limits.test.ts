import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ environment: { ATLAS_CHAT_REQUESTS_PER_MINUTE: '3' } });
});
afterAll(() => server.close());

const chat = (cookie: string) =>
  server.request('/api/chat', {
    method: 'POST',
    cookie,
    body: JSON.stringify({ messages: [{ id: crypto.randomUUID(), role: 'user', parts: [{ type: 'text', text: 'Hello' }] }] }),
  });

describe('request size limits', () => {
  it.each(['/api/auth/login', '/api/chat', '/api/tokens'])('refuses a JSON body over 1 MB at %s with 413', async (path) => {
    const { cookie } = await server.signUp();

    const response = await server.request(path, { method: 'POST', cookie, body: JSON.stringify({ padding: 'x'.repeat(1_100_000) }) });

    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'bad_request' } });
  });
});

describe('chat rate limit', () => {
  it('lets each user start ATLAS_CHAT_REQUESTS_PER_MINUTE chat turns a minute, then answers 429 with Retry-After', async () => {
    const busy = await server.signUp();
    const other = await server.signUp();

    const statuses = [];
    for (let turn = 0; turn < 4; turn++) statuses.push((await chat(busy.cookie)).status);
    const refused = await chat(busy.cookie);
    const otherUser = await chat(other.cookie);

    // No model is configured, so an accepted turn answers 503 model_not_configured.
    expect(statuses).toEqual([503, 503, 503, 429]);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(otherUser.status).toBe(503);
  });
});

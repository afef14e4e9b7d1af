import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../../db/test-users.ts';
import { createAccessToken } from '../../mcp/access-tokens.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  const user = await createTestUser(server.handle.db);
  ({ token } = await createAccessToken(server.handle.db, { userId: user.id, name: 'Exchange test', scopes: ['read'], now: new Date() }));
});
afterAll(() => server.close());

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/mcp`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: JSON.stringify(body),
  });
}

const initialize = {
  jsonrpc: '2.0',
  id: 7,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1.0.0' } },
};

describe('an MCP exchange over /mcp', () => {
  it('answers a request with the JSON-RPC answer as JSON, its length given', async () => {
    const response = await post(initialize);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(JSON.parse(text)).toMatchObject({ jsonrpc: '2.0', id: 7, result: { serverInfo: { name: 'atlas' } } });
  });

  it('answers a notification with 202 and no body', async () => {
    const response = await post({ jsonrpc: '2.0', method: 'notifications/initialized' }, { 'mcp-protocol-version': '2025-06-18' });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
  });

  it('passes on the transport’s refusal of a client that cannot read event streams', async () => {
    const response = await post(initialize, { accept: 'application/json' });
    expect(response.status).toBe(406);
    expect(await response.json()).toMatchObject({ error: { message: expect.stringContaining('Not Acceptable') } });
  });
});

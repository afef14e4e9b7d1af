import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionCallReply, startGeminiStub, textReply, type GeminiStub } from '../../agent/test-gemini-stub.ts';
import { withUser } from '../../db/with-user.ts';
import { recordAuditEvent } from '../../tools/audit/audit-log.ts';
import { createOfflineEmbedder } from '../../tools/embeddings/offline-embedder.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

const geminiKey = 'test-gemini-key';
let gemini: GeminiStub;
let server: TestServer;
beforeAll(async () => {
  gemini = await startGeminiStub({ apiKey: geminiKey });
  server = await startTestServer({
    environment: { GOOGLE_GENERATIVE_AI_API_KEY: geminiKey, GEMINI_BASE_URL: `${gemini.url}/v1beta` },
    dependencies: { embedder: createOfflineEmbedder() },
  });
});
afterAll(async () => {
  await server.close();
  await gemini.close();
});

interface AuditPage {
  events: { actor: string; actorDetail: string | null; action: string; recordKind: string; clientAddress: string | null; createdAt: string }[];
  nextBefore: string | null;
  retentionDays: number;
}

const auditLog = async (cookie: string, query = '') => (await (await server.request(`/api/audit${query}`, { cookie })).json()) as AuditPage;

async function uploadCv(cookie: string) {
  const form = new FormData();
  form.set('file', new Blob(['# Dana\n\n## Experience\n\nLed payments at Acme.\n'], { type: 'text/markdown' }), 'cv.md');
  const response = await fetch(`${server.url}/api/cv`, { method: 'PUT', body: form, headers: { origin: server.url, cookie } });
  expect(response.status).toBe(200);
}

describe('GET /api/audit', () => {
  it('shows one entry for each read of the CV, naming who read it: the browser, the agent, an MCP client', async () => {
    const { cookie } = await server.signUp();
    await uploadCv(cookie);

    await server.request('/api/cv', { cookie });
    gemini.script(functionCallReply('getCv', {}), textReply('Your CV says you led payments at Acme.'));
    await (
      await server.request('/api/chat', {
        method: 'POST',
        cookie,
        body: JSON.stringify({ messages: [{ id: 'turn-1', role: 'user', parts: [{ type: 'text', text: 'What is in my CV?' }] }] }),
      })
    ).text();
    const created = await server.request('/api/tokens', { method: 'POST', cookie, body: JSON.stringify({ name: 'Claude Desktop', scopes: ['read'] }) });
    const { token } = (await created.json()) as { token: string };
    const client = new Client({ name: 'audit-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', server.url), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
    await client.callTool({ name: 'getCv', arguments: {} });
    await client.close();
    const reads = (await auditLog(cookie)).events.filter((event) => event.action === 'getCv');

    expect(reads).toEqual([
      expect.objectContaining({ actor: 'mcp', actorDetail: 'access token "Claude Desktop"', recordKind: 'cv', clientAddress: '127.0.0.1' }),
      expect.objectContaining({ actor: 'agent', recordKind: 'cv' }),
      expect.objectContaining({ actor: 'web', recordKind: 'cv' }),
    ]);
  });

  it('pages back through older entries and says how long entries are kept', async () => {
    const { cookie, user } = await server.signUp();
    await withUser(server.handle.db, user.id, async (tx) => {
      for (let minute = 1; minute <= 5; minute++) {
        await recordAuditEvent(tx, { actor: 'web', action: 'getCv', recordKind: 'cv' }, new Date(Date.now() - minute * 60_000));
      }
    });

    const first = await auditLog(cookie, '?limit=2');
    const second = await auditLog(cookie, `?limit=2&before=${encodeURIComponent(first.nextBefore!)}`);
    const last = await auditLog(cookie, `?limit=2&before=${encodeURIComponent(second.nextBefore!)}`);

    expect(first.retentionDays).toBe(365);
    expect([first, second, last].map((page) => page.events.length)).toEqual([2, 2, 1]);
    expect(last.nextBefore).toBeNull();
    expect(new Set([...first.events, ...second.events, ...last.events].map((event) => event.createdAt)).size).toBe(5);
  });

  it('shows nobody else’s entries, and nothing without a session', async () => {
    const owner = await server.signUp();
    const other = await server.signUp();
    await (await server.request('/api/export.json', { cookie: owner.cookie })).text();

    expect((await auditLog(other.cookie)).events).toEqual([]);
    expect((await server.request('/api/audit')).status).toBe(401);
  });
});

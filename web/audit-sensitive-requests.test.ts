import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts } from '../db/schema.ts';
import { withUser } from '../db/with-user.ts';
import { createOfflineEmbedder } from '../tools/embeddings/offline-embedder.ts';
import { startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dependencies: { embedder: createOfflineEmbedder() } });
});
afterAll(() => server.close());

interface AuditEntry {
  actor: string;
  actorDetail: string | null;
  action: string;
  recordKind: string;
  recordId: string | null;
  clientAddress: string | null;
}

/** The audit log once it holds `count` entries: entries of REST calls are written as their response ends. */
async function auditLogWith(cookie: string, count: number): Promise<AuditEntry[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { events } = (await (await server.request('/api/audit', { cookie })).json()) as { events: AuditEntry[] };
    if (events.length >= count) return events;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the audit log never held ${count} entries`);
}

describe('the audit log of sensitive REST calls', () => {
  it('records uploading and deleting the CV, reading and deleting email contacts, and a new access token', async () => {
    const { cookie, user } = await server.signUp();
    const form = new FormData();
    form.set('file', new Blob(['# Dana\n\n## Experience\n\nLed payments.\n'], { type: 'text/markdown' }), 'cv.md');
    await fetch(`${server.url}/api/cv`, { method: 'PUT', body: form, headers: { origin: server.url, cookie } });
    await server.request('/api/cv', { method: 'DELETE', cookie });
    const [contact] = await withUser(server.handle.db, user.id, (tx) => tx.insert(contacts).values({ email: 'recruiter@acme.example' }).returning());
    await server.request('/api/contacts', { cookie });
    await server.request(`/api/contacts/${contact!.id}`, { method: 'DELETE', cookie });
    await server.request('/api/tokens', { method: 'POST', cookie, body: JSON.stringify({ name: 'Laptop', scopes: ['read'] }) });

    const entries = await auditLogWith(cookie, 5);

    expect(entries.map(({ action, recordKind, recordId }) => ({ action, recordKind, recordId }))).toEqual(
      expect.arrayContaining([
        { action: 'uploadCv', recordKind: 'cv', recordId: null },
        { action: 'deleteCv', recordKind: 'cv', recordId: null },
        { action: 'listContacts', recordKind: 'email contact', recordId: null },
        { action: 'deleteContact', recordKind: 'email contact', recordId: contact!.id },
        { action: 'createAccessToken', recordKind: 'access token', recordId: null },
      ]),
    );
    expect(entries.every((entry) => entry.actor === 'web' && entry.actorDetail === 'browser session' && entry.clientAddress === '127.0.0.1')).toBe(true);
  });

  it('records renaming and deleting a conversation, by id', async () => {
    const { cookie } = await server.signUp();
    const created = await server.request('/api/conversations', { method: 'POST', cookie, body: JSON.stringify({}) });
    const { conversation } = (await created.json()) as { conversation: { id: string } };
    await server.request(`/api/conversations/${conversation.id}`, { method: 'PATCH', cookie, body: JSON.stringify({ title: 'Acme' }) });
    await server.request(`/api/conversations/${conversation.id}`, { method: 'DELETE', cookie });

    const entries = await auditLogWith(cookie, 2);

    expect(entries.map(({ action, recordId }) => ({ action, recordId }))).toEqual(
      expect.arrayContaining([
        { action: 'renameConversation', recordId: conversation.id },
        { action: 'deleteConversation', recordId: conversation.id },
      ]),
    );
  });

  it('records nothing for a call that failed', async () => {
    const { cookie } = await server.signUp();

    const response = await server.request(`/api/contacts/${crypto.randomUUID()}`, { method: 'DELETE', cookie });
    await server.request('/api/export.json', { cookie }).then((each) => each.text());
    const entries = await auditLogWith(cookie, 1);

    expect(response.status).toBe(404);
    expect(entries.map((entry) => entry.action)).toEqual(['exportJson']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendMessage } from '../../agent/conversation-store.ts';
import { withUser } from '../../db/with-user.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function startConversation(cookie: string, title?: string) {
  const response = await server.request('/api/conversations', { method: 'POST', cookie, body: JSON.stringify(title ? { title } : {}) });
  return { status: response.status, conversation: ((await response.json()) as { conversation: { id: string; title: string } }).conversation };
}

/** Adds a message as chat would, for a test that needs a conversation with content. */
function say(userId: string, conversationId: string, role: 'user' | 'assistant', text: string) {
  return withUser(server.handle.db, userId, (db) =>
    appendMessage(db, { conversationId, message: { id: crypto.randomUUID(), role, parts: [{ type: 'text', text }] }, now: new Date() }),
  );
}

describe('conversations API', () => {
  it('starts a conversation that the first user message names', async () => {
    const { cookie, user } = await server.signUp();

    const started = await startConversation(cookie);
    await say(user.id, started.conversation.id, 'user', 'Help me   prepare\nfor the Acme interview on Thursday, especially the system design round they mentioned');
    await say(user.id, started.conversation.id, 'assistant', 'Sure. What do you know about the round?');
    const reopened = await server.request(`/api/conversations/${started.conversation.id}`, { cookie });

    expect(started).toMatchObject({ status: 201, conversation: { title: 'New conversation' } });
    expect(await reopened.json()).toEqual({
      conversation: expect.objectContaining({
        id: started.conversation.id,
        title: 'Help me prepare for the Acme interview on Thursday, especially the system design…',
      }),
      messages: [
        { id: expect.any(String), role: 'user', parts: [{ type: 'text', text: expect.stringContaining('Acme interview') }] },
        { id: expect.any(String), role: 'assistant', parts: [{ type: 'text', text: 'Sure. What do you know about the round?' }] },
      ],
    });
  });

  it('lists the user’s conversations, most recently active first', async () => {
    const { cookie, user } = await server.signUp();
    const older = await startConversation(cookie, 'Salary questions');
    const newer = await startConversation(cookie, 'Berlin roles');
    await say(user.id, older.conversation.id, 'user', 'Back to salaries');

    const response = await server.request('/api/conversations', { cookie });

    expect((await response.json()).conversations.map((conversation: { title: string }) => conversation.title)).toEqual([
      'Salary questions',
      'Berlin roles',
    ]);
    expect(newer.conversation.title).toBe('Berlin roles');
  });

  it('renames and deletes a conversation, messages included', async () => {
    const { cookie, user } = await server.signUp();
    const { conversation } = await startConversation(cookie);
    await say(user.id, conversation.id, 'user', 'First message');

    const renamed = await server.request(`/api/conversations/${conversation.id}`, { method: 'PATCH', cookie, body: JSON.stringify({ title: '  Acme prep ' }) });
    const deleted = await server.request(`/api/conversations/${conversation.id}`, { method: 'DELETE', cookie });
    const afterwards = await server.request(`/api/conversations/${conversation.id}`, { cookie });
    const remaining = await withUser(server.handle.db, user.id, (db) => db.query.conversationMessages.findMany());

    expect(await renamed.json()).toMatchObject({ conversation: { title: 'Acme prep' } });
    expect(deleted.status).toBe(204);
    expect(afterwards.status).toBe(404);
    expect(remaining).toEqual([]);
  });

  it('refuses an empty title', async () => {
    const { cookie } = await server.signUp();
    const { conversation } = await startConversation(cookie);

    const response = await server.request(`/api/conversations/${conversation.id}`, { method: 'PATCH', cookie, body: JSON.stringify({ title: '   ' }) });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { fields: [{ path: 'title' }] } });
  });

  it('treats another user’s conversation, and a malformed id, as not found', async () => {
    const owner = await server.signUp();
    const { conversation } = await startConversation(owner.cookie, 'Private');
    const other = await server.signUp();

    const read = await server.request(`/api/conversations/${conversation.id}`, { cookie: other.cookie });
    const rename = await server.request(`/api/conversations/${conversation.id}`, { method: 'PATCH', cookie: other.cookie, body: JSON.stringify({ title: 'Mine now' }) });
    const remove = await server.request(`/api/conversations/${conversation.id}`, { method: 'DELETE', cookie: other.cookie });
    const list = await server.request('/api/conversations', { cookie: other.cookie });
    const malformed = await server.request('/api/conversations/not-a-uuid', { cookie: other.cookie });
    const stillThere = await server.request(`/api/conversations/${conversation.id}`, { cookie: owner.cookie });

    expect([read.status, rename.status, remove.status, malformed.status]).toEqual([404, 404, 404, 404]);
    expect(await list.json()).toEqual({ conversations: [] });
    expect(await stillThere.json()).toMatchObject({ conversation: { title: 'Private' } });
  });

  it('needs a signed-in user', async () => {
    const response = await server.request('/api/conversations');

    expect(response.status).toBe(401);
  });
});

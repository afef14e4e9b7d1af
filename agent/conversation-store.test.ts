import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { NotFoundError } from '../tools/errors.ts';
import { appendMessage, beginTurn, readConversation, type StoredMessage } from './conversation-store.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const now = new Date('2026-12-10T09:00:00Z');
const said = (text: string) => [{ type: 'text' as const, text }];
const answer = (text: string): StoredMessage => ({ id: crypto.randomUUID(), role: 'assistant', parts: said(text) });
const textsOf = (messages: StoredMessage[]) => messages.map((message) => `${message.role}: ${(message.parts[0] as { text: string }).text}`);

describe('the conversation store', () => {
  it('starts a conversation named after its first message, whose history is that message', async () => {
    const user = await createTestUser(handle.db);
    const turn = await withUser(handle.db, user.id, (db) => beginTurn(db, { parts: said('Which of my applications are waiting on me?'), now }));
    const stored = await withUser(handle.db, user.id, (db) => readConversation(db, turn.conversationId));

    expect(stored.conversation.title).toBe('Which of my applications are waiting on me?');
    expect(turn.history).toEqual(stored.messages);
    expect(textsOf(stored.messages)).toEqual(['user: Which of my applications are waiting on me?']);
  });

  it('keeps every message of turns appended at the same moment, each at its own position', async () => {
    const user = await createTestUser(handle.db);
    const { conversationId } = await withUser(handle.db, user.id, (db) => beginTurn(db, { parts: said('first'), now }));
    await Promise.all(
      Array.from({ length: 8 }, (_, index) => withUser(handle.db, user.id, (db) => appendMessage(db, { conversationId, message: answer(`answer ${index}`), now }))),
    );
    const next = await withUser(handle.db, user.id, (db) => beginTurn(db, { conversationId, parts: said('last'), now }));

    expect(next.history).toHaveLength(10);
    expect(textsOf(next.history).at(0)).toBe('user: first');
    expect(textsOf(next.history).at(-1)).toBe('user: last');
    expect(new Set(textsOf(next.history)).size).toBe(10);
  });

  it('names a conversation started empty after the first message it is given, and stores that message', async () => {
    const user = await createTestUser(handle.db);
    const { conversationId } = await withUser(handle.db, user.id, (db) => beginTurn(db, { now }));
    const turn = await withUser(handle.db, user.id, (db) => beginTurn(db, { conversationId, parts: said('Draft a follow-up to Acme'), now }));
    const stored = await withUser(handle.db, user.id, (db) => readConversation(db, conversationId));

    expect(stored.conversation.title).toBe('Draft a follow-up to Acme');
    expect(textsOf(turn.history)).toEqual(['user: Draft a follow-up to Acme']);
    expect(stored.messages).toEqual(turn.history);
  });

  it('keeps the title of a conversation that already has messages', async () => {
    const user = await createTestUser(handle.db);
    const { conversationId } = await withUser(handle.db, user.id, (db) => beginTurn(db, { parts: said('Find me SRE jobs'), now }));
    await withUser(handle.db, user.id, (db) => beginTurn(db, { conversationId, parts: said('Only remote ones'), now }));

    const stored = await withUser(handle.db, user.id, (db) => readConversation(db, conversationId));
    expect(stored.conversation.title).toBe('Find me SRE jobs');
  });

  it('answers the last message again after dropping the answers to it, and appends after it', async () => {
    const user = await createTestUser(handle.db);
    const { conversationId } = await withUser(handle.db, user.id, (db) => beginTurn(db, { parts: said('question'), now }));
    await withUser(handle.db, user.id, (db) => appendMessage(db, { conversationId, message: answer('a poor answer'), now }));

    const again = await withUser(handle.db, user.id, (db) => beginTurn(db, { conversationId, now }));
    await withUser(handle.db, user.id, (db) => appendMessage(db, { conversationId, message: answer('a better answer'), now }));
    const stored = await withUser(handle.db, user.id, (db) => readConversation(db, conversationId));

    expect(textsOf(again.history)).toEqual(['user: question']);
    expect(textsOf(stored.messages)).toEqual(['user: question', 'assistant: a better answer']);
  });

  it("never appends to another user's conversation: it is not found", async () => {
    const owner = await createTestUser(handle.db);
    const other = await createTestUser(handle.db);
    const { conversationId } = await withUser(handle.db, owner.id, (db) => beginTurn(db, { parts: said('mine'), now }));

    await expect(withUser(handle.db, other.id, (db) => appendMessage(db, { conversationId, message: answer('not yours'), now }))).rejects.toBeInstanceOf(NotFoundError);
    const stored = await withUser(handle.db, owner.id, (db) => readConversation(db, conversationId));
    expect(textsOf(stored.messages)).toEqual(['user: mine']);
  });
});

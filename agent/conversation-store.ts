import type { UIMessage } from 'ai';
import { and, asc, desc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../db/database.ts';
import { conversationMessages, conversations } from '../db/schema.ts';
import { queryRows } from '../db/query-rows.ts';
import { NotFoundError } from '../tools/errors.ts';
import { storableText } from '../tools/storable-input.ts';

export const defaultConversationTitle = 'New conversation';
const titleLength = 80;

export const conversationSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ConversationView = z.infer<typeof conversationSchema>;

export const conversationTitleSchema = storableText().trim().min(1).max(200);

/** A stored message in the AI SDK's UIMessage shape, so the browser can hand it straight to useChat. */
export type StoredMessage = Pick<UIMessage, 'id' | 'role' | 'parts'>;

type ConversationRow = typeof conversations.$inferSelect;

function toView({ userId: _owner, createdAt, updatedAt, ...fields }: ConversationRow): ConversationView {
  return { ...fields, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

/** A conversation title from the first thing the user said: its text on one line, cut at a word near 80 characters. */
export function titleFrom(message: StoredMessage) {
  const text = message.parts
    .flatMap((part) => (part.type === 'text' ? [part.text] : []))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return defaultConversationTitle;
  if (text.length <= titleLength) return text;
  // One character more than fits, so a word ending exactly at the limit is kept whole.
  const cut = text.slice(0, titleLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > titleLength / 2 ? cut.slice(0, lastSpace) : cut.slice(0, titleLength);
  return `${words.replace(/[\s,.;:!?-]+$/, '')}…`;
}

/**
 * Reads one conversation; malformed ids and other users' conversations are simply not found. A
 * writer locks the row, so two turns of one conversation append in order.
 */
async function findConversation(db: Transaction, id: string, options: { lock: boolean }) {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError('Conversation', id);
  const query = db.select().from(conversations).where(eq(conversations.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('Conversation', id);
  return row;
}

export async function createConversation(db: Transaction, options: { now: Date; title?: string }) {
  const [row] = await db
    .insert(conversations)
    .values({ title: options.title ?? defaultConversationTitle, createdAt: options.now, updatedAt: options.now })
    .returning();
  return toView(row!);
}

/** The acting user's conversations, most recently active first. */
export async function listConversations(db: Transaction) {
  const rows = await db.select().from(conversations).orderBy(desc(conversations.updatedAt), desc(conversations.createdAt));
  return rows.map(toView);
}

async function readMessages(db: Transaction, conversationId: string) {
  const rows = await db
    .select({ id: conversationMessages.id, role: conversationMessages.role, parts: conversationMessages.parts })
    .from(conversationMessages)
    .where(eq(conversationMessages.conversationId, conversationId))
    .orderBy(asc(conversationMessages.position));
  return rows as StoredMessage[];
}

/** A conversation with its messages in order. */
export async function readConversation(db: Transaction, id: string) {
  const conversation = await findConversation(db, id, { lock: false });
  return { conversation: toView(conversation), messages: await readMessages(db, id) };
}

export async function renameConversation(db: Transaction, options: { id: string; title: string; now: Date }) {
  await findConversation(db, options.id, { lock: true });
  const [row] = await db
    .update(conversations)
    .set({ title: options.title, updatedAt: options.now })
    .where(eq(conversations.id, options.id))
    .returning();
  return toView(row!);
}

/** Deletes a conversation and, by cascade, every message in it. */
export async function deleteConversation(db: Transaction, id: string) {
  await findConversation(db, id, { lock: true });
  await db.delete(conversations).where(eq(conversations.id, id));
}

/**
 * Stores a message in the conversation that `target` (an insert or update of it) returns with the
 * message's position, in the same statement, so the conversation's row and its message are written
 * together. Returns the conversation's id, or null when `target` returned no conversation.
 */
async function insertMessage(db: Transaction, options: { target: SQL; message: StoredMessage; now: Date }) {
  const { target, message, now } = options;
  const [stored] = await queryRows<{ conversationId: string }>(
    db,
    sql`with target as (${target})
        insert into ${conversationMessages} (id, conversation_id, role, parts, position, created_at)
        select ${message.id}, target.id, ${message.role}::message_role, ${JSON.stringify(message.parts)}::jsonb, target.position, ${now.toISOString()}::timestamptz
        from target
        returning conversation_id as "conversationId"`,
  );
  return stored?.conversationId ?? null;
}

/**
 * Adds a message at the end of a conversation, in one statement. The first user message also names
 * a conversation that still has the default title. The update takes the conversation's next
 * position and locks its row, so two turns of one conversation append in order; a conversation that
 * is not the acting user's (hidden by row-level security) or is gone is simply not found.
 */
export async function appendMessage(db: Transaction, options: { conversationId: string; message: StoredMessage; now: Date }) {
  const { conversationId, message, now } = options;
  if (!z.uuid().safeParse(conversationId).success) throw new NotFoundError('Conversation', conversationId);
  const title =
    message.role === 'user'
      ? sql`case when title = ${defaultConversationTitle} and next_position = 0 then ${titleFrom(message)} else title end`
      : sql`title`;
  const target = sql`update ${conversations} set updated_at = ${now.toISOString()}::timestamptz, title = ${title}, next_position = next_position + 1
    where id = ${conversationId}
    returning id, next_position - 1 as position`;
  if ((await insertMessage(db, { target, message, now })) === null) throw new NotFoundError('Conversation', conversationId);
}

/**
 * Starts a conversation with its first message, in one statement: the conversation is named after
 * the message and the message takes position 0.
 */
async function startConversation(db: Transaction, options: { message: StoredMessage; now: Date }) {
  const { message, now } = options;
  const target = sql`insert into ${conversations} (title, next_position, created_at, updated_at)
    values (${titleFrom(message)}, 1, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz)
    returning id, 0 as position`;
  // An insert always returns its row.
  return (await insertMessage(db, { target, message, now }))!;
}

/**
 * Removes the answers after the last user message, so the model can answer that message again
 * (the browser's "regenerate"). Returns the history that remains.
 */
async function dropAnswersAfterLastUserMessage(db: Transaction, conversationId: string) {
  await findConversation(db, conversationId, { lock: true });
  const [lastUser] = await db
    .select({ position: conversationMessages.position })
    .from(conversationMessages)
    .where(and(eq(conversationMessages.conversationId, conversationId), eq(conversationMessages.role, 'user')))
    .orderBy(desc(conversationMessages.position))
    .limit(1);
  if (!lastUser) return;
  await db
    .delete(conversationMessages)
    .where(and(eq(conversationMessages.conversationId, conversationId), gt(conversationMessages.position, lastUser.position)));
  await db.update(conversations).set({ nextPosition: lastUser.position + 1 }).where(eq(conversations.id, conversationId));
}

/**
 * Opens a chat turn: continues the conversation (or starts one) with the user's new message, or,
 * without one, clears the answers after the last user message so it is answered again. The message
 * is stored before the model answers, so it survives a failed or stopped turn. Returns the history
 * the model answers.
 */
export async function beginTurn(db: Transaction, options: { conversationId?: string; parts?: StoredMessage['parts']; now: Date }) {
  const { parts, now } = options;
  // Ids are Atlas's own: message ids are unique across all users, so a client-chosen one could collide.
  const message: StoredMessage | undefined = parts ? { id: crypto.randomUUID(), role: 'user', parts } : undefined;
  if (!options.conversationId) {
    // A new conversation's history is the message just stored; nothing needs reading back.
    if (message) return { conversationId: await startConversation(db, { message, now }), history: [message] as UIMessage[] };
    return { conversationId: (await createConversation(db, { now })).id, history: [] as UIMessage[] };
  }
  const { conversationId } = options;
  if (message) await appendMessage(db, { conversationId, message, now });
  else await dropAnswersAfterLastUserMessage(db, conversationId);
  // Both paths above have found the conversation, so only its messages are read.
  return { conversationId, history: (await readMessages(db, conversationId)) as UIMessage[] };
}

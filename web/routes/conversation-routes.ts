import { Router } from 'express';
import { z } from 'zod';
import {
  conversationTitleSchema,
  createConversation,
  deleteConversation,
  listConversations,
  readConversation,
  renameConversation,
} from '../../agent/conversation-store.ts';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { parseInput } from '../../tools/errors.ts';
import { requireUser } from '../session-middleware.ts';

export const newConversationSchema = z.object({ title: conversationTitleSchema.optional() });
export const renameSchema = z.object({ title: conversationTitleSchema });

/** The signed-in user's chat conversations: list, start, reopen, rename, delete. Others' are not found. */
export function conversationRoutes(options: { database: Database; now: () => Date }) {
  const { database, now } = options;
  const router = Router();

  router.get('/', async (_request, response) => {
    const user = requireUser(response);
    response.json({ conversations: await withUser(database, user.id, (db) => listConversations(db)) });
  });

  router.post('/', async (request, response) => {
    const user = requireUser(response);
    const { title } = parseInput(newConversationSchema, request.body ?? {}, 'Invalid conversation');
    const conversation = await withUser(database, user.id, (db) => createConversation(db, { now: now(), title }));
    response.status(201).json({ conversation });
  });

  router.get('/:id', async (request, response) => {
    const user = requireUser(response);
    response.json(await withUser(database, user.id, (db) => readConversation(db, request.params.id)));
  });

  router.patch('/:id', async (request, response) => {
    const user = requireUser(response);
    const { title } = parseInput(renameSchema, request.body, 'Invalid conversation');
    const conversation = await withUser(database, user.id, (db) => renameConversation(db, { id: request.params.id, title, now: now() }));
    response.json({ conversation });
  });

  router.delete('/:id', async (request, response) => {
    const user = requireUser(response);
    await withUser(database, user.id, (db) => deleteConversation(db, request.params.id));
    response.status(204).end();
  });

  return router;
}

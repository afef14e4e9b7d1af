import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { parseInput } from '../../tools/errors.ts';
import { contactChangesSchema, deleteContact, listContacts, mergeContacts, updateContact } from '../../tools/gmail/contacts.ts';
import { requireUser } from '../session-middleware.ts';

/** Recruiters and hiring managers from matched mail, which the user edits, merges and deletes. */
export function contactRoutes(options: { database: Database; now: () => Date }) {
  const { database, now } = options;
  const router = Router();

  router.get('/', async (_request, response) => {
    const userId = requireUser(response).id;
    response.json({ contacts: await withUser(database, userId, (tx) => listContacts(tx)) });
  });

  // Before /:id, so "merge" is never read as an id.
  router.post('/merge', async (request, response) => {
    const userId = requireUser(response).id;
    const body = parseInput(z.object({ keepId: z.uuid(), mergeId: z.uuid() }).strict(), request.body, 'Invalid merge');
    response.json({ contact: await withUser(database, userId, (tx) => mergeContacts(tx, { ...body, now: now() })) });
  });

  router.patch('/:id', async (request, response) => {
    const userId = requireUser(response).id;
    const id = parseInput(z.uuid(), request.params.id, 'Invalid contact id');
    const changes = parseInput(contactChangesSchema, request.body, 'Invalid contact');
    response.json({ contact: await withUser(database, userId, (tx) => updateContact(tx, { id, changes, now: now() })) });
  });

  router.delete('/:id', async (request, response) => {
    const userId = requireUser(response).id;
    const id = parseInput(z.uuid(), request.params.id, 'Invalid contact id');
    await withUser(database, userId, (tx) => deleteContact(tx, id));
    response.status(204).end();
  });

  return router;
}

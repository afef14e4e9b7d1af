import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { listPeople } from '../../tools/contacts/people.ts';
import { contactInputSchema, personById, saveContact } from '../../tools/contacts/save-contact.ts';
import { parseInput } from '../../tools/errors.ts';
import { storableText } from '../../tools/storable-input.ts';
import { contactChangesSchema, deleteContact, mergeContacts, updateContact } from '../../tools/gmail/contacts.ts';
import { requireUser } from '../session-middleware.ts';

/** The People page: recruiters and hiring managers from matched mail and added by hand, which the user edits, merges and deletes. */
export function contactRoutes(options: { database: Database; now: () => Date }) {
  const { database, now } = options;
  const router = Router();

  router.get('/', async (request, response) => {
    const userId = requireUser(response).id;
    const query = parseInput(storableText().max(200).optional(), request.query.q, 'Invalid search');
    response.json({ contacts: await withUser(database, userId, (tx) => listPeople(tx, { query })) });
  });

  // Adding someone by hand: an address already among the user's people is refused, never overwritten.
  router.post('/', async (request, response) => {
    const userId = requireUser(response).id;
    const input = parseInput(contactInputSchema.omit({ id: true }), request.body, 'Invalid contact');
    const { person } = await withUser(database, userId, (tx) => saveContact(tx, { input, mode: 'create', now: now() }));
    response.status(201).json({ contact: person });
  });

  // Before /:id, so "merge" is never read as an id.
  router.post('/merge', async (request, response) => {
    const userId = requireUser(response).id;
    const body = parseInput(z.object({ keepId: z.uuid(), mergeId: z.uuid() }).strict(), request.body, 'Invalid merge');
    response.json({
      contact: await withUser(database, userId, async (tx) => {
        await mergeContacts(tx, { ...body, now: now() });
        return personById(tx, body.keepId);
      }),
    });
  });

  router.patch('/:id', async (request, response) => {
    const userId = requireUser(response).id;
    const id = parseInput(z.uuid(), request.params.id, 'Invalid contact id');
    const changes = parseInput(contactChangesSchema, request.body, 'Invalid contact');
    response.json({
      contact: await withUser(database, userId, async (tx) => {
        await updateContact(tx, { id, changes, now: now() });
        return personById(tx, id);
      }),
    });
  });

  router.delete('/:id', async (request, response) => {
    const userId = requireUser(response).id;
    const id = parseInput(z.uuid(), request.params.id, 'Invalid contact id');
    await withUser(database, userId, (tx) => deleteContact(tx, id));
    response.status(204).end();
  });

  return router;
}

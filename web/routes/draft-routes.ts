import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { draftOutreach } from '../../tools/draft-outreach.ts';
import { parseInput } from '../../tools/errors.ts';
import { deleteDraft, draftChangesSchema, listDrafts, readDraft, updateDraft } from '../../tools/outreach/draft-store.ts';
import type { OutreachWriter } from '../../tools/outreach/outreach-writer.ts';
import { runTool } from '../../tools/run-tool.ts';
import { requireUser } from '../session-middleware.ts';

export const listQuerySchema = z.object({ applicationId: z.uuid().optional() });

/**
 * The signed-in user's outreach drafts: write one for an application (the draftOutreach tool, as in
 * chat), list, read, edit and delete. Atlas never sends a draft; each carries a Gmail compose link.
 */
export function draftRoutes(options: { database: Database; outreachWriter: OutreachWriter | undefined; now: () => Date }) {
  const { database, outreachWriter, now } = options;
  const router = Router();

  router.get('/', async (request, response) => {
    const user = requireUser(response);
    const { applicationId } = parseInput(listQuerySchema, request.query, 'Invalid drafts query');
    response.json({ drafts: await withUser(database, user.id, (db) => listDrafts(db, { applicationId })) });
  });

  router.post('/', async (request, response) => {
    const user = requireUser(response);
    const result = await runTool(draftOutreach, request.body, { database, userId: user.id, actor: 'web', now, outreachWriter });
    response.status(201).json(result);
  });

  router.get('/:id', async (request, response) => {
    const user = requireUser(response);
    response.json({ draft: await withUser(database, user.id, (db) => readDraft(db, request.params.id)) });
  });

  router.patch('/:id', async (request, response) => {
    const user = requireUser(response);
    const changes = parseInput(draftChangesSchema, request.body, 'Invalid draft');
    response.json({ draft: await withUser(database, user.id, (db) => updateDraft(db, { id: request.params.id, changes, now: now() })) });
  });

  router.delete('/:id', async (request, response) => {
    const user = requireUser(response);
    await withUser(database, user.id, (db) => deleteDraft(db, request.params.id));
    response.status(204).end();
  });

  return router;
}

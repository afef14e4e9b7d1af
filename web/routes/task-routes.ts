import { Router, type Response } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { readTimeZone } from '../../tools/briefings/user-time-zone.ts';
import { createTask } from '../../tools/create-task.ts';
import { NotFoundError, parseInput } from '../../tools/errors.ts';
import { listTasks } from '../../tools/list-tasks.ts';
import { runTool } from '../../tools/run-tool.ts';
import { storableText } from '../../tools/storable-input.ts';
import { decideSuggestion, suggestTasks } from '../../tools/tasks/task-suggestions.ts';
import { updateTask } from '../../tools/update-task.ts';
import type { GmailService } from '../../tools/gmail/gmail-service.ts';
import { requireUser } from '../session-middleware.ts';

export const changeSchema = updateTask.input.omit({ taskId: true, delete: true });

/**
 * The Tasks page: tasks and suggestions, add, complete, reschedule, edit and delete through the same
 * tools chat and MCP use; dismissing a suggestion, which only the page offers, is here.
 */
export function taskRoutes(options: { database: Database; now: () => Date; gmail?: GmailService }) {
  const { database, now, gmail } = options;
  // The reply clock Gmail's follow-ups run on; Gmail's own routes count the same days.
  const followUpAfterDays = gmail?.settings.followUpAfterDays ?? 7;
  const router = Router();
  const caller = (response: Response) => ({ database, userId: requireUser(response).id, actor: 'web' as const, now, gmail: gmail && { service: gmail } });

  router.get('/', async (request, response) => {
    const acting = caller(response);
    const query = parseInput(z.object({ show: listTasks.input.shape.show }), request.query, 'Invalid task filter');
    response.json(await runTool(listTasks, { show: query.show, suggestions: true }, acting));
  });

  router.post('/', async (request, response) => {
    const acting = caller(response);
    response.status(201).json(await runTool(createTask, request.body ?? {}, acting));
  });

  router.patch('/:id', async (request, response) => {
    const acting = caller(response);
    const change = parseInput(changeSchema, request.body ?? {}, 'Invalid task change');
    response.json(await runTool(updateTask, { ...change, taskId: request.params.id }, acting));
  });

  router.delete('/:id', async (request, response) => {
    const acting = caller(response);
    await runTool(updateTask, { taskId: request.params.id, delete: true }, acting);
    response.status(204).end();
  });

  router.post('/suggestions/:key/dismiss', async (request, response) => {
    const user = requireUser(response);
    const key = parseInput(storableText().max(300), request.params.key, 'Invalid suggestion key');
    await withUser(database, user.id, async (tx) => {
      // Only a suggestion on offer can be dismissed, so the table holds no keys a caller made up.
      const offered = await suggestTasks(tx, { now: now(), followUpAfterDays, timeZone: await readTimeZone(tx, user.id) });
      if (!offered.some((suggestion) => suggestion.key === key)) throw new NotFoundError('Suggestion', key);
      await decideSuggestion(tx, { key, decision: 'dismissed', now: now() });
    });
    response.status(204).end();
  });

  return router;
}

import { z } from 'zod';
import { tasks } from '../db/schema.ts';
import { readTimeZone } from './briefings/user-time-zone.ts';
import { defineTool } from './define-tool.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';
import { storableText } from './storable-input.ts';
import { checkTaskLinks } from './tasks/task-links.ts';
import { dayText, taskNotes, taskSchema, taskTitle, toTaskView } from './tasks/task-schema.ts';
import { decideSuggestion, suggestTasks } from './tasks/task-suggestions.ts';

export const createTask = defineTool({
  name: 'createTask',
  title: 'Create a task',
  description:
    'Add a to-do, optionally due on a day and linked to an application, contact or draft. Or accept a suggestion from listTasks by its suggestionKey alone.',
  effect: 'write',
  input: z.object({
    title: taskTitle().optional().describe('What to do; required unless suggestionKey is given'),
    notes: taskNotes().optional(),
    dueOn: dayText().optional().describe('Due day, YYYY-MM-DD'),
    applicationId: z.uuid().optional(),
    contactId: z.uuid().optional(),
    draftId: z.uuid().optional(),
    suggestionKey: storableText().max(300).optional().describe('Accepts this suggestion as a task'),
  }),
  output: z.object({ task: taskSchema }),
  async run(input, { db, userId, now, gmail }) {
    const timeZone = await readTimeZone(db, userId);
    let values = { ...input, title: input.title, notes: input.notes ?? '' };
    if (input.suggestionKey) {
      const suggestions = await suggestTasks(db, { now: now(), followUpAfterDays: gmail?.service.settings.followUpAfterDays ?? 7, timeZone });
      const suggestion = suggestions.find((candidate) => candidate.key === input.suggestionKey);
      if (!suggestion) throw new NotFoundError('Suggestion', input.suggestionKey);
      values = {
        ...values,
        title: input.title ?? suggestion.title,
        notes: input.notes ?? suggestion.reason,
        dueOn: input.dueOn ?? suggestion.dueOn,
        applicationId: input.applicationId ?? suggestion.applicationId ?? undefined,
        draftId: input.draftId ?? suggestion.draftId ?? undefined,
      };
    }
    if (!values.title) throw new ValidationError('A task needs a title', [{ path: 'title', message: 'title is required' }]);
    await checkTaskLinks(db, values);
    const [task] = await db
      .insert(tasks)
      .values({ ...values, title: values.title, createdAt: now(), updatedAt: now() })
      .returning();
    if (input.suggestionKey) {
      const recorded = await decideSuggestion(db, { key: input.suggestionKey, decision: 'accepted', taskId: task!.id, now: now() });
      if (!recorded) throw new ConflictError('This suggestion was already answered');
    }
    return { task: toTaskView(task!, now(), timeZone) };
  },
});

import { asc, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { tasks } from '../db/schema.ts';
import { readTimeZone } from './briefings/user-time-zone.ts';
import { defineTool } from './define-tool.ts';
import { taskSchema, toTaskView } from './tasks/task-schema.ts';
import { suggestTasks, taskSuggestionSchema } from './tasks/task-suggestions.ts';

export const listTasks = defineTool({
  name: 'listTasks',
  title: 'List tasks',
  description:
    "The user's tasks, soonest due first, each overdue, due (today), upcoming, someday or done; and tasks Atlas suggests from the pipeline and mail.",
  effect: 'read',
  input: z.object({
    show: z.enum(['open', 'done', 'all']).default('open'),
    suggestions: z.boolean().default(true),
  }),
  output: z.object({ tasks: z.array(taskSchema), suggestions: z.array(taskSuggestionSchema) }),
  async run({ show, suggestions }, { db, userId, now, gmail }) {
    const timeZone = await readTimeZone(db, userId);
    const filter = show === 'open' ? isNull(tasks.doneAt) : show === 'done' ? isNotNull(tasks.doneAt) : undefined;
    const rows = await db
      .select()
      .from(tasks)
      .where(filter)
      .orderBy(sql`${tasks.dueOn} asc nulls last`, asc(tasks.createdAt))
      .limit(500);
    return {
      tasks: rows.map((row) => toTaskView(row, now(), timeZone)),
      suggestions: suggestions ? await suggestTasks(db, { now: now(), followUpAfterDays: gmail?.service.settings.followUpAfterDays ?? 7, timeZone }) : [],
    };
  },
});

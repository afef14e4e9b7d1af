import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { tasks } from '../db/schema.ts';
import { readTimeZone } from './briefings/user-time-zone.ts';
import { defineTool } from './define-tool.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { checkTaskLinks } from './tasks/task-links.ts';
import { dayText, taskNotes, taskSchema, taskTitle, toTaskView } from './tasks/task-schema.ts';

export const updateTask = defineTool({
  name: 'updateTask',
  title: 'Update a task',
  description: 'Complete or reopen, reschedule, edit or delete one of the user’s tasks.',
  effect: 'write',
  destructive: true,
  idempotent: true,
  input: z.object({
    taskId: z.uuid(),
    done: z.boolean().optional(),
    dueOn: dayText().nullable().optional().describe('New due day, YYYY-MM-DD; null for none'),
    title: taskTitle().optional(),
    notes: taskNotes().optional(),
    applicationId: z.uuid().nullable().optional(),
    delete: z.literal(true).optional(),
  }),
  output: z.object({ task: taskSchema.nullable(), deleted: z.boolean() }),
  async run({ taskId, done, delete: remove, ...change }, { db, userId, now }) {
    const [current] = await db.select().from(tasks).where(eq(tasks.id, taskId)).for('update');
    if (!current) throw new NotFoundError('Task', taskId);
    if (remove) {
      await db.delete(tasks).where(eq(tasks.id, taskId));
      return { task: null, deleted: true };
    }
    if (done === undefined && Object.values(change).every((value) => value === undefined)) {
      throw new ValidationError('Nothing to update: give done, dueOn, title, notes, applicationId or delete', [
        { path: 'done', message: 'a change is required' },
      ]);
    }
    await checkTaskLinks(db, change);
    // Completing a done task keeps the first completion time.
    const doneAt = done === undefined ? undefined : done ? (current.doneAt ?? now()) : null;
    const [updated] = await db
      .update(tasks)
      .set({ ...change, doneAt, updatedAt: now() })
      .where(eq(tasks.id, taskId))
      .returning();
    return { task: toTaskView(updated!, now(), await readTimeZone(db, userId)), deleted: false };
  },
});

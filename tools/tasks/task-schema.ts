import { z } from 'zod';
import type { tasks } from '../../db/schema.ts';
import { localClock } from '../briefings/week.ts';
import { storableText } from '../storable-input.ts';

type Task = typeof tasks.$inferSelect;

/** A calendar day as YYYY-MM-DD, checked to be a real day (no 31 February). */
export const dayText = () => z.iso.date();

export const taskTitle = () => storableText().trim().min(1).max(200);
export const taskNotes = () => storableText().max(10_000);

/** done, overdue (due before today), due (today), upcoming (later), someday (no due day). */
export const taskStateSchema = z.enum(['done', 'overdue', 'due', 'upcoming', 'someday']);
export type TaskState = z.infer<typeof taskStateSchema>;

/** A task as tools return it. */
export const taskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  notes: z.string(),
  dueOn: z.string().nullable(),
  state: taskStateSchema,
  doneAt: z.iso.datetime().nullable(),
  applicationId: z.uuid().nullable(),
  contactId: z.uuid().nullable(),
  draftId: z.uuid().nullable(),
  suggestionKey: z.string().nullable(),
});
export type TaskView = z.infer<typeof taskSchema>;

/**
 * The calendar day it is at `now` in the user's time zone (YYYY-MM-DD): a task due "today" is due on
 * the user's day, the same day the reminders are pushed for, not the server's.
 */
export function today(now: Date, timeZone = 'UTC'): string {
  return localClock(now, timeZone).day;
}

export function taskState(task: Pick<Task, 'doneAt' | 'dueOn'>, now: Date, timeZone = 'UTC'): TaskState {
  if (task.doneAt) return 'done';
  if (!task.dueOn) return 'someday';
  const day = today(now, timeZone);
  if (task.dueOn < day) return 'overdue';
  return task.dueOn === day ? 'due' : 'upcoming';
}

/** Shapes a stored task for tool output; the owner's id and bookkeeping times stay out of it. */
export function toTaskView(task: Task, now: Date, timeZone = 'UTC'): TaskView {
  return {
    id: task.id,
    title: task.title,
    notes: task.notes,
    dueOn: task.dueOn,
    state: taskState(task, now, timeZone),
    doneAt: task.doneAt?.toISOString() ?? null,
    applicationId: task.applicationId,
    contactId: task.contactId,
    draftId: task.draftId,
    suggestionKey: task.suggestionKey,
  };
}

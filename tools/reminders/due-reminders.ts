import { and, isNotNull, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { tasks } from '../../db/schema.ts';
import { addDays, localClock } from '../briefings/week.ts';
import { interviewsFromMail } from '../tasks/interviews-from-mail.ts';

/** overdue and today for tasks; today and tomorrow for interviews, which need the day before to prepare. */
export const reminderWhenSchema = z.enum(['overdue', 'today', 'tomorrow']);

/** A reminder as the app shows it and a push carries it: a title and which task or interview, nothing more. */
export const reminderSchema = z.object({
  /** Stable across runs: `task:<id>:<day>` or `interview:<thread>:<day>`, so a rescheduled task is a new reminder. */
  key: z.string(),
  kind: z.enum(['task', 'interview']),
  /** The task's title, or "Interview: <company>": never notes, subjects or snippets. */
  title: z.string(),
  day: z.iso.date(),
  /** HH:MM when the interview's mail stated a time. */
  time: z.string().nullable(),
  when: reminderWhenSchema,
  taskId: z.uuid().nullable(),
  applicationId: z.uuid().nullable(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** A sender's address stands in for a company only by its domain: a reminder carries no email address. */
const employerName = (employer: string) => (employer.includes('@') ? employer.slice(employer.lastIndexOf('@') + 1) : employer);

/**
 * What the user should be reminded of now, in their time zone: open tasks due today or overdue, and
 * interviews their mail dates today or tomorrow. Soonest first. Computed afresh from tasks and mail each
 * time, so a task done or moved stops reminding at once.
 */
export async function dueReminders(tx: Transaction, options: { now: Date; timeZone: string }): Promise<Reminder[]> {
  const today = localClock(options.now, options.timeZone).day;
  const tomorrow = addDays(today, 1);
  const open = await tx
    .select({ id: tasks.id, title: tasks.title, dueOn: tasks.dueOn, applicationId: tasks.applicationId })
    .from(tasks)
    .where(and(isNull(tasks.doneAt), isNotNull(tasks.dueOn), lte(tasks.dueOn, today)));
  const taskReminders = open.map(
    (task): Reminder => ({
      key: `task:${task.id}:${task.dueOn}`,
      kind: 'task',
      title: task.title,
      day: task.dueOn!,
      time: null,
      when: task.dueOn === today ? 'today' : 'overdue',
      taskId: task.id,
      applicationId: task.applicationId,
    }),
  );
  const interviewReminders = (await interviewsFromMail(tx))
    .filter((interview) => interview.stated && (interview.stated.day === today || interview.stated.day === tomorrow))
    .map(
      (interview): Reminder => ({
        key: `interview:${interview.threadId}:${interview.stated!.day}`,
        kind: 'interview',
        title: `Interview: ${employerName(interview.employer)}`,
        day: interview.stated!.day,
        time: interview.stated!.time,
        when: interview.stated!.day === today ? 'today' : 'tomorrow',
        taskId: null,
        applicationId: interview.applicationId,
      }),
    );
  return [...taskReminders, ...interviewReminders].sort((first, second) => `${first.day}${first.time ?? ''}`.localeCompare(`${second.day}${second.time ?? ''}`));
}

import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { readTimeZone } from '../../tools/briefings/user-time-zone.ts';
import { NotFoundError, parseInput } from '../../tools/errors.ts';
import { dueReminders } from '../../tools/reminders/due-reminders.ts';
import { setReminderState, shownReminders } from '../../tools/reminders/reminder-states.ts';
import { requireUser } from '../session-middleware.ts';

const hourMs = 60 * 60 * 1000;
export const changeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('dismiss') }),
  z.object({ action: z.literal('snooze'), hours: z.number().int().min(1).max(72).default(3) }),
]);

/** The reminders the app shows (tasks due or overdue, interviews today or tomorrow), and dismissing or snoozing one. */
export function reminderRoutes(options: { database: Database; now: () => Date }) {
  const { database, now } = options;
  const router = Router();

  router.get('/', async (_request, response) => {
    const userId = requireUser(response).id;
    const reminders = await withUser(database, userId, async (tx) => {
      const due = await dueReminders(tx, { now: now(), timeZone: await readTimeZone(tx, userId) });
      return shownReminders(tx, { reminders: due, now: now() });
    });
    response.json({ reminders });
  });

  router.post('/:key', async (request, response) => {
    const userId = requireUser(response).id;
    const key = parseInput(z.string().max(300), request.params.key, 'Invalid reminder key');
    const change = parseInput(changeSchema, request.body ?? {}, 'Say dismiss, or snooze with hours');
    await withUser(database, userId, async (tx) => {
      // Only a reminder that is due can be dismissed or snoozed, so the table holds no keys a caller made up.
      const due = await dueReminders(tx, { now: now(), timeZone: await readTimeZone(tx, userId) });
      if (!due.some((reminder) => reminder.key === key)) throw new NotFoundError('Reminder', key);
      await setReminderState(tx, change.action === 'dismiss' ? { key, dismissedAt: now() } : { key, snoozedUntil: new Date(now().getTime() + change.hours * hourMs) });
    });
    response.status(204).end();
  });

  return router;
}

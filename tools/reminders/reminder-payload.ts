import type { Reminder } from './due-reminders.ts';

/** What a push carries to the browser's service worker (web/ui/public/service-worker.js). */
export interface ReminderPayload {
  title: string;
  body: string;
  /** The app page the notification opens. */
  url: string;
  /** One notification per reminder: a repeat replaces it rather than stacking. */
  tag: string;
}

function whenText(reminder: Reminder) {
  const at = reminder.time ? ` at ${reminder.time}` : '';
  if (reminder.when === 'overdue') return `Overdue since ${reminder.day}`;
  if (reminder.kind === 'task') return 'Due today';
  return `${reminder.when === 'today' ? 'Today' : 'Tomorrow'}${at}`;
}

/**
 * The push message for a reminder: the task's title or the interview's company, and when. Push
 * services pass it on encrypted, yet it still leaves the server, so it holds nothing else: no notes,
 * no mail subject or snippet, no CV text.
 */
export function reminderPayload(reminder: Reminder): ReminderPayload {
  return { title: reminder.title, body: whenText(reminder), url: '/tasks', tag: reminder.key };
}

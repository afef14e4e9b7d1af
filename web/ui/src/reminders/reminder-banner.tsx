import { useState } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { formatDay } from '../tasks/format-day.ts';
import type { Reminder } from './reminder-types.ts';

function whenText(reminder: Reminder) {
  const at = reminder.time ? ` at ${reminder.time}` : '';
  if (reminder.when === 'overdue') return `overdue since ${formatDay(reminder.day)}`;
  if (reminder.when === 'today') return reminder.kind === 'task' ? 'due today' : `today${at}`;
  return `tomorrow${at}`;
}

/**
 * Tasks due today or overdue and interviews today or tomorrow, at the top of the Tasks page; each can be
 * dismissed or snoozed for three hours. `version` reloads it when the tasks below change.
 */
export function ReminderBanner({ version }: { version: unknown }) {
  const list = useApiData<{ reminders: Reminder[] }>('/api/reminders', version);
  const [failure, setFailure] = useState<unknown>();
  const reminders = list.data?.reminders ?? [];
  if (reminders.length === 0 && !failure) return null;

  async function change(reminder: Reminder, body: { action: 'dismiss' } | { action: 'snooze'; hours: number }) {
    try {
      await callApi(`/api/reminders/${encodeURIComponent(reminder.key)}`, { body });
      setFailure(undefined);
      list.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section className="notice reminders" aria-labelledby="reminders-heading" role="region">
      <h2 id="reminders-heading">
        Reminders <span className="muted">({reminders.length})</span>
      </h2>
      <ErrorNotice error={failure} />
      <ul className="card-list">
        {reminders.map((reminder) => (
          <li key={reminder.key} className="card" data-testid="reminder">
            <div className="task-main">
              <p className="task-title">{reminder.title}</p>
              <p className="meta">{whenText(reminder)}</p>
            </div>
            <div className="actions">
              <button type="button" className="secondary small" onClick={() => void change(reminder, { action: 'snooze', hours: 3 })}>
                Snooze 3 hours<span className="visually-hidden"> {reminder.title}</span>
              </button>
              <button type="button" className="secondary small" onClick={() => void change(reminder, { action: 'dismiss' })}>
                Dismiss<span className="visually-hidden"> reminder {reminder.title}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useState } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDay } from './format-day.ts';
import type { Task } from './task-types.ts';

const stateLabels: Record<Task['state'], string> = {
  overdue: 'Overdue',
  due: 'Due today',
  upcoming: 'Upcoming',
  someday: 'No due day',
  done: 'Done',
};

/** One task: complete or reopen it, move its due day, or delete it. */
export function TaskItem({ task, onChanged }: { task: Task; onChanged: () => void }) {
  const [failure, setFailure] = useState<unknown>();

  async function change(body: Record<string, unknown>) {
    try {
      await callApi(`/api/tasks/${task.id}`, { method: 'PATCH', body });
      setFailure(undefined);
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  }

  // Typing a year fills it digit by digit (0002, 0020, 0203, 2030); only a whole year is a new due day.
  function reschedule(value: string) {
    if (value === '') void change({ dueOn: null });
    else if (Number(value.slice(0, 4)) >= 1900) void change({ dueOn: value });
  }

  async function remove() {
    if (!window.confirm(`Delete the task "${task.title}"?`)) return;
    try {
      await callApi(`/api/tasks/${task.id}`, { method: 'DELETE' });
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  }

  const done = task.state === 'done';
  return (
    <li className={`card task task-${task.state}`} data-testid="task">
      <div className="task-main">
        <label className="checkbox-label task-done">
          <input type="checkbox" checked={done} onChange={(event) => void change({ done: event.target.checked })} />
          <span className="task-title">{task.title}</span>
        </label>
        <p className="meta">
          <span className={`badge task-badge-${task.state}`}>{stateLabels[task.state]}</span>
          {task.dueOn && <> · due {formatDay(task.dueOn)}</>}
        </p>
        {task.notes && <p className="meta task-notes">{task.notes}</p>}
      </div>
      <div className="actions">
        {!done && (
          <label className="task-reschedule">
            <span className="visually-hidden">New due day for {task.title}</span>
            <input type="date" defaultValue={task.dueOn ?? ''} key={task.dueOn} onChange={(event) => reschedule(event.target.value)} />
          </label>
        )}
        <button type="button" className="danger small" onClick={() => void remove()}>
          Delete<span className="visually-hidden"> task {task.title}</span>
        </button>
      </div>
      <ErrorNotice error={failure} />
    </li>
  );
}

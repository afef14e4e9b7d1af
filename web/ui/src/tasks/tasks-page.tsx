import { useState, type FormEvent } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { BrowserNotifications } from '../reminders/browser-notifications.tsx';
import { ReminderBanner } from '../reminders/reminder-banner.tsx';
import { TaskItem } from './task-item.tsx';
import { TaskSuggestions } from './task-suggestions.tsx';
import type { Task, TaskList } from './task-types.ts';

const groups: { state: Task['state']; heading: string }[] = [
  { state: 'overdue', heading: 'Overdue' },
  { state: 'due', heading: 'Due today' },
  { state: 'upcoming', heading: 'Upcoming' },
  { state: 'someday', heading: 'No due day' },
  { state: 'done', heading: 'Done' },
];

/** The user's tasks by when they are due, what Atlas suggests, and a form to add one. */
export function TasksPage() {
  usePageTitle('Tasks');
  const list = useApiData<TaskList>('/api/tasks?show=all');
  const [failure, setFailure] = useState<unknown>();

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const dueOn = String(form.get('dueOn') ?? '');
    try {
      await callApi('/api/tasks', { body: { title: form.get('title'), ...(dueOn ? { dueOn } : {}) } });
      setFailure(undefined);
      formElement.reset();
      list.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  const tasks = list.data?.tasks ?? [];
  return (
    <section>
      <h1>Tasks</h1>
      <p className="muted">Your to-dos for the search. Atlas suggests follow-ups, interview preparation and nudges; chat and MCP clients see the same tasks.</p>
      <ReminderBanner version={list.data} />
      <form onSubmit={add} className="inline-form panel" aria-label="Add a task">
        <label>
          Task
          <input name="title" required maxLength={200} placeholder="Send my portfolio to Acme" />
        </label>
        <label className="task-due-field">
          Due
          <input name="dueOn" type="date" />
        </label>
        <button type="submit">Add task</button>
      </form>
      <ErrorNotice error={failure ?? list.error} />
      {list.loading && !list.data && <ProgressNote>Loading your tasks…</ProgressNote>}
      {list.data && <TaskSuggestions suggestions={list.data.suggestions} onChanged={list.reload} />}
      {list.data && tasks.length === 0 && (
        <p className="empty-state">
          <strong>No tasks yet.</strong> Add one above, accept a suggestion, or ask in chat: “Remind me to follow up with Acme on Friday”.
        </p>
      )}
      {groups.map(({ state, heading }) => {
        const inGroup = tasks.filter((task) => task.state === state);
        if (inGroup.length === 0) return null;
        return (
          <section key={state} aria-labelledby={`tasks-${state}`}>
            <h2 id={`tasks-${state}`}>
              {heading} <span className="muted">({inGroup.length})</span>
            </h2>
            <ul className="card-list">
              {inGroup.map((task) => (
                <TaskItem key={task.id} task={task} onChanged={list.reload} />
              ))}
            </ul>
          </section>
        );
      })}
      <BrowserNotifications />
    </section>
  );
}

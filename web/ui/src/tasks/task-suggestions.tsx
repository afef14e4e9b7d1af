import { useState } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDay } from './format-day.ts';
import type { TaskSuggestion } from './task-types.ts';

/** What Atlas proposes from the pipeline and mail; each accepted or dismissed once, for good. */
export function TaskSuggestions({ suggestions, onChanged }: { suggestions: TaskSuggestion[]; onChanged: () => void }) {
  const [failure, setFailure] = useState<unknown>();
  if (suggestions.length === 0) return null;

  async function answer(suggestion: TaskSuggestion, accept: boolean) {
    try {
      if (accept) await callApi('/api/tasks', { body: { suggestionKey: suggestion.key } });
      else await callApi(`/api/tasks/suggestions/${encodeURIComponent(suggestion.key)}/dismiss`, { method: 'POST' });
      setFailure(undefined);
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section className="panel" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">Atlas suggests</h2>
      <p className="muted">From your pipeline and mail. Accept one to make it a task; a suggestion you accept or dismiss does not come back.</p>
      <ErrorNotice error={failure} />
      <ul className="card-list">
        {suggestions.map((suggestion) => (
          <li key={suggestion.key} className="card task-suggestion" data-testid="suggestion">
            <div className="task-main">
              <p className="task-title">{suggestion.title}</p>
              <p className="meta">
                {suggestion.reason} · due {formatDay(suggestion.dueOn)}
              </p>
            </div>
            <div className="actions">
              <button type="button" className="small" onClick={() => void answer(suggestion, true)}>
                Accept<span className="visually-hidden"> {suggestion.title}</span>
              </button>
              <button type="button" className="secondary small" onClick={() => void answer(suggestion, false)}>
                Dismiss<span className="visually-hidden"> {suggestion.title}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

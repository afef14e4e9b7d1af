import { useState } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDay } from '../tasks/format-day.ts';
import type { Briefing } from './briefing-types.ts';

const writtenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One weekly briefing, a sentence a line, with a way to delete it. */
export function BriefingItem({ briefing, onChanged }: { briefing: Briefing; onChanged: () => void }) {
  const [failure, setFailure] = useState<unknown>();

  async function remove() {
    if (!window.confirm(`Delete the briefing for the week of ${formatDay(briefing.weekOf)}?`)) return;
    try {
      await callApi(`/api/briefings/${briefing.id}`, { method: 'DELETE' });
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  }

  const headingId = `briefing-${briefing.id}`;
  return (
    <li className="card briefing" data-testid="briefing">
      <article aria-labelledby={headingId}>
        <div className="card-heading">
          <h2 id={headingId}>Week of {formatDay(briefing.weekOf)}</h2>
          <button type="button" className="secondary" aria-label={`Delete the briefing for the week of ${formatDay(briefing.weekOf)}`} onClick={() => void remove()}>
            Delete
          </button>
        </div>
        <p className="meta">Written {writtenFormat.format(new Date(briefing.writtenAt))}</p>
        <div className="briefing-text">
          {briefing.text
            .split('\n')
            .slice(1)
            .map((sentence, index) => (
              <p key={index}>{sentence}</p>
            ))}
        </div>
      </article>
      <ErrorNotice error={failure} />
    </li>
  );
}

import { useState } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { BriefingItem } from './briefing-item.tsx';
import type { BriefingList } from './briefing-types.ts';
import { TimeZonePicker } from './time-zone-picker.tsx';

/** The weekly briefings, latest first; write this week's now, and the zone Monday morning is read in. */
export function BriefingsPage() {
  usePageTitle('Briefing');
  const list = useApiData<BriefingList>('/api/briefings');
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function act(work: () => Promise<unknown>) {
    setBusy(true);
    try {
      await work();
      setFailure(undefined);
      list.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const timeZone = list.data?.timeZone;
  const briefings = list.data?.briefings ?? [];
  return (
    <section>
      <h1>Briefing</h1>
      <p className="muted">
        Every Monday morning Atlas writes a short briefing from your own pipeline, mail and tasks: what moved, what is stuck, replies you are waiting for,
        interviews ahead, new jobs that fit and tasks due. It stays here; Atlas never emails it.
      </p>
      <div className="panel briefing-controls">
        {timeZone && (
          <div className="briefing-time-zone">
            <p className="meta">Written at 07:00 on Mondays, {timeZone} time.</p>
            <TimeZonePicker
              key={timeZone}
              timeZone={timeZone}
              busy={busy}
              onSave={(chosen) => void act(() => callApi('/api/briefings/time-zone', { method: 'PUT', body: { timeZone: chosen } }))}
            />
          </div>
        )}
        <button type="button" disabled={busy} onClick={() => void act(() => callApi('/api/briefings', { body: {} }))}>
          Write this week’s briefing now
        </button>
      </div>
      <ErrorNotice error={failure ?? list.error} />
      {list.loading && !list.data && <ProgressNote>Loading your briefings…</ProgressNote>}
      {list.data && briefings.length === 0 && (
        <p className="empty-state">
          <strong>No briefing yet.</strong> The first arrives next Monday morning, or write this week’s now.
        </p>
      )}
      {briefings.length > 0 && (
        <ul className="card-list">
          {briefings.map((briefing) => (
            <BriefingItem key={briefing.id} briefing={briefing} onChanged={list.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}

import { useState } from 'react';
import { callApi } from '../shared/api.ts';
import { CopyButton } from '../shared/copy-button.tsx';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { useApiData } from '../shared/use-api-data.ts';

interface FeedStatus {
  active: boolean;
  createdAt: string | null;
  lastFetchedAt: string | null;
}

/** The private calendar address of due tasks and interviews: made (shown once), made anew, or revoked. */
export function CalendarFeed() {
  const status = useApiData<FeedStatus>('/api/calendar-feed');
  const [address, setAddress] = useState<{ url: string; webcalUrl: string }>();
  const [failure, setFailure] = useState<unknown>();

  async function create() {
    if (status.data?.active && !window.confirm('Make a new address? Calendars subscribed to the old one stop updating.')) return;
    try {
      setAddress(await callApi<{ url: string; webcalUrl: string }>('/api/calendar-feed', { method: 'POST' }));
      setFailure(undefined);
      status.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  async function revoke() {
    if (!window.confirm('Revoke the calendar address? Calendars subscribed to it stop updating.')) return;
    try {
      await callApi('/api/calendar-feed', { method: 'DELETE' });
      setAddress(undefined);
      setFailure(undefined);
      status.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section className="panel" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Calendar</h2>
      <p className="muted">
        Subscribe to your due tasks and the interviews your mail dates in Google Calendar, Apple Calendar or Outlook. The address is private: anyone who has it
        can read the titles, so revoke it if it leaks.
      </p>
      <ErrorNotice error={failure ?? status.error} />
      {status.data && (
        <p>
          {status.data.active
            ? `On since ${formatDateTime(status.data.createdAt)}; last read by a calendar ${status.data.lastFetchedAt ? formatDateTime(status.data.lastFetchedAt) : 'never'}.`
            : 'Off.'}
        </p>
      )}
      {address && (
        <div className="notice" role="status">
          <p>Copy this address into your calendar app now (“subscribe from URL”). Atlas keeps only a hash and cannot show it again.</p>
          <p className="token-secret" data-testid="calendar-url">
            {address.url}
          </p>
          <div className="actions">
            <CopyButton text={address.url} label="Copy address" />
            <a className="button secondary small" href={address.webcalUrl}>
              Open in calendar app
            </a>
            <button type="button" className="secondary small" onClick={() => setAddress(undefined)}>
              Done
            </button>
          </div>
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={() => void create()}>
          {status.data?.active ? 'Make a new address' : 'Make a calendar address'}
        </button>
        {status.data?.active && (
          <button type="button" className="danger" onClick={() => void revoke()}>
            Revoke address
          </button>
        )}
      </div>
    </section>
  );
}

import { useEffect, useState } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import type { ApiData } from '../shared/use-api-data.ts';
import type { GmailStatus } from './gmail-types.ts';

/** How often a running sync's progress is asked for. */
const pollMilliseconds = 2000;

function SyncProgress({ sync }: { sync: NonNullable<GmailStatus['sync']> }) {
  if (sync.state === 'failed') return <p className="error">The last sync failed: {sync.failureReason ?? 'no reason given'}.</p>;
  if (sync.state === 'completed') {
    return (
      <p className="meta">
        Last sync {formatDateTime(sync.finishedAt)}: {sync.messagesScanned} messages read, {sync.signalsFound} job signals found.
      </p>
    );
  }
  return (
    <div>
      <ProgressNote>{`Syncing: ${sync.messagesScanned} messages read, ${sync.signalsFound} job signals found…`}</ProgressNote>
      <progress aria-label="Sync progress" max={1} value={sync.progress ?? undefined} />
    </div>
  );
}

/** Gmail: connect, sync with progress, opt in to labelling, disconnect. */
export function GmailConnection({ status }: { status: ApiData<GmailStatus> }) {
  const [failure, setFailure] = useState<unknown>();
  const data = status.data;
  const syncing = data?.sync?.state === 'queued' || data?.sync?.state === 'running';

  // While a sync runs, its progress is fetched again and again until it ends.
  useEffect(() => {
    if (!syncing) return;
    const timer = setTimeout(status.reload, pollMilliseconds);
    return () => clearTimeout(timer);
  }, [syncing, data, status.reload]);

  async function act(work: () => Promise<unknown>) {
    try {
      await work();
      setFailure(undefined);
    } catch (error) {
      setFailure(error);
    }
    status.reload();
  }

  async function setLabelling(enabled: boolean) {
    await act(async () => {
      const answer = await callApi<{ consentRequired: boolean; authorizationUrl?: string }>('/api/gmail/labelling', { body: { enabled } });
      // Labelling needs Google's modify permission, asked for only now, on Google's own consent screen.
      if (answer.consentRequired && answer.authorizationUrl) window.location.assign(answer.authorizationUrl);
    });
  }

  async function setModelReading(enabled: boolean) {
    await act(() => callApi('/api/gmail/model-reading', { body: { enabled } }));
  }

  async function disconnect() {
    if (!window.confirm('Disconnect Gmail? Atlas revokes its access at Google and deletes the stored tokens and email signals now.')) return;
    await act(() => callApi('/api/gmail', { method: 'DELETE' }));
  }

  return (
    <section className="panel" aria-labelledby="gmail-heading">
      <h2 id="gmail-heading">Gmail</h2>
      <p>
        Atlas reads only the headers (from, to, subject, date) and Gmail's short snippet of job-related mail, to move your pipeline along. It never
        reads bodies or attachments, and never sends, drafts in or deletes mail.
      </p>
      <ErrorNotice error={failure ?? status.error} />
      {data && !data.configured && <p className="notice">Gmail is not set up on this server. {data.setupProblem}</p>}
      {data?.configured && !data.connection && (
        <a className="button" href="/api/gmail/connect">
          Connect Gmail
        </a>
      )}
      {data?.connection && (
        <>
          <p>
            Connected to <strong>{data.connection.email}</strong> since {formatDateTime(data.connection.connectedAt)}
            {data.connection.status === 'needs_reconnect' && <span className="error"> (Google no longer accepts Atlas's access: connect again)</span>}.
          </p>
          {data.sync && <SyncProgress sync={data.sync} />}
          <div className="actions">
            {data.connection.status === 'needs_reconnect' && (
              <a className="button" href="/api/gmail/connect">
                Connect Gmail again
              </a>
            )}
            <button type="button" className="secondary" disabled={syncing} onClick={() => void act(() => callApi('/api/gmail/sync', { method: 'POST', body: {} }))}>
              Sync now
            </button>
            <button type="button" className="danger" onClick={() => void disconnect()}>
              Disconnect Gmail
            </button>
          </div>
          <h3>Labels in Gmail</h3>
          <label className="checkbox-label">
            <input type="checkbox" checked={data.connection.labelling.enabled} onChange={(event) => void setLabelling(event.target.checked)} />
            Label job threads in Gmail
          </label>
          <p className="fine-print">
            Putting a label on a thread needs Google's "modify" permission, which Atlas asks for only if you turn this on. Without it, labels live
            inside Atlas.
          </p>
          {data.modelReadingAvailable && (
            <>
              <h3>Reading mail with the model</h3>
              <label className="checkbox-label">
                <input type="checkbox" checked={data.connection.modelReading.enabled} onChange={(event) => void setModelReading(event.target.checked)} />
                Let the chat model sort my job mail
              </label>
              <p className="fine-print">
                The model reads more languages and wordings than Atlas's rules. If you turn this on, the sender, subject and snippet of new mail that may
                be about hiring, with your applications' companies and titles, are sent to this server's model provider when Gmail syncs; nothing else
                from your inbox. Atlas's rules check every reading: where they disagree, the mail waits for you in the review queue.
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
